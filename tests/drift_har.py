"""HAR files for the drift tests: recorded from the sandbox over HTTP, then edited as the real service might differ.

:func:`record_sandbox` serves a :class:`FakeSimplyMeet` on 127.0.0.1 and records, as a browser's HAR export would,
a listing page, an event, the current user and a signed webhook delivery (received by a CRM at another host).
:func:`drifted_session` edits that recording to carry what issue 31 lists: one new field in list and get
responses and in a webhook payload, a new nested object, a field null in one response only, an ``apiKey`` value
and a ``"Name <addr>"`` value, plus other hosts' traffic (a CDN, Sentry's envelope endpoint).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import httpx

from simplymeet_client.testing import FakeSimplyMeet

SECRETS = {
    "apiKey": "sk_live_4eC39HqLyjWDarjtT1zdp7dcQ8vX",
    "accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiIsIm5hbWUiOiJRdWVudGluIn0.c2lnbmF0dXJlX2J5dGVz",
    "webhookSecret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
}
PERSON = "Quentin Harlowe <q.harlowe@harlowe-consulting.example>"
SENDER = "Bookings Desk <desk.bookings@acme-holdings.example>"
LEAKS = [*SECRETS.values(), "q.harlowe@", "Quentin", "Harlowe", "desk.bookings@", "acme-holdings"]
"""Substrings no file and no output may carry after an apply."""


def entry(
    method: str,
    url: str,
    status: int,
    body: Any,
    *,
    day: str = "2026-11-28",
    request_headers: list[dict[str, str]] | None = None,
    post: bytes | None = None,
) -> dict[str, Any]:
    text = body if isinstance(body, str) else json.dumps(body)
    request: dict[str, Any] = {"method": method, "url": url, "httpVersion": "HTTP/1.1",
                               "headers": request_headers or [], "queryString": [], "cookies": []}  # fmt: skip
    if post is not None:
        request["postData"] = {"mimeType": "application/json", "text": post.decode()}
    return {
        "startedDateTime": f"{day}T10:00:00.000Z",
        "request": request,
        "response": {
            "status": status,
            "httpVersion": "HTTP/1.1",
            "headers": [],
            "cookies": [],
            "content": {"size": len(text), "mimeType": "application/json", "text": text},
        },
    }


def record_sandbox() -> tuple[dict[str, Any], dict[str, Any], dict[str, Any], dict[str, Any], str]:
    """From the sandbox over HTTP: a page of events, one event, the current user, a webhook delivery (its body
    and headers) and the base URL it was served on."""
    fake = FakeSimplyMeet()
    with fake.serve() as base_url, httpx.Client(base_url=base_url, headers={"X-API-KEY": fake.api_key}) as http:
        page = http.get("/panel/api/event/", params={"page": 1}).json()
        page["items"] = page["items"][:3]
        event_id = page["items"][0]["id"]
        event = http.get(f"/panel/api/event/{event_id}").json()
        user = http.get("/panel/api/current-user").json()
        sm = fake.client()
        sm.webhooks.create(events=["meetingCancelled"], url="https://crm.example.com/hooks?event=meetingCancelled",
                           secret="whsec_test")  # fmt: skip
        sm.events.cancel(event_id, reason="Travel plans changed")
        (delivery,) = fake.deliveries
        hook = {"body": json.loads(delivery.body), "headers": delivery.headers, "url": delivery.url}
    return page, event, user, hook, base_url


def drifted_session(path: Path, *, extra: dict[str, Any] | None = None) -> Path:
    """The sandbox recording with issue 31's drift; ``extra`` adds properties to every event (e.g. a collision)."""
    page, event, user, hook, base = record_sandbox()
    for index, item in enumerate(page["items"]):
        item["videoProvider"] = None if index == 1 else "zoom"  # new, in the list; null in one response only
        item.update(extra or {})
    event = copy.deepcopy(event)
    event["videoProvider"] = "zoom"  # the same new field in getEvent
    event.update(extra or {})
    user = copy.deepcopy(user)
    user["uuid"] = None  # null in this response only (the events' users have one): nullable, a breaking change
    user["subscription"] = {"plan": "pro", "seats": 3, "features": [{"code": "polls", "since": "2026-01-05"}]}
    user.update(SECRETS)  # secrets in a response: never copied anywhere
    user["replyTo"] = PERSON  # a person as "Name <addr>"
    hook_body = copy.deepcopy(hook["body"])
    hook_body["data"]["video_provider"] = "zoom"  # the new field in the webhook payload
    hook_body["data"]["sender"] = SENDER
    signed = [{"name": k, "value": v} for k, v in hook["headers"].items()]
    entries = [
        entry("GET", f"{base}/panel/api/event/?page=1", 200, page),
        entry("GET", f"{base}/panel/api/event/{event['id']}", 200, event, day="2026-11-30"),
        entry("GET", f"{base}/panel/api/current-user", 200, user),
        entry("POST", hook["url"], 204, "", request_headers=signed, post=json.dumps(hook_body).encode()),
        entry("GET", "https://cdn.example.net/panel/api/event/", 200, {"items": [{"tracking": PERSON}]}),
        entry("POST", "https://o4506.ingest.sentry.io/api/4506/envelope/", 200, {"id": "abc"}),
    ]
    path.write_text(json.dumps({"log": {"version": "1.2", "creator": {"name": "Firefox"}, "entries": entries}}))
    return path
