"""Move an event to a new start time (a timezone-aware datetime; sent to the API in UTC)."""

from __future__ import annotations

import datetime
import sys

from simplymeet_client import SimplyMeet
from simplymeet_client.models import RescheduleEventRequestDTO

from _env import client_from_env


def run(
    sm: SimplyMeet, event_id: int, event_type_id: int, start: datetime.datetime, minutes: int
) -> RescheduleEventRequestDTO:
    body = RescheduleEventRequestDTO(
        start=start, end=start + datetime.timedelta(minutes=minutes), event_type_id=event_type_id
    )
    sm.events.reschedule(event_id, body=body)  # or the fields as keywords: start=..., end=..., event_type_id=...
    wire = body.to_dict()
    print(f"  #{event_id} moved to {start.isoformat()} (sent as start={wire['start']!r}, end={wire['end']!r})")
    return body


if __name__ == "__main__":
    # python examples/reschedule_event.py 48213 812 2024-03-12T16:00:00+01:00 30
    event, event_type, when, length = sys.argv[1:5]
    run(client_from_env(), int(event), int(event_type), datetime.datetime.fromisoformat(when), int(length))
