"""The API key never shows in a repr, a log record, an exception message or a traceback.

Real HTTP on 127.0.0.1 (so httpx and httpcore log what they really log), every logger at DEBUG, and a
run through success, retries, every error class and a dropped connection; the key must reach the server
(the test could fail) and appear in none of the text collected on the client side.
"""

from __future__ import annotations

import asyncio
import json
import logging
import traceback
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from typing import ClassVar

import httpx
import pytest

from simplymeet_client import AuthenticatedClient, errors
from simplymeet_client.api.meeting import get_event, list_events
from simplymeet_client.api.user import get_current_user
from tests.conftest import API_KEY, Sleeps, loopback_server
from tests.spec_support import load_fixture

# path -> (status, body); "/drop" closes the connection without answering.
ROUTES: dict[str, tuple[int, object]] = {
    "/panel/api/current-user": (200, load_fixture("getCurrentUser")),
    "/panel/api/event/1": (401, {"message": "Invalid API key"}),
    "/panel/api/event/2": (403, {"message": "Forbidden"}),
    "/panel/api/event/3": (404, {"message": "Not found"}),
    "/panel/api/event/4": (422, {"message": "Invalid arguments", "errors": {"id": ["Bad"]}}),
    "/panel/api/event/5": (429, {"message": "Too many requests"}),
    "/panel/api/event/6": (503, {"message": "Unavailable"}),
    "/panel/api/event/7": (200, "<html>not json</html>"),
    # A server that echoes the key it was sent (in an error message, in a field of the wrong type).
    "/panel/api/event/8": (401, {"message": "Invalid API key: {KEY}"}),
    "/panel/api/event/9": (200, {"id": "{KEY}"}),
    "/panel/api/event/10": (500, "upstream said: {KEY}"),
}


class Handler(BaseHTTPRequestHandler):
    keys_seen: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Handler.keys_seen.append(self.headers.get("X-API-KEY", ""))
        path = self.path.split("?")[0]
        if path == "/drop":
            self.close_connection = True
            self.wfile.flush()
            self.connection.shutdown(2)
            return
        status, body = ROUTES.get(path, (404, {"message": "No route"}))
        content = body.encode() if isinstance(body, str) else json.dumps(body).encode()
        content = content.replace(b"{KEY}", self.headers.get("X-API-KEY", "").encode())
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(content)))
        if status == 429:
            self.send_header("Retry-After", "1")
        self.end_headers()
        self.wfile.write(content)

    def log_message(self, format: str, *args: object) -> None:  # keep the server quiet
        pass


@pytest.fixture()
def base_url() -> Iterator[str]:
    with loopback_server(Handler) as url:
        yield url


def test_key_absent_from_logs_reprs_exceptions_and_tracebacks(base_url: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # root: httpx, httpcore, simplymeet_client.retry, everything
    Handler.keys_seen = []
    client = AuthenticatedClient(base_url=base_url, token=API_KEY, retry=Sleeps().policy(max_attempts=2))
    texts: list[str] = []

    def record(exc: BaseException) -> None:
        texts.extend([str(exc), repr(exc), "".join(traceback.format_exception(exc))])

    user = get_current_user.sync(client=client)
    texts += [repr(user), repr(get_current_user.sync_detailed(client=client))]
    for event_id in range(1, 11):
        with pytest.raises(errors.SimplyMeetError) as info:
            get_event.sync(event_id, client=client)
        record(info.value)

    async def async_calls() -> None:
        async with client:
            with pytest.raises(errors.RateLimitError) as info:
                await get_event.asyncio(5, client=client)
            record(info.value)

    asyncio.run(async_calls())
    drop = client.get_httpx_client().build_request("GET", "/drop")
    with pytest.raises(httpx.HTTPError) as dropped:
        client.get_httpx_client().send(drop)
    record(dropped.value)
    with pytest.raises(ValueError) as bad_arg:
        list_events.iterate(client=client, on_page=500)
    record(bad_arg.value)

    texts += [repr(client), str(client), repr(client.retry), repr(client.get_httpx_client().auth), caplog.text]
    texts += [record.getMessage() + repr(record.args) for record in caplog.records]

    assert Handler.keys_seen and set(Handler.keys_seen) == {API_KEY}  # the key was really sent, every time
    assert len(caplog.records) > 20  # httpx/httpcore did log at DEBUG
    assert any("Retrying GET /panel/api/event/6" in text for text in texts)
    # Report where a leak is, never the text itself: a failing run must not print the key either.
    leaks = [f"text #{i}: {text.replace(API_KEY, '<KEY>')[:300]}" for i, text in enumerate(texts) if API_KEY in text]
    assert leaks == []


HOSTILE_SUFFIXES = ["\n", "\r\n", " ", "\t", "\r\nX-Evil: 1", "\x00", "é", "\u200b"]
HOSTILE_KEYS = [API_KEY + suffix for suffix in HOSTILE_SUFFIXES] + ["\n" + API_KEY, API_KEY[:8] + " " + API_KEY[8:]]


def _scan(exc: BaseException) -> list[str]:
    """Where the key shows in the exception's message, repr and formatted traceback (chained causes included)."""
    texts = {"str": str(exc), "repr": repr(exc), "traceback": "".join(traceback.format_exception(exc))}
    return [where for where, text in texts.items() if API_KEY in text or API_KEY[8:] in text]


@pytest.mark.parametrize("key", HOSTILE_KEYS, ids=[repr(k[-6:]) for k in HOSTILE_KEYS])
def test_a_key_that_cannot_be_sent_is_refused_at_construction_without_echoing_it(
    key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A key file written by ``echo`` ends in a newline; h11 used to refuse it later with the whole key in its
    message. Now every way of giving the key refuses it at once, saying what is wrong, never what the key is."""
    from simplymeet_client import SimplyMeet

    if "\x00" not in key:  # an environment variable cannot hold a NUL
        monkeypatch.setenv("SIMPLYMEET_API_KEY", key)
    good = SimplyMeet(api_key=API_KEY, base_url="http://127.0.0.1:9")
    attempts: dict[str, Callable[[], object]] = {
        "api_key=": lambda: SimplyMeet(api_key=key),
        **({"environment": lambda: SimplyMeet()} if "\x00" not in key else {}),
        "AuthenticatedClient": lambda: AuthenticatedClient(token=key),
        "with_options": lambda: good.with_options(api_key=key),
    }
    for how, attempt in attempts.items():
        with pytest.raises(errors.InvalidApiKey) as info:
            attempt()
        assert _scan(info.value) == [], how
        message = str(info.value)
        assert "not shown" in message, how
        if key.endswith("\n"):
            assert "newline" in message and "key file" in message, how
        if how == "environment":
            assert "SIMPLYMEET_API_KEY" in message
    assert isinstance(info.value, errors.MissingApiKey)  # one except clause catches "no usable key"


def test_the_cli_refuses_a_hostile_key_in_one_line_with_exit_2(monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess
    import sys

    env = {"SIMPLYMEET_API_KEY": API_KEY + "\n", "PATH": "/usr/bin:/bin", "SIMPLYMEET_BASE_URL": "http://127.0.0.1:9"}
    done = subprocess.run(
        [sys.executable, "-m", "simplymeet_client", "events", "get", "1"],
        capture_output=True,
        text=True,
        env={**env, "PYTHONPATH": ":".join(sys.path)},
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert done.stdout == "" and len(done.stderr.strip().splitlines()) == 1 and "newline" in done.stderr
    assert API_KEY not in done.stderr and API_KEY[8:] not in done.stderr


SLASHED_KEY = "sk_live/9f8e7d6c+5b4a/39281706"  # a base64-style key: PHP's json_encode writes each / as \/


class EchoHandler(BaseHTTPRequestHandler):
    """Echoes the key as a PHP back end would in JSON (``\\/``), and after 497 four-byte characters (where the
    excerpt of the body used to be cut in the middle of the key, before redaction)."""

    def do_GET(self) -> None:
        key = self.headers.get("X-API-KEY", "")
        if self.path.endswith("/1"):
            content = json.dumps({"message": "Invalid API key: " + key}).replace("/", "\\/").encode()
        else:
            content = ("\U0001f600" * 497 + key).encode()
        self.send_response(500)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.mark.parametrize("event_id", [1, 2], ids=["json-escaped slashes", "cut in the middle"])
def test_a_key_echoed_in_json_escapes_or_at_the_excerpts_cut_does_not_show(event_id: int) -> None:
    with loopback_server(EchoHandler) as url:
        client = AuthenticatedClient(base_url=url, token=SLASHED_KEY)
        with pytest.raises(errors.SimplyMeetError) as info:
            get_event.sync(event_id, client=client)
    texts = [str(info.value), repr(info.value), "".join(traceback.format_exception(info.value))]
    fragments = ["9f8e7d6c+5b4a", "\U0001f600" + SLASHED_KEY[:3]]  # the middle of the key in any escaping; its start
    assert [f for f in fragments for text in texts if f in text] == []
