"""No request makes the sandbox raise: every operation, with bodies and queries drawn from its schemas (and
hostile variants of them), is answered with a status the spec documents for it, never a dropped connection."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simplymeet_client.testing import FakeSimplyMeet
from simplymeet_runtime.wire import encode_query_params
from tests.schema_strategies import strategy_for
from tests.spec_support import operations, resolve

IDS = st.sampled_from([48213, 48214, 48215, 812, 813, 214, 12, 1, 99999])
JUNK = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=5)),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=4), inner, max_size=3)),
    max_leaves=8,
)
FAKE = FakeSimplyMeet()


def _with_ids(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Draws of ``schema`` where integers are mostly ids the sandbox holds (so handlers run past the lookups)."""
    schema = resolve(schema)
    if schema.get("type") == "integer":
        return st.one_of(IDS, strategy_for(schema))
    if schema.get("type") == "array" and resolve(schema.get("items", {})).get("type") == "integer":
        return st.lists(IDS, min_size=schema.get("minItems", 0), max_size=3)
    if schema.get("type") == "object" and "properties" in schema:
        required = set(schema.get("required", []))
        members = {name: _with_ids(sub) for name, sub in schema["properties"].items()}
        return st.fixed_dictionaries(
            {k: v for k, v in members.items() if k in required},
            optional={k: v for k, v in members.items() if k not in required},
        )
    return strategy_for(schema)


@pytest.mark.parametrize("op_id", sorted(operations()))
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(data=st.data())
def test_every_operation_answers_anything_with_a_documented_status(op_id: str, data: st.DataObject) -> None:
    op = operations()[op_id]
    path, query = op.path, {}
    for parameter in op.parameters():
        if parameter["in"] == "path":
            value = data.draw(st.one_of(_with_ids(parameter["schema"]), st.sampled_from(["abc", "0", "-1"])))
            path = path.replace("{" + parameter["name"] + "}", str(value))
        elif parameter["in"] == "query" and data.draw(st.booleans()):
            query[parameter["name"]] = data.draw(st.one_of(_with_ids(parameter["schema"]), JUNK))
    raw = b""
    if "requestBody" in op.data:
        schema = op.data["requestBody"]["content"]["application/json"]["schema"]
        body = data.draw(st.one_of(_with_ids(schema), _with_ids(schema), JUNK))
        raw = json.dumps(body).encode()
    extra = data.draw(st.sampled_from(["", "&x[]=1&x[y]=2", "&onPage[]=1", "&filter=1&filter[a]=2", "&page[a][b]=1"]))
    status, _, _ = FAKE.respond(
        op.method.upper(), path, urlencode(encode_query_params(query)) + extra, {"X-API-KEY": FAKE.api_key}, raw
    )
    assert status < 500
