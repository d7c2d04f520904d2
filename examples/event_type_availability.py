"""Show the free slots of an event type for one week."""

from __future__ import annotations

import datetime
import sys

from simplymeet_client import SimplyMeet
from simplymeet_client.models import EventTypeAvailabilityDTO

from _env import client_from_env


def run(
    sm: SimplyMeet, event_type_id: int, monday: datetime.date, timezone: str = "Europe/Berlin"
) -> list[EventTypeAvailabilityDTO]:
    days = sm.event_types.availability(
        event_type_id,
        start_date=monday,
        end_date=monday + datetime.timedelta(days=6),
        timezone=timezone,
    )
    for day in days:
        free = [hour.start for hour in day.hours if hour.available]
        print(f"  {day.date:%a %d %b}: {', '.join(free) if free else 'no free slots'}")
    return days


if __name__ == "__main__":
    run(client_from_env(), int(sys.argv[1]), datetime.date.fromisoformat(sys.argv[2]))
