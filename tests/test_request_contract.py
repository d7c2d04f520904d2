"""Every operation, called through the generated client: the captured request is what the spec says."""

from __future__ import annotations

import json

import httpx
import pytest

from tests.conftest import API_KEY, make_client
from tests.operations import CALLS, module_for
from tests.spec_support import operations, validate_request


def test_every_operation_is_in_the_table() -> None:
    assert sorted(CALLS) == sorted(operations())
    assert len(CALLS) == len(operations()) == 44


@pytest.mark.parametrize("op_id", sorted(CALLS))
def test_request_matches_spec(op_id: str) -> None:
    call = CALLS[op_id]
    captured: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        captured.append(request)
        return httpx.Response(204)

    client = make_client(handler)
    module_for(op_id).sync_detailed(client=client, **call.kwargs())

    assert len(captured) == 1
    request = captured[0]
    spec_op = operations()[op_id]
    assert request.method == call.method == spec_op.method.upper()
    assert request.url.scheme == "https" and request.url.host == "secure.simplymeet.me"
    assert request.url.path == call.path
    assert list(request.url.params.multi_items()) == call.query
    assert request.headers["X-API-KEY"] == API_KEY
    assert "authorization" not in request.headers
    if call.body is None:
        assert request.content == b""
    else:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == call.body
    validate_request(op_id, request)


def test_filter_encoding_is_php_bracket_notation() -> None:
    """The raw query string, byte for byte: brackets percent-encoded, arrays repeated with []."""
    captured: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        captured.append(request)
        return httpx.Response(204)

    client = make_client(handler)
    from simplymeet_client.api.meeting import list_events
    from simplymeet_client.models import GetEventListFilterDTO

    list_events.sync_detailed(client=client, page=2, filter_=GetEventListFilterDTO(state="new", ids=[1, 2]))
    assert captured[0].url.query == b"page=2&filter%5Bids%5D%5B%5D=1&filter%5Bids%5D%5B%5D=2&filter%5Bstate%5D=new"


def test_validator_rejects_bad_requests() -> None:
    """The request validator is not a rubber stamp."""
    ok = httpx.Request(
        "GET", "https://secure.simplymeet.me/panel/api/event/?page=2&filter[ids][]=1", headers={"X-API-KEY": "k"}
    )
    validate_request("listEvents", ok)
    bad = [
        httpx.Request("GET", "https://secure.simplymeet.me/panel/api/event/?onPage=101", headers={"X-API-KEY": "k"}),
        httpx.Request(
            "GET", "https://secure.simplymeet.me/panel/api/event/?filter[ids][]=x", headers={"X-API-KEY": "k"}
        ),
        httpx.Request(
            "GET", "https://secure.simplymeet.me/panel/api/event/?filter[nope]=1", headers={"X-API-KEY": "k"}
        ),
        httpx.Request("GET", "https://secure.simplymeet.me/panel/api/event/"),
        httpx.Request(
            "PUT",
            "https://secure.simplymeet.me/panel/api/event/cancel-list",
            json={"reason": "x"},
            headers={"X-API-KEY": "k"},
        ),
    ]
    for request in bad:
        with pytest.raises(Exception):  # noqa: B017 - openapi-core and AssertionError both count
            validate_request("listEvents" if request.method == "GET" else "cancelEventList", request)
