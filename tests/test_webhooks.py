"""Webhooks: the spec's deliveries, verify/parse, and the example receiver over real loopback HTTP."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import os
import sys
import threading
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simplymeet_client import errors, webhooks
from simplymeet_client.api.webhook import create_webhook, delete_webhook, list_webhooks
from simplymeet_client.models import WebhookDelivery, WebhookEventName, WebhookRequest
from simplymeet_runtime import drift
from tests import framework_receivers
from tests.conftest import API_KEY, Recorder, make_client
from tests.schema_strategies import strategy_for
from tests.spec_support import load_fixture, spec, validator_for
from tools import ROOT

sys.path.insert(0, str(ROOT / "examples"))
import webhook_receiver

SECRET = "whsec_4f1c2b7a9e3d"


def deliveries() -> dict[str, bytes]:
    """The spec's delivery example of each event, as the raw bytes a sender would POST (compact JSON)."""
    found = {}
    for event, item in spec()["webhooks"].items():
        example = item["post"]["requestBody"]["content"]["application/json"]["example"]
        found[event] = json.dumps(example, separators=(",", ":")).encode()
    return found


def signature(body: bytes, secret: str = SECRET) -> str:
    """Independently of the client: base64(HMAC-SHA256(secret, body)), as the wiki documents it."""
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


# ------------------------------------------------------------------------------------------------------ spec


def test_spec_describes_the_three_deliveries_and_their_examples_validate() -> None:
    hooks = spec()["webhooks"]
    assert list(hooks) == ["meetingScheduled", "meetingCancelled", "meetingRescheduled"] == list(webhooks.EVENTS)
    assert {e.value for e in WebhookEventName} == set(hooks)
    validator = validator_for("/components/schemas/WebhookDelivery")
    for event, body in deliveries().items():
        validator.validate(json.loads(body))
        parameters = hooks[event]["post"]["parameters"]
        assert {"$ref": "#/components/parameters/WebhookSignature"} in parameters
    assert webhooks.SIGNATURE_HEADER == spec()["components"]["parameters"]["WebhookSignature"]["name"]


def test_management_operations_sit_on_the_same_host_under_api() -> None:
    paths = spec()["paths"]
    assert paths["/api/webhooks"]["post"]["operationId"] == "createWebhook"
    assert paths["/api/webhooks"]["get"]["operationId"] == "listWebhooks"
    assert paths["/api/webhooks/{id}"]["delete"]["operationId"] == "deleteWebhook"
    assert [server["url"] for server in spec()["servers"]] == ["https://secure.simplymeet.me"]


# ---------------------------------------------------------------------------------------------------- client


def test_create_list_iterate_and_delete() -> None:
    created = load_fixture("createWebhook")
    page = load_fixture("listWebhooks")
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.method == "POST":
            return httpx.Response(201, json=created)
        if request.method == "GET":
            return httpx.Response(200, json=page)
        return httpx.Response(204)

    client = make_client(answer)
    body = WebhookRequest(
        events=[WebhookEventName.MEETINGSCHEDULED], url="https://crm.example.com/hooks", secret=SECRET
    )
    webhook = create_webhook.sync(client=client, body=body)
    assert str(webhook.uuid) == created["uuid"] and webhook.secret == SECRET
    assert json.loads(seen[0].content) == {
        "events": ["meetingScheduled"],
        "url": "https://crm.example.com/hooks",
        "secret": SECRET,
    }
    assert seen[0].url.path == "/api/webhooks" and seen[0].headers["X-API-KEY"] == API_KEY
    listed = list_webhooks.sync(client=client, page=1, limit=10)
    assert listed.pages == 1 and len(listed.embedded.items) == 2 and listed.links.self_.href.startswith("/api/")
    assert [str(w.uuid) for w in list_webhooks.iterate(client=client)] == [
        w["uuid"] for w in page["_embedded"]["items"]
    ]
    assert seen[-1].url.params["limit"] == "100"
    delete_webhook.sync(uuid.UUID(created["uuid"]), client=client)
    assert seen[-1].method == "DELETE" and seen[-1].url.path == f"/api/webhooks/{created['uuid']}"


def test_create_without_secret_fails_before_any_request() -> None:
    transport = Recorder(201)
    with pytest.raises(TypeError, match="secret"):
        WebhookRequest(events=[WebhookEventName.MEETINGSCHEDULED], url="https://x.example")  # type: ignore[call-arg]
    assert transport.requests == []


def test_iterate_refuses_a_bad_page_size_before_any_request() -> None:
    transport = Recorder(200)
    with pytest.raises(ValueError, match="on_page must be between 1 and 100"):
        list_webhooks.iterate(client=make_client(transport), on_page=0)
    assert transport.requests == []


# ------------------------------------------------------------------------------------------- verify, parse


def test_sign_matches_the_documented_algorithm() -> None:
    body = deliveries()["meetingScheduled"]
    assert webhooks.sign(body, SECRET) == signature(body)
    webhooks.verify(body, signature(body), SECRET)


@pytest.mark.parametrize(
    ("case", "body", "header"),
    [
        (
            "tampered body",
            deliveries()["meetingScheduled"].replace(b"Bernice", b"Mallory"),
            signature(deliveries()["meetingScheduled"]),
        ),
        ("wrong secret", deliveries()["meetingScheduled"], signature(deliveries()["meetingScheduled"], "whsec_other")),
        ("missing header", deliveries()["meetingScheduled"], None),
        ("empty header", deliveries()["meetingScheduled"], "  "),
        (
            "signature over re-serialised JSON",
            deliveries()["meetingScheduled"],
            signature(json.dumps(json.loads(deliveries()["meetingScheduled"]), indent=2).encode()),
        ),
        ("not base64", deliveries()["meetingScheduled"], "é not a signature"),
    ],
)
def test_bad_signatures_are_refused_without_leaking_the_secret(case: str, body: bytes, header: str | None) -> None:
    with pytest.raises(errors.InvalidWebhookSignature) as info:
        webhooks.verify(body, header, SECRET)
    text = str(info.value) + repr(info.value)
    assert SECRET not in text and signature(body) not in text, case
    with pytest.raises(errors.InvalidWebhookSignature):
        webhooks.parse(body, {} if header is None else {"Webhook-Signature": header}, secret=SECRET)


def test_verify_wants_the_raw_bytes() -> None:
    with pytest.raises(TypeError, match="raw request body as bytes"):
        webhooks.verify(json.loads(deliveries()["meetingScheduled"]), "x", SECRET)
    with pytest.raises(errors.MissingWebhookSecret):
        webhooks.verify(b"{}", "x", "")


def test_parse_finds_the_header_in_any_mapping_and_infers_the_event() -> None:
    for event, body in deliveries().items():
        for headers in ({"webhook-signature": signature(body)}, {"HTTP_WEBHOOK_SIGNATURE": signature(body)}):
            delivery = webhooks.parse(body, headers, secret=SECRET)
            assert isinstance(delivery, WebhookDelivery) and webhooks.event_of(delivery) == event
    scheduled = webhooks.parse(deliveries()["meetingScheduled"], insecure_skip_verification=True)
    assert scheduled.data.invitee.email == "bernice@example.com" and scheduled.data.event_type.duration == 15
    assert scheduled.data.scheduled_at.utcoffset() is not None


def test_parse_is_tolerant_and_reports_drift_strict_raises() -> None:
    data: dict[str, Any] = json.loads(deliveries()["meetingScheduled"])
    data["data"]["meeting_room"] = "B2"  # a property the spec does not declare
    body = json.dumps(data).encode()
    with pytest.warns(drift.SpecDriftWarning, match="meeting_room"):
        delivery = webhooks.parse(body, {"webhook-signature": signature(body)}, secret=SECRET)
    assert delivery.data.additional_properties["meeting_room"] == "B2"
    with pytest.raises(errors.InvalidWebhookPayload) as info:
        webhooks.parse(body, strict=True, insecure_skip_verification=True)
    assert info.value.field_path == "data.meeting_room"


@pytest.mark.parametrize(
    ("body", "message"),
    [(b"<html>", "not JSON"), (b'{"data": {"uuid": 7}}', "does not fit the spec at data.uuid")],
)
def test_parse_names_what_is_wrong_with_a_body(body: bytes, message: str) -> None:
    with pytest.raises(errors.InvalidWebhookPayload, match=message):
        webhooks.parse(body, {"webhook-signature": signature(body)}, secret=SECRET)


# --------------------------------------------------------------------------------- the example, over HTTP


@pytest.fixture
def receiver() -> Iterator[tuple[str, list[tuple[str, WebhookDelivery]]]]:
    received: list[tuple[str, WebhookDelivery]] = []
    server = webhook_receiver.serve(0, SECRET, lambda event, delivery: received.append((event, delivery)))
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", received
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def post(url: str, body: bytes, header: str | None) -> int:
    headers = {"Content-Type": "application/json", "User-Agent": "SimplyMeet.me"}
    if header is not None:
        headers["Webhook-Signature"] = header
    return httpx.post(url, content=body, headers=headers).status_code


def test_example_receiver_accepts_signed_deliveries(receiver: tuple[str, list[tuple[str, WebhookDelivery]]]) -> None:
    url, received = receiver
    for body in deliveries().values():
        assert post(f"{url}/hooks", body, signature(body)) == 204
    assert [event for event, _ in received] == list(deliveries())
    assert (
        post(
            f"{url}/hooks?event=meetingRescheduled",
            deliveries()["meetingScheduled"],
            signature(deliveries()["meetingScheduled"]),
        )
        == 204
    )
    assert received[-1][0] == "meetingRescheduled"  # one URL per event says it for certain


def test_example_receiver_refuses_what_it_cannot_trust(receiver: tuple[str, list[tuple[str, WebhookDelivery]]]) -> None:
    url, received = receiver
    body = deliveries()["meetingCancelled"]
    reserialised = json.dumps(json.loads(body), indent=2).encode()
    assert post(url, body.replace(b"Bernice", b"Mallory"), signature(body)) == 401  # tampered
    assert post(url, body, signature(body, "whsec_other")) == 401  # wrong secret
    assert post(url, body, None) == 401  # missing header
    assert post(url, reserialised, signature(body)) == 401  # body re-serialised after signing
    assert post(url, body, signature(reserialised)) == 401  # signature over re-serialised JSON
    assert post(url, b"not json", signature(b"not json")) == 400
    assert received == []


# ------------------------------------------------------------------------------------------- fail closed


@pytest.mark.parametrize("secret_env", [None, "", "   "], ids=["unset", "empty", "blank"])
def test_no_secret_refuses_every_delivery_with_one_message(
    secret_env: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``secret=os.environ.get(...)`` with the variable unset used to skip the check and accept forgeries."""
    if secret_env is None:
        monkeypatch.delenv("SIMPLYMEET_WEBHOOK_SECRET", raising=False)
    else:
        monkeypatch.setenv("SIMPLYMEET_WEBHOOK_SECRET", secret_env)
    body = deliveries()["meetingScheduled"]
    messages = set()
    for headers in ({"webhook-signature": "Zm9yZ2Vk"}, {}, {"webhook-signature": signature(body)}):
        with pytest.raises(errors.MissingWebhookSecret) as info:
            webhooks.parse(body, headers, secret=os.environ.get("SIMPLYMEET_WEBHOOK_SECRET"))
        messages.add(str(info.value))
    for call in (
        lambda: webhooks.verify(body, "x", os.environ.get("SIMPLYMEET_WEBHOOK_SECRET")),
        lambda: webhooks.sign(body, os.environ.get("SIMPLYMEET_WEBHOOK_SECRET")),
    ):
        with pytest.raises(errors.MissingWebhookSecret) as info:
            call()
        messages.add(str(info.value))
    assert len(messages) == 1 and "insecure_skip_verification=True" in messages.pop()
    with pytest.raises(errors.MissingWebhookSecret):
        webhooks.parse(body)  # no secret argument at all


def test_skipping_verification_is_explicit_and_exclusive() -> None:
    body = deliveries()["meetingCancelled"]
    delivery = webhooks.parse(body, {"webhook-signature": "forged"}, insecure_skip_verification=True)
    assert webhooks.event_of(delivery) == "meetingCancelled"
    with pytest.raises(TypeError, match="either secret"):
        webhooks.parse(body, {}, secret=SECRET, insecure_skip_verification=True)


ABSENT = object()


@st.composite
def lifecycle_deliveries(draw: st.DrawFn) -> tuple[str, bytes]:
    """A delivery as a booking's lifecycle emits it: the booking drawn from the spec's schema (every optional key
    absent, null or set), then the fields the event fixes. Returns the event and the raw body."""
    booking: dict[str, Any] = draw(strategy_for({"$ref": "#/components/schemas/WebhookBooking"}))
    event = draw(st.sampled_from(webhooks.EVENTS))
    record = draw(strategy_for({"$ref": "#/components/schemas/WebhookRecord"}))
    absent_or_null = st.sampled_from([ABSENT, None])
    any_state = st.sampled_from([ABSENT, None, record])
    fixed: dict[str, Any]
    if event == "meetingScheduled":
        fixed = {
            "state": "new",
            "canceled_at": None,
            "cancellation": draw(absent_or_null),
            "rescheduling": draw(absent_or_null),
        }
    elif event == "meetingRescheduled":
        fixed = {"state": "new", "canceled_at": None, "cancellation": draw(absent_or_null), "rescheduling": record}
    else:
        fixed = {
            "state": "canceled",
            "canceled_at": "2021-06-22T16:02:11+00:00",
            "cancellation": draw(any_state),
            "rescheduling": draw(any_state),
        }
    for key, value in fixed.items():
        booking.pop(key, None)
        if value is not ABSENT:
            booking[key] = value
    return event, json.dumps({"data": booking}).encode()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lifecycle_deliveries())
def test_event_of_follows_the_lifecycle_for_every_combination_of_optional_keys(case: tuple[str, bytes]) -> None:
    event, body = case
    validator_for("/components/schemas/WebhookDelivery").validate(json.loads(body))
    delivery = webhooks.parse(body, {"webhook-signature": signature(body)}, secret=SECRET)
    assert webhooks.event_of(delivery) == event


@pytest.mark.parametrize(
    "extra", [{}, {"cancellation": None}, {"rescheduling": None}, {"cancellation": None, "rescheduling": None}]
)
def test_a_delivery_with_only_the_required_keys_is_scheduled(extra: dict[str, Any]) -> None:
    """Seen: this delivery was called meetingCancelled, and meetingRescheduled with ``"cancellation": null``."""
    example: dict[str, Any] = json.loads(deliveries()["meetingScheduled"])["data"]
    required = spec()["components"]["schemas"]["WebhookBooking"]["required"]
    booking = {key: example[key] for key in required} | extra
    body = json.dumps({"data": booking}).encode()
    delivery = webhooks.parse(body, {"webhook-signature": signature(body)}, secret=SECRET)
    assert webhooks.event_of(delivery) == "meetingScheduled"


def test_the_request_headers_of_flask_and_starlette_work_as_they_are() -> None:
    """Their header types are accepted by mypy --strict (tests/framework_receivers.py) and found at run time."""
    body = deliveries()["meetingRescheduled"]
    flask_client = framework_receivers.flask_app(SECRET).test_client()
    answer = flask_client.post("/hooks", data=body, headers={"Webhook-Signature": signature(body)})
    assert (answer.status_code, answer.text) == (200, "meetingRescheduled")
    assert flask_client.post("/hooks", data=body, headers={"Webhook-Signature": "forged"}).status_code == 401

    async def starlette_posts() -> list[tuple[int, str]]:
        transport = httpx.ASGITransport(app=framework_receivers.starlette_app(SECRET))
        async with httpx.AsyncClient(transport=transport, base_url="http://receiver") as client:
            signed = await client.post("/hooks", content=body, headers={"webhook-signature": signature(body)})
            unsigned = await client.post("/hooks", content=body)
        return [(signed.status_code, signed.text), (unsigned.status_code, unsigned.text)]

    assert asyncio.run(starlette_posts()) == [(200, "meetingRescheduled"), (401, "invalid signature")]
