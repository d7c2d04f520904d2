"""iterate()/aiterate() on the three paginated list operations.

Order, completeness and what is sent run against the sandbox (FakeSimplyMeet: real pages over its data set). The
tests of concurrency, timing and a list that changes between pages use ``tests.paging.Pages``, a paginating server
whose per-page delays, in-flight count and total the test controls (like the fault servers of test_transport).
"""

from __future__ import annotations

import asyncio
import datetime
import gc
import random
import weakref
from collections.abc import AsyncIterator, Iterator
from contextlib import aclosing
from types import ModuleType
from typing import Any

import httpx
import pytest

from simplymeet_client import AuthenticatedClient, errors
from simplymeet_client.api.meeting import list_events
from simplymeet_client.api.meeting_type import list_event_types
from simplymeet_client.api.poll import list_polls
from simplymeet_client.models import GetEventListFilterDTO, OrderDirection
from simplymeet_client.testing import FakeSimplyMeet
from tests.conftest import make_client
from tests.paging import Pages

LISTS = {"listEvents": list_events, "listEventTypes": list_event_types, "listPolls": list_polls}


def async_client(server: Pages) -> AuthenticatedClient:
    return AuthenticatedClient(
        token="k", httpx_args={"transport": httpx.MockTransport(server.handle_async)}, retry=None
    )


def collect(module: ModuleType, client: AuthenticatedClient, **kwargs: Any) -> list[int]:
    return [item.id for item in module.iterate(client=client, **kwargs)]


def acollect(module: ModuleType, client: AuthenticatedClient, **kwargs: Any) -> list[int]:
    async def run() -> list[int]:
        return [item.id async for item in module.aiterate(client=client, **kwargs)]

    return asyncio.run(run())


def sandbox_ids(fake: FakeSimplyMeet, op_id: str) -> list[int]:
    """The ids the sandbox holds for a list, in its default order (by id)."""
    held = {"listEvents": fake.events_by_id, "listEventTypes": fake.event_types, "listPolls": fake.polls}[op_id]
    return sorted(held)


def sandbox_client(fake: FakeSimplyMeet) -> AuthenticatedClient:
    return AuthenticatedClient(token=fake.api_key, httpx_args={"transport": fake.transport()}, retry=None)


def pages_requested(fake: FakeSimplyMeet, op_id: str) -> list[int]:
    return [int(dict(r.query)["page"]) for r in fake.requests if r.operation == op_id]


@pytest.mark.parametrize("op_id", LISTS)
def test_sync_iterator_reads_every_page_once_in_order(op_id: str) -> None:
    fake = FakeSimplyMeet()
    client = sandbox_client(fake)
    expected = sandbox_ids(fake, op_id)
    assert collect(LISTS[op_id], client, on_page=5) == expected
    assert pages_requested(fake, op_id) == list(range(1, -(-len(expected) // 5) + 1))
    assert {dict(r.query)["onPage"] for r in fake.requests} == {"5"}


@pytest.mark.parametrize("op_id", LISTS)
def test_async_iterator_reads_every_page_once_in_order(op_id: str) -> None:
    fake = FakeSimplyMeet()
    client = sandbox_client(fake)
    expected = sandbox_ids(fake, op_id)
    assert acollect(LISTS[op_id], client, on_page=5) == expected
    requested = pages_requested(fake, op_id)
    assert sorted(requested) == list(range(1, -(-len(expected) // 5) + 1)) and requested[0] == 1


def test_default_page_size_is_the_maximum() -> None:
    fake = FakeSimplyMeet()
    client = sandbox_client(fake)
    assert len(collect(list_events, client)) == len(fake.events) == 260
    assert pages_requested(fake, "listEvents") == [1, 2, 3] and dict(fake.requests[0].query)["onPage"] == "100"


def test_filter_and_order_are_sent_with_every_page() -> None:
    fake = FakeSimplyMeet()
    client = sandbox_client(fake)
    filter_ = GetEventListFilterDTO(
        scheduled_at_from=datetime.date(2024, 3, 1), scheduled_at_to=datetime.date(2024, 3, 31), state="new"
    )
    ids = collect(
        list_events, client, on_page=7, filter_=filter_, order_field="scheduledAt", order_direction=OrderDirection.ASC
    )
    march = sorted(
        (e for e in fake.events if e["state"] == "new" and e["scheduledAt"][:7] == "2024-03"),
        key=lambda e: e["scheduledAt"],
    )
    assert ids == [e["id"] for e in march] and len(ids) > 14
    for page, request in enumerate(fake.requests, start=1):
        assert dict(request.query) == {
            "page": str(page),
            "onPage": "7",
            "orderField": "scheduledAt",
            "orderDirection": "asc",
            "filter[scheduledAtFrom]": "2024-03-01",
            "filter[scheduledAtTo]": "2024-03-31",
            "filter[state]": "new",
        }


@pytest.mark.parametrize("run_async", [False, True], ids=["sync", "async"])
def test_zero_pages_ends_after_one_request(run_async: bool) -> None:
    server = Pages("listEvents", total=0)
    if run_async:
        assert acollect(list_events, async_client(server)) == []
    else:
        assert collect(list_events, make_client(server)) == []
    assert server.pages_requested() == [1]


@pytest.mark.parametrize("run_async", [False, True], ids=["sync", "async"])
def test_an_empty_page_ends_the_iteration(run_async: bool) -> None:
    # The total shrank after page 1 was read: meta said 4 pages, page 3 is already empty.
    server = Pages("listEvents", total=20)

    def shrinking(request: httpx.Request) -> httpx.Response:
        if request.url.params["page"] == "2":
            server.total = 10
        return server(request)

    async def shrinking_async(request: httpx.Request) -> httpx.Response:
        return shrinking(request)

    if run_async:
        client = AuthenticatedClient(token="k", httpx_args={"transport": httpx.MockTransport(shrinking_async)})
        ids = acollect(list_events, client, on_page=5, concurrency=1)
    else:
        ids = collect(list_events, make_client(shrinking), on_page=5)
    assert ids == list(range(1, 11))
    if run_async:
        # The async iterator prefetches: with one request in flight, page 4 may already be on its way when
        # page 3 turns out empty. Still no page twice, and nothing past the one slot of look-ahead.
        requested = server.pages_requested()
        assert requested[:3] == [1, 2, 3] and requested in ([1, 2, 3], [1, 2, 3, 4])
    else:
        assert server.pages_requested() == [1, 2, 3]


@pytest.mark.parametrize("on_page", [0, 101, -5])
@pytest.mark.parametrize("run_async", [False, True], ids=["sync", "async"])
def test_on_page_outside_1_to_100_is_refused_before_any_request(run_async: bool, on_page: int) -> None:
    server = Pages("listEvents", total=10)
    iterate = list_events.aiterate if run_async else list_events.iterate
    with pytest.raises(ValueError, match=f"on_page must be between 1 and 100, got {on_page}"):
        iterate(client=make_client(server), on_page=on_page)
    assert server.requests == []


@pytest.mark.parametrize("concurrency", [0, -1])
def test_concurrency_below_one_is_refused(concurrency: int) -> None:
    with pytest.raises(ValueError, match="concurrency"):
        list_events.aiterate(client=make_client(Pages("listEvents", 1)), concurrency=concurrency)


@pytest.mark.parametrize("concurrency", [1, 2, 3, 4, 8])
def test_async_concurrency_is_bounded_and_order_kept(concurrency: int) -> None:
    rng = random.Random(concurrency)
    delays = {page: rng.uniform(0.001, 0.02) for page in range(1, 13)}
    server = Pages("listEvents", total=60, delays=delays)
    ids = acollect(list_events, async_client(server), on_page=5, concurrency=concurrency)
    assert ids == list(range(1, 61))
    assert sorted(server.pages_requested()) == sorted(server.started) == list(range(1, 13))
    assert server.max_in_flight == concurrency


def test_async_default_concurrency_is_four() -> None:
    server = Pages("listEvents", total=100)
    acollect(list_events, async_client(server), on_page=10)
    assert server.max_in_flight == 4


def test_an_error_on_a_later_page_propagates() -> None:
    server = Pages("listPolls", total=30)

    def failing(request: httpx.Request) -> httpx.Response:
        if request.url.params["page"] == "2":
            return httpx.Response(500, json={"message": "Internal Server Error"})
        return server(request)

    seen: list[int] = []
    with pytest.raises(errors.ServerError):
        for poll in list_polls.iterate(client=make_client(failing), on_page=10):
            seen.append(poll.id)
    assert seen == list(range(1, 11))


@pytest.mark.filterwarnings(
    "ignore::simplymeet_runtime.drift.SpecDriftWarning"
)  # some statuses are undocumented here; test_spec_drift.py tests their reporting
def test_async_error_cancels_the_pages_in_flight() -> None:
    server = Pages("listEvents", total=100, delays={page: 0.5 for page in range(4, 11)})
    cancelled: list[int] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        if page == 3:
            return httpx.Response(404, json={"message": "Gone"})
        try:
            return await server.handle_async(request)
        except asyncio.CancelledError:
            cancelled.append(page)
            raise

    async def run() -> list[int]:
        client = AuthenticatedClient(token="k", httpx_args={"transport": httpx.MockTransport(handler)})
        seen = []
        with pytest.raises(errors.NotFoundError):
            async for event in list_events.aiterate(client=client, on_page=10):
                seen.append(event.id)
        return seen

    assert asyncio.run(run()) == list(range(1, 21))
    # Pages 2..5 started; 2 and 3 answered at once, freeing two slots for 6 and 7; parsing page 3 raised,
    # which cancelled the four still in flight.
    assert sorted(cancelled) == [4, 5, 6, 7]


def test_leaving_the_async_loop_early_cancels_and_stops_fetching() -> None:
    server = Pages("listEvents", total=1000, delays={2: 0.01, **dict.fromkeys(range(3, 101), 0.5)})

    async def run() -> list[int]:
        seen = []
        iterator: AsyncIterator[Any] = list_events.aiterate(client=async_client(server), on_page=10)
        async with aclosing(iterator) as events:  # type: ignore[type-var]
            async for event in events:
                seen.append(event.id)
                if event.id == 15:
                    break
        await asyncio.sleep(0.1)
        return seen

    assert asyncio.run(run()) == list(range(1, 16))
    # Page 1, then 4 in flight (2..5); page 2's answer freed a slot for page 6. Nothing after the break.
    assert sorted(server.started) == [1, 2, 3, 4, 5, 6]
    assert server.pages_requested() == [1, 2]  # only these completed: 3..6 were cancelled in flight
    assert server.in_flight == 0


def test_sync_iterator_is_lazy() -> None:
    server = Pages("listEvents", total=30)
    events: Iterator[Any] = list_events.iterate(client=make_client(server), on_page=10)
    assert server.requests == []
    first = next(events)
    assert first.id == 1 and server.pages_requested() == [1]


def test_the_sync_iterator_frees_a_page_before_reading_the_next() -> None:
    """Only the consumer's last item of a page may outlive it while the next page is read (memory stays one page)."""
    server = Pages("listEvents", total=10)
    alive_when_page_2_was_asked: list[int] = []
    refs: list[weakref.ref[Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params["page"] == "2":
            alive_when_page_2_was_asked.extend(i for i, ref in enumerate(refs) if ref() is not None)
        return server(request)

    was_enabled = gc.isenabled()
    gc.disable()  # reference counting alone
    try:
        for item in list_events.iterate(client=make_client(handler), on_page=5):
            if len(refs) < 5:
                refs.append(weakref.ref(item))
    finally:
        if was_enabled:
            gc.enable()
    assert len(server.requests) == 2
    assert alive_when_page_2_was_asked == [4]  # the loop variable still holds the page's last item
