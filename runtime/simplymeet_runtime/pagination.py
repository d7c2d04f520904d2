"""Iterate over every item of a paginated list operation (events, event types, polls).

A page is anything with ``meta.pages_count`` and ``items`` -- the generated ``EventListDTO``,
``EventTypeListDTO`` and ``PollListDTO``. The generated endpoint modules wrap these functions as
``iterate()`` / ``aiterate()`` with the operation's own typed arguments.

Rules shared by both iterators:

* ``on_page`` must be 1..100 (the API's limit); anything else raises ``ValueError`` before any request;
* page 1 is fetched first; its ``meta.pagesCount`` fixes how many pages are read, so no page is fetched
  twice even if the total changes while iterating;
* ``pagesCount`` 0, or a page with no items, ends the iteration;
* items are yielded in page order.

The async iterator fetches pages 2..N concurrently, at most ``concurrency`` requests in flight, through a
window that advances in page order; leaving the loop early cancels the requests still in flight.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Protocol, TypeVar

DEFAULT_CONCURRENCY = 4
MAX_ON_PAGE = 100

T_co = TypeVar("T_co", covariant=True)
T = TypeVar("T")


class PageMeta(Protocol):
    @property
    def pages_count(self) -> int: ...


class Page(Protocol[T_co]):
    @property
    def meta(self) -> PageMeta: ...

    @property
    def items(self) -> Sequence[T_co]: ...


def check_on_page(on_page: int) -> None:
    if isinstance(on_page, bool) or not isinstance(on_page, int):
        raise TypeError(f"on_page must be an int, got {type(on_page).__name__}")
    if not 1 <= on_page <= MAX_ON_PAGE:
        raise ValueError(f"on_page must be between 1 and {MAX_ON_PAGE}, got {on_page}")


def check_concurrency(concurrency: int) -> None:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be a positive int, got {concurrency!r}")


def iterate_pages(fetch: Callable[[int], Page[T]], *, on_page: int) -> Iterator[T]:
    """Items of every page, fetching page ``n`` with ``fetch(n)``. ``on_page`` is checked now, not lazily."""
    check_on_page(on_page)
    return _iterate(fetch)


def _iterate(fetch: Callable[[int], Page[T]]) -> Iterator[T]:
    first = fetch(1)
    yield from first.items
    if not first.items:
        return
    for number in range(2, first.meta.pages_count + 1):
        page = fetch(number)
        if not page.items:
            return
        yield from page.items


def aiterate_pages(
    fetch: Callable[[int], Awaitable[Page[T]]], *, on_page: int, concurrency: int = DEFAULT_CONCURRENCY
) -> AsyncIterator[T]:
    """Async items of every page; pages after the first are fetched ``concurrency`` at a time."""
    check_on_page(on_page)
    check_concurrency(concurrency)
    return _aiterate(fetch, concurrency)


async def _aiterate(fetch: Callable[[int], Awaitable[Page[T]]], concurrency: int) -> AsyncIterator[T]:
    first = await fetch(1)
    for item in first.items:
        yield item
    if not first.items:
        return
    last = first.meta.pages_count
    next_number = 2
    window: list[asyncio.Task[Page[T]]] = []

    def fill() -> None:
        nonlocal next_number
        while len(window) < concurrency and next_number <= last:
            window.append(asyncio.ensure_future(fetch(next_number)))
            next_number += 1

    try:
        fill()
        while window:
            page = await window.pop(0)
            if not page.items:
                return
            fill()
            for item in page.items:
                yield item
    finally:
        for task in window:
            task.cancel()
        if window:
            await asyncio.gather(*window, return_exceptions=True)
