from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from simplymeet_client import AuthenticatedClient

API_KEY = "sk_test_9f8e7d6c5b4a39281706"
"""A recognisable fake key: tests assert it never shows up where it must not."""

Handler = Callable[[httpx.Request], httpx.Response]


def make_client(handler: Handler, **kwargs: Any) -> AuthenticatedClient:
    """An AuthenticatedClient whose requests go to ``handler`` (an httpx.MockTransport), never the network."""
    return AuthenticatedClient(token=API_KEY, httpx_args={"transport": httpx.MockTransport(handler)}, **kwargs)


def serve(status: int, content: bytes | str = b"", headers: dict[str, str] | None = None) -> AuthenticatedClient:
    """A client whose every request gets the same canned response."""
    body = content.encode() if isinstance(content, str) else content
    return make_client(lambda request: httpx.Response(status, content=body, headers=headers or {}))
