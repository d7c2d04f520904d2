"""`make demo`: the example scripts in a realistic workflow against the sandbox (the stateful fake of the API).

Serves ``simplymeet_client.testing.FakeSimplyMeet`` over HTTP on a free loopback port, runs the steps through the
client, prints what each returns (a cancelled event reads back cancelled), stops the server (also on failure or
Ctrl-C) and exits 0 when every step worked.
"""

from __future__ import annotations

import datetime
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# The checkout's packages (as `make demo` runs it, without installing): generated client and runtime
sys.path[:0] = [str(ROOT / "generated"), str(ROOT / "runtime")]

from simplymeet_client import RetryPolicy, SimplyMeet
from simplymeet_client.testing import FakeSimplyMeet

import cancel_event
import cancellation_policy
import event_type_availability
import list_upcoming_events
import read_event
import reschedule_event
import single_use_link

CET = datetime.timezone(datetime.timedelta(hours=1), "CET")


def step(number: int, title: str, action: Callable[[], Any]) -> Any:
    print(f"\n{number}. {title}")
    return action()


def main() -> int:
    started = time.monotonic()
    fake = FakeSimplyMeet()
    print(f"Starting the sandbox: a stateful fake of the API with {len(fake.events)} events (seed 0) ...")
    with fake.serve() as url:
        print(f"Sandbox listening on {url}; what the steps change, later steps read back.")
        client = SimplyMeet(base_url=url, api_key=fake.api_key, retry=RetryPolicy(max_attempts=2))
        with client:
            events = step(
                1,
                "Upcoming events of the week of 11 March 2024, all pages (listEvents)",
                lambda: list_upcoming_events.run(client, datetime.date(2024, 3, 11), days=7),
            )
            first, second = events[0], events[1]
            assert first.event_type is not None, "every event of the sandbox has an event type"
            type_id = first.event_type.id
            step(2, f"Read event #{first.id} (getEvent)", lambda: read_event.run(client, first.id))
            step(
                3,
                f"Reschedule #{first.id} to Tuesday 16:00 CET (rescheduleEvent)",
                lambda: reschedule_event.run(
                    client, first.id, type_id, datetime.datetime(2024, 3, 12, 16, 0, tzinfo=CET), 30
                ),
            )
            step(
                4,
                f"Cancel #{second.id} with a reason (cancelEvent)",
                lambda: cancel_event.run(client, second.id, "Invitee asked to postpone to April"),
            )
            step(5, f"Read #{second.id} back (getEvent): now cancelled", lambda: read_event.run(client, second.id))
            step(
                6,
                f"Availability of event type #{type_id} for the week of 11 March (getEventTypeAvailability)",
                lambda: event_type_availability.run(client, type_id, datetime.date(2024, 3, 11)),
            )
            step(
                7,
                f"Single-use booking link for event type #{type_id} (createSingleUseLink)",
                lambda: single_use_link.run(client, type_id),
            )
            step(8, "Cancellation policies (get*CancellationPolicy)", lambda: cancellation_policy.run(client))
    print(f"\nDemo finished in {time.monotonic() - started:.1f} s; the sandbox is stopped.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
