"""`make demo`: the example scripts in a realistic workflow against the Prism mock of the spec.

Starts the mock on a free loopback port, runs the steps through the client, prints what each returns,
stops the mock (also on failure or Ctrl-C) and exits 0 when every step worked.
"""

from __future__ import annotations

import datetime
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
# The checkout's packages (as `make demo` runs it, without installing): generated client, runtime, tools.mock
sys.path[:0] = [str(ROOT / "generated"), str(ROOT / "runtime"), str(ROOT)]

from simplymeet_client import RetryPolicy, SimplyMeet
from tools.mock import running_mock

import cancel_event
import cancellation_policy
import event_type_availability
import list_upcoming_events
import read_event
import reschedule_event
import single_use_link

CET = datetime.timezone(datetime.timedelta(hours=1), "CET")


def prefer_page_example(request: httpx.Request) -> None:
    """Mock only: Prism serves one example per response unless asked; ask for the spec's page-2 example."""
    if request.url.path == "/panel/api/event/" and request.url.params.get("page") == "2":
        request.headers["Prefer"] = "example=lastPage"


def step(number: int, title: str, action: Callable[[], Any]) -> Any:
    print(f"\n{number}. {title}")
    return action()


def main() -> int:
    started = time.monotonic()
    print("Starting the Prism mock of openapi/simplymeet.yaml ...")
    with running_mock() as url:
        print(f"Mock listening on {url}; every request below is validated against the spec.")
        client = SimplyMeet(
            base_url=url,
            api_key="demo-key",
            retry=RetryPolicy(max_attempts=2),
            httpx_args={"event_hooks": {"request": [prefer_page_example]}},
        )
        with client:
            events = step(
                1,
                "Upcoming events, all pages (listEvents; the mock's data is March 2024)",
                lambda: list_upcoming_events.run(client, datetime.date(2024, 3, 11)),
            )
            first, second = events[0], events[1]
            assert first.event_type is not None, "the spec's example event has an event type"
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
            step(
                5,
                f"Availability of event type #{type_id} for the week of 11 March (getEventTypeAvailability)",
                lambda: event_type_availability.run(client, type_id, datetime.date(2024, 3, 11)),
            )
            step(
                6,
                f"Single-use booking link for event type #{type_id} (createSingleUseLink)",
                lambda: single_use_link.run(client, type_id),
            )
            step(7, "Cancellation policies (get*CancellationPolicy)", lambda: cancellation_policy.run(client))
    print(f"\nDemo finished in {time.monotonic() - started:.1f} s; the mock is stopped.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
