"""``make record`` (python -m tools.record): read-only, redacted recordings of the API, then the drift report."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from functools import cache
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import httpx
import pytest

from simplymeet_client.testing import FakeSimplyMeet
from tests.conftest import API_KEY, loopback_server
from tests.test_recordings import FILES
from tools import drift, record
from tools.mock import running_mock

spec = cache(drift.Spec.load)
Answer = Callable[[str, str, str], tuple[int, Any]]


def fake_api(change: Callable[[str, Any], Any] | None = None) -> Answer:
    """Answers a GET as the sandbox (FakeSimplyMeet) does, then changed by ``change`` (operationId, body)."""
    fake = FakeSimplyMeet()

    def answer(method: str, path: str, query: str) -> tuple[int, Any]:
        status, _, content = fake.respond(method, path, query, {"X-API-KEY": fake.api_key}, b"")
        body = json.loads(content) if content else None
        if change is None or not 200 <= status < 300:
            return status, body
        return status, change(fake.requests[-1].operation, body)

    return answer


class GetOnly:
    """A MockTransport handler that fails the test on any method but GET, and keeps what it was sent."""

    def __init__(self, answer: Answer) -> None:
        self.answer, self.requests = answer, []  # type: tuple[Answer, list[httpx.Request]]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.method != "GET":
            pytest.fail(f"the recorder sent {request.method} {request.url.path}")
        status, body = self.answer(request.method, request.url.path, request.url.query.decode())
        headers = {"set-cookie": "PHPSESSID=secret-session", "x-ratelimit-remaining": "58"}
        return httpx.Response(status, json=body, headers=headers)


def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, handler: GetOnly, *args: str) -> tuple[int, Path]:
    out = tmp_path / "recordings"
    monkeypatch.setenv("SIMPLYMEET_API_KEY", API_KEY)
    monkeypatch.delenv("SIMPLYMEET_BASE_URL", raising=False)
    code = record.main(["--out", str(out), *args], transport=httpx.MockTransport(handler))
    return code, out


def test_the_plan_is_derived_from_the_spec() -> None:
    roots, details = record.plan(spec())
    gets = {op.op_id for op in spec().operations if op.method == "GET"}
    assert {step.op_id for step in roots} | set(details) == gets
    assert {op_id: source for op_id, (_, source) in details.items()} == {
        "getEvent": "listEvents",
        "getEventType": "listEventTypes",
        "getEventTypeAvailability": "listEventTypes",
        "getPoll": "listPolls",
        "listEventTypeTags": "listEventTypes",
    }
    assert {step.op_id for step in roots if step.item_schema} == {"listEvents", "listEventTypes", "listPolls"}


def test_recorder_is_read_only_and_writes_one_file_per_call(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    handler = GetOnly(fake_api())
    code, out = run(tmp_path, monkeypatch, handler, "--limit", "2")
    assert code == 0  # the drift report of what the fake API served: clean
    assert {r.method for r in handler.requests} == {"GET"}
    assert all(r.headers["X-API-KEY"] == API_KEY for r in handler.requests)
    files = sorted(out.glob("*.json"))
    assert len(files) == len(handler.requests)
    paths = [r.url.path for r in handler.requests]
    assert paths.count("/panel/api/event/") == 2  # first and last page (the recorded meta says 2 pages)
    assert "/panel/api/event-type/availability/812" in paths
    availability = next(r for r in handler.requests if r.url.path.startswith("/panel/api/event-type/availability/"))
    assert set(availability.url.params) == {"startDate", "endDate"}
    text = "\n".join(f.read_text() for f in files)
    assert API_KEY not in text and "PHPSESSID" not in text and "set-cookie" not in text
    assert '"x-ratelimit-remaining": "58"' in text
    first = json.loads(files[0].read_text())
    assert set(first) == {"operationId", "request", "response"} and first["request"]["method"] == "GET"


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_read_only_transport_refuses_writes_before_they_leave(method: str) -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200)

    transport = record.ReadOnlyTransport(httpx.MockTransport(answer))
    with httpx.Client(transport=transport, base_url="https://secure.simplymeet.me") as client:
        with pytest.raises(PermissionError, match=f"read-only: refused {method} /panel/api/event"):
            client.request(method, "/panel/api/event")
        assert client.get("/panel/api/acl").status_code == 200
    assert [r.method for r in sent] == ["GET"]


def test_personal_data_is_redacted_stably(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out = run(tmp_path, monkeypatch, GetOnly(fake_api()))
    assert code == 0
    text = "\n".join(f.read_text() for f in sorted(out.glob("*.json")))
    originals = "\n".join(f.read_text() for f in FILES)
    for secret in (
        "anna.kowalska@acme.example",
        "Anna Kowalska",
        "John Carter",
        "+49 30 1234567",
        "Client asked to cancel",
    ):
        assert secret in originals or secret not in text
        assert secret not in text
    user = json.loads(next(out.glob("*-getCurrentUser.json")).read_text())["response"]["body"]
    event = json.loads(next(out.glob("*-getEvent.json")).read_text())["response"]["body"]
    assert user["email"].endswith("@example.com") and user["email"] == event["user"]["email"]  # stable
    assert user["fullName"] == event["user"]["fullName"] and user["fullName"] != "Anna Kowalska"
    assert isinstance(user["lat"], float) and user["lat"] != 52.52
    assert user["id"] == event["user"]["id"]  # ids are kept: they are not personal and tie recordings together


def test_no_redact_keeps_the_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out = run(tmp_path, monkeypatch, GetOnly(fake_api()), "--no-redact", "--limit", "1")
    assert code == 0
    user = json.loads(next(out.glob("*-getCurrentUser.json")).read_text())["response"]["body"]
    assert user == FakeSimplyMeet().current_user


def test_missing_key_is_a_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("SIMPLYMEET_API_KEY", raising=False)
    assert record.main(["--out", str(tmp_path)]) == 2
    assert capsys.readouterr().err == "record: set SIMPLYMEET_API_KEY to the account's API key\n"


@pytest.mark.node
def test_record_then_drift_against_the_prism_mock_is_clean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with running_mock() as url:
        monkeypatch.setenv("SIMPLYMEET_API_KEY", API_KEY)
        monkeypatch.setenv("SIMPLYMEET_BASE_URL", url)
        assert record.main(["--out", str(tmp_path / "prism")]) == 0
    assert len(list((tmp_path / "prism").glob("*.json"))) >= 15


def drifted(op_id: str, body: Any) -> Any:
    """What a real service might send instead: one drift kind per operation."""
    if op_id == "getCurrentUser":
        body.pop("address")  # missing-property
        body["betaFeatures"] = ["polls"]  # undeclared-property
    elif op_id == "listEvents":
        body["items"][0]["uuid"] = None  # unexpected-null
        body["items"][0]["eventType"]["type"] = "webinar"  # unknown-enum-value
    elif op_id == "getEvent":
        body["duration"] = "30"  # type-mismatch
        body["createdAt"] = "2024-03-04 17:02:11"  # format-mismatch: no offset
    return body


@pytest.fixture
def drifted_server() -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 serving crafted drifted responses (and a 418 for listAclRules)."""
    answer = fake_api(drifted)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            query = self.path.split("?", 1)[1] if "?" in self.path else ""
            status, body = (
                (418, {"message": "I'm a teapot"}) if path == "/panel/api/acl" else answer("GET", path, query)
            )
            content = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    with loopback_server(Handler) as url:
        yield url


def test_record_then_drift_against_a_drifted_server_reports_every_kind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, drifted_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SIMPLYMEET_API_KEY", API_KEY)
    monkeypatch.setenv("SIMPLYMEET_BASE_URL", drifted_server)
    assert record.main(["--out", str(tmp_path / "rec")]) == 1
    out = capsys.readouterr().out
    found = {line.split("  ")[3] for line in out.splitlines()}
    from simplymeet_runtime.drift import KINDS

    # Every kind a recording can show; undocumented-operation needs a call outside the spec (HAR test).
    assert found == set(KINDS) - {"undocumented-operation"}
    assert "listAclRules  418  (status)  undocumented-status" in out
    assert "getCurrentUser  200  address  missing-property" in out
