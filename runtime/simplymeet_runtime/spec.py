"""The spec as data at run time: the ``openapi.json`` a generated package ships, read without importing the package.

Used by the sandbox (:mod:`simplymeet_runtime.fake`: routes, parameters, request validation, examples) and the
command line (:mod:`simplymeet_runtime.cli`: commands, help, option types, checks of ``--body`` and ``--fields``).
:func:`validate` enforces every JSON Schema keyword the spec uses (and the usual ones it may come to use), every
format it names and a nesting limit; bad input is an error by field path, never an exception. It is written here,
not taken from ``jsonschema``, so that neither the sandbox nor the command line adds a dependency to the package.
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
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .wire import LOCAL_DATETIME_PATTERN, LOCAL_DATETIME_REGEX, is_local_datetime

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
LOCAL_DATETIME = LOCAL_DATETIME_PATTERN
"""The API's ``Y-m-d H:i:s`` request date-time (UTC, no offset): :data:`simplymeet_runtime.wire.LOCAL_DATETIME_PATTERN`."""
MAX_DEPTH = 64
"""The deepest nesting of arrays and objects :func:`validate` reads; deeper is an error, not a ``RecursionError``."""


def _type_ok(value: Any, kind: str) -> bool:
    if isinstance(value, bool) and kind in ("integer", "number"):
        return False
    return isinstance(value, _TYPES[kind])


def _depth(value: Any) -> int:
    """How deeply ``value``'s arrays and objects nest (a scalar: 0), counted without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, (list, dict)):
            deepest = max(deepest, level)
            if level > MAX_DEPTH:
                break
            stack.extend((child, level + 1) for child in (node.values() if isinstance(node, dict) else node))
    return deepest


def validate(spec: Spec, schema: Any, value: Any, path: str, errors: dict[str, list[str]]) -> None:
    """Add to ``errors`` (by field path) what in ``value`` the JSON Schema ``schema`` refuses.

    Every keyword the spec uses (and the usual ones it may come to use) is enforced: ``type``, ``enum``, ``const``,
    ``required``, ``properties``, ``additionalProperties`` (``false`` or a schema for the other members),
    ``items``, ``minimum``/``maximum``/``exclusiveMinimum``/``exclusiveMaximum``, ``minLength``/``maxLength``,
    ``minItems``/``maxItems``, ``uniqueItems``, ``pattern`` (the ``Y-m-d H:i:s`` one also wants a real calendar date
    and time), ``oneOf``/``anyOf``/``allOf``, and the formats ``date``, ``date-time`` (with an offset), ``email``,
    ``uuid`` and ``uri`` (absolute, with a scheme). A value nested deeper than :data:`MAX_DEPTH` levels is refused
    as a whole, so no input can exhaust the stack.
    """
    if _depth(value) > MAX_DEPTH:
        errors.setdefault(path or "body", []).append(f"This value is nested more than {MAX_DEPTH} levels deep.")
        return
    _validate(spec, schema, value, path, errors)


def _validate(spec: Spec, schema: Any, value: Any, path: str, errors: dict[str, list[str]]) -> None:
    schema = spec.resolve(schema)
    if not isinstance(schema, dict):
        return
    where = path or "body"

    def fail(message: str) -> None:
        errors.setdefault(where, []).append(message)

    for combinator, needed in (("oneOf", 1), ("anyOf", 0)):
        if combinator in schema:
            passing = 0
            for option in schema[combinator]:
                trial: dict[str, list[str]] = {}
                _validate(spec, option, value, path, trial)
                passing += not trial
            if passing == 0 or (needed and passing != needed):
                fail("This value is not valid.")
                return
    for part in schema.get("allOf", []):
        _validate(spec, part, value, path, errors)
    kinds = schema.get("type")
    kinds = [kinds] if isinstance(kinds, str) else kinds
    if kinds and not any(_type_ok(value, kind) for kind in kinds):
        fail("This value should not be null." if value is None else f"This value should be of type {kinds[0]}.")
        return
    if "enum" in schema and not any(_same(value, option) for option in schema["enum"]):
        fail("The value you selected is not a valid choice.")
    if "const" in schema and not _same(value, schema["const"]):
        fail("The value you selected is not a valid choice.")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        _bounds(schema, value, fail)
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            fail(
                "This value should not be blank."
                if not value
                else f"This value is too short ({schema['minLength']} at least)."
            )
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            fail(f"This value is too long. It should have {schema['maxLength']} characters or less.")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            fail("This value is not valid.")
        elif schema.get("pattern") == LOCAL_DATETIME_REGEX and not is_local_datetime(value):
            # the form, but a day the month lacks: PHP's DateTime rolls it over with a warning, the API refuses it
            fail(f"This value is not a valid datetime: the date {value[:10]} does not exist.")
        if not _format_ok(schema.get("format"), value):
            fail(f"This value is not a valid {schema['format']}.")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            fail(f"This collection should contain {schema['minItems']} element or more.")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            fail(f"This collection should contain {schema['maxItems']} element or less.")
        if schema.get("uniqueItems") and len({json.dumps(item, sort_keys=True) for item in value}) < len(value):
            fail("This collection should contain only unique elements.")
        for index, item in enumerate(value):
            _validate(spec, schema.get("items", {}), item, f"{path}[{index}]", errors)
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        others = schema.get("additionalProperties", True)
        for name in schema.get("required", []):
            if name not in value:
                errors.setdefault(_join(path, name), []).append("This value should not be blank.")
        for name, item in value.items():
            if name in properties:
                _validate(spec, properties[name], item, _join(path, name), errors)
            elif others is False:
                errors.setdefault(_join(path, name), []).append("This field was not expected.")
            elif isinstance(others, dict):
                _validate(spec, others, item, _join(path, name), errors)


def _same(value: Any, option: Any) -> bool:
    """JSON equality: ``1`` is not ``true``."""
    return (
        type(value) is type(option) and value == option
        if isinstance(value, bool) or isinstance(option, bool)
        else value == option
    )


def _bounds(schema: dict[str, Any], value: float, fail: Callable[[str], None]) -> None:
    if "minimum" in schema and value < schema["minimum"]:
        fail(f"This value should be greater than or equal to {schema['minimum']}.")
    if "maximum" in schema and value > schema["maximum"]:
        fail(f"This value should be less than or equal to {schema['maximum']}.")
    if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
        fail(f"This value should be greater than {schema['exclusiveMinimum']}.")
    if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
        fail(f"This value should be less than {schema['exclusiveMaximum']}.")


_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s]*")


def _format_ok(form: str | None, value: str) -> bool:
    try:
        if form == "date":
            return re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) is not None and bool(datetime.date.fromisoformat(value))
        if form == "date-time":
            return datetime.datetime.fromisoformat(value).tzinfo is not None and "T" in value.upper()
        if form == "email":
            return re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value) is not None
        if form == "uuid":
            uuid.UUID(value)
        if form == "uri":
            return _URI.fullmatch(value) is not None and bool(urlsplit(value).scheme)
    except ValueError:
        return False
    return True


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


class QueryConflict(ValueError):
    """One query key used two ways (``x=1&x[]=2``, ``x[]=1&x[y]=2``): ``field`` is its path (``filter.ids``)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field, self.message = field, message


def _kind(node: Any) -> str:
    return "a list" if isinstance(node, list) else "a map" if isinstance(node, dict) else "a value"


def query_values(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """PHP's reading of a query string: ``filter[state]=new&filter[ids][]=1`` is ``{"filter": {"state": "new",
    "ids": ["1"]}}``. A key given twice as a value keeps the last; one key used as two of a value, a list
    (``x[]``) and a map (``x[y]``) raises :class:`QueryConflict` naming it."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        parts = re.findall(r"[^\[\]]+|\[\]", key)
        node: Any = result
        where = ""
        for index, part in enumerate(parts):
            following = parts[index + 1] if index + 1 < len(parts) else None
            if part == "[]":  # node is a list here (``x[][y]`` is read as ``x[]``); a key that starts so is ignored
                if isinstance(node, list):
                    node.append(value)
                break
            where = _join(where, part)
            wanted: Any = value if following is None else [] if following == "[]" else {}
            present = node.get(part)
            if present is None or (isinstance(present, str) and isinstance(wanted, str)):
                node[part] = wanted
            elif type(present) is not type(wanted):
                raise QueryConflict(where, f"This value is given both as {_kind(present)} and as {_kind(wanted)}.")
            node = node[part]
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
    if isinstance(value, str):  # ASCII digits only (int() also reads "١"), and as many as int() takes (4300)
        if kind == "integer" and re.fullmatch(r"-?[0-9]{1,4300}", value):
            return int(value)
        if kind == "number" and re.fullmatch(r"-?[0-9]{1,300}(\.[0-9]{1,300})?", value):
            return float(value)
        if kind == "boolean" and value in ("true", "false", "1", "0"):
            return value in ("true", "1")
    return value


def closest(word: str, known: list[str]) -> str:
    """`` (did you mean 'x'?)`` for the known word closest to ``word``, or ``""``."""
    found = difflib.get_close_matches(word, known, n=1, cutoff=0.6)
    return f" (did you mean {found[0]!r}?)" if found else ""
