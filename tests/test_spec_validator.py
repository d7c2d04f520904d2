"""The run-time validator (``simplymeet_runtime.spec``) and what the sandbox answers to input it refuses: a 422 with
the field path, never an exception (a dropped connection)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simplymeet_client.testing import FakeSimplyMeet
from simplymeet_runtime.spec import load_spec, query_values, validate
from simplymeet_runtime.wire import LOCAL_DATETIME_REGEX, is_local_datetime

MAX_DEPTH = 64


def errors_of(schema: Any, value: Any) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    validate(load_spec("simplymeet_client"), schema, value, "", found)
    return found


def call(fake: FakeSimplyMeet, method: str, path: str, query: str = "", body: Any = None) -> tuple[int, Any]:
    raw = b"" if body is None else json.dumps(body).encode()
    status, _, content = fake.respond(method, path, query, {"X-API-KEY": fake.api_key}, raw)
    return status, json.loads(content) if content else None


@pytest.fixture
def fake() -> FakeSimplyMeet:
    return FakeSimplyMeet()


# ---------------------------------------------------------------------------------------------- keywords

BAD: list[tuple[str, dict[str, Any], Any]] = [
    ("uri", {"type": "string", "format": "uri"}, "not a uri"),
    ("uri without a scheme", {"type": "string", "format": "uri"}, "//example.com/x"),
    ("email", {"type": "string", "format": "email"}, "nobody"),
    ("uuid", {"type": "string", "format": "uuid"}, "3e687c78"),
    ("date", {"type": "string", "format": "date"}, "2024-02-30"),
    ("date-time", {"type": "string", "format": "date-time"}, "2024-02-30T10:00:00+00:00"),
    ("date-time without offset", {"type": "string", "format": "date-time"}, "2024-02-03T10:00:00"),
    (
        "Y-m-d H:i:s, no such month",
        {"type": "string", "pattern": LOCAL_DATETIME_REGEX},
        "2024-13-11 10:00:00",
    ),
    (
        "Y-m-d H:i:s, no such hour",
        {"type": "string", "pattern": LOCAL_DATETIME_REGEX},
        "2024-03-11 25:00:00",
    ),
    ("typed map", {"type": "object", "additionalProperties": {"type": "string"}}, {"start": 5}),
    ("minimum", {"type": "integer", "minimum": 1}, 0),
    ("maximum", {"type": "integer", "maximum": 100}, 101),
    ("exclusiveMinimum", {"type": "number", "exclusiveMinimum": 0}, 0),
    ("exclusiveMaximum", {"type": "number", "exclusiveMaximum": 10}, 10),
    ("minLength", {"type": "string", "minLength": 2}, "a"),
    ("maxLength", {"type": "string", "maxLength": 2}, "abc"),
    ("minItems", {"type": "array", "minItems": 1}, []),
    ("maxItems", {"type": "array", "maxItems": 1}, [1, 2]),
    ("uniqueItems", {"type": "array", "uniqueItems": True}, [1, 2, 1]),
    ("enum", {"type": "string", "enum": ["asc", "desc"]}, "up"),
    ("const", {"const": "x"}, "y"),
]


@pytest.mark.parametrize(("label", "schema", "value"), BAD, ids=[case[0] for case in BAD])
def test_each_keyword_the_spec_may_use_is_enforced(label: str, schema: dict[str, Any], value: Any) -> None:
    assert errors_of(schema, value), label


GOOD: list[tuple[dict[str, Any], Any]] = [
    ({"type": "string", "format": "uri"}, "https://crm.example.com/hooks/simplymeet"),
    ({"type": "string", "format": "uri"}, "http://127.0.0.1:8080/"),
    ({"type": "string", "format": "date-time"}, "2024-03-12T14:00:00+00:00"),
    ({"type": "string", "pattern": LOCAL_DATETIME_REGEX}, "2024-02-29 23:59:59"),
    ({"type": "object", "additionalProperties": {"type": "string"}}, {"start": "2024-01-01"}),
    ({"type": "array", "uniqueItems": True}, [1, "1", True]),
    ({"type": "number", "exclusiveMinimum": 0}, 0.5),
]


@pytest.mark.parametrize(("schema", "value"), GOOD)
def test_valid_values_pass(schema: dict[str, Any], value: Any) -> None:
    assert errors_of(schema, value) == {}


def nested(levels: int) -> Any:
    value: Any = "leaf"
    for _ in range(levels):
        value = [value]
    return value


@pytest.mark.parametrize("levels", [MAX_DEPTH + 1, 5_000])
def test_nesting_deeper_than_the_limit_is_an_error_not_a_recursion_error(levels: int) -> None:
    assert "body" in errors_of({}, nested(levels))
    assert errors_of({}, nested(MAX_DEPTH - 1)) == {}


# ----------------------------------------------------------------------------------------- the sandbox


def test_a_webhook_url_that_is_not_a_uri_is_422(fake: FakeSimplyMeet) -> None:
    body = {"events": ["meetingScheduled"], "url": "not a uri", "secret": "whsec_x"}
    status, answer = call(fake, "POST", "/api/webhooks", body=body)
    assert (status, list(answer["errors"])) == (422, ["url"])


def test_a_typed_map_with_another_type_is_422(fake: FakeSimplyMeet) -> None:
    rule = {"type": "weekday", "hourIntervals": [], "config": {"weekday": "monday"}}
    body = {"eventTypeIds": [812], "availabilityRules": [rule], "periodType": "date_range"}
    status, answer = call(fake, "PUT", "/panel/api/availability-rule", body={**body, "periodTypeConfig": {"start": 5}})
    assert (status, list(answer["errors"])) == (422, ["periodTypeConfig.start"])
    rule["config"] = {"weekday": ["monday"]}
    status, answer = call(fake, "PUT", "/panel/api/availability-rule", body=body)
    assert (status, list(answer["errors"])) == (422, ["availabilityRules[0].config.weekday"])


def test_a_deeply_nested_body_is_422(fake: FakeSimplyMeet) -> None:
    status, answer = call(fake, "PUT", "/panel/api/event/notes/48213", body={"notes": nested(200)})
    assert status == 422 and answer["errors"]


QUERIES = [
    ("filter=x&filter[state]=new", "filter"),
    ("filter[state]=new&filter=x", "filter"),
    ("onPage=5&onPage[]=6", "onPage"),
    ("onPage[]=6&onPage=5", "onPage"),
    ("filter[ids][]=1&filter[ids][y]=2", "filter.ids"),
    ("filter[ids][y]=2&filter[ids][]=1", "filter.ids"),
    ("x[]=1&x[y]=2", "x"),
]


@pytest.mark.parametrize(("query", "field"), QUERIES)
def test_one_query_key_used_two_ways_is_422_naming_it(fake: FakeSimplyMeet, query: str, field: str) -> None:
    status, answer = call(fake, "GET", "/panel/api/event/", query)
    assert status == 422 and field in answer["errors"], answer


@pytest.mark.parametrize(
    ("path", "query", "field"),
    [("/panel/api/event/", "filter[x]=1", "filter.x"), ("/api/users/me/meeting-types", "sorting[x]=asc", "sorting.x")],
)
def test_an_unknown_member_of_a_query_object_is_422_naming_it(
    fake: FakeSimplyMeet, path: str, query: str, field: str
) -> None:
    status, answer = call(fake, "GET", path, query)
    assert (status, answer["errors"]) == (422, {field: ["This field was not expected."]})


def test_query_values_reads_php_brackets() -> None:
    pairs = [("filter[state]", "new"), ("filter[ids][]", "1"), ("filter[ids][]", "2"), ("page", "2")]
    assert query_values(pairs) == {"filter": {"state": "new", "ids": ["1", "2"]}, "page": "2"}


def test_a_date_time_that_matches_the_pattern_but_does_not_exist_is_422(fake: FakeSimplyMeet) -> None:
    invitee = {"fullName": "Ada Lovelace", "email": "ada@example.com"}
    status, answer = call(
        fake,
        "POST",
        "/panel/api/event",
        body={"scheduledAt": "2024-13-11 10:00:00", "eventType": 812, "invitee": invitee},
    )
    assert (status, list(answer["errors"])) == (422, ["scheduledAt"])
    moved = {"start": "2024-02-30 10:00:00", "end": "2024-03-12 15:30:00", "eventTypeId": 812}
    status, answer = call(fake, "PUT", "/panel/api/event/reschedule/48213", body=moved)
    assert (status, list(answer["errors"])) == (422, ["start"])


NO_SUCH_DAY = "This value is not a valid datetime: the date {} does not exist."


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2024-13-11 10:00:00", "This value is not valid."),  # not the pattern
        ("0000-03-11 10:00:00", "This value is not valid."),
        ("2024-02-30 10:00:00", NO_SUCH_DAY.format("2024-02-30")),  # the pattern, but not a day of the calendar
        ("2024-04-31 10:00:00", NO_SUCH_DAY.format("2024-04-31")),
        ("2023-02-29 10:00:00", NO_SUCH_DAY.format("2023-02-29")),
        ("1900-02-29 23:59:59", NO_SUCH_DAY.format("1900-02-29")),
    ],
)
def test_a_date_time_the_pattern_cannot_refuse_has_its_own_message(value: str, message: str) -> None:
    """PHP's DateTime rolls 2024-02-30 over to March 1 with a warning, which the API's validation refuses; the
    sandbox refuses it too, saying why (a fuzzer drawing from the pattern can tell it from a wrong pattern)."""
    assert errors_of({"$ref": "#/components/schemas/RescheduleEventRequestDTO/properties/start"}, value) == {
        "body": [message]
    }


@settings(max_examples=300)
@given(st.from_regex(LOCAL_DATETIME_REGEX, fullmatch=True))
def test_a_date_time_of_the_pattern_is_valid_or_a_day_that_does_not_exist(value: str) -> None:
    found = errors_of({"type": "string", "pattern": LOCAL_DATETIME_REGEX}, value)
    assert found in ({}, {"body": [NO_SUCH_DAY.format(value[:10])]}), value
    assert bool(found) != is_local_datetime(value)


@pytest.mark.parametrize("moment", ["0001-01-01 00:00:00", "9999-12-31 23:59:59"])
def test_the_first_and_last_date_time_of_the_pattern_are_booked(fake: FakeSimplyMeet, moment: str) -> None:
    invitee = {"fullName": "Ada Lovelace", "email": "ada@example.com"}
    body = {"scheduledAt": moment, "multipleScheduledAt": [moment], "eventType": 813, "invitee": invitee}
    status, event = call(fake, "POST", "/panel/api/event", body=body)
    assert status == 200 and event["scheduledAt"] == moment.replace(" ", "T") + "+00:00", event
    assert event["endDate"] >= event["scheduledAt"]  # the last ends at 9999-12-31 23:59:59, where datetime ends
    first = "0001-01-01 00:00:00"
    moved = {"start": first, "end": moment, "eventTypeId": 813}
    status, _ = call(fake, "PUT", f"/panel/api/event/reschedule/{event['id']}", body=moved)
    assert status == (204 if moment > first else 422)  # the end must be after the start


def test_edit_event_answers_set_the_answer_by_id(fake: FakeSimplyMeet) -> None:
    status, _ = call(fake, "PUT", "/panel/api/event/48213", body={"answers": [{"id": 90211, "value": "Budget"}]})
    assert status == 204
    (answer,) = fake.event(48213)["answers"]
    assert (answer["id"], answer["value"], answer["plainValue"]) == (90211, "Budget", "Budget")
    assert answer["questionLabel"] == "What would you like to discuss?"
    status, body = call(fake, "PUT", "/panel/api/event/48213", body={"answers": [{"id": 1, "value": "x"}]})
    assert (status, list(body["errors"])) == (422, ["answers[0].id"])


def test_availability_rules_with_bad_hours_are_422_and_any_date_range_is_answered(fake: FakeSimplyMeet) -> None:
    def save(hours: dict[str, str]) -> tuple[int, Any]:
        rule = {"type": "weekday", "hourIntervals": [hours], "config": {"weekday": "friday"}}
        return call(
            fake, "PUT", "/panel/api/availability-rule", body={"eventTypeIds": [812], "availabilityRules": [rule]}
        )

    status, answer = save({"start": "nope", "end": "12:00"})
    assert (status, list(answer["errors"])) == (422, ["availabilityRules[0].hourIntervals[0].start"])
    status, answer = save({"start": "12:00", "end": "09:00"})
    assert (status, list(answer["errors"])) == (422, ["availabilityRules[0].hourIntervals[0].end"])
    assert save({"start": "00:00", "end": "23:59"})[0] == 204
    for query in ("startDate=9999-12-31", "startDate=9999-12-31&endDate=9999-12-31", "startDate=0001-01-01"):
        status, days = call(fake, "GET", "/panel/api/event-type/availability/812", query)
        assert status == 200 and days[0]["date"] == query[10:20], query


def test_an_id_given_twice_in_a_list_is_acted_on_once(fake: FakeSimplyMeet) -> None:
    assert call(fake, "DELETE", "/panel/api/event/delete-list", body={"ids": [48215, 48215]})[0] == 204
    assert 48215 not in fake.events_by_id
