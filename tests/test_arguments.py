"""Bad arguments are refused before any request, with a message naming the argument."""

from __future__ import annotations

import datetime
import re
import warnings
from typing import Any

import pytest

from simplymeet_client.api.meeting import cancel_event_list, get_event, list_events, mark_event_list_no_show
from simplymeet_client.api.meeting_type import get_event_type_availability
from simplymeet_client.models import CancelEventListRequestDTO, GetEventListFilterDTO, NoShowEventListRequestDTO
from tests.conftest import Recorder, make_client

CASES: list[tuple[str, Any, type[Exception], str]] = [
    ("id as a string", lambda c: get_event.sync("48213", client=c), TypeError, "id must be an int, got str"),  # type: ignore[arg-type]  # wrong on purpose
    ("id as a bool", lambda c: get_event.sync(True, client=c), TypeError, "id must be an int, got bool"),
    ("id 0", lambda c: get_event.sync(0, client=c), ValueError, "id must be at least 1, got 0"),
    ("id as a float", lambda c: get_event.sync(4.5, client=c), TypeError, "id must be an int, got float"),  # type: ignore[arg-type]  # wrong on purpose
    (
        "onPage 0",
        lambda c: list_events.sync(client=c, on_page=0),
        ValueError,
        "on_page must be between 1 and 100, got 0",
    ),
    ("onPage 101", lambda c: list_events.sync(client=c, on_page=101), ValueError, "on_page must be between 1 and 100"),
    ("page as text", lambda c: list_events.sync(client=c, page="2"), TypeError, "page must be an int"),  # type: ignore[arg-type]  # wrong on purpose
    ("page 0", lambda c: list_events.sync(client=c, page=0), ValueError, "page must be at least 1, got 0"),
    (
        "malformed date filter",
        lambda c: list_events.sync(client=c, filter_=GetEventListFilterDTO(scheduled_at_from="2024-13-01")),  # type: ignore[arg-type]  # wrong on purpose
        TypeError,
        "scheduled_at_from must be a datetime.date",
    ),
    (
        "availability userId as text",
        lambda c: get_event_type_availability.sync(812, client=c, user_id="me"),  # type: ignore[arg-type]  # wrong on purpose
        TypeError,
        "user_id must be an int",
    ),
    (
        "empty id list (cancel)",
        lambda c: cancel_event_list.sync(client=c, body=CancelEventListRequestDTO(ids=[], reason="x")),
        ValueError,
        "ids must have at least 1 item(s), got 0",
    ),
    (
        "empty id list (no-show)",
        lambda c: mark_event_list_no_show.sync(client=c, body=NoShowEventListRequestDTO(ids=[])),
        ValueError,
        "ids must have at least 1 item(s), got 0",
    ),
    (
        "onPage 0 on an iterator",
        lambda c: list_events.iterate(client=c, on_page=0),
        ValueError,
        "on_page must be between 1 and 100",
    ),
    (
        "naive reschedule time",
        lambda c: __import__("simplymeet_client.api.meeting.reschedule_event", fromlist=["x"]).sync(
            48213,
            client=c,
            body=__import__("simplymeet_client.models", fromlist=["x"]).RescheduleEventRequestDTO(
                start=datetime.datetime(2024, 3, 12, 15), end="2024-03-12 15:30:00", event_type_id=812
            ),
        ),
        ValueError,
        "start is a naive datetime",
    ),
]


@pytest.mark.parametrize(("label", "call", "error", "message"), CASES, ids=[case[0] for case in CASES])
def test_bad_argument_is_refused_before_any_request(
    label: str, call: Any, error: type[Exception], message: str
) -> None:
    transport = Recorder(500)
    with pytest.raises(error, match=re.escape(message)):
        call(make_client(transport))
    assert transport.requests == []


def test_a_state_outside_the_known_values_warns_with_the_closest_and_is_still_sent() -> None:
    transport = Recorder(
        200, {"meta": {"pagesCount": 0, "itemsPerPage": 20, "itemsCount": 0, "currentPage": 1}, "items": []}
    )
    client = make_client(transport)
    with pytest.warns(
        UserWarning, match=re.escape("state 'cancelled' is not a known value (did you mean 'canceled'?); sent as given")
    ):
        list_events.sync(client=client, filter_=GetEventListFilterDTO(state="cancelled"))
    assert "filter%5Bstate%5D=cancelled" in str(transport.requests[-1].url)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        list_events.sync(client=client, filter_=GetEventListFilterDTO(state="no_show"))


def test_the_known_states_are_in_the_help() -> None:
    doc = GetEventListFilterDTO.__doc__ or ""
    assert all(f"`{state}`" in doc for state in ("new", "canceled", "no_show")), doc


def test_an_enum_query_argument_takes_its_value_as_a_plain_string() -> None:
    transport = Recorder(
        200, {"meta": {"pagesCount": 0, "itemsPerPage": 20, "itemsCount": 0, "currentPage": 1}, "items": []}
    )
    list_events.sync(client=make_client(transport), order_field="scheduledAt", order_direction="desc")  # type: ignore[arg-type]  # strings, as before
    assert "orderField=scheduledAt&orderDirection=desc" in str(transport.requests[-1].url)
    with pytest.raises(ValueError, match="order_field must be one of .*'scheduledAt'"):
        list_events.sync(client=make_client(transport), order_field="noSuchField")  # type: ignore[arg-type]  # wrong on purpose
