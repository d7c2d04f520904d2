"""A stateful, in-memory model of the SimplyMeet.me API, for tests: ``simplymeet_client.testing.FakeSimplyMeet``.

One function turns a request into a response (:meth:`FakeSimplyMeet.respond`); the in-process client
(:meth:`FakeSimplyMeet.client`, an ``httpx.MockTransport``) and the HTTP server (:meth:`FakeSimplyMeet.serve`,
uvicorn on 127.0.0.1: :mod:`simplymeet_runtime.asgi`) are thin adapters over it. What it knows of the API comes from
the spec the package ships (``simplymeet_client/openapi.json``): the routes, the parameters and their types and
bounds, the request
schemas it validates bodies against, the statuses each operation documents, and the examples its data set is
built from. What the spec does not say is the behaviour below, the plainest one where the reference is silent.

Behaviour
---------
* **Auth**: every operation wants the fake's key (``fake.api_key``) in ``X-API-KEY``; anything else is 401
  ``{"message": "Invalid API key"}``.
* **Validation**: a body or query that the spec does not allow (a required member missing, a wrong type, a value
  out of range or not in its enum, a member the schema does not declare, a value nested deeper than 64 levels, a
  query key used two ways such as ``onPage=5&onPage[]=6``) is 422
  ``{"message": "Invalid arguments", "errors": {"field.path": ["..."]}}``. So is a reference to something that
  does not exist inside a body (``eventType: 999``, an ``answers[].id`` the event does not have), and a body that
  is not JSON or is nested deeper than 64 levels (``errors.body``); an unknown id in the *path* is 404
  ``{"message": "... not found"}``. A ``Y-m-d H:i:s`` value that has the spec's pattern but names a day its month
  lacks (``2024-02-30``, ``2023-02-29``; PHP's DateTime rolls it over with a warning, the API refuses it) is 422
  ``This value is not a valid datetime: the date 2024-02-30 does not exist.``; one off the pattern is ``This value
  is not valid.``. An event booked at the pattern's last minute ends at 9999-12-31 23:59:59, where Python's datetime
  ends. No request makes a handler raise.
* **Methods**: ``HEAD`` answers as ``GET`` without the body (``Content-Length`` the GET's); a method the spec does
  not declare on a known path is 405 with ``Allow``; an unknown path is 404.
* **Lists** (``listEvents``, ``listEventTypes``, ``listPolls``): ``page`` (from 1), ``onPage`` (default 20),
  ``skipPagination`` (one page of everything), ``orderField`` (a scalar property of the item, as the spec's enum of
  each list says; default ``id``; nulls last),
  ``orderDirection`` (``asc`` default), ``groupBy`` (accepted, no effect); ``meta`` is exact and pages are disjoint;
  a page past the last is empty. Event filters: ``ids``, ``state``, ``uuid``, ``invitee`` (a case-insensitive
  part of the invitee's e-mail or name), ``eventTypeList``, ``eventTypeType``, ``userList``, ``organizationTagList``
  (tags of the event's type), ``paymentStatus``, ``scheduledAtFrom``/``scheduledAtTo`` (dates, inclusive, UTC).
  Event type filters: ``ids``, ``type``, ``forCurrentUser``, ``manageRoundRobin`` (round-robin types).
  ``listWebhooks`` answers HAL pages (``page``, ``limit`` default 10, ``_links``).
* **Events**: ``createEvent`` books (state ``new``; end from the duration), ``cancelEvent``/``cancelEventList``
  set state ``canceled``, ``canceledAt`` and the ``cancellation`` (canceler ``owner``, the reason), and refuse an
  event already canceled (422); ``rescheduleEvent`` moves the times, changes the event type (and user) when asked,
  and appends a ``rescheduling`` record (a canceled event: 422); ``markEventNoShow``/``markEventListNoShow`` set
  state ``no_show``; ``editEventNotes`` sets ``notes``; ``editEvent`` the invitee's name and phone and the values of the event's answers, by id;
  ``inviteEventParticipants`` appends participants; ``resendEventNotification`` is recorded in
  ``fake.notifications``; deletes remove. Bulk operations are all or nothing: one unknown id is a 422 naming it.
  Every write sets ``updatedAt``.
* **Webhooks**: ``createEvent`` emits ``meetingScheduled``, cancelling ``meetingCancelled``, rescheduling
  ``meetingRescheduled``, to each webhook subscribed to the event: the body as the spec's ``webhooks`` section, signed
  in ``webhook-signature`` with the webhook's secret. Every delivery is kept in ``fake.deliveries``; one whose URL is
  on a loopback address is also POSTed there (timeout 5 s) by the thread that made the call, after the fake's lock
  is released and before the call returns: other clients are answered meanwhile, and deliveries to one webhook
  arrive in the order ``fake.deliveries`` lists them. ``fake.wait_for_deliveries()`` waits for those still on their
  way (calls made from other threads).
* Everything else as its name says: tags attached to and removed from event types, user tags created, renamed and
  deleted, polls created, answered and deleted, single-use links unique per call, cancellation policies and
  availability rules stored (availability answers a saved rule's hours on its weekdays or dates, else 09:00-17:00
  Monday to Friday, in slots of the type's duration, a booked slot marked unavailable; hour intervals are ``HH:MM``,
  each end after its start; a range ends after its start and spans at most 62 days).
* **The data set** (deterministic for ``seed``): the spec's example events (48213-48217) and generated ones, 260
  in all over 120 days around the clock (states ``new``, ``canceled`` with a reason, rescheduled, ``no_show``),
  six event types (the spec's two and four more), the spec's users, tags, twelve polls (the first the spec's poll
  214, its UUID and slots as documented), both cancellation policies, and one availability rule (the spec's
  example, on the last event type). Consistent for any seed: each event booked 1-20 days ahead and before now,
  cancelled or rescheduled at a moment between its booking and now (and before the meeting), no-show only once
  it took place; ids unique.
* The clock is fixed (``fake.now``, 2024-03-04 12:00 UTC) so runs are repeatable; move it with ``fake.now = ...``.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import datetime
import ipaddress
import json
import logging
import math
import random
import threading
import unicodedata
import uuid
from collections.abc import Callable, Iterator, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar, Generic, TypeVar
from urllib.parse import parse_qsl

import httpx

from .spec import QueryConflict, Route, coerce, load_spec, query_values, validate
from .webhooks import sign

Json = Any
C = TypeVar("C")
A = TypeVar("A")

KEY_HEADER = "X-API-KEY"
DEFAULT_ON_PAGE = 20
DEFAULT_LIMIT = 10
NOW = datetime.datetime(2024, 3, 4, 12, 0, tzinfo=datetime.UTC)
PRODUCTION = "https://secure.simplymeet.me"
MAX_DEPTH = 64
"""How deeply a request body may nest (the API's bodies nest four levels); deeper is a 422."""
DELIVERY_TIMEOUT = 5.0
"""Seconds a webhook receiver has to connect, read and answer each delivery."""

logger = logging.getLogger("simplymeet_runtime.sandbox")


class ApiError(Exception):
    """What a handler raises to answer with an error status."""

    def __init__(self, status: int, message: str, errors: dict[str, list[str]] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.errors = status, message, errors


def invalid(errors: dict[str, list[str]]) -> ApiError:
    return ApiError(422, "Invalid arguments", errors)


def not_found(what: str) -> ApiError:
    return ApiError(404, f"{what} not found")


@dataclasses.dataclass
class Request:
    """A request the fake received: ``json`` is the parsed body (``None`` without one); ``status`` what the fake
    answered (``None`` for a dropped connection)."""

    operation: str
    method: str
    path: str
    query: list[tuple[str, str]]
    json: Json
    status: int | None = None


@dataclasses.dataclass
class Delivery:
    """A webhook delivery the fake emitted: ``status`` is the receiver's answer, set once it answered (``None``: not
    POSTed, not answered, or still on its way: see :meth:`FakeSimplyMeet.wait_for_deliveries`)."""

    event: str
    url: str
    headers: dict[str, str]
    body: bytes
    status: int | None = None


@dataclasses.dataclass
class _Fault:
    status: int | None
    disconnect: bool
    retry_after: float | None
    times: int
    body: Json = None


class Disconnect(Exception):
    """A fault: the connection is dropped without an answer."""


# ---------------------------------------------------------------------------------------------- helpers


def iso(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).isoformat(timespec="seconds")


def parse_local(value: str) -> datetime.datetime:
    """``Y-m-d H:i:s`` (UTC, as the client sends it)."""
    return datetime.datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=datetime.UTC)


def later(moment: datetime.datetime, minutes: int) -> datetime.datetime:
    """``minutes`` after ``moment``, or 9999-12-31 23:59:59 UTC where Python's datetime ends (an event booked at the
    pattern's last minute; PHP, the API, would go on into year 10000)."""
    try:
        return moment + datetime.timedelta(minutes=minutes)
    except OverflowError:
        return datetime.datetime.max.replace(microsecond=0, tzinfo=datetime.UTC)


def parse_iso(value: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(value)


def _page(items: list[Json], page: int, on_page: int, skip: bool) -> tuple[list[Json], dict[str, int]]:
    if skip:
        return items, {
            "pagesCount": 1 if items else 0,
            "itemsPerPage": len(items),
            "itemsCount": len(items),
            "currentPage": 1,
        }
    pages = math.ceil(len(items) / on_page)
    start = (page - 1) * on_page
    meta = {"pagesCount": pages, "itemsPerPage": on_page, "itemsCount": len(items), "currentPage": page}
    return items[start : start + on_page], meta


FIRST_NAMES = ["John", "Maria", "Li", "Amara", "Jonas", "Priya", "Tomás", "Aiko", "Noah", "Fatima", "Oskar", "Zoe"]
LAST_NAMES = ["Carter", "Lopez", "Wei", "Okafor", "Berg", "Shah", "Silva", "Tanaka", "Meyer", "Haddad", "Novak"]
DOMAINS = ["example.com", "example.org", "mail.example.net"]
WEEK = datetime.timedelta(days=6)
LAST_WEEK = datetime.date.max - WEEK
CANCEL_REASONS = ["Schedule conflict", "No longer needed", "Client asked to cancel", "Travel plans changed"]


# ------------------------------------------------------------------------------------------------- fake


class FakeSimplyMeet(Generic[C, A]):
    """See the module's docstring. The generated ``simplymeet_client.testing.FakeSimplyMeet`` binds it to the
    generated clients and the shipped spec.

    Arrange and inspect state directly with :meth:`add_event`, :meth:`event`, :attr:`events`, :meth:`add_webhook`.
    """

    _client_class: ClassVar[type[Any]]
    _async_client_class: ClassVar[type[Any]]
    _package: ClassVar[str]

    def __init__(self, seed: int = 0, *, events: int = 260) -> None:
        self.spec = load_spec(self._package)
        self.seed = seed
        self.random = random.Random(seed)
        self.api_key = f"sk_test_fake_{self.random.getrandbits(64):016x}"
        self.now = NOW
        self.requests: list[Request] = []
        self.deliveries: list[Delivery] = []
        self.notifications: list[tuple[str, int]] = []
        self._faults: dict[str, list[_Fault]] = {}
        self._lock = threading.RLock()
        self._outbox = _Outbox()
        self._ids = iter(range(100_000, 10**9))
        self._build(events)

    # ------------------------------------------------------------------------------------------ data set

    def _next_id(self) -> int:
        return next(self._ids)

    def _uuid(self) -> str:
        return str(uuid.UUID(int=self.random.getrandbits(128), version=4))

    def _build(self, count: int) -> None:
        spec = self.spec
        self.current_user: Json = spec.example("getCurrentUser")
        self.users: list[Json] = [self.current_user] + [
            user for user in spec.example("listUsers") if user["id"] != self.current_user["id"]
        ]
        types = spec.example("listEventTypes")["items"]
        kinds = ["regular", "round-robin", "collective"]
        names = ["Intro Call", "Demo", "Onboarding", "Support Session"]
        while len(types) < 6:  # the examples hold two; the data set wants several
            extra = copy.deepcopy(types[len(types) % 2])
            extra["id"] = types[-1]["id"] + 1
            extra["uuid"] = self._uuid()
            extra["name"] = names[len(types) - 2]
            extra["slug"] = extra["name"].lower().replace(" ", "-")
            extra["type"] = kinds[len(types) % 3]
            extra["user"] = copy.deepcopy(self.users[len(types) % len(self.users)])
            types.append(extra)
        self.event_types: dict[int, Json] = {t["id"]: t for t in types}
        self.user_tags: dict[int, Json] = {t["id"]: t for t in spec.example("listUserEventTypeTags")}
        self.type_tags: dict[int, set[int]] = {type_id: set() for type_id in self.event_types}
        for tag_id in self.user_tags:
            self.type_tags[next(iter(self.event_types))].add(tag_id)
        self.policies: dict[str, Json] = {
            "organization": spec.example("getOrganizationCancellationPolicy"),
            "user": spec.example("getUserCancellationPolicy"),
        }
        # One saved rule, from the examples of the spec's AvailabilityRuleRequestDTO, for the last event type (the
        # others answer the default week): availability differs by type, as on a real account.
        properties = spec.schemas["AvailabilityRuleRequestDTO"]["properties"]
        rule = {name: copy.deepcopy(item["examples"][0]) for name, item in properties.items() if item.get("examples")}
        rule["eventTypeIds"] = [types[-1]["id"]]
        self.availability_rules: dict[int, Json] = {types[-1]["id"]: rule}
        self.integrations: Json = spec.example("listIntegrations")
        self.acl: Json = spec.example("listAclRules")
        self.webhooks: dict[str, Json] = {}
        self.links: dict[str, int] = {}
        template_poll = spec.example("getPoll")
        self.polls: dict[int, Json] = {}
        for number in range(12):
            poll = copy.deepcopy(template_poll)
            poll["id"] = template_poll["id"] + number
            poll["name"] = f"{template_poll['name']} #{number + 1}"
            poll["createdAt"] = iso(NOW - datetime.timedelta(days=40 - number))
            if number:  # the first is the spec's example poll, its UUID and slots as documented
                poll["uuid"] = self._uuid()
                for slot in poll["availability"]:
                    slot["id"] = self._next_id()
            self.polls[poll["id"]] = poll
        self._event_template: Json = spec.example("getEvent")
        # The spec's own example events first (ids 48213...), as documented, so docs and examples hold here too.
        self.events_by_id: dict[int, Json] = {
            item["id"]: item for page in spec.examples("listEvents") for item in page["items"]
        }
        start = NOW - datetime.timedelta(days=60)
        for number in range(count - len(self.events_by_id)):
            event_type = self.random.choice(types)
            when = start + datetime.timedelta(minutes=30 * self.random.randrange(0, 120 * 48 // 1))
            # Booked 1-20 days ahead, and never after the fake's clock.
            created = min(when, NOW) - datetime.timedelta(minutes=self.random.randrange(24 * 60, 20 * 24 * 60))
            event = self._new_event(
                event_type, self.random.choice(self.users), self._invitee(number), when, created=created
            )
            roll = self.random.random()
            # A change happens after the booking, by now, and (mostly) before the meeting.
            changed = created + (min(when, NOW) - created) * self.random.uniform(0.05, 0.95)
            changed = changed.replace(microsecond=0)
            if roll < 0.2:
                self._cancel(event, self.random.choice(CANCEL_REASONS), notify=False, at=changed)
            elif roll < 0.3:
                later = when + datetime.timedelta(days=1)
                self._reschedule(event, later, event_type, None, notify=False, at=changed)
            elif roll < 0.35 and when + datetime.timedelta(minutes=event["duration"]) < NOW:
                event["state"] = "no_show"
                event["updatedAt"] = iso(max(when, created))
            self.events_by_id[event["id"]] = event

    def _invitee(self, number: int) -> Json:
        first, last = self.random.choice(FIRST_NAMES), self.random.choice(LAST_NAMES)
        return {
            "fullName": f"{first} {last}",
            "email": f"{_ascii(first)}.{_ascii(last)}{number}@{self.random.choice(DOMAINS)}",
            "timezone": self.random.choice(["Europe/Berlin", "America/New_York", "Asia/Tokyo", None]),
            "phoneNumber": self.random.choice([None, f"+4930{self.random.randrange(10**6, 10**7)}"]),
            "locale": self.random.choice(["en", "de", None]),
        }

    def _new_event(
        self,
        event_type: Json,
        user: Json,
        invitee: Mapping[str, Any],
        when: datetime.datetime,
        *,
        created: datetime.datetime | None = None,
        duration: int | None = None,
    ) -> Json:
        event = copy.deepcopy(self._event_template)
        minutes = duration or event_type.get("duration") or 30
        event.update(
            id=self._next_id(),
            uuid=self._uuid(),
            user=copy.deepcopy(user),
            eventType=copy.deepcopy(event_type),
            invitee={
                "id": self._next_id(),
                "email": invitee["email"],
                "fullName": invitee.get("fullName"),
                "timezone": invitee.get("timezone"),
                "phoneNumber": invitee.get("phoneNumber"),
                "locale": invitee.get("locale"),
                "cancellationPolicy": invitee.get("cancellationPolicy"),
                "uuid": self._uuid(),
            },
            cancellation=None,
            participants=[],
            answers=[],
            rescheduling=[],
            payment=None,
            createdAt=iso(created or self.now),
            updatedAt=iso(created or self.now),
            scheduledAt=iso(when),
            endDate=iso(later(when, minutes)),
            canceledAt=None,
            state="new",
            notes=None,
            duration=minutes,
            locationType=event_type.get("locationType"),
            location=event_type.get("location"),
            users=[copy.deepcopy(user)],
        )
        return event

    # --------------------------------------------------------------------------------- arrange, inspect

    @property
    def events(self) -> list[Json]:
        """Every event, in id order (the live JSON objects the API serves)."""
        return [self.events_by_id[key] for key in sorted(self.events_by_id)]

    def event(self, event_id: int) -> Json:
        """An event's current JSON, as ``getEvent`` serves it (``KeyError`` if there is none)."""
        return self.events_by_id[event_id]

    def add_event(
        self,
        *,
        invitee_email: str,
        scheduled_at: datetime.datetime,
        invitee_name: str = "Test Invitee",
        event_type_id: int | None = None,
        state: str = "new",
    ) -> Json:
        """Book an event directly (no request recorded, no delivery); returns its JSON."""
        event_type = (
            self.event_types[event_type_id] if event_type_id is not None else next(iter(self.event_types.values()))
        )
        invitee = {"email": invitee_email, "fullName": invitee_name}
        event = self._new_event(event_type, self.current_user, invitee, scheduled_at)
        event["state"] = state
        self.events_by_id[event["id"]] = event
        return event

    def add_webhook(self, url: str, events: list[str], secret: str) -> Json:
        """Register a webhook directly; returns its JSON (``uuid``)."""
        return self._create_webhook({"url": url, "events": events, "secret": secret})

    def wait_for_deliveries(self, timeout: float = 5.0) -> None:
        """Wait until every webhook delivery on its way has been answered (or has failed), so that each ``status`` in
        :attr:`deliveries` is final; ``TimeoutError`` after ``timeout`` seconds. A call returns after POSTing its own
        deliveries; this is for calls made from other threads (a server, a client in a thread)."""
        self._outbox.wait(timeout)

    def fail_next(
        self,
        operation: str,
        *,
        status: int | None = None,
        times: int = 1,
        retry_after: float | None = None,
        disconnect: bool = False,
        body: Json = None,
    ) -> None:
        """Answer the next ``times`` calls of ``operation`` with ``status`` (an ErrorDTO body, or ``body`` when given:
        any JSON, to see how your code takes a response that differs from the spec; ``Retry-After`` when given) or,
        with ``disconnect=True``, drop the connection without an answer. Injected answers are not checked against
        the spec."""
        if operation not in self.spec.by_operation:
            raise ValueError(f"unknown operation {operation!r}; one of {', '.join(sorted(self.spec.by_operation))}")
        if (status is None) == (not disconnect):
            raise TypeError("pass status= or disconnect=True")
        if times < 1:
            raise ValueError(f"times must be 1 or more, not {times!r}")
        self._faults.setdefault(operation, []).append(_Fault(status, disconnect, retry_after, times, body))

    # ------------------------------------------------------------------------------------------ clients

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one httpx request in-process (the handler of :meth:`transport`); a dropped connection is
        ``httpx.RemoteProtocolError``, as httpx raises it."""
        try:
            status, headers, body = self.respond(
                request.method, request.url.path, request.url.query.decode(), request.headers, request.content
            )
        except Disconnect:
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
        return httpx.Response(status, headers=headers, content=body)

    def transport(self) -> httpx.MockTransport:
        """An httpx transport answering in-process from this fake."""
        return httpx.MockTransport(self.handle)

    def _options(self, options: dict[str, Any]) -> dict[str, Any]:
        options.setdefault("api_key", self.api_key)
        httpx_args = dict(options.pop("httpx_args", None) or {})
        httpx_args.setdefault("transport", self.transport())
        options["httpx_args"] = httpx_args
        return options

    def client(self, **options: Any) -> C:
        """A ``SimplyMeet`` bound to this fake in-process (no socket); takes ``SimplyMeet``'s options."""
        return self._client_class(**self._options(options))  # type: ignore[no-any-return]

    def async_client(self, **options: Any) -> A:
        """The same for ``AsyncSimplyMeet``."""
        return self._async_client_class(**self._options(options))  # type: ignore[no-any-return]

    @contextlib.contextmanager
    def serve(self, port: int = 0, host: str = "127.0.0.1") -> Iterator[str]:
        """Serve this fake's state over real HTTP on ``host:port`` (0: a free port) until the block exits; yields the
        base URL. uvicorn (HTTP/1.1 over h11) in a thread of its own: ``pip install 'simplymeet-client[sandbox]'``.
        Bodies over 1 MiB are 413, bad framing 400; an exception inside the fake is a 500 (and a logged traceback)."""
        from . import asgi

        with asgi.serve(self.respond, Disconnect, host, port) as url:
            yield url

    # ------------------------------------------------------------------------------------------ answers

    def respond(
        self, method: str, path: str, query: str, headers: Mapping[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        """The fake's answer to one request: status, headers, body bytes. Raises :class:`Disconnect` for an injected
        dropped connection. The webhook deliveries the call emits are POSTed after the fake's lock is released."""
        with self._outbox.batch(), self._lock:  # the lock is released first, then the batch is sent
            return self._respond(method.upper(), path, query, headers, body)

    def _respond(
        self, method: str, path: str, query: str, headers: Mapping[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        found = self.spec.match("GET" if method == "HEAD" else method, path)
        if found is None:
            allowed = self.spec.allowed(path)  # the methods of the path's own template
            if not allowed:
                return self._json(404, {"message": f'No route found for "{method} {path}"'})
            allow = ", ".join([*allowed, "HEAD"] if "GET" in allowed else allowed)
            message = f'No route found for "{method} {path}": Method Not Allowed (Allow: {allow})'
            return self._json(405, {"message": message}, {"Allow": allow})
        route, path_values = found
        pairs = parse_qsl(query, keep_blank_values=True)
        parsed, problem = _parse_body(body)
        request = Request(route.operation, method, path, pairs, parsed)
        self.requests.append(request)
        status, answer, extra = self._answer(route, path_values, pairs, parsed, body, headers, problem)
        request.status = status
        if status not in route.documented and not extra:
            raise AssertionError(f"the fake answered {route.operation} with undocumented status {status}")
        status, answer_headers, content = self._json(status, answer, extra) if answer is not None else (status, {}, b"")
        if method == "HEAD":  # the GET's headers, no body
            return status, {**answer_headers, "Content-Length": str(len(content))}, b""
        return status, answer_headers, content

    def _answer(
        self,
        route: Route,
        path_values: dict[str, str],
        pairs: list[tuple[str, str]],
        parsed: Json,
        body: bytes,
        headers: Mapping[str, str],
        problem: str | None = None,
    ) -> tuple[int, Json, dict[str, str] | None]:
        """Status, JSON answer (None: no body) and extra headers (set only for an injected fault). ``problem``: why
        the body could not be taken (a 422 on ``body`` for an operation that has one)."""
        fault = self._fault(route.operation)
        if fault is not None:
            if fault.disconnect:
                raise Disconnect
            assert fault.status is not None
            retry = {"Retry-After": f"{fault.retry_after:g}"} if fault.retry_after is not None else {}
            answer = fault.body if fault.body is not None else {"message": f"Injected fault: HTTP {fault.status}"}
            return fault.status, answer, {"X-Fake-Fault": "1", **retry}
        key = {k.lower(): v for k, v in headers.items()}.get(KEY_HEADER.lower())
        try:
            if key != self.api_key:
                raise ApiError(401, "Invalid API key")
            if problem is not None and route.body is not None:
                raise invalid({"body": [problem]})
            status, answer = self._dispatch(route, self._arguments(route, path_values, pairs, parsed, body))
        except ApiError as error:
            errors = {"errors": error.errors} if error.errors is not None else {}
            return error.status, {"message": error.message, **errors}, None
        return status, answer, None

    def _fault(self, operation: str) -> _Fault | None:
        queue = self._faults.get(operation)
        if not queue:
            return None
        fault = queue[0]
        fault.times -= 1
        if fault.times <= 0:
            queue.pop(0)
        return fault

    @staticmethod
    def _json(status: int, value: Json, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
        return status, {"Content-Type": "application/json", **(headers or {})}, json.dumps(value).encode()

    def _arguments(
        self, route: Route, path_values: dict[str, str], pairs: list[tuple[str, str]], parsed: Json, raw: bytes
    ) -> dict[str, Any]:
        errors: dict[str, list[str]] = {}
        arguments: dict[str, Any] = {}
        try:
            query = query_values(pairs)
        except QueryConflict as conflict:
            raise invalid({conflict.field: [conflict.message]}) from None
        for parameter in route.parameters:
            name, where = parameter["name"], parameter["in"]
            if where == "header":
                continue
            if where == "path":
                value = coerce(self.spec, parameter["schema"], path_values[name])
                trial: dict[str, list[str]] = {}
                validate(self.spec, parameter["schema"], value, name, trial)
                if trial:  # a path that names nothing that can exist
                    raise not_found("Resource")
                arguments[name] = value
                continue
            if name not in query:
                continue
            value = coerce(self.spec, parameter["schema"], query.pop(name))
            validate(self.spec, parameter["schema"], value, name, errors)
            arguments[name] = value
        for name in query:
            errors.setdefault(name, []).append("This field was not expected.")
        if route.body is not None:
            if raw and not isinstance(parsed, (dict, list)):
                errors.setdefault("body", []).append("The body is not valid JSON.")
            else:
                validate(self.spec, route.body, parsed if raw else None, "", errors)
            arguments["body"] = parsed
        if errors:
            raise invalid(errors)
        return arguments

    def _dispatch(self, route: Route, arguments: dict[str, Any]) -> tuple[int, Json]:
        handler: Callable[[dict[str, Any]], Json] = getattr(self, "_op_" + route.operation)
        answer = handler(arguments)
        if answer is None and 204 in route.documented:
            return 204, None
        return route.success, answer

    # --------------------------------------------------------------------------------------- operations

    def _find_event(self, event_id: int) -> Json:
        if event_id not in self.events_by_id:
            raise not_found("Event")
        return self.events_by_id[event_id]

    def _events_for(self, ids: list[int], field: str = "ids") -> list[Json]:
        unknown = [str(i) for i in ids if i not in self.events_by_id]
        if unknown:
            raise invalid({field: [f"Events not found: {', '.join(unknown)}."]})
        return [self.events_by_id[i] for i in dict.fromkeys(ids)]  # an id given twice is acted on once

    def _touch(self, event: Json) -> None:
        event["updatedAt"] = iso(self.now)

    # events
    def _op_listEvents(self, args: dict[str, Any]) -> Json:
        found = [e for e in self.events if self._event_matches(e, args.get("filter") or {})]
        return self._list(found, args, "EventDTO")

    def _event_matches(self, event: Json, filters: dict[str, Any]) -> bool:
        checks: dict[str, Callable[[Any], bool]] = {
            "ids": lambda v: event["id"] in v,
            "state": lambda v: event["state"] == v,
            "uuid": lambda v: event["uuid"] == v,
            "invitee": lambda v: (
                v.lower() in f"{event['invitee']['email']} {event['invitee']['fullName'] or ''}".lower()
            ),
            "eventTypeList": lambda v: (event["eventType"] or {}).get("id") in v,
            "eventTypeType": lambda v: (event["eventType"] or {}).get("type") == v,
            "userList": lambda v: (event["user"] or {}).get("id") in v,
            "organizationTagList": lambda v: bool(
                self.type_tags.get((event["eventType"] or {}).get("id", 0), set()) & set(v)
            ),
            "paymentStatus": lambda v: (event["payment"] or {}).get("status") == v,
            "scheduledAtFrom": lambda v: parse_iso(event["scheduledAt"]).date() >= datetime.date.fromisoformat(v),
            "scheduledAtTo": lambda v: parse_iso(event["scheduledAt"]).date() <= datetime.date.fromisoformat(v),
        }
        return all(checks[key](value) for key, value in filters.items() if key in checks)

    def _list(self, items: list[Json], args: dict[str, Any], schema: str) -> Json:
        field = args.get("orderField", "id")
        if field not in self.spec.schemas[schema]["properties"]:
            raise invalid({"orderField": ["The value you selected is not a valid choice."]})
        present = [i for i in items if i.get(field) is not None]
        try:
            ordered = sorted(present, key=lambda item: item[field]) + [i for i in items if i.get(field) is None]
        except TypeError:  # an object or a list: nothing to order by
            raise invalid({"orderField": ["This field cannot be ordered by."]}) from None
        if args.get("orderDirection") == "desc":
            ordered.reverse()
        page_items, meta = _page(
            ordered, args.get("page", 1), args.get("onPage", DEFAULT_ON_PAGE), bool(args.get("skipPagination"))
        )
        return {"meta": meta, "items": page_items}

    def _op_getEvent(self, args: dict[str, Any]) -> Json:
        return self._find_event(args["id"])

    def _op_createEvent(self, args: dict[str, Any]) -> Json:
        body = args["body"]
        event_type = self.event_types.get(body["eventType"])
        errors: dict[str, list[str]] = {}
        if event_type is None:
            errors["eventType"] = ["This event type does not exist."]
        duration = None
        if "durationId" in body and event_type is not None:
            durations = {d["id"]: d["duration"] for d in event_type.get("eventTypeDurations", [])}
            if body["durationId"] not in durations:
                errors["durationId"] = ["This duration does not exist."]
            duration = durations.get(body["durationId"])
        if errors:
            raise invalid(errors)
        assert event_type is not None
        event = self._new_event(
            event_type,
            event_type.get("user") or self.current_user,
            body["invitee"],
            parse_local(body["scheduledAt"]),
            duration=duration,
        )
        questions = {q["uuid"]: q for q in event_type.get("questions", [])}
        for answer in body.get("answers", []):
            question = questions.get(answer["question"], {})
            event["answers"].append(
                {
                    "id": self._next_id(),
                    "questionLabel": question.get("label"),
                    "questionType": question.get("type"),
                    "value": answer["value"],
                    "plainValue": answer["value"],
                    "questionUuid": answer["question"],
                }
            )
        for participant in body.get("participants", []):
            event["participants"].append(
                {"id": self._next_id(), "email": participant["email"], "createdAt": iso(self.now)}
            )
        for key in ("location", "locationType"):
            if key in body:
                event[key] = body[key]
        self.events_by_id[event["id"]] = event
        self._deliver("meetingScheduled", event)
        return event

    def _op_editEvent(self, args: dict[str, Any]) -> None:
        event = self._find_event(args["id"])
        body = args["body"] or {}
        for key in ("fullName", "phoneNumber"):
            if key in body.get("invitee", {}):
                event["invitee"][key] = body["invitee"][key]
        answers = {answer["id"]: answer for answer in event["answers"]}
        unknown = {
            f"answers[{index}].id": [f"This event has no answer {given['id']}."]
            for index, given in enumerate(body.get("answers", []))
            if given["id"] not in answers
        }
        if unknown:
            raise invalid(unknown)
        for given in body.get("answers", []):
            answers[given["id"]].update(value=given["value"], plainValue=given["value"])
        self._touch(event)

    def _op_deleteEvent(self, args: dict[str, Any]) -> None:
        self._find_event(args["id"])
        del self.events_by_id[args["id"]]

    def _op_deleteEventList(self, args: dict[str, Any]) -> None:
        for event in self._events_for(args["body"]["ids"]):
            del self.events_by_id[event["id"]]

    def _cancel(
        self, event: Json, reason: str | None, *, notify: bool = True, at: datetime.datetime | None = None
    ) -> None:
        """Cancel ``event`` at ``at`` (default: now)."""
        event.update(
            state="canceled",
            canceledAt=iso(at or self.now),
            cancellation={"id": self._next_id(), "canceler": "owner", "reason": reason},
            updatedAt=iso(at or self.now),
        )
        if notify:
            self._deliver("meetingCancelled", event)

    def _cancellable(self, events: list[Json], field: str) -> None:
        done = [str(e["id"]) for e in events if e["state"] == "canceled"]
        if done:
            raise invalid({field: [f"Already canceled: {', '.join(done)}."]})

    def _op_cancelEvent(self, args: dict[str, Any]) -> None:
        event = self._find_event(args["id"])
        self._cancellable([event], "id")
        self._cancel(event, (args["body"] or {}).get("reason"))

    def _op_cancelEventList(self, args: dict[str, Any]) -> None:
        events = self._events_for(args["body"]["ids"])
        self._cancellable(events, "ids")
        for event in events:
            self._cancel(event, args["body"].get("reason"))

    def _op_editEventNotes(self, args: dict[str, Any]) -> None:
        event = self._find_event(args["id"])
        event["notes"] = args["body"]["notes"]
        self._touch(event)

    def _op_markEventNoShow(self, args: dict[str, Any]) -> None:
        event = self._find_event(args["id"])
        event["state"] = "no_show"
        self._touch(event)

    def _op_markEventListNoShow(self, args: dict[str, Any]) -> None:
        for event in self._events_for(args["body"]["ids"]):
            event["state"] = "no_show"
            self._touch(event)

    def _op_resendEventNotification(self, args: dict[str, Any]) -> None:
        self._find_event(args["id"])
        self.notifications.append(("resend", args["id"]))

    def _op_inviteEventParticipants(self, args: dict[str, Any]) -> None:
        event = self._find_event(args["id"])
        for email in args["body"]["emails"]:
            event["participants"].append({"id": self._next_id(), "email": email, "createdAt": iso(self.now)})
        self._touch(event)

    def _reschedule(
        self,
        event: Json,
        start: datetime.datetime,
        event_type: Json,
        user: Json | None,
        *,
        notify: bool = True,
        end: datetime.datetime | None = None,
        at: datetime.datetime | None = None,
    ) -> None:
        event["rescheduling"].append(
            {
                "id": self._next_id(),
                "rescheduler": "owner",
                "reason": None,
                "previouslyScheduledAt": event["scheduledAt"],
                "previousUser": event["user"],
            }
        )
        minutes = event["duration"] or 30
        event.update(scheduledAt=iso(start), endDate=iso(end or later(start, minutes)))
        if event_type["id"] != (event["eventType"] or {}).get("id"):
            event["eventType"] = copy.deepcopy(event_type)
        if user is not None:
            event["user"] = copy.deepcopy(user)
        event["updatedAt"] = iso(at or self.now)
        if notify:
            self._deliver("meetingRescheduled", event)

    def _op_rescheduleEvent(self, args: dict[str, Any]) -> None:
        event = self._find_event(args["id"])
        body = args["body"]
        errors: dict[str, list[str]] = {}
        if event["state"] == "canceled":
            errors["id"] = ["A canceled event cannot be rescheduled."]
        event_type = self.event_types.get(body["eventTypeId"])
        if event_type is None:
            errors["eventTypeId"] = ["This event type does not exist."]
        users = {u["id"]: u for u in self.users}
        if "userId" in body and body["userId"] not in users:
            errors["userId"] = ["This user does not exist."]
        if not errors and parse_local(body["end"]) <= parse_local(body["start"]):
            errors["end"] = ["The end must be after the start."]
        if errors:
            raise invalid(errors)
        assert event_type is not None
        self._reschedule(
            event,
            parse_local(body["start"]),
            event_type,
            users.get(body.get("userId", -1)),
            end=parse_local(body["end"]),
        )

    # event types
    def _find_type(self, type_id: int) -> Json:
        if type_id not in self.event_types:
            raise not_found("Event type")
        return self.event_types[type_id]

    def _op_listEventTypes(self, args: dict[str, Any]) -> Json:
        filters = args.get("filter") or {}
        me = self.current_user["id"]

        def keep(t: Json) -> bool:
            return (
                ("ids" not in filters or t["id"] in filters["ids"])
                and ("type" not in filters or t.get("type") == filters["type"])
                and (not filters.get("forCurrentUser") or (t.get("user") or {}).get("id") == me)
                and (not filters.get("manageRoundRobin") or t.get("type") == "round-robin")
            )

        return self._list([t for t in self.event_types.values() if keep(t)], args, "EventTypeDTO")

    def _op_getEventType(self, args: dict[str, Any]) -> Json:
        return self._find_type(args["id"])

    def _op_getEventTypeAvailability(self, args: dict[str, Any]) -> Json:
        event_type = self._find_type(args["id"])
        first = datetime.date.fromisoformat(args.get("startDate", self.now.date().isoformat()))
        last = datetime.date.fromisoformat(args["endDate"]) if "endDate" in args else min(first, LAST_WEEK) + WEEK
        if last < first:
            raise invalid({"endDate": ["The end date must not be before the start date."]})
        if (last - first).days > 62:
            raise invalid({"endDate": ["At most 62 days at once."]})
        rule = self.availability_rules.get(event_type["id"])
        step = event_type.get("duration") or 30
        booked = {
            e["scheduledAt"]
            for e in self.events_by_id.values()
            if (e["eventType"] or {}).get("id") == event_type["id"] and e["state"] != "canceled"
        }
        days = []
        for offset in range((last - first).days + 1):  # by offset: the last day may be date.max
            day = first + datetime.timedelta(days=offset)
            hours = []
            for start, end in self._intervals(rule, day):
                minute, stop = start.hour * 60 + start.minute, end.hour * 60 + end.minute
                while minute + step <= stop:
                    moment = datetime.datetime.combine(day, datetime.time(minute // 60, minute % 60), datetime.UTC)
                    hours.append({"start": moment.strftime("%H:%M"), "available": iso(moment) not in booked})
                    minute += step
            days.append({"date": day.isoformat(), "hours": hours, "available": any(h["available"] for h in hours)})
        return days

    @staticmethod
    def _intervals(rule: Json | None, day: datetime.date) -> list[tuple[datetime.time, datetime.time]]:
        """The day's open hours: a saved availability rule for the weekday or the date, else 09:00-17:00 Mon-Fri."""
        if rule is None:
            return [(datetime.time(9), datetime.time(17))] if day.weekday() < 5 else []
        weekday = day.strftime("%A").lower()
        found = []
        for entry in rule["availabilityRules"]:
            config = entry.get("config") or {}
            if config.get("weekday") == weekday or config.get("date") == day.isoformat():
                found += [
                    (datetime.time.fromisoformat(h["start"]), datetime.time.fromisoformat(h["end"]))
                    for h in entry.get("hourIntervals", [])
                ]
        return found

    def _op_saveAvailabilityRule(self, args: dict[str, Any]) -> None:
        body = args["body"]
        errors: dict[str, list[str]] = {}
        unknown = [str(i) for i in body["eventTypeIds"] if i not in self.event_types]
        if unknown:
            errors["eventTypeIds"] = [f"Event types not found: {', '.join(unknown)}."]
        for number, entry in enumerate(body["availabilityRules"]):
            for index, hours in enumerate(entry["hourIntervals"]):
                if hours["end"] <= hours["start"]:  # HH:MM: as text, in time order
                    errors[f"availabilityRules[{number}].hourIntervals[{index}].end"] = [
                        "The end must be after the start."
                    ]
        if errors:
            raise invalid(errors)
        for type_id in body["eventTypeIds"]:
            self.availability_rules[type_id] = copy.deepcopy(body)

    # tags
    def _op_listEventTypeTags(self, args: dict[str, Any]) -> Json:
        self._find_type(args["eventTypeId"])
        return [
            {"id": t["id"], "name": t["name"], "color": t["color"], "position": t["position"], "enabled": True}
            for tag_id, t in sorted(self.user_tags.items())
            if tag_id in self.type_tags[args["eventTypeId"]]
        ]

    def _tag_pair(self, args: dict[str, Any]) -> tuple[int, int]:
        self._find_type(args["eventTypeId"])
        if args["tagId"] not in self.user_tags:
            raise not_found("Tag")
        return args["eventTypeId"], args["tagId"]

    def _op_addEventTypeTag(self, args: dict[str, Any]) -> None:
        type_id, tag_id = self._tag_pair(args)
        self.type_tags[type_id].add(tag_id)

    def _op_removeEventTypeTag(self, args: dict[str, Any]) -> None:
        type_id, tag_id = self._tag_pair(args)
        self.type_tags[type_id].discard(tag_id)

    def _op_listUserEventTypeTags(self, args: dict[str, Any]) -> Json:
        return [self.user_tags[key] for key in sorted(self.user_tags)]

    def _op_createUserEventTypeTag(self, args: dict[str, Any]) -> Json:
        body = args["body"]
        tag = {
            "id": self._next_id(),
            "name": body["name"],
            "color": body.get("color"),
            "position": body.get("position", len(self.user_tags)),
            "user": copy.deepcopy(self.current_user),
        }
        self.user_tags[tag["id"]] = tag
        return tag

    def _find_tag(self, tag_id: int) -> Json:
        if tag_id not in self.user_tags:
            raise not_found("Tag")
        return self.user_tags[tag_id]

    def _op_updateUserEventTypeTag(self, args: dict[str, Any]) -> Json:
        tag = self._find_tag(args["id"])
        tag.update({key: value for key, value in args["body"].items() if key in ("name", "color", "position")})
        return tag

    def _op_deleteUserEventTypeTag(self, args: dict[str, Any]) -> None:
        self._find_tag(args["id"])
        del self.user_tags[args["id"]]
        for tags in self.type_tags.values():
            tags.discard(args["id"])

    # polls
    def _find_poll(self, poll_id: int) -> Json:
        if poll_id not in self.polls:
            raise not_found("Poll")
        return self.polls[poll_id]

    def _op_listPolls(self, args: dict[str, Any]) -> Json:
        return self._list([self.polls[key] for key in sorted(self.polls)], args, "PollDTO")

    def _op_getPoll(self, args: dict[str, Any]) -> Json:
        return self._find_poll(args["id"])

    def _op_deletePoll(self, args: dict[str, Any]) -> None:
        self._find_poll(args["id"])
        del self.polls[args["id"]]

    def _op_createPoll(self, args: dict[str, Any]) -> Json:
        body = args["body"]
        event_type = self.event_types.get(body["eventTypeId"])
        if event_type is None:
            raise invalid({"eventTypeId": ["This event type does not exist."]})
        owner = event_type.get("user") or self.current_user
        poll = {
            "id": self._next_id(),
            "uuid": self._uuid(),
            "user": {"id": owner["id"], "email": owner["email"], "fullName": owner.get("fullName")},
            "eventType": {
                "id": event_type["id"],
                "name": event_type.get("name"),
                "color": event_type.get("color"),
                "location_type": event_type.get("locationType"),
                "timezone": event_type.get("timezone"),
                "user_full_name": owner.get("fullName"),
                "localized": event_type.get("isLocalized"),
            },
            "voteVisibility": body.get("voteVisibility", True),
            "commentVisibility": body.get("commentVisibility", True),
            "emailNotification": body.get("emailNotification", False),
            "duration": body["duration"],
            "name": body["name"],
            "createdAt": iso(self.now),
            "availability": [
                {"id": self._next_id(), "date": slot["date"], "results": []} for slot in body["availability"]
            ],
        }
        self.polls[poll["id"]] = poll
        return poll

    def _op_createPollResult(self, args: dict[str, Any]) -> None:
        body = args["body"]
        poll = next((p for p in self.polls.values() if p["uuid"] == body["uuid"]), None)
        if poll is None:
            raise invalid({"uuid": ["This poll does not exist."]})
        slots = {slot["id"]: slot for slot in poll["availability"]}
        unknown = [str(slot_id) for slot_id in body["availability"] if slot_id not in slots]
        if unknown:
            raise invalid({"availability": [f"Not an availability of this poll: {', '.join(unknown)}."]})
        for slot_id in body["availability"]:
            slots[slot_id]["results"].append({"email": body["email"], "comment": body.get("comment")})

    # users, account
    def _op_getCurrentUser(self, args: dict[str, Any]) -> Json:
        return self.current_user

    def _op_listUsers(self, args: dict[str, Any]) -> Json:
        return self.users

    def _op_listAclRules(self, args: dict[str, Any]) -> Json:
        return self.acl

    def _op_listIntegrations(self, args: dict[str, Any]) -> Json:
        return self.integrations

    def _policy(self, kind: str, body: Json) -> Json:
        policy = self.policies[kind]
        policy.update({key: body[key] for key in ("enabled", "period", "label", "text") if key in body})
        if kind == "organization" and "overwritePersonal" in body:
            policy["overwrite_personal"] = body["overwritePersonal"]
        policy["version"] = (policy.get("version") or 0) + 1
        return policy

    def _op_getOrganizationCancellationPolicy(self, args: dict[str, Any]) -> Json:
        return self.policies["organization"]

    def _op_updateOrganizationCancellationPolicy(self, args: dict[str, Any]) -> Json:
        return self._policy("organization", args["body"])

    def _op_getUserCancellationPolicy(self, args: dict[str, Any]) -> Json:
        return self.policies["user"]

    def _op_updateUserCancellationPolicy(self, args: dict[str, Any]) -> Json:
        return self._policy("user", args["body"])

    def _op_createSingleUseLink(self, args: dict[str, Any]) -> Json:
        event_type = self._find_type(args["id"])
        code = "".join(self.random.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
        while code in self.links:
            code += self.random.choice("23456789")
        self.links[code] = event_type["id"]
        owner = (event_type.get("user") or self.current_user).get("slug") or "user"
        return {"code": code, "url": f"{PRODUCTION}/{owner}/{event_type.get('slug')}?single-use={code}"}

    # webhooks
    def _create_webhook(self, body: Json) -> Json:
        hook = {
            "events": list(body["events"]),
            "url": body["url"],
            "secret": body["secret"],
            "created_at": iso(self.now),
            "uuid": self._uuid(),
        }
        self.webhooks[hook["uuid"]] = hook
        return hook

    def _op_createWebhook(self, args: dict[str, Any]) -> Json:
        return self._create_webhook(args["body"])

    def _op_listWebhooks(self, args: dict[str, Any]) -> Json:
        return self._hal(list(self.webhooks.values()), args, "/api/webhooks")

    def _hal(self, items: list[Json], args: dict[str, Any], path: str) -> Json:
        """The HAL page of ``items`` that ``args`` (``page``, ``limit``) ask for, with ``pages``, ``total``,
        ``_embedded.items`` and ``_links``."""
        page, limit = args.get("page", 1), args.get("limit", DEFAULT_LIMIT)
        pages = math.ceil(len(items) / limit)

        def link(number: int) -> dict[str, str]:
            return {"href": f"{path}?page={number}&limit={limit}"}

        links = {"self": link(page), "first": link(1), "last": link(max(pages, 1))}
        if page < pages:
            links["next"] = link(page + 1)
        if page > 1:
            links["previous"] = link(page - 1)
        return {
            "page": page,
            "limit": limit,
            "pages": pages,
            "total": len(items),
            "_embedded": {"items": items[(page - 1) * limit : page * limit]},
            "_links": links,
        }

    # the /api/ namespace: meeting types are the event types, by UUID
    def _op_listMeetingTypes(self, args: dict[str, Any]) -> Json:
        types = [{"uuid": t["uuid"], "name": t.get("name") or ""} for _, t in sorted(self.event_types.items())]
        if (args.get("sorting") or {}).get("created_at") == "desc":
            types.reverse()  # the data set's types were created in id order
        return self._hal(types, args, "/api/users/me/meeting-types")

    def _op_createSingleUseLinkByUuid(self, args: dict[str, Any]) -> Json:
        wanted = args["body"]["meeting_type_uuid"]
        found = next((t for t in self.event_types.values() if t["uuid"] == wanted), None)
        if found is None:
            raise invalid({"meetingTypeUuid": [f"Meeting Type with uuid {wanted} was not found."]})
        return self._op_createSingleUseLink({"id": found["id"]})

    def _op_deleteWebhook(self, args: dict[str, Any]) -> None:
        if str(args["id"]) not in self.webhooks:
            raise not_found("Webhook")
        del self.webhooks[str(args["id"])]

    # ------------------------------------------------------------------------------------- deliveries

    def booking(self, event: Json) -> Json:
        """An event as a webhook delivery carries it (the spec's ``WebhookBooking``)."""
        event_type = event["eventType"] or {}
        invitee = event["invitee"] or {}
        scheduled = parse_iso(event["scheduledAt"])
        canceled = parse_iso(event["canceledAt"]) if event["canceledAt"] else None
        pretty = "%A, %B %d, %Y %H:%M"
        return {
            "uuid": event["uuid"],
            "state": event["state"],
            "scheduled_at": event["scheduledAt"],
            "end_date": event["endDate"],
            "canceled_at": event["canceledAt"],
            "pretty_scheduled_at": scheduled.strftime(pretty),
            "pretty_scheduled_at_in_invitee_timezone": scheduled.strftime(pretty),
            "pretty_canceled_at": canceled.strftime(pretty) if canceled else None,
            "pretty_canceled_at_in_invitee_timezone": canceled.strftime(pretty) if canceled else None,
            "event_type": {
                "name": event_type.get("name") or "",
                "slug": event_type.get("slug") or "",
                "duration": event["duration"] or event_type.get("duration") or 0,
                "location": event_type.get("location"),
                "location_label": event_type.get("locationLabel"),
                "description": None,
                "is_secret": bool(event_type.get("isSecret")),
                "type": event_type.get("type") or "regular",
                "position": event_type.get("position") or 0,
            },
            "invitee": {
                "first_name": (invitee.get("fullName") or "").split(" ")[0] or None,
                "email": invitee["email"],
                "full_name": invitee.get("fullName") or invitee["email"],
                "timezone": invitee.get("timezone"),
                "phone_number": invitee.get("phoneNumber"),
                "locale": invitee.get("locale"),
            },
            "answers": [
                {"question_label": a["questionLabel"], "question_type": a["questionType"], "value": a["value"]}
                for a in event["answers"]
            ],
            "participants": [{"email": p["email"], "created_at": p["createdAt"]} for p in event["participants"]],
            "location": event["location"],
            "location_type": event["locationType"],
            "notes": event["notes"],
            "details": event["details"],
            "rescheduling": {"previous_scheduled_at": event["rescheduling"][-1]["previouslyScheduledAt"]}
            if event["rescheduling"]
            else None,
            "cancellation": {"reason": event["cancellation"]["reason"]} if event["cancellation"] else None,
            "payment": None,
        }

    def _deliver(self, name: str, event: Json) -> None:
        body = json.dumps({"data": self.booking(event)}, separators=(",", ":")).encode()
        for hook in list(self.webhooks.values()):
            if name not in hook["events"] or not hook["secret"]:
                continue
            headers = {
                "content-type": "application/json",
                "user-agent": "SimplyMeet.me",
                "webhook-signature": sign(body, hook["secret"]),
            }
            delivery = Delivery(name, hook["url"], headers, body)
            self.deliveries.append(delivery)
            if _loopback(hook["url"]):
                self._outbox.queue(hook["uuid"], delivery)


@contextlib.contextmanager
def serving(handler: type[BaseHTTPRequestHandler], host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """A threading HTTP server on ``host:port`` (0: a free port) answering with ``handler``, in a thread of its own;
    yields its base URL and stops it on exit."""
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def _parse_body(body: bytes) -> tuple[Json, str | None]:
    """A request body as JSON (``None`` without one; the text when it is not JSON) and why it cannot be taken, if it
    cannot: nested deeper than :data:`MAX_DEPTH`."""
    if not body:
        return None, None
    deep = f"The body is nested deeper than {MAX_DEPTH} levels."
    try:  # UTF-8 without a BOM, as PHP's json_decode reads it (json.loads of bytes would take UTF-16/32 and a BOM)
        parsed = json.loads(body.decode("utf-8"))
    except RecursionError:
        return body.decode("utf-8", "replace"), deep
    except ValueError:  # UnicodeDecodeError too; a BOM is a JSONDecodeError
        return body.decode("utf-8", "replace"), None
    level: list[tuple[Json, int]] = [(parsed, 1)]
    while level:
        node, depth = level.pop()
        if isinstance(node, (dict, list)):
            if depth > MAX_DEPTH:
                return parsed, deep
            level.extend((child, depth + 1) for child in (node.values() if isinstance(node, dict) else node))
    return parsed, None


def _loopback(url: str) -> bool:
    host = httpx.URL(url).host
    try:
        return host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _post(url: str, headers: dict[str, str], body: bytes) -> int | None:
    """POST a delivery; the receiver's status, or None if it failed."""
    try:
        return httpx.post(url, content=body, headers=headers, timeout=DELIVERY_TIMEOUT, trust_env=False).status_code
    except httpx.HTTPError:
        return None


class _Outbox:
    """Webhook deliveries on their way. Queued under the fake's lock, with a ticket per webhook (the order of
    ``fake.deliveries``); POSTed by the thread that queued them once its lock is released, each when its ticket's
    turn comes. Calls take tickets in lock order, so the oldest waiting call never waits for a younger one."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._issued: dict[str, int] = {}
        self._served: dict[str, int] = {}
        self._pending = 0
        self._local = threading.local()

    def _mine(self) -> list[tuple[str, int, Delivery]]:
        if not hasattr(self._local, "queue"):
            self._local.queue, self._local.depth = [], 0
        queue: list[tuple[str, int, Delivery]] = self._local.queue
        return queue

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Deliveries queued inside the block are sent when it exits (``respond``: once the lock is released)."""
        self._mine()
        self._local.depth += 1
        try:
            yield
        finally:
            self._local.depth -= 1
            if not self._local.depth:
                self.send()

    def queue(self, hook: str, delivery: Delivery) -> None:
        with self._changed:
            ticket = self._issued.get(hook, 0)
            self._issued[hook] = ticket + 1
            self._pending += 1
        self._mine().append((hook, ticket, delivery))
        if not self._local.depth:  # not inside a call: nothing else will send it
            self.send()

    def send(self) -> None:
        """POST this thread's queued deliveries, in order; no lock is held while one is on the wire."""
        mine = self._mine()
        while mine:
            hook, ticket, delivery = mine.pop(0)
            with self._changed:
                self._changed.wait_for(lambda: self._served.get(hook, 0) == ticket)  # noqa: B023 (called at once)
            try:
                delivery.status = _post(delivery.url, delivery.headers, delivery.body)
            except Exception:
                logger.exception("sandbox: the %s delivery to %s failed", delivery.event, delivery.url)
            finally:
                with self._changed:
                    self._served[hook] = ticket + 1
                    self._pending -= 1
                    self._changed.notify_all()

    def wait(self, timeout: float) -> None:
        with self._changed:
            if not self._changed.wait_for(lambda: self._pending == 0, timeout):
                count = self._pending
                raise TimeoutError(
                    f"{count} webhook {'delivery' if count == 1 else 'deliveries'} still on the way after {timeout:g} s"
                )
