"""Every ```python block of the docs pages (in the site's nav order) and of README.md runs against the sandbox
(FakeSimplyMeet); their output is checked."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from simplymeet_client.testing import FakeSimplyMeet
from tests.spec_support import load_fixture

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCS = ROOT / "docs"


def blocks_of(page: Path) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", page.read_text(), flags=re.DOTALL | re.MULTILINE)


def guide_pages() -> list[Path]:
    """The hand-written pages in the site's nav order (docs/reference/ is generated: its examples are sketches)."""
    order = re.findall(r"^\s+- [^:]+: ([\w/-]+\.md)$", (ROOT / "mkdocs.yml").read_text(), flags=re.MULTILINE)
    return [DOCS / name for name in order if not name.startswith("reference/") and (DOCS / name).exists()]


def python_blocks() -> list[str]:
    return [block for page in guide_pages() for block in blocks_of(page)]


def test_every_page_with_examples_is_replayed() -> None:
    replayed = set(guide_pages())
    with_examples = {p for p in DOCS.rglob("*.md") if blocks_of(p) and not p.is_relative_to(DOCS / "reference")}
    assert with_examples - replayed == set()


def test_readme_examples_run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    fake = FakeSimplyMeet()
    # The client builds its real transports through these names; hand it the sandbox instead of the network.
    monkeypatch.setattr(httpx, "HTTPTransport", lambda **_: fake.transport())
    monkeypatch.setattr(httpx, "AsyncHTTPTransport", lambda **_: fake.transport())
    monkeypatch.setenv("SIMPLYMEET_API_KEY", fake.api_key)
    waits: list[float] = []
    monkeypatch.setattr(time, "sleep", waits.append)
    # What the README shows the client coping with: one 429, and getPoll as the real service sends it (a whole
    # event type where the spec describes a SimpleEventTypeDTO).
    fake.fail_next("getEvent", status=429, retry_after=90)
    drifting = {**load_fixture("getPoll"), "eventType": load_fixture("getEventType")}
    fake.fail_next("getPoll", status=200, body=drifting, times=2)
    march_new = [e for e in fake.events if e["state"] == "new" and e["scheduledAt"].startswith("2024-03")]

    blocks = python_blocks()
    assert len(blocks) >= 8
    namespace: dict[str, Any] = {"__name__": "readme"}
    for block in blocks:
        exec(compile(block, "docs", "exec"), namespace)  # noqa: S102 -- running our own docs is the point

    out = capsys.readouterr().out.splitlines()
    by_date = sorted(march_new, key=lambda e: (e["scheduledAt"], e["id"]))
    first = min(march_new, key=lambda e: e["id"])
    assert f"{len(march_new)} new events in March, first: {first['invitee']['email']}" in out
    assert any(line.startswith("pages: ") for line in out)
    event_lines = [line for line in out if re.match(r"^\d+ \d{4}-", line)]
    # block 2 lists March's new events after block 0 cancelled 48216 (and rescheduled 48215 within March)
    assert event_lines[0].split()[2] in {e["invitee"]["email"] for e in by_date}
    assert len(event_lines) == len(march_new) - 1 and len({line.split()[0] for line in event_lines}) == len(event_lines)
    assert f"{len(march_new) - 1} new events in March" in out  # block 3: after block 0 cancelled 48216
    assert "id: Already canceled: 48213." in out
    assert "rate limited on GET /panel/api/event/48213; waiting 90 s" in out
    assert "event 48213 is canceled" in out
    assert waits == [90.0]
    assert "Discovery Call / location_type: None" in out
    assert any(line.startswith("getPoll: eventType.localized [missing-property] SimpleEventTypeDTO") for line in out)
    assert "strict: missing-property at eventType.localized" in out
    (created,) = [line for line in out if line.startswith("webhook ") and " created at " in line]
    hook_uuid = created.split()[1]
    assert created == f"webhook {hook_uuid} created at 2024-03-04T12:00:00+00:00"
    assert (
        f"webhook {hook_uuid} ['meetingScheduled', 'meetingCancelled'] https://crm.example.com/hooks/simplymeet" in out
    )
    assert fake.webhooks == {} and fake.requests[-1].operation == "getPoll"
    assert "meetingCancelled Bernice J. Cervantez 2021-06-22T16:02:11+00:00" in out
    assert any(line.startswith("refused: the signature header does not match") for line in out)

    listed = [dict(r.query) for r in fake.requests if r.operation == "listEvents"]
    assert {query["onPage"] for query in listed} == {"100"}
    assert listed[0]["filter[state]"] == "new" and listed[0]["filter[scheduledAtFrom]"] == "2024-03-01"
    writes = [(r.method, r.path, r.json) for r in fake.requests if r.method == "PUT"]
    assert writes == [
        ("PUT", "/panel/api/event/cancel/48216", {"reason": "Moved to April"}),  # the resource-style block
        (
            "PUT",
            "/panel/api/event/reschedule/48215",
            {"start": "2024-03-12 15:00:00", "end": "2024-03-12 15:30:00", "eventTypeId": 812},
        ),
        ("PUT", "/panel/api/event/cancel/48213", {"reason": "The client asked to move to April"}),
        (
            "PUT",
            "/panel/api/event/reschedule/48215",
            {"start": "2024-03-12 15:00:00", "end": "2024-03-12 15:30:00", "eventTypeId": 812},
        ),
        ("PUT", "/panel/api/event/cancel/48213", {"reason": "Cancelled twice?"}),
    ]
    assert [r.status for r in fake.requests if r.method == "PUT"] == [204, 204, 204, 204, 422]
    assert fake.event(48213)["state"] == "canceled" and fake.event(48216)["cancellation"]["reason"] == "Moved to April"
    assert namespace["patient"].retry.max_attempts == 6 and namespace["strict"].retry is None

    # "Testing your integration": the README's pytest tests, each with a fresh fake as the fixture would give
    readme_tests = {name: test for name, test in namespace.items() if name.startswith("test_") and callable(test)}
    assert sorted(readme_tests) == [
        "test_cancelling_sends_a_signed_delivery", "test_sync_marks_cancellations", "test_sync_survives_a_flaky_api"
    ]  # fmt: skip
    for test in readme_tests.values():
        test(FakeSimplyMeet())


def test_the_front_page_examples_run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """README.md's own examples (the library, then the testing kit's test with a fresh fake), against the sandbox."""
    fake = FakeSimplyMeet()
    monkeypatch.setattr(httpx, "HTTPTransport", lambda **_: fake.transport())
    monkeypatch.setenv("SIMPLYMEET_API_KEY", fake.api_key)
    blocks = blocks_of(README)
    assert len(blocks) == 2
    namespace: dict[str, Any] = {"__name__": "readme"}
    for block in blocks:
        exec(compile(block, str(README), "exec"), namespace)  # noqa: S102 -- running our own README is the point
    (line,) = [line for line in capsys.readouterr().out.splitlines() if line.startswith("front page: ")]
    first = min(
        (e for e in fake.events if e["state"] == "new" and e["scheduledAt"] >= "2024-03-01"),
        key=lambda e: e["id"],
    )
    assert line.split()[2] == str(first["id"])
    assert fake.event(48216)["state"] == "canceled"
    namespace["test_a_cancel_is_counted"](FakeSimplyMeet())
