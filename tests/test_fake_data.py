"""The sandbox's data set is realistic for every seed: times in order and never after the fake's clock, every
cancellation with a reason, ids unique, rescheduled events with a history that agrees with their times."""

from __future__ import annotations

import datetime
import itertools
from collections import Counter
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simplymeet_client.testing import FakeSimplyMeet

KNOWN_STATES = {"new", "canceled", "no_show"}


def at(value: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(value)


def problems(fake: FakeSimplyMeet) -> list[str]:
    """Every broken invariant of ``fake``'s events, as readable lines (empty: all hold)."""
    found: list[str] = []
    now = fake.now
    ids: dict[str, Counter[int]] = {
        kind: Counter() for kind in ("invitee", "participant", "answer", "cancellation", "rescheduling")
    }
    for event in fake.events:
        name = f"event {event['id']}"
        created, updated = at(event["createdAt"]), at(event["updatedAt"])
        start, end = at(event["scheduledAt"]), at(event["endDate"])
        if not created <= updated <= now:
            found.append(f"{name}: createdAt {created} <= updatedAt {updated} <= now {now} does not hold")
        if end <= start:
            found.append(f"{name}: endDate {end} not after scheduledAt {start}")
        if event["state"] not in KNOWN_STATES:
            found.append(f"{name}: state {event['state']!r}")
        canceled = event["state"] == "canceled"
        if canceled != (event["canceledAt"] is not None) or canceled != (event["cancellation"] is not None):
            found.append(
                f"{name}: state {event['state']}, canceledAt {event['canceledAt']}, cancellation {event['cancellation']}"
            )
        if event["canceledAt"] is not None and not created <= at(event["canceledAt"]) <= updated:
            found.append(
                f"{name}: canceledAt {event['canceledAt']} not between createdAt {created} and updatedAt {updated}"
            )
        if event["cancellation"] is not None:
            if not event["cancellation"]["reason"]:
                found.append(f"{name}: a cancellation without a reason")
            ids["cancellation"][event["cancellation"]["id"]] += 1
        if event["state"] == "no_show" and start > now:
            found.append(f"{name}: no_show before it took place ({start})")
        history = [at(r["previouslyScheduledAt"]) for r in event["rescheduling"]] + [start]
        if any(before == after for before, after in itertools.pairwise(history)):
            found.append(f"{name}: a rescheduling that did not move it: {history}")
        ids["rescheduling"].update(r["id"] for r in event["rescheduling"])
        ids["invitee"][event["invitee"]["id"]] += 1
        for participant in event["participants"]:
            ids["participant"][participant["id"]] += 1
            if participant["createdAt"] and not created <= at(participant["createdAt"]) <= now:
                found.append(f"{name}: participant {participant['id']} added at {participant['createdAt']}")
        ids["answer"].update(answer["id"] for answer in event["answers"])
    for kind, counts in ids.items():
        found += [f"{kind} id {key} is on {count} events" for key, count in counts.items() if count > 1]
    return found


def test_the_default_data_set_is_consistent() -> None:
    fake = FakeSimplyMeet()
    assert problems(fake) == []
    canceled = [e for e in fake.events if e["state"] == "canceled"]
    moments = Counter(e["canceledAt"] for e in canceled)
    assert len(canceled) >= 20 and moments.most_common(1)[0][1] <= 2  # cancelled over time, not all "now"
    assert sum(at(e["createdAt"]) > fake.now for e in fake.events) == 0


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(seed=st.integers(min_value=0, max_value=2**32))
def test_every_seed_gives_a_consistent_data_set(seed: int) -> None:
    assert problems(FakeSimplyMeet(seed=seed)) == []


def test_writes_keep_it_consistent() -> None:
    fake = FakeSimplyMeet()
    sm: Any = fake.client(strict_responses=True, retry=None)
    event = next(e for e in fake.events if e["state"] == "new")
    sm.events.invite_participants(event["id"], emails=["a@example.com"])
    sm.events.cancel(event["id"], reason="Moved abroad")
    created = sm.events.create(
        scheduled_at="2024-03-20 10:00:00", event_type=812, invitee={"fullName": "A B", "email": "a.b@example.com"}
    )
    sm.events.reschedule(created.id, start="2024-03-21 10:00:00", end="2024-03-21 10:30:00", event_type_id=812)
    assert problems(fake) == []
