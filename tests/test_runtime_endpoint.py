"""simplymeet_runtime.endpoint on its own: every way a response can fail is one documented error."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from simplymeet_runtime import drift, endpoint, errors

REQUEST = httpx.Request("GET", "https://secure.simplymeet.me/panel/api/event/7?page=2")


def response(status: int, body: bytes = b"{}", headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, content=body, headers=headers, request=REQUEST)


def test_unexpected_status_gains_method_path_and_headers() -> None:
    def parse() -> Any:
        raise errors.UnexpectedStatus(418, b"teapot")

    with pytest.raises(errors.UnexpectedStatus) as info:
        endpoint.parse(parse, response(418, b"teapot", {"X-Request-Id": "r1"}), "getEvent", False)
    assert (info.value.method, info.value.path, info.value.headers["x-request-id"]) == (
        "GET",
        "/panel/api/event/7",
        "r1",
    )
    assert "GET /panel/api/event/7" in str(info.value) and "page=2" not in str(info.value)


@pytest.mark.parametrize(
    ("error", "kind", "field_path"),
    [
        (
            drift.SchemaMismatch("items[3].user", "expected an object", "type-mismatch"),
            "type-mismatch",
            "items[3].user",
        ),
        (KeyError("id"), None, None),
        (ValueError("Expecting value"), None, None),
    ],
)
def test_parse_failures_become_unexpected_response(error: Exception, kind: str | None, field_path: str | None) -> None:
    def parse() -> Any:
        raise error

    with pytest.raises(errors.UnexpectedResponse) as info:
        endpoint.parse(parse, response(200, b'{"items": []}'), "listEvents", False)
    assert (info.value.kind, info.value.field_path, info.value.status_code) == (kind, field_path, 200)
    assert info.value.__cause__ is error


def test_success_raises_the_status_error_before_parsing() -> None:
    calls: list[int] = []

    def parse() -> Any:
        calls.append(1)
        return None

    with pytest.raises(errors.NotFoundError):
        endpoint.success(
            parse, response(404, b'{"message": "Not found"}'), "getEvent", frozenset({404}), strict=False, has_body=True
        )
    assert calls == []
    with pytest.warns(drift.SpecDriftWarning, match="undocumented-status"), pytest.raises(errors.APIStatusError):
        endpoint.success(parse, response(409), "getEvent", frozenset({404}), strict=False, has_body=True)
    with pytest.raises(errors.UnexpectedResponse, match="not documented for getEvent"):
        endpoint.success(parse, response(409), "getEvent", frozenset({404}), strict=True, has_body=True)


def test_success_without_a_body_and_a_2xx_the_spec_does_not_document() -> None:
    assert (
        endpoint.success(
            lambda: 1 / 0, response(204, b""), "deleteEvent", frozenset({204}), strict=False, has_body=False
        )
        is None
    )
    with pytest.raises(errors.UnexpectedResponse, match="Success status the spec does not document"):
        endpoint.success(lambda: None, response(202), "getEvent", frozenset({200}), strict=False, has_body=True)


def test_parsing_leaves_the_process_wide_collector_alone() -> None:
    import gc

    states: list[bool] = []

    def parse() -> Any:
        states.append(gc.isenabled())
        raise KeyError("id")

    assert gc.isenabled()
    with pytest.raises(errors.UnexpectedResponse):
        endpoint.parse(parse, response(200), "getEvent", False)
    assert states == [True] and gc.isenabled()
    assert not hasattr(endpoint, "gc_held")
