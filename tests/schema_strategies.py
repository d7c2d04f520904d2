"""Hypothesis strategies for the JSON the spec allows, built from the spec's own schemas.

hypothesis-jsonschema 0.23.1 (its latest release) no longer runs on current hypothesis, so this covers
the subset of JSON Schema the spec uses: objects with properties/required/additionalProperties, arrays,
`type` lists with "null", `oneOf` (nullable references), `enum`, `const`, `pattern`, and the string formats
date-time, date, email, uri and uuid. Every drawn value is also checked with the spec's validator in the
tests, so a gap here shows up as a failure rather than as silent under-testing.
"""

from __future__ import annotations

import datetime
import string
from typing import Any

from hypothesis import strategies as st

from simplymeet_runtime.spec import types_of
from tests.spec_support import model

TEXT = st.text(alphabet=string.ascii_letters + string.digits + " -_.àé", max_size=12)
# Real responses carry an offset; the generated client parses them with datetime.fromisoformat.
DATETIMES = st.datetimes(
    min_value=datetime.datetime(2000, 1, 1),
    max_value=datetime.datetime(2100, 1, 1),
    timezones=st.sampled_from([datetime.UTC, datetime.timezone(datetime.timedelta(hours=2))]),
).map(lambda value: value.replace(microsecond=0).isoformat())
FORMATS: dict[str, st.SearchStrategy[str]] = {
    "date-time": DATETIMES,
    "date": st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2100, 1, 1)).map(str),
    "email": st.from_regex(r"\A[a-z]{1,8}@[a-z]{1,8}\.example\Z"),
    "uri": st.from_regex(r"\Ahttps://[a-z]{1,10}\.example/[a-z0-9]{0,10}\Z"),
    "uuid": st.uuids().map(str),
}


def strategy_for(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    if "$ref" in schema:  # followed by the run-time spec model, lazily (schemas refer to themselves)
        return st.deferred(lambda: strategy_for(model().resolve(schema), depth + 1))
    if "oneOf" in schema:
        return st.one_of([strategy_for(option, depth) for option in schema["oneOf"]])
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kinds = types_of(schema) or (["object"] if "properties" in schema else [])
    if len(kinds) > 1:
        return st.one_of([strategy_for({**schema, "type": kind}, depth) for kind in kinds])
    types = kinds[0] if kinds else None
    if types == "null":
        return st.none()
    if types == "boolean":
        return st.booleans()
    if types == "integer":
        return st.integers(min_value=schema.get("minimum", -(2**31)), max_value=schema.get("maximum", 2**31))
    if types == "number":
        return st.floats(allow_nan=False, allow_infinity=False, width=32)
    if types == "string" and "pattern" in schema:
        return st.from_regex(schema["pattern"], fullmatch=True)
    if types == "string":
        return FORMATS.get(schema.get("format", ""), TEXT)
    if types == "array":
        items = strategy_for(schema.get("items", {}), depth + 1)
        return st.lists(items, min_size=schema.get("minItems", 0), max_size=0 if depth > 6 else 3)
    if types == "object":
        return _object(schema, depth)
    return st.one_of(st.none(), st.booleans(), st.integers(), TEXT)  # an unconstrained value


def _object(schema: dict[str, Any], depth: int) -> st.SearchStrategy[dict[str, Any]]:
    properties = schema.get("properties", {})
    required = set(schema.get("required", []))
    fixed = {name: strategy_for(sub, depth + 1) for name, sub in properties.items() if name in required}
    optional = {name: strategy_for(sub, depth + 1) for name, sub in properties.items() if name not in required}
    extra = schema.get("additionalProperties")
    base = st.fixed_dictionaries(fixed, optional=optional)
    if isinstance(extra, dict) and not properties:
        return st.dictionaries(st.from_regex(r"\A[a-z]{1,8}\Z"), strategy_for(extra, depth + 1), max_size=3)
    return base
