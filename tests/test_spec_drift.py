"""Responses that differ from the spec: every drift kind in tolerant mode (the default) and in strict mode.

Tolerant: a recoverable difference is read, reported once per (schema, property, kind) as a SpecDriftWarning
and on the ``simplymeet_client.drift`` logger, and the parsed model round-trips to exactly what came in.
Strict (``strict_responses=True``): any difference is an UnexpectedResponse naming the field path and kind.
What cannot be read honestly (a wrong type, a null the spec forbids, a bad date-time, a missing non-nullable
property) is an error in both modes.
"""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from simplymeet_client import AuthenticatedClient, errors
from simplymeet_client.api.meeting import get_event, list_events
from simplymeet_client.api.poll import get_poll
from simplymeet_client.models import EventListDTO, EventTypeDTO, EventTypeKind, PollDTO, SimpleEventTypeDTO
from simplymeet_runtime import drift
from tests.conftest import make_client
from tests.spec_support import load_fixture

MODES = [pytest.param(False, id="tolerant"), pytest.param(True, id="strict")]


def client_for(body: Any, strict: bool, status: int = 200) -> AuthenticatedClient:
    content = json.dumps(body).encode()
    return make_client(lambda request: httpx.Response(status, content=content), strict_responses=strict)


def events_page(change: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
    """The listEvents fixture with ``change`` applied to a copy."""
    page: dict[str, Any] = copy.deepcopy(load_fixture("listEvents"))
    change(page)
    return page


def list_page(body: dict[str, Any], strict: bool) -> EventListDTO:
    return list_events.sync(client=client_for(body, strict))


def drift_warnings(record: list[warnings.WarningMessage]) -> list[str]:
    return [str(w.message) for w in record if issubclass(w.category, errors.SpecDriftWarning)]


# ------------------------------------------------------------------------------------------- tolerated kinds

MISSING_PAYMENT = (lambda page: page["items"][1].pop("payment"), "items[].payment", "items[1].payment")
UNDECLARED = (
    lambda page: page["items"][2].update(meetingRoom={"floor": 3}),
    "items[].meetingRoom",
    "items[2].meetingRoom",
)
UNKNOWN_ENUM = (
    lambda page: page["items"][0]["eventType"].update(type="webinar"),
    "items[].eventType.type",
    "items[0].eventType.type",
)
TOLERATED = {
    "missing-property": MISSING_PAYMENT,
    "undeclared-property": UNDECLARED,
    "unknown-enum-value": UNKNOWN_ENUM,
}


@pytest.mark.parametrize("kind", sorted(TOLERATED))
def test_tolerant_mode_reads_reports_and_round_trips(kind: str, caplog: pytest.LogCaptureFixture) -> None:
    change, location, _ = TOLERATED[kind]
    body = events_page(change)
    with warnings.catch_warnings(record=True) as record, caplog.at_level(logging.WARNING, "simplymeet_client.drift"):
        warnings.simplefilter("always")
        page = list_page(body, strict=False)
    assert page.to_dict() == body  # lossless, drift included
    [message] = drift_warnings(record)
    assert message.startswith(f"listEvents: {location} [{kind}]")
    assert [w.filename for w in record if issubclass(w.category, drift.SpecDriftWarning)] == [__file__]
    assert caplog.records == []  # shown once, as the warning; SIMPLYMEET_LOG routes it to logging instead
    drift.reset_reported()
    drift.route_to_logging()
    with warnings.catch_warnings(record=True) as record, caplog.at_level(logging.WARNING, "simplymeet_client.drift"):
        warnings.simplefilter("always")
        list_page(body, strict=False)
    assert drift_warnings(record) == [] and [r.name for r in caplog.records] == ["simplymeet_client.drift"]
    assert location in caplog.records[0].getMessage() and kind in caplog.records[0].getMessage()


@pytest.mark.parametrize("kind", sorted(TOLERATED))
def test_strict_mode_refuses_with_the_path(kind: str) -> None:
    change, _, path = TOLERATED[kind]
    with pytest.raises(errors.UnexpectedResponse) as info:
        list_page(events_page(change), strict=True)
    assert info.value.field_path == path
    assert info.value.kind == kind
    assert info.value.status_code == 200 and "48213" in info.value.excerpt


def test_missing_nullable_property_reads_as_none_and_stays_absent() -> None:
    body = events_page(MISSING_PAYMENT[0])
    with pytest.warns(errors.SpecDriftWarning):
        page = list_page(body, strict=False)
    event = page.items[1]
    assert event.payment is None
    assert "payment" not in event.to_dict()
    assert "payment" in page.items[0].to_dict()  # present in the response, present again
    event.payment = None  # still None: still left out; a value set by the user is written
    assert "payment" not in event.to_dict()


def test_undeclared_property_and_unknown_enum_are_kept() -> None:
    body = events_page(lambda page: (UNDECLARED[0](page), UNKNOWN_ENUM[0](page)))
    with pytest.warns(errors.SpecDriftWarning):
        page = list_page(body, strict=False)
    assert page.items[2].additional_properties == {"meetingRoom": {"floor": 3}}
    kind = page.items[0].event_type.type_ if page.items[0].event_type else None
    assert isinstance(kind, EventTypeKind) and not kind.is_known and kind.value == "webinar"


def test_poll_with_a_full_event_type_object_is_read() -> None:
    """The issue's case: getPoll's eventType as the real service may send it (a whole EventTypeDTO)."""
    poll = copy.deepcopy(load_fixture("getPoll"))
    poll["eventType"] = copy.deepcopy(load_fixture("getEventType"))
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        parsed = get_poll.sync(48, client=client_for(poll, strict=False))
    assert isinstance(parsed, PollDTO) and isinstance(parsed.event_type, SimpleEventTypeDTO)
    assert parsed.event_type.id == poll["eventType"]["id"] and parsed.event_type.location_type is None
    assert parsed.to_dict() == poll
    messages = drift_warnings(record)
    assert "getPoll: eventType.location_type [missing-property]" in "\n".join(messages)
    assert "getPoll: eventType.slug [undeclared-property]" in "\n".join(messages)
    with pytest.raises(errors.UnexpectedResponse) as info:
        get_poll.sync(48, client=client_for(poll, strict=True))
    assert info.value.field_path is not None and info.value.field_path.startswith("eventType.")


# ------------------------------------------------------------------------------------------ errors in both modes


def _set(path: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(page: dict[str, Any]) -> None:
        target: Any = page
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return change


BROKEN = {
    "type-mismatch: id is a string": (_set(["items", 0, "id"], "not-an-int"), "items[0].id", "type-mismatch"),
    "type-mismatch: duration is an object": (
        _set(["items", 1, "duration"], {"x": 1}),
        "items[1].duration",
        "type-mismatch",
    ),
    "type-mismatch: bool where an integer belongs": (
        _set(["meta", "pagesCount"], True),
        "meta.pagesCount",
        "type-mismatch",
    ),
    "type-mismatch: string where an object belongs": (
        _set(["items", 0, "user"], "anna"),
        "items[0].user",
        "type-mismatch",
    ),
    "type-mismatch: number for a string": (_set(["items", 2, "uuid"], 7), "items[2].uuid", "type-mismatch"),
    "type-mismatch: object in a list of strings": (
        _set(["items", 0, "user", "connections"], [{}]),
        "items[0].user.connections[0]",
        "type-mismatch",
    ),
    "unexpected-null: id": (_set(["items", 0, "id"], None), "items[0].id", "unexpected-null"),
    "unexpected-null: a list": (_set(["items", 0, "answers"], None), "items[0].answers", "unexpected-null"),
    "format-mismatch: createdAt": (
        _set(["items", 2, "createdAt"], "yesterday"),
        "items[2].createdAt",
        "format-mismatch",
    ),
    "format-mismatch: a date-time without offset": (
        _set(["items", 0, "updatedAt"], "2024-03-04 17:02:11"),
        "items[0].updatedAt",
        "format-mismatch",
    ),
    "missing-property: id (not nullable)": (lambda page: page["items"][1].pop("id"), "items[1].id", "missing-property"),
}


@pytest.mark.parametrize("strict", MODES)
@pytest.mark.parametrize("case", sorted(BROKEN))
def test_what_cannot_be_read_honestly_fails_in_both_modes(case: str, strict: bool) -> None:
    change, path, kind = BROKEN[case]
    with pytest.raises(errors.UnexpectedResponse) as info:
        list_page(events_page(change), strict=strict)
    assert (info.value.field_path, info.value.kind) == (path, kind)
    assert "Response does not match the spec at " + path in str(info.value)


@pytest.mark.parametrize("strict", MODES)
def test_an_integer_where_a_number_belongs_is_fine(strict: bool) -> None:
    body = events_page(_set(["items", 0, "user", "lat"], 52))
    page = list_page(body, strict)
    assert page.items[0].user is not None and page.items[0].user.lat == 52
    assert page.to_dict() == body


# ------------------------------------------------------------------------------------------ undocumented status


def test_undocumented_error_status_tolerant_raises_the_usual_error_and_reports_it() -> None:
    client = client_for({"message": "Conflict"}, strict=False, status=409)
    with (
        pytest.warns(errors.SpecDriftWarning, match=r"getEvent: \(status\) \[undocumented-status\]"),
        pytest.raises(errors.APIStatusError) as info,
    ):
        get_event.sync(48213, client=client)
    assert info.value.status_code == 409 and info.value.message == "Conflict"


def test_undocumented_error_status_strict_is_an_unexpected_response() -> None:
    client = client_for({"message": "Conflict"}, strict=True, status=409)
    with pytest.raises(errors.UnexpectedResponse) as info:
        get_event.sync(48213, client=client)
    assert info.value.kind == "undocumented-status" and info.value.status_code == 409


@pytest.mark.parametrize("strict", MODES)
def test_documented_error_status_is_no_drift(strict: bool) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(errors.NotFoundError):
            get_event.sync(48213, client=client_for({"message": "Not found"}, strict=strict, status=404))


@pytest.mark.parametrize("strict", MODES)
@pytest.mark.parametrize("status", [502, 503, 504])
def test_gateway_statuses_are_no_drift(strict: bool, status: int) -> None:
    client = client_for({"message": "Bad gateway"}, strict=strict, status=status)
    client.retry = None
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(errors.ServerError):
            get_event.sync(48213, client=client)


# ------------------------------------------------------------------------------------------------- reporting


def test_each_difference_is_warned_once_per_process() -> None:
    body = events_page(MISSING_PAYMENT[0])
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        for _ in range(3):
            list_page(body, strict=False)
    assert len(drift_warnings(record)) == 1
    drift.reset_reported()
    with pytest.warns(errors.SpecDriftWarning):
        list_page(body, strict=False)


def test_the_error_filter_turns_every_occurrence_into_an_error() -> None:
    body = events_page(MISSING_PAYMENT[0])
    with warnings.catch_warnings():
        warnings.simplefilter("error", errors.SpecDriftWarning)
        for _ in range(2):
            with pytest.raises(errors.SpecDriftWarning, match=r"items\[\]\.payment"):
                list_page(body, strict=False)


def test_a_clean_response_reports_nothing() -> None:
    body = load_fixture("listEvents")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for strict in (False, True):
            assert list_page(body, strict).to_dict() == body


def test_a_model_parsed_directly_reports_with_its_schema() -> None:
    data = copy.deepcopy(load_fixture("getEventType"))
    data["newFlag"] = True
    with pytest.warns(errors.SpecDriftWarning, match=r"EventTypeDTO\.newFlag \[undeclared-property\]"):
        parsed = EventTypeDTO.from_dict(data)
    assert parsed.to_dict() == data


def test_async_and_the_async_iterator_report_too() -> None:
    body = events_page(lambda page: (MISSING_PAYMENT[0](page), page["meta"].update(pagesCount=1)))

    async def main() -> tuple[int, int]:
        client = client_for(body, strict=False)
        page = await list_events.asyncio(client=client)
        drift.reset_reported()
        count = 0
        async for _ in list_events.aiterate(client=client):
            count += 1
        return len(page.items), count

    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        assert asyncio.run(main()) == (3, 3)
    assert len(drift_warnings(record)) == 2  # once per call, after the reset in between


def test_strict_is_off_by_default_and_kinds_are_the_tools() -> None:
    assert AuthenticatedClient(token="x").strict_responses is False
    from tools.drift import __doc__ as tool_doc

    for kind in drift.KINDS:
        assert kind in (tool_doc or "")
