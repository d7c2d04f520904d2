"""Defaults that fit this API, made in templates/: auth header, base URL, secrets kept out of reprs."""

from __future__ import annotations

import asyncio
import logging

import httpx
import pytest

from simplymeet_client import AuthenticatedClient
from simplymeet_client.api.user import get_current_user
from simplymeet_client.client import DEFAULT_BASE_URL
from simplymeet_client.models import UserDTO
from tests.conftest import API_KEY, make_client
from tests.spec_support import FIXTURES


def _user_handler(seen: list[httpx.Request]) -> httpx.MockTransport:
    body = (FIXTURES / "getCurrentUser.json").read_bytes()

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    return httpx.MockTransport(handler)


def test_token_is_sent_as_x_api_key_to_the_production_host() -> None:
    assert DEFAULT_BASE_URL == "https://secure.simplymeet.me"
    seen: list[httpx.Request] = []
    client = AuthenticatedClient(token=API_KEY, httpx_args={"transport": _user_handler(seen)})
    user = get_current_user.sync(client=client)
    assert isinstance(user, UserDTO) and user.id == 1024
    (request,) = seen
    assert str(request.url) == "https://secure.simplymeet.me/panel/api/current-user"
    assert request.headers["X-API-KEY"] == API_KEY
    assert "authorization" not in request.headers


def test_async_client_sends_the_same_header() -> None:
    seen: list[httpx.Request] = []
    client = AuthenticatedClient(token=API_KEY, httpx_args={"transport": _user_handler(seen)})
    user = asyncio.run(get_current_user.asyncio(client=client))
    assert isinstance(user, UserDTO) and user.email == "anna.kowalska@acme.example"
    assert seen[0].headers["X-API-KEY"] == API_KEY


def test_base_url_can_be_overridden() -> None:
    seen: list[httpx.Request] = []
    client = AuthenticatedClient(
        base_url="http://127.0.0.1:4010", token=API_KEY, httpx_args={"transport": _user_handler(seen)}
    )
    get_current_user.sync(client=client)
    assert str(seen[0].url) == "http://127.0.0.1:4010/panel/api/current-user"


def test_key_is_not_in_reprs_or_client_headers(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client = make_client(lambda r: httpx.Response(204))
    get_current_user.sync_detailed(client=client)
    httpx_client = client.get_httpx_client()
    texts = [repr(client), str(client), repr(httpx_client.auth), repr(httpx_client.headers), caplog.text]
    for text in texts:
        assert API_KEY not in text
    assert "X-API-KEY" not in httpx_client.headers


def test_httpx_args_merge_with_what_the_constructor_sets() -> None:
    """``httpx_args={"headers": ...}`` used to fail the first request with "got multiple values for keyword
    argument 'headers'"."""
    from simplymeet_client import SimplyMeet

    seen: list[httpx.Request] = []
    sm = SimplyMeet(
        api_key=API_KEY,
        httpx_args={
            "transport": _user_handler(seen),
            "headers": {"X-Trace": "t-1", "User-Agent": "crm-sync/2.0"},
            "cookies": {"region": "eu"},
            "timeout": 7.0,
        },
    )
    sm.users.current()
    client = AuthenticatedClient(
        token=API_KEY,
        headers={"X-Tenant": "acme"},
        httpx_args={"transport": _user_handler(seen), "headers": {"x-tenant": "other", "X-Trace": "t-2"}},
    )
    get_current_user.sync(client=client)
    get_current_user.sync(client=client.with_headers({"X-More": "1"}))
    first, second, third = seen
    assert first.headers["X-Trace"] == "t-1" and first.headers.get_list("User-Agent") == ["crm-sync/2.0"]
    assert first.headers["Cookie"] == "region=eu" and first.extensions["timeout"]["read"] == 7.0
    assert first.headers["X-API-KEY"] == API_KEY
    assert second.headers.get_list("X-Tenant") == ["acme"] and second.headers["X-Trace"] == "t-2"
    assert third.headers["X-More"] == "1" and third.headers.get_list("X-Tenant") == ["acme"]
    with pytest.raises(TypeError, match="pass base_url= to the client"):
        AuthenticatedClient(token=API_KEY, httpx_args={"base_url": "https://elsewhere.example"})
