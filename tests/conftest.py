from __future__ import annotations

import contextlib
import importlib.metadata
import json
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import httpx
import pytest

from simplymeet_client import AuthenticatedClient
from simplymeet_runtime import drift
from simplymeet_runtime.fake import serving
from simplymeet_runtime.retry import RetryPolicy

# The installed package registers the plugin through its pytest11 entry point; this checkout is not installed.
if not any(e.value == "simplymeet_runtime.pytest_plugin" for e in importlib.metadata.entry_points(group="pytest11")):
    pytest_plugins = ["simplymeet_runtime.pytest_plugin"]

NODE_TOOLS = Path(__file__).resolve().parent.parent / "node" / "node_modules" / ".bin"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``node`` skip, saying why, where the Node tools are not installed (make test installs them)."""
    if NODE_TOOLS.is_dir():
        return
    skip = pytest.mark.skip(reason="needs the Node tools: run `make node-deps` (make test does)")
    for item in items:
        if item.get_closest_marker("node"):
            item.add_marker(skip)


API_KEY = "sk_test_9f8e7d6c5b4a39281706"
"""A recognisable fake key: tests assert it never shows up where it must not."""

Handler = Callable[[httpx.Request], httpx.Response]


class Sleeps:
    """Stands in for time.sleep/asyncio.sleep in a RetryPolicy: records the waits, never waits."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.waits.append(seconds)

    def policy(self, **kwargs: Any) -> RetryPolicy:
        return RetryPolicy(sleep=self.sleep, asleep=self.asleep, **kwargs)


class Recorder:
    """A MockTransport handler that records every request and answers each with one canned response."""

    def __init__(self, status: int = 204, body: Any = None) -> None:
        self.requests: list[httpx.Request] = []
        self.status, self.body = status, body

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        content = b"" if self.body is None else json.dumps(self.body).encode()
        return httpx.Response(self.status, content=content)


def make_client(handler: Handler, **kwargs: Any) -> AuthenticatedClient:
    """An AuthenticatedClient whose requests go to ``handler`` (an httpx.MockTransport), never the network.

    The default retry policy is kept but its sleeps are recorded instead of waited for.
    """
    kwargs.setdefault("retry", Sleeps().policy())
    return AuthenticatedClient(token=API_KEY, httpx_args={"transport": httpx.MockTransport(handler)}, **kwargs)


def serve(status: int, content: bytes | str = b"", headers: dict[str, str] | None = None) -> AuthenticatedClient:
    """A client whose every request gets the same canned response."""
    body = content.encode() if isinstance(content, str) else content
    return make_client(lambda request: httpx.Response(status, content=body, headers=headers or {}))


@pytest.fixture(autouse=True)
def _fresh_drift_reports() -> Iterator[None]:
    """Each test sees every spec-drift warning afresh (they are otherwise once per process)."""
    drift.reset_reported()
    yield
    drift.reset_reported()
    drift.route_to_logging(False)  # a test that set SIMPLYMEET_LOG leaves warnings on for the next


class JsonHandler(BaseHTTPRequestHandler):
    """A quiet HTTP/1.1 request handler for loopback servers, with one way to answer."""

    protocol_version = "HTTP/1.1"

    def send(self, status: int, body: bytes, **headers: str) -> None:
        """Answer ``status`` with ``body``; header names may use ``_`` for ``-`` (``Retry_After``)."""
        self.send_response(status)
        headers.setdefault("Content-Type", "application/json")
        headers.setdefault("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def send_json(self, status: int, data: Any) -> None:
        self.send(status, b"" if data is None else json.dumps(data).encode())

    def log_message(self, format: str, *args: object) -> None:  # keep the test output quiet
        pass


@contextlib.contextmanager
def loopback_server(handler: type[BaseHTTPRequestHandler], host: str = "127.0.0.1") -> Iterator[str]:
    """A real HTTP server on ``host`` (a loopback address, a free port) answering with ``handler``; yields its
    base URL."""
    with serving(handler, host) as url:
        yield url
