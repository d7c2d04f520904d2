"""Retries at the transport level: which failures, which methods, how long to wait. Time is injected."""

from __future__ import annotations

import asyncio
import datetime
import json
import logging
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from simplymeet_client import AuthenticatedClient, errors
from simplymeet_client.api.meeting import cancel_event, create_event, delete_event, get_event
from simplymeet_client.models import CancelEventRequestDTO, CreateEventRequestDTO, EventDTO, InviteeRequestDTO
from simplymeet_runtime.retry import RetryPolicy, parse_retry_after
from simplymeet_runtime.transport import ApiTransport
from tests.conftest import API_KEY, Sleeps, make_client
from tests.spec_support import load_fixture

EVENT = json.dumps(load_fixture("getEvent")).encode()
NOW = datetime.datetime(2026, 11, 24, 12, 0, 0, tzinfo=datetime.UTC)

# One scripted outcome per attempt: a status (with optional headers) or an exception to raise.
Step = int | tuple[int, dict[str, str]] | Exception


class Script:
    """An httpx MockTransport handler that plays ``steps`` in order and records every request it saw."""

    def __init__(self, *steps: Step) -> None:
        self.steps: Iterator[Step] = iter(steps)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = next(self.steps)
        if isinstance(step, Exception):
            raise step
        status, headers = step if isinstance(step, tuple) else (step, {})
        body = EVENT if status < 300 else json.dumps({"message": f"status {status}"}).encode()
        return httpx.Response(status, content=body, headers=headers)


def client_for(script: Script, sleeps: Sleeps, **policy: Any) -> AuthenticatedClient:
    policy.setdefault("random", lambda: 1.0)  # jitter at its ceiling: waits are exact
    policy.setdefault("clock", lambda: NOW)
    return make_client(script, retry=sleeps.policy(**policy))


def get_event_both_ways(run_async: bool) -> Callable[[AuthenticatedClient], EventDTO]:
    if run_async:
        return lambda client: asyncio.run(get_event.asyncio(48213, client=client))
    return lambda client: get_event.sync(48213, client=client)


@pytest.fixture(params=[False, True], ids=["sync", "async"])
def fetch(request: pytest.FixtureRequest) -> Callable[[AuthenticatedClient], EventDTO]:
    return get_event_both_ways(request.param)


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_retryable_status_then_success(fetch: Callable[[AuthenticatedClient], EventDTO], status: int) -> None:
    script, sleeps = Script(status, status, 200), Sleeps()
    event = fetch(client_for(script, sleeps))
    assert event.id == 48213
    assert len(script.requests) == 3
    assert sleeps.waits == [0.5, 1.0]  # exponential: base 0.5 s, doubled


@pytest.mark.filterwarnings(
    "ignore::simplymeet_runtime.drift.SpecDriftWarning"
)  # some statuses are undocumented here; test_spec_drift.py tests their reporting
@pytest.mark.parametrize("status", [400, 401, 404, 422, 500])
def test_other_statuses_are_not_retried(fetch: Callable[[AuthenticatedClient], EventDTO], status: int) -> None:
    script, sleeps = Script(status, 200), Sleeps()
    with pytest.raises(errors.APIStatusError) as info:
        fetch(client_for(script, sleeps))
    assert info.value.status_code == status
    assert len(script.requests) == 1 and sleeps.waits == []


def test_gives_up_after_max_attempts(fetch: Callable[[AuthenticatedClient], EventDTO]) -> None:
    script, sleeps = Script(*[503] * 10), Sleeps()
    with pytest.raises(errors.ServerError):
        fetch(client_for(script, sleeps, max_attempts=5, backoff_max=3.0))
    assert len(script.requests) == 5
    assert sleeps.waits == [0.5, 1.0, 2.0, 3.0]  # capped at backoff_max


def test_connection_errors_are_retried(fetch: Callable[[AuthenticatedClient], EventDTO]) -> None:
    script = Script(httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("drop"), 200)
    sleeps = Sleeps()
    assert fetch(client_for(script, sleeps)).id == 48213
    assert len(script.requests) == 4 and sleeps.waits == [0.5, 1.0, 2.0]


def test_connection_error_re_raised_when_attempts_run_out(fetch: Callable[[AuthenticatedClient], EventDTO]) -> None:
    script, sleeps = Script(*[httpx.ConnectError("refused")] * 3), Sleeps()
    with pytest.raises(httpx.ConnectError):
        fetch(client_for(script, sleeps, max_attempts=3))
    assert len(script.requests) == 3


def test_retry_after_seconds_is_honoured(fetch: Callable[[AuthenticatedClient], EventDTO]) -> None:
    script, sleeps = Script((429, {"Retry-After": "7"}), 200), Sleeps()
    assert fetch(client_for(script, sleeps)).id == 48213
    assert sleeps.waits == [7.0]


def test_retry_after_http_date_is_honoured(fetch: Callable[[AuthenticatedClient], EventDTO]) -> None:
    in_12s = "Tue, 24 Nov 2026 12:00:12 GMT"
    script, sleeps = Script((503, {"Retry-After": in_12s}), 200), Sleeps()
    assert fetch(client_for(script, sleeps)).id == 48213
    assert sleeps.waits == [12.0]


def test_retry_after_beyond_cap_is_handed_to_the_caller(fetch: Callable[[AuthenticatedClient], EventDTO]) -> None:
    script, sleeps = Script((429, {"Retry-After": "3600"}), 200), Sleeps()
    with pytest.raises(errors.RateLimitError) as info:
        fetch(client_for(script, sleeps, retry_after_max=60.0))
    assert info.value.retry_after == 3600.0
    assert len(script.requests) == 1 and sleeps.waits == []


def test_invalid_retry_after_falls_back_to_backoff(fetch: Callable[[AuthenticatedClient], EventDTO]) -> None:
    script, sleeps = Script((429, {"Retry-After": "soon"}), 200), Sleeps()
    fetch(client_for(script, sleeps))
    assert sleeps.waits == [0.5]


def test_jitter_scales_the_wait() -> None:
    draws = iter([0.0, 0.25, 0.5])
    policy = RetryPolicy(random=lambda: next(draws), backoff_base=2.0)
    assert [policy.backoff(n) for n in (1, 2, 3)] == [0.0, 1.0, 4.0]


def test_idempotent_put_and_delete_are_retried_after_a_response() -> None:
    script, sleeps = Script(502, 200, 503, 204), Sleeps()
    client = client_for(script, sleeps)
    cancel_event.sync(48213, client=client, body=CancelEventRequestDTO(reason="Double booked"))
    delete_event.sync(48213, client=client)
    assert [r.method for r in script.requests] == ["PUT", "PUT", "DELETE", "DELETE"]
    assert script.requests[0].content == script.requests[1].content == b'{"reason":"Double booked"}'


NEW_EVENT = CreateEventRequestDTO(
    scheduled_at="2024-03-11 10:00:00",
    event_type=812,
    invitee=InviteeRequestDTO(full_name="John Carter", email="john@example.com"),
)


def test_post_is_not_retried_after_a_response() -> None:
    script, sleeps = Script(503, 200), Sleeps()
    with pytest.raises(errors.ServerError):
        create_event.sync(client=client_for(script, sleeps), body=NEW_EVENT)
    assert len(script.requests) == 1


@pytest.mark.parametrize(
    "error", [httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("dropped"), httpx.ReadError("x")]
)
def test_post_is_not_retried_once_it_may_have_been_sent(error: Exception) -> None:
    script, sleeps = Script(error, 200), Sleeps()
    with pytest.raises(type(error)):
        create_event.sync(client=client_for(script, sleeps), body=NEW_EVENT)
    assert len(script.requests) == 1


@pytest.mark.parametrize("error", [httpx.ConnectError("refused"), httpx.ConnectTimeout("syn"), httpx.PoolTimeout("x")])
def test_post_is_retried_when_the_connection_was_never_made(error: Exception) -> None:
    script, sleeps = Script(error, 200), Sleeps()
    event = create_event.sync(client=client_for(script, sleeps), body=NEW_EVENT)
    assert event.id == 48213 and len(script.requests) == 2


def test_retry_none_turns_retries_off() -> None:
    script = Script(503, 200)
    with pytest.raises(errors.ServerError):
        get_event.sync(48213, client=make_client(script, retry=None))
    assert len(script.requests) == 1


def test_default_client_wraps_a_real_transport_with_retries() -> None:
    client = AuthenticatedClient(token=API_KEY, httpx_args={"limits": httpx.Limits(max_connections=3)})
    assert client.retry == RetryPolicy()
    sync_transport = client.get_httpx_client()._transport
    async_transport = client.get_async_httpx_client()._transport
    assert isinstance(sync_transport, ApiTransport) and isinstance(async_transport, ApiTransport)
    assert sync_transport.retry == RetryPolicy() and async_transport.retry == RetryPolicy()
    assert isinstance(sync_transport._transport, httpx.HTTPTransport)
    assert isinstance(async_transport._async_transport, httpx.AsyncHTTPTransport)
    # Transport arguments reach the transport the client built, not a discarded default one.
    assert sync_transport._transport._pool._max_connections == 3


def test_retry_log_names_method_and_path_but_never_the_key(caplog: pytest.LogCaptureFixture) -> None:
    script, sleeps = Script(503, 200), Sleeps()
    with caplog.at_level(logging.DEBUG):
        get_event.sync(48213, client=client_for(script, sleeps))
    retries = [r.getMessage() for r in caplog.records if r.name == "simplymeet_client.retry"]
    assert retries == ["Retrying GET /panel/api/event/48213 after 503 (attempt 2 of 4) in 0.50s"]
    assert API_KEY not in caplog.text


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"max_attempts": 0}, "max_attempts"), ({"backoff_base": -1.0}, "backoff_base")],
)
def test_policy_refuses_nonsense(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        RetryPolicy(**kwargs)


@pytest.mark.parametrize(
    ("header", "seconds"),
    [("30", 30.0), (" 5 ", 5.0), ("Tue, 24 Nov 2026 12:01:00 GMT", 60.0), ("Tue, 24 Nov 2026 11:00:00 GMT", 0.0)],
)
def test_parse_retry_after(header: str, seconds: float) -> None:
    assert parse_retry_after(header, NOW) == seconds


@pytest.mark.parametrize("header", [None, "", "soon", "-5", "1.5e3"])
def test_parse_retry_after_rejects_garbage(header: str | None) -> None:
    assert parse_retry_after(header, NOW) is None


def test_default_sleeps_really_wait() -> None:
    policy = RetryPolicy()
    start = time.monotonic()
    policy.sleep(0.01)

    async def wait() -> None:
        await policy.asleep(0.01)  # asyncio is imported lazily by the default async sleep

    asyncio.run(wait())
    assert time.monotonic() - start >= 0.02
