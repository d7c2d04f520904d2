"""A fake of the API's paginated list endpoints, shared by the pagination and README tests."""

from __future__ import annotations

import asyncio
import copy
import json
from typing import Any

import httpx

from tests.spec_support import load_fixture, php_decode, validate_response_body


def build_page(templates: list[dict[str, Any]], page: int, on_page: int, total: int) -> dict[str, Any]:
    """Page ``page`` (1-based) of ``total`` items, ``on_page`` per page, as the API sends it: copies of the
    ``templates`` (cycled) with ids 1..total, and ``meta.pagesCount`` = ceil(total / on_page)."""
    first = (page - 1) * on_page + 1
    items = []
    for number in range(first, min(first + on_page - 1, total) + 1):
        item = copy.deepcopy(templates[(number - 1) % len(templates)])
        item["id"] = number
        items.append(item)
    meta = {"pagesCount": -(-total // on_page), "itemsPerPage": on_page, "itemsCount": total, "currentPage": page}
    return {"meta": meta, "items": items}


class Pages:
    """Serves ``total`` items of a list operation ``on_page`` at a time, like the API: 1-based pages,
    ``meta.pagesCount`` = ceil(total / onPage), an out-of-range page is empty. Items are the fixture's first
    item with ids 1..total. Records every request; optional per-page delays make later pages finish first."""

    def __init__(self, op_id: str, total: int, *, delays: dict[int, float] | None = None) -> None:
        fixture = load_fixture(op_id)
        self.op_id, self.template, self.total = op_id, fixture["items"][0], total
        self.delays = delays or {}
        self.requests: list[dict[str, Any]] = []
        self.in_flight = self.max_in_flight = 0
        self.started: list[int] = []  # async requests, recorded when they arrive (before their delay)

    def body(self, request: httpx.Request) -> bytes:
        query = php_decode(list(request.url.params.multi_items()))
        self.requests.append(query)
        page, on_page = int(query["page"]), int(query.get("onPage", 20))
        envelope = build_page([self.template], page, on_page, self.total)
        validate_response_body(self.op_id, envelope)
        return json.dumps(envelope).encode()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=self.body(request))

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            page = int(request.url.params["page"])
            self.started.append(page)
            await asyncio.sleep(self.delays.get(page, 0.001))
            return httpx.Response(200, content=self.body(request))
        finally:
            self.in_flight -= 1

    def pages_requested(self) -> list[int]:
        return [int(query["page"]) for query in self.requests]
