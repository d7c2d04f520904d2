"""Request dates: `Y-m-d H:i:s` fields take aware datetimes (sent in UTC); date filters take dates only.

Every refusal happens while the request is built: the transport must never be called.
"""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest

from simplymeet_client.api.meeting import create_event, list_events, reschedule_event
from simplymeet_client.api.meeting_type import get_event_type_availability
from simplymeet_client.models import (
    CreateEventRequestDTO,
    GetEventListFilterDTO,
    InviteeRequestDTO,
    RescheduleEventRequestDTO,
)
from simplymeet_runtime.wire import LOCAL_DATETIME_PATTERN, format_date, format_local_datetime
from tests.conftest import Recorder, make_client
from tests.spec_support import load_fixture, validate_request

BERLIN_WINTER = datetime.timezone(datetime.timedelta(hours=1), "CET")
NEW_YORK_SUMMER = datetime.timezone(datetime.timedelta(hours=-4), "EDT")


def test_reschedule_sends_aware_datetimes_in_utc() -> None:
    recorder = Recorder()
    body = RescheduleEventRequestDTO(
        start=datetime.datetime(2024, 3, 12, 16, 0, tzinfo=BERLIN_WINTER),
        end=datetime.datetime(2024, 3, 12, 11, 30, tzinfo=NEW_YORK_SUMMER),
        event_type_id=812,
    )
    reschedule_event.sync(48213, client=make_client(recorder), body=body)
    (request,) = recorder.requests
    assert json.loads(request.content) == {
        "start": "2024-03-12 15:00:00",
        "end": "2024-03-12 15:30:00",
        "eventTypeId": 812,
    }
    validate_request("rescheduleEvent", request)


def test_reschedule_passes_a_well_formed_string_unchanged() -> None:
    recorder = Recorder()
    body = RescheduleEventRequestDTO(start="2024-03-12 15:00:00", end="2024-03-12 15:30:00", event_type_id=812)
    reschedule_event.sync(48213, client=make_client(recorder), body=body)
    assert json.loads(recorder.requests[0].content)["start"] == "2024-03-12 15:00:00"


@pytest.mark.parametrize(
    ("start", "error", "message"),
    [
        (datetime.datetime(2024, 3, 12, 15, 0), ValueError, "start is a naive datetime"),
        ("2024-03-12T15:00:00+00:00", ValueError, "start must look like 'YYYY-MM-DD HH:MM:SS'"),
        ("2024-02-30 10:00:00", ValueError, "start is not a valid date-time"),
        ("12/03/2024 15:00", ValueError, "start must look like"),
        (datetime.date(2024, 3, 12), TypeError, "start must be a timezone-aware datetime"),
        (1710255600, TypeError, "start must be a timezone-aware datetime"),
    ],
)
def test_reschedule_refuses_bad_start_before_any_request(start: Any, error: type[Exception], message: str) -> None:
    recorder = Recorder()
    body = RescheduleEventRequestDTO(start=start, end="2024-03-12 15:30:00", event_type_id=812)
    with pytest.raises(error, match=message):
        reschedule_event.sync(48213, client=make_client(recorder), body=body)
    assert recorder.requests == []


def test_create_event_formats_every_multiple_scheduled_at_and_names_the_bad_one() -> None:
    invitee = InviteeRequestDTO(full_name="John Carter", email="john.carter@example.com")
    when = datetime.datetime(2024, 3, 11, 10, 0, tzinfo=datetime.UTC)
    recorder = Recorder(200, load_fixture("createEvent"))
    good = CreateEventRequestDTO(
        scheduled_at=when,
        event_type=812,
        invitee=invitee,
        multiple_scheduled_at=[
            when,
            "2024-03-18 10:00:00",
            when.astimezone(BERLIN_WINTER) + datetime.timedelta(days=14),
        ],
    )
    create_event.sync(client=make_client(recorder), body=good)
    sent = json.loads(recorder.requests[0].content)
    assert sent["scheduledAt"] == "2024-03-11 10:00:00"
    assert sent["multipleScheduledAt"] == ["2024-03-11 10:00:00", "2024-03-18 10:00:00", "2024-03-25 10:00:00"]
    validate_request("createEvent", recorder.requests[0])

    bad = CreateEventRequestDTO(
        scheduled_at=when, event_type=812, invitee=invitee, multiple_scheduled_at=[when, datetime.datetime(2024, 3, 18)]
    )
    with pytest.raises(ValueError, match=r"multiple_scheduled_at\[1\] is a naive datetime"):
        create_event.sync(client=make_client(recorder), body=bad)
    assert len(recorder.requests) == 1


def test_date_filters_take_dates() -> None:
    recorder = Recorder(200, load_fixture("listEvents"))
    filter_ = GetEventListFilterDTO(
        scheduled_at_from=datetime.date(2024, 3, 1), scheduled_at_to=datetime.date(2024, 3, 31)
    )
    list_events.sync(client=make_client(recorder), filter_=filter_)
    params = recorder.requests[0].url.params
    assert (params["filter[scheduledAtFrom]"], params["filter[scheduledAtTo]"]) == ("2024-03-01", "2024-03-31")


def test_a_datetime_in_a_date_filter_is_refused_not_truncated() -> None:
    recorder = Recorder(200, load_fixture("listEvents"))
    filter_ = GetEventListFilterDTO(scheduled_at_from=datetime.datetime(2024, 3, 1, 23, 30, tzinfo=BERLIN_WINTER))
    with pytest.raises(TypeError, match="scheduled_at_from must be a datetime.date"):
        list_events.sync(client=make_client(recorder), filter_=filter_)
    with pytest.raises(TypeError, match="scheduled_at_from must be a datetime.date"):
        list_events.iterate(client=make_client(recorder), filter_=filter_).__next__()
    assert recorder.requests == []


def test_availability_week_takes_date_arguments() -> None:
    recorder = Recorder(200, load_fixture("getEventTypeAvailability"))
    monday = datetime.date(2024, 3, 11)
    get_event_type_availability.sync(
        812, client=make_client(recorder), start_date=monday, end_date=monday + datetime.timedelta(days=6)
    )
    params = recorder.requests[0].url.params
    assert (params["startDate"], params["endDate"]) == ("2024-03-11", "2024-03-17")
    with pytest.raises(TypeError, match="end_date must be a datetime.date"):
        get_event_type_availability.sync(
            812, client=make_client(recorder), start_date=monday, end_date=datetime.datetime(2024, 3, 17, 0, 0)
        )
    assert len(recorder.requests) == 1


def test_wire_helpers_directly() -> None:
    assert format_date(datetime.date(2024, 1, 2), "d") == "2024-01-02"
    moment = datetime.datetime(2024, 12, 31, 23, 59, 59, 999999, tzinfo=NEW_YORK_SUMMER)
    assert format_local_datetime(moment, "t") == "2025-01-01 03:59:59"  # microseconds dropped, not rounded


@pytest.mark.parametrize("year", [1, 999, 1000, 9999])
def test_a_date_time_of_any_year_is_sent_on_the_pattern(year: int) -> None:
    sent = format_local_datetime(datetime.datetime(year, 6, 1, 8, 5, 9, tzinfo=datetime.UTC), "t")
    assert sent == f"{year:04d}-06-01 08:05:09" and LOCAL_DATETIME_PATTERN.fullmatch(sent)
