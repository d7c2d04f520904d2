"""The resource-style client: SimplyMeet().<resource>.<method>(...), generated from the spec and resources.yaml."""

from __future__ import annotations

import asyncio
import datetime
import inspect
import json
import logging
import sys
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import yaml

import simplymeet_client
from simplymeet_client import AsyncSimplyMeet, SimplyMeet, errors, models, resources
from simplymeet_client.testing import FakeSimplyMeet
from simplymeet_runtime.resources import MissingApiKey
from simplymeet_runtime.transport import user_agent
from tests.conftest import API_KEY, Sleeps
from tests.spec_support import operation_id_for, operations, validate_request
from tools import ROOT

sys.path.insert(0, str(ROOT / "examples"))
from tools.resources_gen import MAPPING, load_mapping, table

Handler = Callable[[httpx.Request], httpx.Response]


class Api:
    """The sandbox (FakeSimplyMeet), with every request also validated against the spec by openapi-core (an outside
    judge); records every request."""

    def __init__(self) -> None:
        self.fake = FakeSimplyMeet()
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        op_id = operation_id_for(request.method, request.url.path)
        assert op_id is not None, request.url
        validate_request(op_id, request)
        return self.fake.handle(request)


def client(api: Api, **kwargs: Any) -> SimplyMeet:
    kwargs.setdefault("strict_responses", True)  # the sandbox answers as the spec says, exactly
    return SimplyMeet(
        api_key=api.fake.api_key, retry=Sleeps().policy(), httpx_args={"transport": httpx.MockTransport(api)}, **kwargs
    )


def test_every_operation_is_exactly_one_method_and_the_reverse() -> None:
    mapping = load_mapping()
    mapped = [op for methods in mapping.values() for op in methods.values()]
    assert sorted(mapped) == sorted(operations()) and len(mapped) == len(set(mapped))
    sm = SimplyMeet(api_key=API_KEY)
    public = {
        (resource, name)
        for resource in mapping
        for name, member in inspect.getmembers(type(getattr(sm, resource)))
        if not name.startswith("_") and callable(member) and name != "page"
    }
    assert public == {(resource, name) for resource, methods in mapping.items() for name in methods}
    # `page` is the one-page companion of a list method, nothing else
    assert {r for r in mapping if hasattr(getattr(sm, r), "page")} == {
        r for r, methods in mapping.items() if "list" in methods and hasattr(getattr(resources, _cls(r)), "page")
    }


def _cls(resource: str) -> str:
    return "".join(part.capitalize() for part in resource.split("_"))


def test_the_issue_s_calls() -> None:
    api = Api()
    sm = client(api)
    events = list(sm.events.list(state="new", scheduled_at_from=datetime.date(2024, 3, 1)))
    assert events and all(isinstance(e, models.EventDTO) for e in events)
    query = api.requests[0].url.params
    assert (
        query["filter[state]"] == "new"
        and query["filter[scheduledAtFrom]"] == "2024-03-01"
        and query["onPage"] == "100"
    )
    assert isinstance(sm.events.get(48213), models.EventDTO)
    start = datetime.datetime(2024, 3, 12, 15, 0, tzinfo=datetime.UTC)
    sm.events.reschedule(48213, start=start, end=start + datetime.timedelta(minutes=30), event_type_id=812)
    assert json.loads(api.requests[-1].content) == {
        "start": "2024-03-12 15:00:00",
        "end": "2024-03-12 15:30:00",
        "eventTypeId": 812,
    }
    assert sm.events.get(48213).scheduled_at == start
    sm.events.cancel(48213, reason="moved to April")
    assert json.loads(api.requests[-1].content) == {"reason": "moved to April"}
    sm.events.cancel_many([48215, 48216], reason="office closed")
    assert json.loads(api.requests[-1].content) == {"ids": [48215, 48216], "reason": "office closed"}
    assert {sm.events.get(i).state for i in (48213, 48215, 48216)} == {"canceled"}
    raw = sm.events.with_raw_response.get(48213)
    assert raw.status_code == 200 and "content-type" in raw.headers and isinstance(raw.parsed, models.EventDTO)
    page = sm.events.page(1, on_page=5, order_direction="desc")
    assert isinstance(page, models.EventListDTO) and page.meta.pages_count >= 1
    assert api.requests[-1].url.params["orderDirection"] == "desc"


def test_nested_objects_take_typed_dicts_and_enums_take_strings() -> None:
    api = Api()
    sm = client(api)
    invitee: resources.InviteeRequestDTODict = {"fullName": "John Carter", "email": "john.carter@example.com"}
    event = sm.events.create(
        scheduled_at=datetime.datetime(2024, 3, 11, 10, tzinfo=datetime.UTC), event_type=812, invitee=invitee
    )
    assert isinstance(event, models.EventDTO)
    sent = json.loads(api.requests[-1].content)
    assert sent["invitee"] == {"fullName": "John Carter", "email": "john.carter@example.com"}
    assert sent["scheduledAt"] == "2024-03-11 10:00:00"
    with pytest.raises(ValueError, match="order_direction must be one of 'asc', 'desc', got 'up'"):
        sm.events.page(1, order_direction="up")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="invitee"):
        sm.events.create(scheduled_at="2024-03-11 10:00:00", event_type=812, invitee={"fullName": 5})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="events.create: missing required argument.*invitee"):
        sm.events.create(scheduled_at="2024-03-11 10:00:00", event_type=812)
    with pytest.raises(TypeError, match="either body= or the fields"):
        sm.events.cancel(1, reason="x", body=models.CancelEventRequestDTO(reason="y"))
    assert len(api.requests) == 1  # none of the mistakes reached the network
    sm.events.cancel(event.id, body=models.CancelEventRequestDTO(reason="y"))
    assert json.loads(api.requests[-1].content) == {"reason": "y"}


def test_configuration_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SIMPLYMEET_API_KEY", raising=False)
    with pytest.raises(MissingApiKey, match="SIMPLYMEET_API_KEY"):
        SimplyMeet()
    assert issubclass(MissingApiKey, errors.SimplyMeetError)
    monkeypatch.setenv("SIMPLYMEET_API_KEY", API_KEY)
    monkeypatch.setenv("SIMPLYMEET_BASE_URL", "http://127.0.0.1:4010")
    sm = SimplyMeet()
    assert sm.base_url == "http://127.0.0.1:4010" and API_KEY not in repr(sm) + str(sm)
    monkeypatch.delenv("SIMPLYMEET_BASE_URL")
    assert SimplyMeet().base_url == simplymeet_client.client.DEFAULT_BASE_URL


def test_with_options_copies_and_shares_the_pool() -> None:
    api = Api()
    sm = client(api, strict_responses=False)
    fast = sm.with_options(timeout=httpx.Timeout(5.0), retry=None, strict_responses=True)
    assert fast is not sm and fast._client.retry is None and fast._client.strict_responses
    assert sm._client.retry is not None and not sm._client.strict_responses
    assert fast._pool() is sm._pool()  # one connection pool
    fast.users.current()
    assert api.requests[-1].extensions["timeout"]["read"] == 5.0
    sm.users.current()
    assert api.requests[-1].extensions["timeout"]["read"] == 30.0
    with pytest.raises(TypeError, match="unknown option.*colour"):
        sm.with_options(colour="red")


def test_user_agent_and_low_level_with_copies() -> None:
    api = Api()
    sm = client(api)
    sm.users.current()
    assert api.requests[-1].headers["User-Agent"] == user_agent() and user_agent().startswith("simplymeet-client/")
    low = sm._client
    httpx_client = low.get_httpx_client()
    copy = low.with_headers({"X-Trace": "1"}).with_timeout(httpx.Timeout(2.0)).with_cookies({"c": "1"})
    assert "X-Trace" not in httpx_client.headers and httpx_client.timeout.read == 30.0 and not httpx_client.cookies
    assert copy.get_httpx_client().headers["X-Trace"] == "1"


def test_logging_from_the_environment(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SIMPLYMEET_LOG", "info")
    flaky = Api()
    flaky.fake.fail_next("getCurrentUser", status=503)
    logger = logging.getLogger("simplymeet_client")
    try:
        client(flaky).users.current()
        err = capsys.readouterr().err
        assert "Retrying GET /panel/api/current-user after 503" in err and flaky.fake.api_key not in err
    finally:
        for handler in [h for h in logger.handlers if getattr(h, "_simplymeet", False)]:
            logger.removeHandler(handler)
        logger.setLevel(logging.NOTSET)
    monkeypatch.setenv("SIMPLYMEET_LOG", "loud")
    with pytest.raises(ValueError, match="SIMPLYMEET_LOG"):
        client(flaky)


def test_async_client() -> None:
    api = Api()

    async def main() -> list[models.EventDTO]:
        async with AsyncSimplyMeet(
            api_key=api.fake.api_key, retry=Sleeps().policy(), httpx_args={"transport": httpx.MockTransport(api)}
        ) as asm:
            event = await asm.events.get(48213)
            assert isinstance(event, models.EventDTO)
            page = await asm.events.page(2, state="new")
            assert isinstance(page, models.EventListDTO)
            raw = await asm.events.with_raw_response.get(48213)
            assert raw.status_code == 200
            return [e async for e in asm.events.list(state="new")]

    events = asyncio.run(main())
    assert events and api.requests[0].url.path == "/panel/api/event/48213"


def test_the_tour_touches_every_resource_and_sends_what_the_spec_allows() -> None:
    import resource_tour  # examples/, type-checked by mypy --strict and pyright strict (make typecheck)

    api = Api()
    seen = resource_tour.tour(client(api))
    assert [line.split(":")[0] for line in seen] == [
        "users", "acl", "integrations", "events", "event_types", "meeting_types", "event_type_tags",
        "user_event_type_tags", "polls", "single_use_links", "single_use_links", "cancellation_policies",
        "availability_rules", "webhooks",
    ]  # fmt: skip
    assert {line.split(":")[0] for line in seen} | {"events"} == set(load_mapping())
    assert len(api.requests) >= 15  # every one validated against the spec by Api
    assert api.fake.webhooks == {} and api.fake.availability_rules[812]["eventTypeIds"] == [812]


def test_readme_table_is_the_mapping() -> None:
    readme = (ROOT / "docs" / "client.md").read_text()  # the client guide's table of methods
    assert table() in readme
    assert set(yaml.safe_load(MAPPING.read_text())) == set(load_mapping())


def test_one_module_per_resource_and_raw_responses_are_wrappers() -> None:
    package = ROOT / "generated" / "simplymeet_client" / "resources"
    assert sorted(p.stem for p in package.glob("*.py") if not p.stem.startswith("_")) == sorted(load_mapping())
    too_long = {p.name: n for p in package.glob("*.py") if (n := len(p.read_text().splitlines())) > 1000}
    assert not too_long, too_long
    from simplymeet_client.resources import Events, EventsWithRawResponse  # the old import paths keep working
    from simplymeet_client.resources.events import Events as EventsHere

    assert Events is EventsHere and resources.SimplyMeet is SimplyMeet
    sm = SimplyMeet(api_key=API_KEY)
    raw = sm.events.with_raw_response
    assert isinstance(raw, EventsWithRawResponse)
    # A wrapper of the method (openai-python's `to_raw_response_wrapper`), not a second copy of its signature.
    assert getattr(raw.get, "__wrapped__") == sm.events.get  # noqa: B009
    assert getattr(raw.cancel, "__wrapped__") == sm.events.cancel  # noqa: B009
    assert inspect.signature(raw.get) == inspect.signature(sm.events.get)
    assert "def get(" not in inspect.getsource(EventsWithRawResponse)


def test_raw_list_is_the_first_page_as_the_whole_response() -> None:
    api = Api()
    sm = client(api)
    raw = sm.events.with_raw_response.list(order_direction="desc")
    assert raw.status_code == 200 and isinstance(raw.parsed, models.EventListDTO)
    assert dict(api.requests[-1].url.params) == {"page": "1", "orderDirection": "desc"}  # the API's page size

    async def main() -> None:
        async with AsyncSimplyMeet(
            api_key=api.fake.api_key, httpx_args={"transport": httpx.MockTransport(api)}, retry=None
        ) as asm:
            first = await asm.events.with_raw_response.list(on_page=2)
            assert first.status_code == 200 and isinstance(first.parsed, models.EventListDTO)
            assert len(first.parsed.items) == 2
            missing = await asm.events.with_raw_response.get(999999)
            assert missing.status_code == 404

    asyncio.run(main())


@pytest.mark.parametrize("is_async", [False, True])
def test_with_options_reads_no_private_httpx_attribute(is_async: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pool a copy shares is the one the client built, remembered then, not read back out of httpx's
    ``Client._transport`` (a private attribute httpx may rename in any release)."""
    api = Api()
    mock = httpx.MockTransport(api)
    sm: Any = (AsyncSimplyMeet if is_async else SimplyMeet)(api_key=api.fake.api_key, httpx_args={"transport": mock})
    built = sm._client.get_async_httpx_client() if is_async else sm._client.get_httpx_client()
    pool = built._transport
    monkeypatch.delattr(built, "_transport")
    copy = sm.with_options(retry=None)
    monkeypatch.undo()
    assert copy._pool() is sm._pool() is mock is (pool._async_transport if is_async else pool._transport)
