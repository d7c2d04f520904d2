"""Per-client and per-request overheads that the performance work removed stay removed (behaviour, not timings)."""

from __future__ import annotations

import asyncio
import gc
import importlib.abc
import importlib.machinery
import ssl
import sys
import weakref
from collections.abc import Sequence
from types import ModuleType
from typing import Any

import certifi
import httpx
import pytest

from simplymeet_client import AuthenticatedClient
from simplymeet_client.api.meeting import get_event
from tests.conftest import API_KEY, JsonHandler, loopback_server
from tests.spec_support import load_fixture


def _ssl_context(client: AuthenticatedClient, *, is_async: bool) -> ssl.SSLContext:
    httpx_client: Any = client.get_async_httpx_client() if is_async else client.get_httpx_client()
    api_transport = httpx_client._transport
    inner = api_transport._async_transport if is_async else api_transport._transport
    context: ssl.SSLContext = inner._pool._ssl_context
    return context


def test_clients_share_one_verifying_ssl_context() -> None:
    first = AuthenticatedClient(base_url="https://secure.simplymeet.me", token=API_KEY)
    second = AuthenticatedClient(base_url="https://secure.simplymeet.me", token=API_KEY)
    shared = _ssl_context(first, is_async=False)
    assert _ssl_context(second, is_async=False) is shared
    assert _ssl_context(second, is_async=True) is shared
    assert shared.verify_mode is ssl.CERT_REQUIRED and shared.check_hostname


def test_ssl_settings_that_differ_get_their_own_context(monkeypatch: pytest.MonkeyPatch) -> None:
    default = _ssl_context(AuthenticatedClient(base_url="https://secure.simplymeet.me", token=API_KEY), is_async=False)
    unverified = AuthenticatedClient(base_url="https://secure.simplymeet.me", token=API_KEY, verify_ssl=False)
    assert _ssl_context(unverified, is_async=False).verify_mode is ssl.CERT_NONE
    monkeypatch.setenv("SSL_CERT_FILE", certifi.where())
    own_bundle = _ssl_context(
        AuthenticatedClient(base_url="https://secure.simplymeet.me", token=API_KEY), is_async=False
    )
    assert own_bundle is not default and own_bundle.verify_mode is ssl.CERT_REQUIRED


class _ImportSpy(importlib.abc.MetaPathFinder):
    """Records every module name the import system has to look for (names already imported are not looked for)."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        self.names.append(fullname)
        return None


class EventHandler(JsonHandler):
    def do_GET(self) -> None:
        self.send_json(200, load_fixture("getEvent"))


def test_async_requests_do_not_look_for_modules_on_each_call() -> None:
    """httpcore asks for sniffio on every pool lock; installed (a dependency), that is a sys.modules hit, not a
    failing import that scans sys.path."""

    async def calls(base_url: str, spy: _ImportSpy) -> None:
        async with AuthenticatedClient(base_url=base_url, token=API_KEY) as client:
            await get_event.asyncio(1, client=client)  # first call: imports what it needs once
            sys.meta_path.insert(0, spy)
            try:
                for _ in range(3):
                    await get_event.asyncio(1, client=client)
            finally:
                sys.meta_path.remove(spy)

    spy = _ImportSpy()
    with loopback_server(EventHandler) as base_url:
        asyncio.run(calls(base_url, spy))
    assert spy.names == []


def test_a_read_response_is_freed_without_the_cycle_collector() -> None:
    """httpx links a response and its stream both ways (encode/httpx#3733); the client unlinks them once the body is
    read, so with the collector off a finished response is freed at once, sync and async alike."""
    seen: list[weakref.ref[httpx.Response]] = []

    def hook(response: httpx.Response) -> None:
        seen.append(weakref.ref(response))

    async def hook_async(response: httpx.Response) -> None:
        hook(response)

    with loopback_server(EventHandler) as base_url:
        sync_client = AuthenticatedClient(
            base_url=base_url, token=API_KEY, httpx_args={"event_hooks": {"response": [hook]}}
        )
        async_client = AuthenticatedClient(
            base_url=base_url, token=API_KEY, httpx_args={"event_hooks": {"response": [hook_async]}}
        )
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            event = get_event.sync(1, client=sync_client)
            asyncio.run(get_event.asyncio(1, client=async_client))
            assert len(seen) == 2 and event.id == load_fixture("getEvent")["id"]
            assert [ref() for ref in seen] == [None, None]
        finally:
            if was_enabled:
                gc.enable()
