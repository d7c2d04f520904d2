"""What the client does with bodies the spec does not promise (documented in README "Errors").

- A nullable field that is null parses to ``None``; an unknown extra field is kept in
  ``additional_properties`` and written back by ``to_dict()``.
- A ``null`` where the spec promises a value, a missing field, or a body that is not JSON raises
  ``simplymeet_client.errors.UnexpectedResponse`` carrying status, method, path and a body excerpt —
  never a bare KeyError/TypeError/ValueError.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from simplymeet_client import AuthenticatedClient, errors
from simplymeet_client.api.meeting import get_event, list_events
from simplymeet_client.api.user import get_current_user
from simplymeet_client.errors import SimplyMeetError, UnexpectedResponse, UnexpectedStatus
from simplymeet_client.models import ErrorDTO, EventDTO
from tests.conftest import API_KEY, make_client, serve
from tests.spec_support import load_fixture


def _serve(status: int, body: str, content_type: str = "application/json") -> AuthenticatedClient:
    return serve(status, body, {"content-type": content_type})


def test_unknown_extra_field_is_preserved() -> None:
    event = load_fixture("getEvent")
    event["videoProvider"] = {"name": "zoom", "beta": True}
    event["user"]["pronouns"] = "she/her"
    with pytest.warns(errors.SpecDriftWarning) as record:
        parsed = get_event.sync(48213, client=_serve(200, json.dumps(event)))
    drift = [w for w in record if isinstance(w.message, errors.SpecDriftWarning)]  # not another test's ResourceWarning
    assert sorted(str(w.message).split(" [")[0] for w in drift) == [
        "getEvent: user.pronouns",
        "getEvent: videoProvider",
    ]
    assert isinstance(parsed, EventDTO)
    assert parsed.additional_properties["videoProvider"] == {"name": "zoom", "beta": True}
    assert parsed.user is not None and parsed.user["pronouns"] == "she/her"
    assert parsed.to_dict() == event


def test_nullable_fields_parse_to_none() -> None:
    event = load_fixture("getEvent")
    for key in ("user", "eventType", "invitee", "cancellation", "payment", "scheduledAt", "notes", "duration"):
        event[key] = None
    parsed = get_event.sync(48213, client=_serve(200, json.dumps(event)))
    assert isinstance(parsed, EventDTO)
    assert parsed.user is None and parsed.event_type is None and parsed.scheduled_at is None
    assert parsed.to_dict() == event


@pytest.mark.parametrize(
    ("mutate", "op"),
    [
        (lambda body: body.update(participants=None), "getEvent"),  # null where a list is promised
        (lambda body: body.pop("uuid"), "getEvent"),  # missing required field
        (lambda body: body.pop("email"), "getCurrentUser"),
        (lambda body: body.update(answers="none"), "getEvent"),  # a string where a list of objects belongs
        (lambda body: body["items"][1].update(participants=[{"email": None}]), "listEvents"),  # nested item broken
        (lambda body: body.update(meta=None), "listEvents"),
    ],
)
def test_body_that_breaks_the_schema_raises_unexpected_response(mutate: Any, op: str) -> None:
    body = load_fixture(op)
    mutate(body)
    raw = json.dumps(body)
    client = _serve(200, raw)
    call: Callable[[], object] = {
        "getEvent": lambda: get_event.sync_detailed(48213, client=client),
        "getCurrentUser": lambda: get_current_user.sync_detailed(client=client),
        "listEvents": lambda: list_events.sync_detailed(client=client),
    }[op]
    with pytest.raises(UnexpectedResponse) as info:
        call()
    error = info.value
    assert error.status_code == 200
    assert error.method in {"GET"} and error.path.startswith("/panel/api/")
    assert raw[:40] in str(error) and error.excerpt == raw[:500] + "…"
    assert API_KEY not in str(error)
    assert isinstance(error, SimplyMeetError)


@pytest.mark.parametrize(
    "body",
    [
        "<html><body><h1>502 Bad Gateway</h1></body></html>",
        '{"id": 48213, "uuid": "0b6f',  # truncated JSON
        "",
    ],
)
def test_non_json_body_raises_unexpected_response(body: str) -> None:
    with pytest.raises(UnexpectedResponse) as info:
        get_event.sync_detailed(48213, client=_serve(200, body, "text/html"))
    assert info.value.status_code == 200
    assert info.value.path == "/panel/api/event/48213"
    assert body[:30] in str(info.value)


def test_documented_error_status_is_parsed_into_error_model() -> None:
    response = get_event.sync_detailed(48213, client=_serve(404, '{"message": "Event not found"}'))
    assert response.status_code == 404
    assert isinstance(response.parsed, ErrorDTO) and response.parsed.message == "Event not found"


def test_undocumented_status_raises_when_asked() -> None:
    client = make_client(lambda r: httpx.Response(418, text="teapot"), raise_on_unexpected_status=True)
    with pytest.raises(UnexpectedStatus) as info:
        get_event.sync_detailed(48213, client=client)
    assert info.value.status_code == 418 and info.value.method == "GET" and "teapot" in str(info.value)
    quiet = make_client(lambda r: httpx.Response(418, text="teapot"))
    assert get_event.sync_detailed(48213, client=quiet).parsed is None
