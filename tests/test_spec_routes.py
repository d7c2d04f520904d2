"""Route matching of the run-time spec model (:mod:`simplymeet_runtime.spec`) as the sandbox's users meet it over HTTP.

A literal path (``/panel/api/event/delete-list``) is its own resource: a method it does not declare is 405 with its
own methods in ``Allow`` (and ``HEAD`` where it has ``GET``), never an answer of a templated path beside it
(``/panel/api/event/{id}``) that reads the literal segment as an id (the fuzzer's finding).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest

from simplymeet_client.testing import FakeSimplyMeet
from simplymeet_runtime.spec import load_spec

METHODS = ("GET", "PUT", "POST", "DELETE", "PATCH", "OPTIONS")


@pytest.fixture(scope="module")
def http() -> Iterator[tuple[httpx.Client, FakeSimplyMeet]]:
    fake = FakeSimplyMeet(seed=5)
    with fake.serve() as url, httpx.Client(base_url=url, headers={"X-API-KEY": fake.api_key}) as client:
        yield client, fake


def _declared(template: str) -> set[str]:
    item = load_spec("simplymeet_client").document["paths"][template]
    return {method.upper() for method in item if method.upper() in METHODS}


LITERAL_BESIDE_TEMPLATE = [
    "/panel/api/event/delete-list",
    "/panel/api/event/cancel-list",
    "/panel/api/event/no-show-list",
    "/panel/api/poll/poll-result",
]


@pytest.mark.parametrize("path", LITERAL_BESIDE_TEMPLATE)
def test_a_literal_path_answers_405_with_its_own_methods_not_those_of_an_id_route(
    http: tuple[httpx.Client, FakeSimplyMeet], path: str
) -> None:
    client, _ = http
    declared = _declared(path)
    allow = declared | ({"HEAD"} if "GET" in declared else set())
    for method in sorted(set(METHODS) - declared):
        answer = client.request(method, path)
        assert answer.status_code == 405, (method, path, answer.text)
        assert set(answer.headers["allow"].split(", ")) == allow, (method, path)
        assert "Method Not Allowed" in answer.json()["message"]


def test_every_path_of_the_spec_allows_exactly_its_own_methods(http: tuple[httpx.Client, FakeSimplyMeet]) -> None:
    """Over every path template, ids filled in as ``1``: 405 and ``Allow`` name that template's methods only."""
    client, _ = http
    for template in load_spec("simplymeet_client").document["paths"]:
        path = re.sub(r"\{\w+\}", "1", template)
        declared = _declared(template)
        allow = declared | ({"HEAD"} if "GET" in declared else set())
        for method in sorted(set(METHODS) - declared):
            answer = client.request(method, path)
            assert answer.status_code == 405, (method, path, answer.text)
            assert set(answer.headers["allow"].split(", ")) == allow, (method, path)


def test_an_id_route_still_answers_for_an_id_and_404s_for_a_word_that_is_no_path(
    http: tuple[httpx.Client, FakeSimplyMeet],
) -> None:
    client, fake = http
    event_id = fake.events[0]["id"]
    assert client.get(f"/panel/api/event/{event_id}").status_code == 200
    missing = client.get("/panel/api/event/no-such-list")
    assert missing.status_code == 404 and "not found" in missing.json()["message"].lower()
    assert client.delete("/panel/api/event/delete-list", params={"ids[]": ["x"]}).status_code != 405


def test_the_model_matches_a_literal_path_before_a_template() -> None:
    spec = load_spec("simplymeet_client")
    assert spec.match("GET", "/panel/api/event/delete-list") is None
    assert spec.allowed("/panel/api/event/delete-list") == ["DELETE"]
    assert spec.allowed("/panel/api/event/7") == ["DELETE", "GET", "PUT"]
    assert spec.allowed("/no/such/path") == []
    found = spec.match("DELETE", "/panel/api/event/delete-list")
    assert found is not None and found[0].template == "/panel/api/event/delete-list"
