"""List the upcoming (state "new") events of the next two weeks, across all pages."""

from __future__ import annotations

import datetime
import sys

from simplymeet_client import SimplyMeet
from simplymeet_client.models import EventDTO

from _env import client_from_env


def run(sm: SimplyMeet, first_day: datetime.date, days: int = 14) -> list[EventDTO]:
    events = []
    last_day = first_day + datetime.timedelta(days=days - 1)
    for event in sm.events.list(
        state="new", scheduled_at_from=first_day, scheduled_at_to=last_day, order_field="scheduledAt"
    ):
        events.append(event)
        when = f"{event.scheduled_at:%a %d %b %H:%M} UTC" if event.scheduled_at else "unscheduled"
        kind = event.event_type.name if event.event_type else "?"
        who = f"{event.invitee.full_name} <{event.invitee.email}>" if event.invitee else "-"
        print(f"  #{event.id}  {when}  {kind:<22} {who}")
    print(f"  {len(events)} upcoming events from {first_day} for {days} days")
    return events


if __name__ == "__main__":
    start = datetime.date.fromisoformat(sys.argv[1]) if len(sys.argv) > 1 else datetime.date.today()
    run(client_from_env(), start)
