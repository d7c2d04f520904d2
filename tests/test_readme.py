"""Every ```python block of README.md runs, in order, against a fake of the API; its output is checked."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import API_KEY
from tests.paging import Pages
from tests.spec_support import load_fixture, validate_request

README = Path(__file__).resolve().parent.parent / "README.md"
TOO_LONG = {
    "message": "Invalid arguments",
    "errors": {"reason": ["This value is too long. It should have 255 characters or less."]},
}


def python_blocks() -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", README.read_text(), flags=re.DOTALL | re.MULTILINE)


class FakeApi:
    """Just enough of SimplyMeet for the README: events listing, cancel, reschedule, get (rate-limited once)."""

    def __init__(self) -> None:
        self.events = Pages("listEvents", total=130)
        self.seen: list[tuple[str, str, Any]] = []
        self.rate_limited = False

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        return self(request)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        assert request.headers["X-API-KEY"] == API_KEY
        body: Any = json.loads(request.content) if request.content else None
        self.seen.append((request.method, request.url.path, body))
        path = request.url.path
        if path == "/panel/api/event/":
            return self.events(request)
        if path.startswith("/panel/api/event/cancel/"):
            validate_request("cancelEvent", request)
            return httpx.Response(422, json=TOO_LONG) if len(body["reason"]) > 255 else httpx.Response(204)
        if path.startswith("/panel/api/event/reschedule/"):
            validate_request("rescheduleEvent", request)
            return httpx.Response(204)
        if path == "/panel/api/event/48213" and not self.rate_limited:
            self.rate_limited = True
            return httpx.Response(429, json={"message": "Too many requests"}, headers={"Retry-After": "90"})
        if path == "/panel/api/event/48213":
            return httpx.Response(200, json=load_fixture("getEvent"))
        if path == "/api/webhooks":
            validate_request("createWebhook" if request.method == "POST" else "listWebhooks", request)
            fixture = "createWebhook" if request.method == "POST" else "listWebhooks"
            return httpx.Response(201 if request.method == "POST" else 200, json=load_fixture(fixture))
        if path.startswith("/api/webhooks/") and request.method == "DELETE":
            validate_request("deleteWebhook", request)
            return httpx.Response(204)
        if path == "/panel/api/poll/48":  # as the real service may send it: eventType is a whole event type
            return httpx.Response(200, json={**load_fixture("getPoll"), "eventType": load_fixture("getEventType")})
        return httpx.Response(404, json={"message": "Not found"})


def test_readme_examples_run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    api = FakeApi()
    # The client builds its real transports through these names; hand it the fake instead of the network.
    monkeypatch.setattr(httpx, "HTTPTransport", lambda **_: httpx.MockTransport(api))
    monkeypatch.setattr(httpx, "AsyncHTTPTransport", lambda **_: httpx.MockTransport(api.handle_async))
    monkeypatch.setenv("SIMPLYMEET_API_KEY", API_KEY)
    waits: list[float] = []
    monkeypatch.setattr(time, "sleep", waits.append)

    blocks = python_blocks()
    assert len(blocks) >= 8
    namespace: dict[str, Any] = {"__name__": "readme"}
    for block in blocks:
        exec(compile(block, str(README), "exec"), namespace)  # noqa: S102 -- running our own README is the point

    out = capsys.readouterr().out.splitlines()
    assert "130 new events in March, first: john.carter@example.com" in out
    assert any(line.startswith("pages: ") for line in out)
    event_lines = [line for line in out if re.match(r"^\d+ \d{4}-", line)]
    assert [int(line.split()[0]) for line in event_lines] == list(range(1, 131))
    assert event_lines[0] == "1 2024-03-11T10:00:00+00:00 john.carter@example.com"
    assert "130 new events in March" in out
    assert "reason: This value is too long. It should have 255 characters or less." in out
    assert "rate limited on GET /panel/api/event/48213; waiting 90 s" in out
    assert "event 48213 is new" in out
    assert waits == [90.0]
    assert "Discovery Call / location_type: None" in out
    assert any(line.startswith("getPoll: eventType.localized [missing-property] SimpleEventTypeDTO") for line in out)
    assert "strict: missing-property at eventType.localized" in out
    assert "webhook 3e687c78-a8b8-4837-9333-57e3d807e61c created at 2026-11-30T09:12:44+00:00" in out
    assert (
        "webhook 2ba9ee0b-e62a-43bd-aed0-31b26056ecdc ['meetingRescheduled', 'meetingCancelled', 'meetingScheduled'] https://example.com/webhook"
        in out
    )
    assert ("DELETE", "/api/webhooks/2ba9ee0b-e62a-43bd-aed0-31b26056ecdc", None) in api.seen
    assert "meetingCancelled Bernice J. Cervantez 2021-06-22T16:02:11+00:00" in out
    assert any(line.startswith("refused: the signature header does not match") for line in out)

    listed = [query for query in api.events.requests]
    assert {query["onPage"] for query in listed} == {"100"}
    assert listed[0]["filter"] == {"state": "new", "scheduledAtFrom": "2024-03-01", "scheduledAtTo": "2024-03-31"}
    writes = [(method, path, body) for method, path, body in api.seen if method == "PUT"]
    assert writes == [
        ("PUT", "/panel/api/event/cancel/48214", {"reason": "Moved to April"}),  # the resource-style block
        (
            "PUT",
            "/panel/api/event/reschedule/48215",
            {"start": "2024-03-12 15:00:00", "end": "2024-03-12 15:30:00", "eventTypeId": 812},
        ),
        ("PUT", "/panel/api/event/cancel/48213", {"reason": "The client asked to move to April"}),
        (
            "PUT",
            "/panel/api/event/reschedule/48213",
            {"start": "2024-03-12 15:00:00", "end": "2024-03-12 15:30:00", "eventTypeId": 812},
        ),
        ("PUT", "/panel/api/event/cancel/48214", {"reason": "x" * 5000}),
    ]
    assert namespace["patient"].retry.max_attempts == 6 and namespace["strict"].retry is None
