"""The stateful fake (``simplymeet_client.testing``): every operation's behaviour through the client, strictly.

Every call goes through ``SimplyMeet(strict_responses=True)``, so any body or status of the fake that the spec does
not document fails here: the fake cannot drift from the spec (and asserts itself that each status is documented).
"""

from __future__ import annotations

import asyncio
import datetime
import json
import threading
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from simplymeet_client import SimplyMeet, errors, webhooks
from simplymeet_client.testing import FakeSimplyMeet
from tests.spec_support import spec

UTC = datetime.UTC
SECRET = "whsec_fake_tests"


ANSWERED: set[tuple[str, int]] = set()
"""(operation, status) of every answer the fakes of this module gave: the last test checks all 44 are covered."""


@pytest.fixture
def fake() -> Iterator[FakeSimplyMeet]:
    made = FakeSimplyMeet()
    yield made
    ANSWERED.update((r.operation, r.status) for r in made.requests if r.status is not None)


@pytest.fixture
def sm(fake: FakeSimplyMeet) -> SimplyMeet:
    return fake.client(strict_responses=True, retry=None)


def first_new(fake: FakeSimplyMeet) -> dict[str, Any]:
    return next(e for e in fake.events if e["state"] == "new")


# ------------------------------------------------------------------------------------------------ data set


def test_the_data_set_is_large_varied_and_deterministic(fake: FakeSimplyMeet, sm: SimplyMeet) -> None:
    events = list(sm.events.list())
    assert len(events) == len(fake.events) >= 250 and len({e.id for e in events}) == len(events)
    assert {e.state for e in events} >= {"new", "canceled", "no_show"}
    assert len({e.event_type.id for e in events if e.event_type}) >= 3
    assert len({e.user.id for e in events if e.user}) >= 2
    assert any(e.rescheduling for e in events) and any(e.cancellation for e in events)
    assert sm.events.page(1, on_page=100).meta.pages_count >= 3
    assert len(list(sm.polls.list())) >= 10 and sm.user_event_type_tags.list()
    assert [e["uuid"] for e in FakeSimplyMeet().events] == [e["uuid"] for e in fake.events]
    assert [e["uuid"] for e in FakeSimplyMeet(seed=1).events] != [e["uuid"] for e in fake.events]


# ---------------------------------------------------------------------------------------------------- auth


@pytest.mark.parametrize("key", ["sk_test_wrong", None])
def test_a_missing_or_wrong_key_is_401(fake: FakeSimplyMeet, key: str | None) -> None:
    headers = {} if key is None else {"X-API-KEY": key}
    status, _, body = fake.respond("GET", "/panel/api/current-user", "", headers, b"")
    assert (status, json.loads(body)) == (401, {"message": "Invalid API key"})
    with pytest.raises(errors.AuthenticationError):
        fake.client(api_key="sk_test_wrong", strict_responses=True).users.current()


# ---------------------------------------------------------------------------------------------------- lists


def test_pages_are_disjoint_and_meta_is_exact(fake: FakeSimplyMeet, sm: SimplyMeet) -> None:
    total = len(fake.events)
    seen: list[int] = []
    for number in range(1, 5):
        page = sm.events.page(number, on_page=100)
        assert (page.meta.current_page, page.meta.items_per_page, page.meta.items_count) == (number, 100, total)
        assert page.meta.pages_count == -(-total // 100)
        seen += [e.id for e in page.items]
    assert sorted(seen) == sorted(e["id"] for e in fake.events) and len(seen) == len(set(seen))
    assert sm.events.page(99, on_page=100).items == []


def test_event_filters_and_ordering(fake: FakeSimplyMeet, sm: SimplyMeet) -> None:
    canceled = list(sm.events.list(state="canceled"))
    assert canceled and all(e.state == "canceled" for e in canceled)
    assert len(canceled) == sum(1 for e in fake.events if e["state"] == "canceled")
    some = [e["id"] for e in fake.events[:5]]
    assert sorted(e.id for e in sm.events.list(ids=some)) == some
    march = list(sm.events.list(scheduled_at_from=datetime.date(2024, 3, 1), scheduled_at_to=datetime.date(2024, 3, 7)))
    days = [e.scheduled_at.date() for e in march if e.scheduled_at]
    assert len(days) == len(march) > 0 and all(
        datetime.date(2024, 3, 1) <= day <= datetime.date(2024, 3, 7) for day in days
    )
    invitee = fake.events[7]["invitee"]["email"]
    assert {e.invitee.email for e in sm.events.list(invitee=invitee.upper()) if e.invitee} == {invitee}
    type_id = fake.events[0]["eventType"]["id"]
    assert {e.event_type.id for e in sm.events.list(event_type_list=[type_id]) if e.event_type} == {type_id}
    user_id = fake.events[0]["user"]["id"]
    assert {e.user.id for e in sm.events.list(user_list=[user_id]) if e.user} == {user_id}
    latest = list(sm.events.list(order_field="scheduledAt", order_direction="desc"))
    starts = [e.scheduled_at for e in latest if e.scheduled_at]
    assert len(starts) == len(latest) and starts == sorted(starts, reverse=True)
    with pytest.raises(ValueError, match="order_field must be one of"):  # the spec lists them: refused before sending
        sm.events.page(1, order_field="noSuchField")  # type: ignore[arg-type]  # wrong on purpose
    status, _, body = fake.respond("GET", "/panel/api/poll", "orderField=scheduledAt", {"X-API-KEY": fake.api_key}, b"")
    assert status == 422 and "orderField" in json.loads(body)["errors"]  # a poll has no scheduledAt


def test_event_type_filters(fake: FakeSimplyMeet, sm: SimplyMeet) -> None:
    every = list(sm.event_types.list())
    assert len(every) == len(fake.event_types) >= 3
    round_robin = list(sm.event_types.list(type_="round-robin"))
    assert round_robin and all(t.type_ == "round-robin" for t in round_robin)
    mine = list(sm.event_types.list(for_current_user=True))
    assert mine and all(t.user and t.user.id == fake.current_user["id"] for t in mine)


# -------------------------------------------------------------------------------------------- the lifecycle


def test_create_reschedule_cancel_read_back_and_three_signed_deliveries(fake: FakeSimplyMeet, sm: SimplyMeet) -> None:
    hook = sm.webhooks.create(
        events=["meetingScheduled", "meetingCancelled", "meetingRescheduled"],
        url="https://crm.example.com/hooks",
        secret=SECRET,
    )
    type_id = next(iter(fake.event_types))
    start = datetime.datetime(2024, 3, 20, 14, 0, tzinfo=UTC)
    event = sm.events.create(
        scheduled_at=start, event_type=type_id, invitee={"fullName": "Ada Lovelace", "email": "ada@example.com"}
    )
    assert (
        event.state == "new"
        and event.scheduled_at == start
        and event.invitee
        and event.invitee.email == "ada@example.com"
    )
    assert event.id in {e.id for e in sm.events.list(invitee="ada@example.com")}
    moved = start + datetime.timedelta(days=1)
    sm.events.reschedule(event.id, start=moved, end=moved + datetime.timedelta(minutes=30), event_type_id=type_id)
    after = sm.events.get(event.id)
    assert (
        after.scheduled_at == moved and after.rescheduling and after.rescheduling[-1].previously_scheduled_at == start
    )
    sm.events.cancel(event.id, reason="Travel plans changed")
    final = sm.events.get(event.id)
    assert final.state == "canceled" and final.canceled_at == fake.now
    assert final.cancellation and final.cancellation.reason == "Travel plans changed"
    assert [e.id for e in sm.events.list(state="canceled", invitee="ada@")] == [event.id]
    with pytest.raises(errors.ValidationError):  # nothing is cancelled twice
        sm.events.cancel(event.id)
    with pytest.raises(errors.ValidationError):
        sm.events.reschedule(event.id, start=moved, end=moved + datetime.timedelta(minutes=30), event_type_id=type_id)

    assert [d.event for d in fake.deliveries] == ["meetingScheduled", "meetingRescheduled", "meetingCancelled"]
    for delivery in fake.deliveries:
        assert delivery.url == hook.url and delivery.status is None  # not loopback: recorded, not POSTed
        parsed = webhooks.parse(delivery.body, delivery.headers, secret=SECRET, strict=True)
        assert webhooks.event_of(parsed) == delivery.event and parsed.data.uuid == event.uuid
    with pytest.raises(errors.InvalidWebhookSignature):
        webhooks.parse(fake.deliveries[0].body, fake.deliveries[0].headers, secret="whsec_other")


def test_deliveries_reach_a_receiver_on_loopback(fake: FakeSimplyMeet, sm: SimplyMeet) -> None:
    import sys

    from tools import ROOT

    sys.path.insert(0, str(ROOT / "examples"))
    import webhook_receiver

    received: list[tuple[str, str]] = []
    server = webhook_receiver.serve(0, SECRET, lambda event, delivery: received.append((event, delivery.data.state)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        sm.webhooks.create(
            events=["meetingScheduled", "meetingCancelled"], url=f"http://127.0.0.1:{port}/", secret=SECRET
        )
        sm.webhooks.create(events=["meetingCancelled"], url=f"http://127.0.0.1:{port}/", secret="whsec_wrong_one")
        event = sm.events.create(
            scheduled_at="2024-03-21 09:00:00",
            event_type=next(iter(fake.event_types)),
            invitee={"fullName": "Grace Hopper", "email": "grace@example.com"},
        )
        sm.events.cancel(event.id)
    finally:
        server.shutdown()
        server.server_close()
    assert received == [("meetingScheduled", "new"), ("meetingCancelled", "canceled")]
    assert [d.status for d in fake.deliveries] == [204, 204, 401]  # signed with another secret: refused


# ------------------------------------------------------------------------------------ every other operation


def test_event_writes_change_what_reads_show(fake: FakeSimplyMeet, sm: SimplyMeet) -> None:
    event_id = first_new(fake)["id"]
    sm.events.update_notes(event_id, notes="Bring the contract")
    sm.events.update(event_id, invitee={"fullName": "Renamed Person", "phoneNumber": "+4930123456"})
    sm.events.invite_participants(event_id, emails=["a@example.com", "b@example.com"])
    sm.events.resend_notification(event_id)
    read = sm.events.get(event_id)
    assert read.notes == "Bring the contract" and read.invitee and read.invitee.full_name == "Renamed Person"
    assert [p.email for p in read.participants][-2:] == ["a@example.com", "b@example.com"]
    assert fake.notifications == [("resend", event_id)]
    sm.events.no_show(event_id)
    assert sm.events.get(event_id).state == "no_show"
    batch = [e["id"] for e in fake.events if e["state"] == "new"][:3]
    sm.events.no_show_many(batch)
    assert {sm.events.get(i).state for i in batch} == {"no_show"}
    others = [e["id"] for e in fake.events if e["state"] == "new"][:2]
    sm.events.cancel_many(others, reason="Office closed")
    assert {(sm.events.get(i).state, sm.events.get(i).cancellation.reason) for i in others} == {  # type: ignore[union-attr]
        ("canceled", "Office closed")
    }
    sm.events.delete(event_id)
    sm.events.delete_many(batch)
    for gone in [event_id, *batch]:
        with pytest.raises(errors.NotFoundError):
            sm.events.get(gone)
    with pytest.raises(errors.ValidationError) as info:  # all or nothing
        sm.events.delete_many([others[0], 999_999_999])
    assert info.value.errors == {"ids": ["Events not found: 999999999."]}
    sm.events.get(others[0])


def test_event_types_tags_links_and_availability(fake: FakeSimplyMeet, sm: SimplyMeet) -> None:
    type_id = list(fake.event_types)[1]
    assert sm.event_types.get(type_id).id == type_id
    tag = sm.user_event_type_tags.create(name="VIP", color="#ff0000")
    sm.event_type_tags.add(type_id, tag.id)
    assert tag.id in [t.id for t in sm.event_type_tags.list(type_id)]
    assert {e.id for e in sm.events.list(organization_tag_list=[tag.id])} == {
        e["id"] for e in fake.events if e["eventType"]["id"] == type_id
    }
    assert sm.user_event_type_tags.update(tag.id, name="VIP clients").name == "VIP clients"
    sm.event_type_tags.remove(type_id, tag.id)
    assert tag.id not in [t.id for t in sm.event_type_tags.list(type_id)]
    sm.user_event_type_tags.delete(tag.id)
    assert tag.id not in [t.id for t in sm.user_event_type_tags.list()]
    links = {sm.single_use_links.create(type_id).code for _ in range(20)}
    assert len(links) == 20
    week = sm.event_types.availability(
        type_id, start_date=datetime.date(2024, 3, 11), end_date=datetime.date(2024, 3, 17)
    )
    assert next(d.date for d in week) == datetime.date(2024, 3, 11) and len(week) == 7
    assert not week[5].available and week[0].hours  # the default week: Mon-Fri 09:00-17:00
    sm.availability_rules.save(
        event_type_ids=[type_id],
        availability_rules=[
            {
                "type": "weekday",
                "hourIntervals": [{"start": "10:00", "end": "12:00"}],
                "config": {"weekday": "saturday"},
            }
        ],
    )
    saturday = sm.event_types.availability(
        type_id, start_date=datetime.date(2024, 3, 16), end_date=datetime.date(2024, 3, 16)
    )
    assert saturday[0].available and saturday[0].hours[0].start == "10:00"


def test_polls_policies_account(fake: FakeSimplyMeet, sm: SimplyMeet) -> None:
    poll = sm.polls.create(
        event_type_id=next(iter(fake.event_types)),
        duration=30,
        name="Kick-off",
        availability=[{"date": "2024-03-12T14:00:00+00:00"}, {"date": "2024-03-13T09:00:00+00:00"}],
    )
    slot = poll.availability[0].id
    sm.polls.create_result(uuid=poll.uuid, availability=[slot], email="v@example.com", comment="Works")
    assert [r.email for r in sm.polls.get(poll.id).availability[0].results] == ["v@example.com"]
    assert poll.id in [p.id for p in sm.polls.list()]
    sm.polls.delete(poll.id)
    with pytest.raises(errors.NotFoundError):
        sm.polls.get(poll.id)
    policy = sm.cancellation_policies.update_organization(enabled=True, period=720, label="12 h")
    assert (policy.period, sm.cancellation_policies.get_organization().period) == (720, 720)
    assert sm.cancellation_policies.update_user(enabled=False).enabled is False
    assert sm.cancellation_policies.get_user().enabled is False
    assert sm.users.current().id == fake.current_user["id"] and len(sm.users.list()) >= 2
    assert sm.acl.list() and sm.integrations.list()


def test_webhooks_are_created_listed_in_hal_pages_and_deleted(fake: FakeSimplyMeet, sm: SimplyMeet) -> None:
    created = [
        sm.webhooks.create(events=["meetingScheduled"], url=f"https://hooks.example.com/{n}", secret=f"whsec_{n}")
        for n in range(23)
    ]
    page = sm.webhooks.page(2, on_page=10)
    assert (page.page, page.limit, page.pages, page.total) == (2, 10, 3, 23)
    assert page.links.next_ and page.links.previous
    assert [w.uuid for w in sm.webhooks.list(on_page=10)] == [w.uuid for w in created]
    sm.webhooks.delete(created[0].uuid)
    with pytest.raises(errors.NotFoundError):
        sm.webhooks.delete(created[0].uuid)
    assert len(list(sm.webhooks.list())) == 22


# ------------------------------------------------------------------------------------ 404s and 422s, strictly


NOT_FOUND: dict[str, Callable[[SimplyMeet], object]] = {
    "getEvent": lambda sm: sm.events.get(1),
    "editEvent": lambda sm: sm.events.update(1, invitee={"fullName": "X"}),
    "deleteEvent": lambda sm: sm.events.delete(1),
    "cancelEvent": lambda sm: sm.events.cancel(1),
    "editEventNotes": lambda sm: sm.events.update_notes(1, notes="x"),
    "markEventNoShow": lambda sm: sm.events.no_show(1),
    "resendEventNotification": lambda sm: sm.events.resend_notification(1),
    "inviteEventParticipants": lambda sm: sm.events.invite_participants(1, emails=["a@example.com"]),
    "rescheduleEvent": lambda sm: sm.events.reschedule(
        1, start="2024-03-01 10:00:00", end="2024-03-01 10:30:00", event_type_id=1
    ),
    "getEventType": lambda sm: sm.event_types.get(1),
    "getEventTypeAvailability": lambda sm: sm.event_types.availability(1),
    "listEventTypeTags": lambda sm: sm.event_type_tags.list(1),
    "addEventTypeTag": lambda sm: sm.event_type_tags.add(1, 1),
    "removeEventTypeTag": lambda sm: sm.event_type_tags.remove(1, 1),
    "getPoll": lambda sm: sm.polls.get(1),
    "deletePoll": lambda sm: sm.polls.delete(1),
    "createSingleUseLink": lambda sm: sm.single_use_links.create(1),
    "updateUserEventTypeTag": lambda sm: sm.user_event_type_tags.update(1, name="x"),
    "deleteUserEventTypeTag": lambda sm: sm.user_event_type_tags.delete(1),
    "deleteWebhook": lambda sm: sm.webhooks.delete(uuid.UUID(int=1)),
}


def test_meeting_types_list_in_hal_pages_and_a_link_by_uuid(fake: FakeSimplyMeet, sm: SimplyMeet) -> None:
    """The /api/ namespace: meeting types across HAL pages, a single-use link by UUID, the wiki's 422."""
    every = list(sm.meeting_types.list(on_page=2))
    assert len({t.uuid for t in every}) == len(every) == len(fake.event_types)  # one UUID names one meeting type
    assert [t.uuid for t in every] == [uuid.UUID(t["uuid"]) for _, t in sorted(fake.event_types.items())]
    pages = [dict(r.query) for r in fake.requests if r.operation == "listMeetingTypes"]
    assert [p["page"] for p in pages] == ["1", "2", "3"] and {p["limit"] for p in pages} == {"2"}
    first = sm.meeting_types.page(1, on_page=2)
    assert (first.page, first.pages, first.total) == (1, 3, len(fake.event_types)) and first.links.next_
    link = sm.single_use_links.create_by_uuid(meeting_type_uuid=every[0].uuid)
    assert link.code and link.code in link.url
    with pytest.raises(errors.ValidationError) as info:
        sm.single_use_links.create_by_uuid(meeting_type_uuid=uuid.UUID(int=7))
    assert list(info.value.errors) == ["meetingTypeUuid"] and "was not found" in info.value.errors["meetingTypeUuid"][0]


def test_a_malformed_meeting_type_uuid_is_refused_before_any_request(fake: FakeSimplyMeet, sm: SimplyMeet) -> None:
    before = len(fake.requests)
    for bad in ("not-a-uuid", "1234", 42, None):
        with pytest.raises((TypeError, ValueError), match="meeting_type_uuid"):
            sm.single_use_links.create_by_uuid(meeting_type_uuid=bad)  # type: ignore[arg-type]
    assert len(fake.requests) == before
    text = str(uuid.UUID(fake.event_types[min(fake.event_types)]["uuid"]))
    assert sm.single_use_links.create_by_uuid(meeting_type_uuid=text).code  # the text form of a UUID is fine


def test_none_for_an_argument_the_spec_does_not_let_be_null_is_refused_before_any_request(
    fake: FakeSimplyMeet, sm: SimplyMeet
) -> None:
    before = len(fake.requests)
    with pytest.raises(TypeError, match=r"user_event_type_tags.create: name cannot be None \(leave the argument out"):
        sm.user_event_type_tags.create(name=None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="color cannot be None"):
        sm.user_event_type_tags.create(name="VIP", color=None)  # type: ignore[arg-type]
    assert len(fake.requests) == before
    assert sm.user_event_type_tags.create(name="VIP").name == "VIP"  # left out (UNSET) is fine


def test_check_key_answers_200_for_the_key_and_401_for_another_keeping_it_in_the_header(fake: FakeSimplyMeet) -> None:
    with fake.client() as sm:
        answer = sm.check_key()
    assert (
        answer and (answer.valid, answer.status_code) == (True, 200) and answer.user.email == fake.current_user["email"]
    )
    wrong = "sk_test_wrong_0123456789abcdef"
    with fake.client(api_key=wrong) as other:
        rejected = other.check_key()
    assert not rejected and (rejected.valid, rejected.status_code, rejected.user) == (False, 401, None)
    assert wrong not in repr(rejected) and fake.api_key not in repr(answer)
    assert [(r.operation, r.method, r.status) for r in fake.requests] == [
        ("getCurrentUser", "GET", 200),
        ("getCurrentUser", "GET", 401),
    ]
    assert all(fake.api_key not in r.path + str(r.query) and wrong not in r.path for r in fake.requests)
    fake.fail_next("getCurrentUser", status=403)
    with fake.client() as sm, pytest.raises(errors.PermissionDeniedError):
        sm.check_key()  # a 403 says nothing about the key: it raises, it is not "invalid"

    async def run() -> tuple[bool, bool]:
        async with fake.async_client() as good, fake.async_client(api_key=wrong) as bad:
            return bool(await good.check_key()), bool(await bad.check_key())

    assert asyncio.run(run()) == (True, False)


def test_every_operation_with_a_path_id_answers_404_for_an_unknown_one(sm: SimplyMeet) -> None:
    with_path_ids = {
        op["operationId"]
        for item in spec()["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
        and any(p.get("in") == "path" or "Id" in p.get("$ref", "") for p in op.get("parameters", []))
    }
    assert set(NOT_FOUND) == with_path_ids
    for operation, call in NOT_FOUND.items():
        with pytest.raises(errors.NotFoundError) as info:
            call(sm)
        assert info.value.message.endswith("not found"), operation


def test_bodies_the_spec_does_not_allow_get_422_with_field_errors(fake: FakeSimplyMeet) -> None:
    base = "/panel/api/event"
    key = {"X-API-KEY": fake.api_key}
    cases = {
        b'{"eventType": 1}': {
            "scheduledAt": ["This value should not be blank."],
            "invitee": ["This value should not be blank."],
        },
        b'{"scheduledAt": 5, "eventType": "x", "invitee": {"fullName": "A", "email": "nope"}, "colour": 1}': {
            "scheduledAt": [
                "This value should be of type string.",
            ],
            "eventType": ["This value should be of type integer."],
            "invitee.email": ["This value is not a valid email."],
            "colour": ["This field was not expected."],
        },
    }
    for body, expected in cases.items():
        status, _, answer = fake.respond("POST", base, "", key, body)
        assert status == 422 and json.loads(answer)["errors"] == expected
    status, _, answer = fake.respond("GET", "/panel/api/event/", "onPage=500&filter[ids][]=x", key, b"")
    assert status == 422 and set(json.loads(answer)["errors"]) == {"onPage", "filter.ids[0]"}


# ------------------------------------------------------------------------------------------- faults, HTTP


def test_injected_faults_exercise_the_users_retry_handling(fake: FakeSimplyMeet) -> None:
    from simplymeet_runtime.retry import RetryPolicy

    waits: list[float] = []
    sm = fake.client(retry=RetryPolicy(sleep=waits.append))
    fake.fail_next("listEvents", status=503, times=2, retry_after=1)
    assert len(list(sm.events.list())) == len(fake.events)
    assert waits[:2] == [1.0, 1.0]
    fake.fail_next("getEvent", disconnect=True)
    event_id = fake.events[0]["id"]
    assert sm.events.get(event_id).id == event_id  # a GET is retried after a dropped connection
    fake.fail_next("createEvent", disconnect=True)
    with pytest.raises(httpx.RemoteProtocolError):  # a POST is not: nothing is booked twice
        sm.events.create(
            scheduled_at="2024-03-21 09:00:00",
            event_type=next(iter(fake.event_types)),
            invitee={"fullName": "A", "email": "a@example.com"},
        )
    assert [r.operation for r in fake.requests].count("createEvent") == 1
    with pytest.raises(errors.ServerError):
        fake.fail_next("getCurrentUser", status=500)
        fake.client(retry=None).users.current()


def test_serve_answers_the_same_state_over_http(fake: FakeSimplyMeet) -> None:
    with fake.serve() as base_url:
        sm = SimplyMeet(api_key=fake.api_key, base_url=base_url, strict_responses=True)
        event_id = first_new(fake)["id"]
        sm.events.cancel(event_id, reason="over HTTP")
        assert fake.event(event_id)["state"] == "canceled"
        assert sm.events.get(event_id).state == "canceled"
        fake.fail_next("getEvent", disconnect=True)
        assert sm.events.get(event_id).id == event_id
        with pytest.raises(errors.AuthenticationError):
            SimplyMeet(api_key="sk_other_key", base_url=base_url).users.current()
    assert fake.requests[-1].operation == "getCurrentUser"


def test_the_async_client_sees_the_same_behaviour(fake: FakeSimplyMeet) -> None:
    async def run() -> tuple[int, str | None]:
        async with fake.async_client(strict_responses=True) as asm:
            count = 0
            async for _ in asm.events.list():
                count += 1
            event_id = first_new(fake)["id"]
            await asm.events.cancel(event_id, reason="async")
            return count, (await asm.events.get(event_id)).state

    assert asyncio.run(run()) == (len(fake.events), "canceled")


def test_arranging_state_directly(fake: FakeSimplyMeet, sm: SimplyMeet) -> None:
    when = datetime.datetime(2024, 5, 1, 9, 30, tzinfo=UTC)
    event = fake.add_event(invitee_email="direct@example.com", scheduled_at=when)
    assert sm.events.get(event["id"]).scheduled_at == when
    assert fake.requests[-1].operation == "getEvent" and fake.deliveries == []


def test_zz_every_operation_was_answered_with_success_and_errors_above() -> None:
    """Runs last: every operation of the spec got a 2xx from the fake through the strict client in this module,
    and every operation with a path id or a body also a 404 or 422."""
    operations = {
        op["operationId"]: op
        for item in spec()["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    succeeded = {operation for operation, status in ANSWERED if 200 <= status < 300}
    assert sorted(set(operations) - succeeded) == [] and len(operations) == 44
    refused = {operation for operation, status in ANSWERED if status in (404, 422)}
    assert set(NOT_FOUND) <= refused


def test_the_pytest_fixture_gives_a_fresh_fake(simplymeet_fake: FakeSimplyMeet) -> None:
    assert isinstance(simplymeet_fake, FakeSimplyMeet) and simplymeet_fake.requests == []
    assert simplymeet_fake.client().users.current().email


# ------------------------------------------------------------------------- every operation, sync and async

E1, E2, E3 = 48213, 48215, 48216  # the spec's example events that are "new" in the data set
DAY = datetime.date(2024, 3, 11)
HOOK: dict[str, Any] = {"events": ["meetingScheduled"], "url": "https://crm.example.com/h", "secret": "whsec_s"}
INVITEE = {"fullName": "Ada Lovelace", "email": "ada@example.com"}

# operationId -> a successful call through the resource client; the same lambda runs on SimplyMeet and on
# AsyncSimplyMeet (where it returns a coroutine, or an async iterator for list()).
SUCCESS: dict[str, Callable[[Any, FakeSimplyMeet], Any]] = {
    "listAclRules": lambda c, f: c.acl.list(),
    "saveAvailabilityRule": lambda c, f: c.availability_rules.save(event_type_ids=[812], availability_rules=[]),
    "getOrganizationCancellationPolicy": lambda c, f: c.cancellation_policies.get_organization(),
    "updateOrganizationCancellationPolicy": lambda c, f: c.cancellation_policies.update_organization(enabled=True),
    "getUserCancellationPolicy": lambda c, f: c.cancellation_policies.get_user(),
    "updateUserCancellationPolicy": lambda c, f: c.cancellation_policies.update_user(enabled=False),
    "deleteEventList": lambda c, f: c.events.delete_many([E3]),
    "cancelEventList": lambda c, f: c.events.cancel_many([E2], reason="x"),
    "createEvent": lambda c, f: c.events.create(scheduled_at="2024-03-20 09:00:00", event_type=812, invitee=INVITEE),
    "getEvent": lambda c, f: c.events.get(E1),
    "editEvent": lambda c, f: c.events.update(E1, invitee={"fullName": "New Name"}),
    "deleteEvent": lambda c, f: c.events.delete(48217),
    "cancelEvent": lambda c, f: c.events.cancel(E1, reason="y"),
    "editEventNotes": lambda c, f: c.events.update_notes(E1, notes="n"),
    "listEvents": lambda c, f: c.events.list(state="new"),
    "markEventNoShow": lambda c, f: c.events.no_show(48214),
    "markEventListNoShow": lambda c, f: c.events.no_show_many([48214]),
    "resendEventNotification": lambda c, f: c.events.resend_notification(E1),
    "inviteEventParticipants": lambda c, f: c.events.invite_participants(E1, emails=["p@example.com"]),
    "rescheduleEvent": lambda c, f: c.events.reschedule(
        next(e["id"] for e in f.events if e["state"] == "new" and e["id"] > 100000),
        start="2024-03-14 10:00:00",
        end="2024-03-14 10:30:00",
        event_type_id=813,
    ),
    "listEventTypes": lambda c, f: c.event_types.list(),
    "getEventTypeAvailability": lambda c, f: c.event_types.availability(812, start_date=DAY, end_date=DAY),
    "getEventType": lambda c, f: c.event_types.get(812),
    "addEventTypeTag": lambda c, f: c.event_type_tags.add(813, next(iter(f.user_tags))),
    "removeEventTypeTag": lambda c, f: c.event_type_tags.remove(812, next(iter(f.user_tags))),
    "listEventTypeTags": lambda c, f: c.event_type_tags.list(812),
    "listIntegrations": lambda c, f: c.integrations.list(),
    "getPoll": lambda c, f: c.polls.get(214),
    "deletePoll": lambda c, f: c.polls.delete(215),
    "createPollResult": lambda c, f: c.polls.create_result(
        uuid=f.polls[214]["uuid"], availability=[f.polls[214]["availability"][0]["id"]], email="v@example.com"
    ),
    "createPoll": lambda c, f: c.polls.create(
        event_type_id=812, duration=30, name="P", availability=[{"date": "2024-03-12T14:00:00+00:00"}]
    ),
    "listPolls": lambda c, f: c.polls.list(),
    "createSingleUseLink": lambda c, f: c.single_use_links.create(812),
    "createSingleUseLinkByUuid": lambda c, f: c.single_use_links.create_by_uuid(
        meeting_type_uuid=uuid.UUID(f.event_types[812]["uuid"])
    ),
    "listMeetingTypes": lambda c, f: c.meeting_types.list(created_at="desc"),
    "getCurrentUser": lambda c, f: c.users.current(),
    "listUsers": lambda c, f: c.users.list(),
    "listUserEventTypeTags": lambda c, f: c.user_event_type_tags.list(),
    "createUserEventTypeTag": lambda c, f: c.user_event_type_tags.create(name="T"),
    "updateUserEventTypeTag": lambda c, f: c.user_event_type_tags.update(next(iter(f.user_tags)), name="U"),
    "deleteUserEventTypeTag": lambda c, f: c.user_event_type_tags.delete(next(iter(f.user_tags))),
    "createWebhook": lambda c, f: c.webhooks.create(**HOOK),
    "listWebhooks": lambda c, f: c.webhooks.list(),
    "deleteWebhook": lambda c, f: c.webhooks.delete(uuid.UUID(f.add_webhook(**HOOK)["uuid"])),
}


def _answered(fake: FakeSimplyMeet, operation: str) -> list[int | None]:
    return [r.status for r in fake.requests if r.operation == operation]


@pytest.mark.parametrize("operation", sorted(SUCCESS))
def test_every_operation_succeeds_strictly_sync_and_async(operation: str) -> None:
    sync_fake = FakeSimplyMeet()
    result = SUCCESS[operation](sync_fake.client(strict_responses=True, retry=None), sync_fake)
    if isinstance(result, Iterator):
        result = list(result)
    async_fake = FakeSimplyMeet()

    async def run() -> Any:
        async with async_fake.async_client(strict_responses=True, retry=None) as asm:
            outcome = SUCCESS[operation](asm, async_fake)
            if hasattr(outcome, "__aiter__"):
                return [item async for item in outcome]
            return await outcome

    async_result = asyncio.run(run())
    statuses = _answered(sync_fake, operation)
    assert statuses and all(s is not None and 200 <= s < 300 for s in statuses)
    assert _answered(async_fake, operation) == statuses
    assert type(result) is type(async_result) and (
        result == async_result
        or operation in {"createEvent", "createPoll", "createSingleUseLink", "createUserEventTypeTag", "createWebhook"}
    )


def test_the_success_table_covers_every_operation_of_the_spec() -> None:
    operations = {
        op["operationId"]
        for item in spec()["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    assert set(SUCCESS) == operations and len(operations) == 44


@pytest.mark.parametrize("operation", sorted(SUCCESS))
def test_every_operation_answers_401_to_a_wrong_key_strictly(operation: str) -> None:
    fake = FakeSimplyMeet()
    with pytest.raises(errors.AuthenticationError) as info:
        result = SUCCESS[operation](
            fake.client(api_key="sk_test_not_the_fakes", strict_responses=True, retry=None), fake
        )
        if isinstance(result, Iterator):
            list(result)
    assert info.value.message == "Invalid API key" and _answered(fake, operation) == [401]


def test_the_data_set_holds_an_availability_rule_that_shapes_availability(fake: FakeSimplyMeet, sm: SimplyMeet) -> None:
    (type_id,) = fake.availability_rules
    week = sm.event_types.availability(type_id, start_date=DAY, end_date=DAY + datetime.timedelta(days=6))
    open_days = [day.date.strftime("%A") for day in week if day.available]
    assert open_days == ["Wednesday"] and week[2].hours[0].start == "09:00"
