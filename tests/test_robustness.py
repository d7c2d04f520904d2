"""Every response the spec allows parses; every malformed one fails cleanly (issue: robustness).

Property-based: values are drawn from the spec's own schemas (tests/schema_strategies.py), validated with the
spec's validator, parsed by the generated client and round-tripped with ``to_dict()``. ``make soak`` runs the
same properties with SIMPLYMEET_EXAMPLES=10000.
"""

from __future__ import annotations

import json
import os
from typing import Any

import attrs
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simplymeet_client import errors, models
from tests.conftest import make_client
from tests.operations import CALLS, module_for
from tests.schema_strategies import strategy_for
from tests.spec_support import (
    FIXTURES,
    is_nullable,
    operations,
    resolve,
    response_schema_pointer,
    spec,
    success_status,
    validator_for,
)

EXAMPLES = int(os.environ.get("SIMPLYMEET_EXAMPLES", "15"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
SCHEMAS: dict[str, Any] = spec()["components"]["schemas"]
REQUEST_DTOS = {name for name in SCHEMAS if "Request" in name or name.endswith("FilterDTO")}
RESPONSE_DTOS = sorted(name for name, schema in SCHEMAS.items() if name not in REQUEST_DTOS and "properties" in schema)
ENUMS = sorted(name for name, schema in SCHEMAS.items() if "enum" in schema)
WITH_BODY = sorted(op_id for op_id, op in operations().items() if response_schema_pointer(op))


def _ref(schema: dict[str, Any]) -> str | None:
    """The schema a property refers to, directly or as a nullable `oneOf`."""
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    for option in schema.get("oneOf", []):
        if "$ref" in option:
            return str(option["$ref"]).rsplit("/", 1)[-1]
    return None


def _is_nullable_ref(schema: dict[str, Any]) -> bool:
    return "oneOf" in schema and {"type": "null"} in schema["oneOf"] and _ref(schema) is not None


NULLABLE_REFS = sorted(
    (dto, prop)
    for dto in RESPONSE_DTOS
    for prop, sub in SCHEMAS[dto]["properties"].items()
    if _is_nullable_ref(sub) and _ref(sub) not in ENUMS
)
ENUM_USES = sorted(
    (enum, dto, prop)
    for dto in RESPONSE_DTOS
    for prop, sub in SCHEMAS[dto]["properties"].items()
    for enum in [_ref(sub)]
    if enum in ENUMS
)


# ------------------------------------------------------------------------------------ allowed responses


@pytest.mark.parametrize("dto", RESPONSE_DTOS)
def test_every_response_dto_parses_what_the_spec_allows(dto: str) -> None:
    validator = validator_for(f"/components/schemas/{dto}")
    model = getattr(models, dto)

    @SETTINGS
    @given(strategy_for({"$ref": f"#/components/schemas/{dto}"}))
    def check(value: dict[str, Any]) -> None:
        validator.validate(value)  # the drawn value really is one the spec allows
        assert model.from_dict(value).to_dict() == value

    check()


@pytest.mark.parametrize("op_id", WITH_BODY)
def test_every_operation_parses_what_the_spec_allows(op_id: str) -> None:
    op = operations()[op_id]
    pointer = response_schema_pointer(op)
    assert pointer is not None
    schema = resolve({"$ref": "#" + pointer})
    validator = validator_for(pointer)

    @settings(max_examples=max(3, EXAMPLES // 3), deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(strategy_for(schema))
    def check(body: Any) -> None:
        validator.validate(body)
        raw = json.dumps(body).encode()
        client = make_client(lambda request: httpx.Response(int(success_status(op)), content=raw))
        result = module_for(op_id).sync(client=client, **CALLS[op_id].kwargs())
        dumped = [item.to_dict() for item in result] if isinstance(result, list) else result.to_dict()
        assert dumped == body

    check()


# -------------------------------------------------------------------------------- forward compatibility


@pytest.mark.parametrize(("enum", "dto", "prop"), ENUM_USES, ids=[f"{e}@{d}.{p}" for e, d, p in ENUM_USES])
def test_unknown_enum_value_is_preserved(enum: str, dto: str, prop: str) -> None:
    model = getattr(models, dto)
    closed = resolve({"$ref": f"#/components/schemas/{dto}"}).get("additionalProperties")

    @settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(strategy_for({"$ref": f"#/components/schemas/{dto}"}))
    def check(value: dict[str, Any]) -> None:
        value = {**value, prop: "value_added_next_year"}
        if closed is not False:  # a closed schema (a request's filter object) has no room for an unknown field
            value["fieldAddedNextYear"] = {"nested": [1, None]}
        parsed = model.from_dict(value)
        enum_class = getattr(models, enum)
        (member,) = [v for v in attrs.astuple(parsed, recurse=False) if isinstance(v, enum_class) and not v.is_known]
        assert member.value == "value_added_next_year"
        assert parsed.to_dict() == value  # both the value and the unknown field survive

    with pytest.warns(errors.SpecDriftWarning) as record:
        check()
    kinds = {str(w.message).split("[", 1)[1].split("]")[0] for w in record}
    assert kinds == ({"unknown-enum-value"} if closed is False else {"unknown-enum-value", "undeclared-property"})


def test_every_enum_accepts_unknown_values_and_knows_its_own() -> None:
    for name in ENUMS:
        cls = getattr(models, name)
        for known in SCHEMAS[name]["enum"]:
            assert cls(known).is_known and cls(known).value == known
        with pytest.warns(errors.SpecDriftWarning, match=rf"{name}\.brand_new \[unknown-enum-value\]"):
            unknown = cls("brand_new")
        assert unknown.value == "brand_new" and str(unknown) == "brand_new" and not unknown.is_known
        with pytest.raises(ValueError):
            cls(42)  # not a string: still refused


# ------------------------------------------------------------------------------------- no silent lies


@pytest.mark.parametrize(("dto", "prop"), NULLABLE_REFS, ids=[f"{d}.{p}" for d, p in NULLABLE_REFS])
def test_wrong_value_in_a_nullable_reference_names_the_field(dto: str, prop: str) -> None:
    model = getattr(models, dto)

    @settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(strategy_for({"$ref": f"#/components/schemas/{dto}"}), st.sampled_from(["oops", 7, ["x"], True]))
    def check(value: dict[str, Any], wrong: Any) -> None:
        with pytest.raises(errors.SchemaMismatch) as info:
            model.from_dict({**value, prop: wrong})
        assert info.value.path == prop

    check()
    # null stays allowed
    assert len(NULLABLE_REFS) >= 10


def test_field_path_through_a_page_reaches_the_caller() -> None:
    page = json.loads((FIXTURES / "listEvents.json").read_text())
    page["items"] = page["items"] * 2
    page["items"][3] = {**page["items"][3], "user": "oops"}
    client = make_client(lambda request: httpx.Response(200, json=page))
    with pytest.raises(errors.UnexpectedResponse) as info:
        module_for("listEvents").sync(client=client)
    assert info.value.field_path == "items[3].user"
    assert info.value.status_code == 200 and "items[3].user" in str(info.value)


# ------------------------------------------------------------------------------------ malformed bodies

MALFORMED: dict[str, bytes] = {
    "html error page": b"<html><body><h1>502 Bad Gateway</h1></body></html>",
    "truncated json": b'{"id": 48213, "uuid": "0b6f1c2e',
    "string where an object belongs": b'"just a string"',
    "array where an object belongs": b"[1, 2, 3]",
    "empty body": b"",
    "null": b"null",
    "huge body": b'{"junk": "' + b"x" * 5_000_000 + b'"}',
}
OBJECT_OPS = ["getEvent", "listEvents", "getCurrentUser", "createSingleUseLink", "getUserCancellationPolicy"]


@pytest.mark.parametrize("op_id", OBJECT_OPS)
@pytest.mark.parametrize("kind", MALFORMED)
def test_malformed_body_raises_unexpected_response(op_id: str, kind: str) -> None:
    body = MALFORMED[kind]
    client = make_client(lambda request: httpx.Response(200, content=body))
    with pytest.raises(errors.UnexpectedResponse) as info:
        module_for(op_id).sync(client=client, **CALLS[op_id].kwargs())
    error = info.value
    assert error.status_code == 200 and error.method == CALLS[op_id].method
    assert error.excerpt == errors.body_excerpt(body)
    assert len(str(error)) < 2000  # a huge body is cut to an excerpt


@pytest.mark.parametrize("op_id", OBJECT_OPS)
def test_missing_required_field_is_named(op_id: str) -> None:
    op = operations()[op_id]
    pointer = response_schema_pointer(op)
    assert pointer is not None
    schema = resolve({"$ref": "#" + pointer})
    field = min(name for name in schema["required"] if not is_nullable(resolve(schema["properties"][name])))
    body = json.loads((FIXTURES / f"{op_id}.json").read_text())
    del body[field]
    client = make_client(lambda request: httpx.Response(200, json=body))
    with pytest.raises(errors.UnexpectedResponse) as info:
        module_for(op_id).sync(client=client, **CALLS[op_id].kwargs())
    assert info.value.field_path == field and "required field is missing" in str(info.value)


def test_list_response_with_a_bad_item() -> None:
    client = make_client(
        lambda request: httpx.Response(200, json=[{"date": "not a date", "hours": [], "available": 1}])
    )
    with pytest.raises(errors.UnexpectedResponse) as info:
        module_for("getEventTypeAvailability").sync(client=client, **CALLS["getEventTypeAvailability"].kwargs())
    assert info.value.field_path == "date"
