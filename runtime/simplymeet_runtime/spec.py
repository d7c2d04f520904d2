"""The spec as data at run time: the ``openapi.json`` a generated package ships, read without importing the package.

Used by the sandbox (:mod:`simplymeet_runtime.fake`: routes, parameters, request validation, examples) and the
command line (:mod:`simplymeet_runtime.cli`: commands, help, option types, checks of ``--body`` and ``--fields``).
:func:`validate` covers the subset of JSON Schema the spec uses; it is written here, not taken from ``jsonschema``,
so that neither the sandbox nor the command line adds a dependency to the package.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import difflib
import functools
import importlib.util
import json
import re
import uuid
from pathlib import Path
from typing import Any

Json = Any


@dataclasses.dataclass(frozen=True)
class Route:
    operation: str
    method: str
    template: str
    pattern: re.Pattern[str]
    parameters: tuple[dict[str, Any], ...]
    body: dict[str, Any] | None
    documented: frozenset[int]
    success: int


class Spec:
    """What the fake reads from the spec: routes, parameters, schemas, examples."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.schemas: dict[str, Any] = document["components"]["schemas"]
        routes = []
        for template, item in document["paths"].items():
            for method, operation in item.items():
                if not isinstance(operation, dict) or "operationId" not in operation:
                    continue
                regex = re.sub(r"\\{(\w+)\\}", r"(?P<\1>[^/]+)", re.escape(template))
                codes = {int(code) for code in operation["responses"] if code.isdigit()}
                body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
                routes.append(
                    Route(
                        operation["operationId"],
                        method.upper(),
                        template,
                        re.compile(regex + r"\Z"),
                        tuple(self.resolve(p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]),
                        body,
                        frozenset(codes),
                        min(code for code in codes if 200 <= code < 300),
                    )
                )
        # Literal segments before parameters: /panel/api/event/cancel-list before /panel/api/event/{id}
        self.routes = sorted(routes, key=lambda r: (r.template.count("{"), -len(r.template)))
        self.by_operation = {route.operation: route for route in routes}

    def resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            parts = node["$ref"].removeprefix("#/").split("/")
            target: Any = self.document
            for part in parts:
                target = target[part]
            node = target
        return node

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]] | None:
        for route in self.routes:
            if route.method == method and (found := route.pattern.match(path)):
                return route, found.groupdict()
        return None

    def examples(self, operation: str) -> list[Json]:
        """Every example of ``operation``'s success body (copies)."""
        route = self.by_operation[operation]
        item = self.document["paths"][route.template][route.method.lower()]
        content = self.resolve(item["responses"][str(route.success)])["content"]["application/json"]
        found = [content["example"]] if "example" in content else [e["value"] for e in content["examples"].values()]
        return copy.deepcopy(found)

    def example(self, operation: str) -> Json:
        """The first example of ``operation``'s success body (a copy)."""
        return self.examples(operation)[0]


def package_file(package: str, name: str) -> Path:
    """A file shipped in ``package``, found without importing the package (its ``__init__`` may be slow)."""
    found = importlib.util.find_spec(package)
    if found is None or not found.submodule_search_locations:
        raise ModuleNotFoundError(f"no package {package!r}")
    return Path(next(iter(found.submodule_search_locations))) / name


def load_document(package: str) -> dict[str, Any]:
    """A fresh copy of the OpenAPI document ``package`` ships (``openapi.json``)."""
    return copy.deepcopy(load_spec(package).document)


@functools.cache
def load_spec(package: str) -> Spec:
    """The spec ``package`` ships (``openapi.json``), read once per process."""
    return Spec(json.loads(package_file(package, "openapi.json").read_text("utf-8")))


# ------------------------------------------------------------------------------------------- validation

_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
    "null": (type(None),),
}
LOCAL_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}")
"""The API's ``Y-m-d H:i:s`` request date-time (UTC, no offset)."""


def _type_ok(value: Any, kind: str) -> bool:
    if isinstance(value, bool) and kind in ("integer", "number"):
        return False
    return isinstance(value, _TYPES[kind])


def validate(spec: Spec, schema: Any, value: Any, path: str, errors: dict[str, list[str]]) -> None:
    """Add to ``errors`` (by field path) what in ``value`` the JSON Schema ``schema`` refuses (the subset the spec
    uses: type, required, properties, additionalProperties, items, enum, bounds, minItems, minLength, pattern,
    formats date, date-time, email, uuid, oneOf)."""
    schema = spec.resolve(schema)
    where = path or "body"

    def fail(message: str) -> None:
        errors.setdefault(where, []).append(message)

    if "oneOf" in schema:
        for option in schema["oneOf"]:
            trial: dict[str, list[str]] = {}
            validate(spec, option, value, path, trial)
            if not trial:
                return
        fail("This value is not valid.")
        return
    kinds = schema.get("type")
    kinds = [kinds] if isinstance(kinds, str) else kinds
    if kinds and not any(_type_ok(value, kind) for kind in kinds):
        fail("This value should not be null." if value is None else f"This value should be of type {kinds[0]}.")
        return
    if "enum" in schema and value not in schema["enum"]:
        fail("The value you selected is not a valid choice.")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            fail(f"This value should be greater than or equal to {schema['minimum']}.")
        if "maximum" in schema and value > schema["maximum"]:
            fail(f"This value should be less than or equal to {schema['maximum']}.")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            fail("This value should not be blank.")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            fail("This value is not valid.")
        if not _format_ok(schema.get("format"), value):
            fail(f"This value is not a valid {schema['format']}.")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            fail(f"This collection should contain {schema['minItems']} element or more.")
        for index, item in enumerate(value):
            validate(spec, schema.get("items", {}), item, f"{path}[{index}]", errors)
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        for name in schema.get("required", []):
            if name not in value:
                errors.setdefault(_join(path, name), []).append("This value should not be blank.")
        for name, item in value.items():
            if name in properties:
                validate(spec, properties[name], item, _join(path, name), errors)
            elif schema.get("additionalProperties") is False:
                errors.setdefault(_join(path, name), []).append("This field was not expected.")


def _format_ok(form: str | None, value: str) -> bool:
    try:
        if form == "date":
            datetime.date.fromisoformat(value)
        elif form == "date-time":
            return datetime.datetime.fromisoformat(value).tzinfo is not None
        elif form == "email":
            return re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value) is not None
        elif form == "uuid":
            uuid.UUID(value)
    except ValueError:
        return False
    return True


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def query_values(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """PHP's reading of a query string: ``filter[state]=new&filter[ids][]=1`` is ``{"filter": {"state": "new",
    "ids": ["1"]}}``."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        parts = re.findall(r"[^\[\]]+|\[\]", key)
        node = result
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            following = parts[index + 1] if not last else None
            if part == "[]":
                continue
            if last:
                node[part] = value
            elif following == "[]":
                node.setdefault(part, []).append(value)
                break
            else:
                node = node.setdefault(part, {})
    return result


def coerce(spec: Spec, schema: Any, value: Any) -> Any:
    """A query value (strings, as PHP reads them) as the type its schema declares; unreadable stays a string."""
    schema = spec.resolve(schema)
    kind = schema.get("type")
    kind = next((k for k in kind if k != "null"), None) if isinstance(kind, list) else kind
    if kind == "array" and isinstance(value, list):
        return [coerce(spec, schema.get("items", {}), item) for item in value]
    if kind == "object" and isinstance(value, dict):
        properties = schema.get("properties", {})
        return {key: coerce(spec, properties.get(key, {}), item) for key, item in value.items()}
    if isinstance(value, str):
        if kind == "integer" and re.fullmatch(r"-?\d+", value):
            return int(value)
        if kind == "number" and re.fullmatch(r"-?\d+(\.\d+)?", value):
            return float(value)
        if kind == "boolean" and value in ("true", "false", "1", "0"):
            return value in ("true", "1")
    return value


def closest(word: str, known: list[str]) -> str:
    """`` (did you mean 'x'?)`` for the known word closest to ``word``, or ``""``."""
    found = difflib.get_close_matches(word, known, n=1, cutoff=0.6)
    return f" (did you mean {found[0]!r}?)" if found else ""
