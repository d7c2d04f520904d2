"""Read one event with its invitee, type and location."""

from __future__ import annotations

import sys

from simplymeet_client import SimplyMeet
from simplymeet_client.models import EventDTO

from _env import client_from_env


def run(sm: SimplyMeet, event_id: int) -> EventDTO:
    event = sm.events.get(event_id)
    start = f"{event.scheduled_at:%Y-%m-%d %H:%M %Z}" if event.scheduled_at else "unscheduled"
    print(f"  #{event.id} ({event.state}) {start}, {event.duration} min")
    if event.event_type:
        print(f"  type:     {event.event_type.name} (id {event.event_type.id})")
    if event.invitee:
        print(f"  invitee:  {event.invitee.full_name} <{event.invitee.email}>, {event.invitee.timezone}")
    print(f"  where:    {event.location_type}: {event.location or '-'}")
    print(f"  notes:    {event.notes or '-'}")
    return event


if __name__ == "__main__":
    run(client_from_env(), int(sys.argv[1]))
