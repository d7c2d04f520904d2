"""The spec's request examples work: every operation, called with its parameters' examples and a body made of its
request schema's examples (every member, as a fuzzer or a reader of the docs would put them together), succeeds
against a fresh sandbox; and the 422 examples the spec documents are what the sandbox answers."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlencode

import pytest

from simplymeet_client.testing import FakeSimplyMeet
from simplymeet_runtime.wire import encode_query_params
from tests.spec_support import operations, resolve, spec


def example_of(node: dict[str, Any]) -> Any:
    """The example a schema gives (``examples[0]`` beside a ``$ref`` first), else one made of its members'."""
    if "examples" in node:
        return node["examples"][0]
    schema = resolve(node)
    if "examples" in schema:
        return schema["examples"][0]
    if "properties" in schema:
        return {name: example_of(member) for name, member in schema["properties"].items()}
    if schema.get("type") == "array":
        return [example_of(schema["items"])]
    raise AssertionError(f"no example for {node}")


def request_example(op_id: str) -> tuple[str, str, str, Any]:
    """Method, path, query string and body of ``op_id`` from the spec's examples."""
    op = operations()[op_id]
    path, query = op.path, {}
    for parameter in op.parameters():
        if parameter["in"] == "path":
            path = path.replace("{" + parameter["name"] + "}", str(parameter["example"]))
        elif parameter["in"] == "query":
            query[parameter["name"]] = parameter["example"]
    body = None
    if "requestBody" in op.data:
        media = op.data["requestBody"]["content"]["application/json"]
        body = media["example"] if "example" in media else example_of(media["schema"])
    return op.method.upper(), path, urlencode(encode_query_params(query)), body


def arrange(fake: FakeSimplyMeet, op_id: str) -> None:
    """The one example a fresh sandbox cannot take as is: it holds no webhooks, and deleteWebhook's id is the
    listWebhooks example's first."""
    if op_id == "deleteWebhook":
        for hook in fake.spec.example("listWebhooks")["_embedded"]["items"]:
            fake.webhooks[hook["uuid"]] = hook


@pytest.mark.parametrize("op_id", sorted(operations()))
def test_every_request_example_succeeds_against_a_fresh_sandbox(op_id: str) -> None:
    fake = FakeSimplyMeet()
    arrange(fake, op_id)
    method, path, query, body = request_example(op_id)
    raw = b"" if body is None else json.dumps(body).encode()
    status, _, content = fake.respond(method, path, query, {"X-API-KEY": fake.api_key}, raw)
    assert 200 <= status < 300, (op_id, method, path, query, body, content.decode())


def test_every_request_example_of_a_field_is_used_above() -> None:
    """No request schema member goes without an example (so the walk above covers each)."""
    for name, schema in spec()["components"]["schemas"].items():
        if name.endswith(("RequestDTO", "Request")):
            for member, node in schema.get("properties", {}).items():
                assert "examples" in node or "examples" in resolve(node), f"{name}.{member}"


def documented_422_examples() -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for op_id, op in sorted(operations().items()):
        media = resolve(op.data["responses"]["422"]).get("content", {}).get("application/json", {})
        for label, example in media.get("examples", {}).items():
            if "x-request" in example:
                found.append((op_id, label, example))
    return found


@pytest.mark.parametrize(
    ("op_id", "label", "example"), documented_422_examples(), ids=[f"{c[0]}-{c[1]}" for c in documented_422_examples()]
)
def test_the_documented_422_examples_are_what_the_sandbox_answers(op_id: str, label: str, example: Any) -> None:
    fake = FakeSimplyMeet()
    method, path, query, body = request_example(op_id)
    given = example["x-request"]
    path = re.sub(r"/\d+$", f"/{given['id']}", path) if "id" in given else path
    body = given.get("body", body)
    query = urlencode(encode_query_params(given["query"])) if "query" in given else query
    status, _, content = fake.respond(method, path, query, {"X-API-KEY": fake.api_key}, json.dumps(body).encode())
    assert (status, json.loads(content)) == (422, example["value"])
