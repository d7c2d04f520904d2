"""Call styles: ``sync``/``asyncio`` raise typed errors on non-2xx; ``*_detailed`` return a Response."""

from __future__ import annotations

import asyncio
import datetime
import json
import traceback

import httpx
import pytest

from simplymeet_client import AuthenticatedClient, errors
from simplymeet_client.api.meeting import cancel_event, get_event, list_events
from simplymeet_client.client import DEFAULT_TIMEOUT
from simplymeet_client.models import CancelEventRequestDTO, EventDTO, EventListDTO
from simplymeet_runtime.client import check_base_url
from tests.conftest import API_KEY, make_client, serve
from tests.spec_support import load_fixture


def _client(status: int, body: object = None, headers: dict[str, str] | None = None) -> AuthenticatedClient:
    return serve(status, b"" if body is None else json.dumps(body), headers)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (422, errors.ValidationError),
        (429, errors.RateLimitError),
        (500, errors.ServerError),
        (502, errors.ServerError),
        (503, errors.ServerError),
        (409, errors.APIStatusError),
    ],
)
@pytest.mark.filterwarnings(
    "ignore::simplymeet_runtime.drift.SpecDriftWarning"
)  # some statuses are undocumented here; test_spec_drift.py tests their reporting
def test_status_maps_to_exception(status: int, cls: type[errors.APIStatusError]) -> None:
    with pytest.raises(cls) as info:
        get_event.sync(48213, client=_client(status, {"message": "Nope"}))
    error = info.value
    assert type(error) is cls and isinstance(error, errors.SimplyMeetError)
    assert (error.status_code, error.method, error.path, error.message) == (
        status,
        "GET",
        "/panel/api/event/48213",
        "Nope",
    )
    assert '"message": "Nope"' in error.excerpt
    text = str(error) + "".join(traceback.format_exception(error))
    assert f"HTTP {status}" in text and API_KEY not in text


def test_validation_error_exposes_field_messages() -> None:
    body = {"message": "Invalid arguments", "errors": {"reason": ["This value is too long."], "id": ["Bad id"]}}
    with pytest.raises(errors.ValidationError) as info:
        cancel_event.sync(48213, client=_client(422, body), body=CancelEventRequestDTO(reason="x" * 5000))
    assert info.value.errors == {"reason": ["This value is too long."], "id": ["Bad id"]}
    assert info.value.method == "PUT" and "reason: This value is too long." in str(info.value)


def test_rate_limit_retry_after_seconds_and_http_date() -> None:
    with pytest.raises(errors.RateLimitError) as info:
        get_event.sync(1, client=_client(429, {"message": "Too many requests"}, {"Retry-After": "17"}))
    assert info.value.retry_after == 17.0
    now = datetime.datetime(2024, 3, 4, 17, 2, 11, tzinfo=datetime.UTC)
    assert errors.parse_retry_after("Mon, 04 Mar 2024 17:02:41 GMT", now=now) == 30.0
    assert errors.parse_retry_after("Mon, 04 Mar 2024 17:00:00 GMT", now=now) == 0.0
    assert errors.parse_retry_after("soon") is None and errors.parse_retry_after(None) is None


def test_error_with_non_json_body_still_typed() -> None:
    client = make_client(lambda r: httpx.Response(502, text="<html>Bad Gateway</html>"))
    with pytest.raises(errors.ServerError) as info:
        list_events.sync(client=client)
    assert info.value.message == "" and "Bad Gateway" in str(info.value)


def test_success_returns_model_and_empty_operations_return_none() -> None:
    event = get_event.sync(48213, client=_client(200, load_fixture("getEvent")))
    assert isinstance(event, EventDTO) and event.id == 48213
    for status in (200, 204):  # empty operations return None and do not raise on either status
        cancel_event.sync(48213, client=_client(status), body=CancelEventRequestDTO(reason="r"))


def test_async_style_raises_the_same() -> None:
    page = asyncio.run(list_events.asyncio(client=_client(200, load_fixture("listEvents"))))
    assert isinstance(page, EventListDTO) and len(page.items) == 3
    with pytest.raises(errors.NotFoundError):
        asyncio.run(get_event.asyncio(1, client=_client(404, {"message": "Not found"})))


def test_detailed_style_returns_response_instead_of_raising() -> None:
    response = get_event.sync_detailed(48213, client=_client(404, {"message": "Not found"}))
    assert response.status_code == 404 and b"Not found" in response.content


def test_undocumented_success_status_is_not_silently_none() -> None:
    with pytest.raises(errors.UnexpectedResponse):
        get_event.sync(48213, client=_client(201, load_fixture("getEvent")))


def test_default_timeout() -> None:
    assert DEFAULT_TIMEOUT.read == 30.0 and DEFAULT_TIMEOUT.connect == 10.0
    client = AuthenticatedClient(token=API_KEY)
    assert client.get_httpx_client().timeout == DEFAULT_TIMEOUT
    custom = AuthenticatedClient(token=API_KEY, timeout=httpx.Timeout(5.0))
    assert custom.get_httpx_client().timeout.read == 5.0


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:4010", "http://localhost:8080", "http://[::1]:9000", "https://x.example"]
)
def test_https_or_loopback_base_urls_accepted(url: str) -> None:
    check_base_url(url)
    AuthenticatedClient(base_url=url, token=API_KEY)


def test_plain_http_to_remote_host_refused_unless_opted_in() -> None:
    with pytest.raises(ValueError, match="allow_insecure_http"):
        AuthenticatedClient(base_url="http://secure.simplymeet.me", token=API_KEY)
    with pytest.raises(ValueError, match="http"):
        AuthenticatedClient(base_url="ftp://secure.simplymeet.me", token=API_KEY)
    client = AuthenticatedClient(base_url="http://10.0.0.5", token=API_KEY, allow_insecure_http=True)
    assert client.allow_insecure_http
