"""Iterate over every item of a paginated list operation (events, event types, polls).

A page is anything with ``meta.pages_count`` and ``items`` -- the generated ``EventListDTO``,
``EventTypeListDTO`` and ``PollListDTO`` -- or a HAL page seen through :func:`hal_page` (``WebhookList``). The generated endpoint modules wrap these functions as
``iterate()`` / ``aiterate()`` with the operation's own typed arguments.

Rules shared by both iterators:

* ``on_page`` must be 1..100 (the API's limit); anything else raises ``ValueError`` before any request;
* page 1 is fetched first; its ``meta.pagesCount`` fixes how many pages are read, so no page is fetched
  twice even if the total changes while iterating;
* ``pagesCount`` 0, or a page with no items, ends the iteration;
* items are yielded in page order.

The async iterator fetches pages 2..N concurrently: at most ``concurrency`` requests in flight, the next one
starting as soon as a response has arrived, at most ``2 * concurrency`` pages ahead of the consumer. Pages are
parsed in page order in a worker thread, so parsing never stalls the responses still being read; items come
out in page order. Because it prefetches, a page or two past an empty page may already have been requested
(never one twice). Leaving the loop early (``aclose``) cancels the requests in flight and those not started.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from .wire import check_int

if TYPE_CHECKING:
    import asyncio

DEFAULT_CONCURRENCY = 4
MAX_ON_PAGE = 100

T_co = TypeVar("T_co", covariant=True)
T = TypeVar("T")
R = TypeVar("R")


class PageMeta(Protocol):
    @property
    def pages_count(self) -> int: ...


class Page(Protocol[T_co]):
    @property
    def meta(self) -> PageMeta: ...

    @property
    def items(self) -> Sequence[T_co]: ...


def iterate_pages(fetch: Callable[[int], Page[T]], *, on_page: int) -> Iterator[T]:
    """Items of every page, fetching page ``n`` with ``fetch(n)``. ``on_page`` is checked now, not lazily."""
    check_int(on_page, "on_page", 1, MAX_ON_PAGE)
    return _iterate(fetch)


class HalItems(Protocol[T_co]):
    @property
    def items(self) -> Sequence[T_co]: ...


class HalList(Protocol[T_co]):
    """A HAL page (``{page, limit, pages, total, _embedded: {items}, _links}``), as ``/api/webhooks`` returns."""

    @property
    def pages(self) -> int: ...

    @property
    def embedded(self) -> HalItems[T_co]: ...


class _HalMeta:
    def __init__(self, pages_count: int) -> None:
        self.pages_count = pages_count


class _HalPage(Generic[T]):
    def __init__(self, items: Sequence[T], pages_count: int) -> None:
        self.items = items
        self.meta = _HalMeta(pages_count)


def hal_page(page: HalList[T]) -> Page[T]:
    """A HAL page seen as a :class:`Page` (``_embedded.items``, ``pages``), for the same iterators."""
    return _HalPage(page.embedded.items, page.pages)


def _iterate(fetch: Callable[[int], Page[T]]) -> Iterator[T]:
    page = fetch(1)
    last, number = page.meta.pages_count, 1
    while page.items:
        yield from page.items
        number += 1
        if number > last:
            return
        del page  # the consumer is done with it: freed before the next page is read, not after
        page = fetch(number)


def aiterate_pages(
    fetch: Callable[[int], Awaitable[R]],
    parse: Callable[[R], Page[T]],
    *,
    on_page: int,
    concurrency: int = DEFAULT_CONCURRENCY,
) -> AsyncIterator[T]:
    """Async items of every page; pages after the first are fetched ``concurrency`` at a time.

    ``fetch(n)`` does the network part (it returns the raw response) and ``parse(response)`` turns it into a
    page (raising for an error status). Parsing happens in page order, in a worker thread, as the consumer
    reaches a page, so the CPU-bound part never holds up reading the responses still in flight, and a slot
    frees as soon as its response has arrived.
    """
    check_int(on_page, "on_page", 1, MAX_ON_PAGE)
    check_int(concurrency, "concurrency", 1)
    return _aiterate(fetch, parse, concurrency)


async def _aiterate(
    fetch: Callable[[int], Awaitable[R]], parse: Callable[[R], Page[T]], concurrency: int
) -> AsyncIterator[T]:
    import asyncio  # imported on first use, so sync-only users do not pay for it

    first = parse(await fetch(1))
    for item in first.items:
        yield item
    if not first.items:
        return
    last = first.meta.pages_count
    del first  # each page is freed once the consumer is done with it, before the next one is parsed
    # At most `concurrency` fetches run at once (the semaphore); a fetch starts as soon as another response has
    # arrived, not when the consumer gets to it. Tasks are created at most `2 * concurrency` pages ahead of the
    # consumer, which bounds the responses held in memory.
    gate = asyncio.Semaphore(concurrency)
    lookahead = 2 * concurrency
    next_number = 2
    window: list[asyncio.Task[R]] = []

    async def gated(number: int) -> R:
        async with gate:
            return await fetch(number)

    def fill() -> None:
        nonlocal next_number
        while len(window) < lookahead and next_number <= last:
            window.append(asyncio.ensure_future(gated(next_number)))
            next_number += 1

    try:
        fill()
        while window:
            # Parse in a worker thread: the event loop keeps reading the responses in flight meanwhile
            # (the GIL is handed back every few ms), so a page's CPU work does not stall the network.
            page = await asyncio.to_thread(parse, await window.pop(0))
            if not page.items:
                return
            fill()
            for item in page.items:
                yield item
            del page
    finally:
        for task in window:
            task.cancel()
        if window:
            await asyncio.gather(*window, return_exceptions=True)
