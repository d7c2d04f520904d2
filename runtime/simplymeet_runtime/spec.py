"""The spec as data at run time: the one model of an OpenAPI document the runtime and the tools read.

One module, one :class:`Spec`: routes (path templates to regexes, literal paths before templated ones, methods per
path for ``Allow``), parameters, schemas (``$ref`` resolution with JSON pointers), response and webhook schemas,
the formats (:func:`format_ok`), the JSON types (:func:`type_ok`) and a validator (:func:`validate`). The sandbox
(:mod:`simplymeet_runtime.fake`), the command line (:mod:`simplymeet_runtime.cli`), the drift report
(:mod:`simplymeet_runtime.drift_report`), ``tools/breaking.py`` and the tests' schema strategies all read the spec
through it; the ``Y-m-d H:i:s`` codec is :mod:`simplymeet_runtime.wire`'s.

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
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .wire import LOCAL_DATETIME_PATTERN, LOCAL_DATETIME_REGEX, is_local_datetime

Json = Any
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
"""The keys of a path item that are operations."""


@dataclasses.dataclass(frozen=True)
class Route:
    """One operation: its method and path template, how a path matches it, what it takes and answers."""

    operation: str
    method: str
    template: str
    pattern: re.Pattern[str]
    parameters: tuple[dict[str, Any], ...]
    body: dict[str, Any] | None
    documented: frozenset[int]
    success: int
    data: dict[str, Any] = dataclasses.field(default_factory=dict, compare=False, repr=False)
    """The operation object as the document has it."""

    @property
    def op_id(self) -> str:
        """The operationId (the drift report's name for :attr:`operation`)."""
        return self.operation


def _template_regex(template: str) -> re.Pattern[str]:
    return re.compile(re.sub(r"\\{(\w+)\\}", r"(?P<\1>[^/]+)", re.escape(template)) + r"\Z")


def escape_pointer(part: str) -> str:
    """``part`` as one JSON pointer token (``/`` is ``~1``, ``~`` is ``~0``)."""
    return part.replace("~", "~0").replace("/", "~1")


class Spec:
    """An OpenAPI document, indexed: routes, parameters, schemas, examples, response and webhook schemas."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.schemas: dict[str, Any] = (document.get("components") or {}).get("schemas") or {}
        routes = []
        for template, item in (document.get("paths") or {}).items():
            pattern = _template_regex(template)
            for method, operation in item.items():
                if method not in METHODS or not isinstance(operation, dict):
                    continue
                codes = {int(code) for code in operation.get("responses", {}) if str(code).isdigit()}
                body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
                routes.append(
                    Route(
                        operation.get("operationId") or f"{method.upper()} {template}",
                        method.upper(),
                        template,
                        pattern,
                        tuple(self.resolve(p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]),
                        body,
                        frozenset(codes),
                        min((code for code in codes if 200 <= code < 300), default=200),
                        operation,
                    )
                )
        # Literal segments before parameters: /panel/api/event/cancel-list before /panel/api/event/{id}
        self.routes = sorted(routes, key=lambda r: (r.template.count("{"), -len(r.template)))
        self.operations = self.routes
        """The routes in matching order (the drift report's name for them)."""
        self.by_operation = {route.operation: route for route in routes}
        self.by_method_path = {f"{route.method} {route.template}": route for route in routes}
        """Each route by ``"METHOD /template"``, in the document's order."""
        self._templates: dict[str, dict[str, Route]] = {}
        for route in self.routes:
            self._templates.setdefault(route.template, {})[route.method] = route

    @classmethod
    def load(cls, path: Path) -> Spec:
        """The spec in ``path``: JSON (``openapi.json``, as the package ships it) or YAML (needs PyYAML)."""
        text = path.read_text("utf-8")
        if path.suffix == ".json":
            return cls(json.loads(text))
        import yaml

        return cls(yaml.safe_load(text))

    # ------------------------------------------------------------------------------------------------ routes

    def _template_of(self, path: str) -> tuple[dict[str, Route], dict[str, str]] | None:
        """The methods of the path template ``path`` falls under, and its parameters: the first template in matching
        order (a literal path is its own, never a value of a templated one beside it)."""
        for methods in self._templates.values():
            route = next(iter(methods.values()))
            if found := route.pattern.match(path):
                return methods, found.groupdict()
        return None

    def match(self, method: str, path: str, *, slash: bool = False) -> tuple[Route, dict[str, str]] | None:
        """The route serving ``method path`` and its path parameters; ``None`` if the path's template does not
        declare ``method`` (see :meth:`allowed`) or no template matches. ``slash``: a trailing slash too many or
        too few also matches (how recorded traffic is read)."""
        candidates = [path]
        if slash and path != "/":
            candidates.append(path[:-1] if path.endswith("/") else path + "/")
        for candidate in candidates:
            found = self._template_of(candidate)
            if found is not None and method in found[0]:
                return found[0][method], found[1]
        return None

    def allowed(self, path: str) -> list[str]:
        """The methods ``path``'s template declares (sorted; empty for a path of no template): an ``Allow``."""
        found = self._template_of(path)
        return sorted(found[0]) if found else []

    def operation_for(self, method: str, path: str) -> Route | None:
        """The route recorded traffic ``method path`` was served by (a trailing slash is forgiven), or ``None``."""
        found = self.match(method, path, slash=True)
        return found[0] if found else None

    def prefixes(self) -> tuple[str, ...]:
        """Where the spec's paths live, up to and including their ``/api/`` segment (``/panel/api/``, ``/api/``)."""
        paths = self.document.get("paths", {})
        return tuple(sorted({path[: path.index("/api/") + len("/api/")] for path in paths if "/api/" in path}))

    # ------------------------------------------------------------------------------------------------ schemas

    def locate(self, ref: str) -> tuple[Any, str]:
        """The node a local ``$ref`` points at, and its pointer without the leading ``#/``."""
        return locate(self.document, ref)

    def resolve(self, node: Any) -> Any:
        """``node`` with its ``$ref`` followed (again, while the target is a reference)."""
        return resolve_in(self.document, node)

    def examples(self, operation: str) -> list[Json]:
        """Every example of ``operation``'s success body (copies)."""
        route = self.by_operation[operation]
        content = self.resolve(route.data["responses"][str(route.success)])["content"]["application/json"]
        found = [content["example"]] if "example" in content else [e["value"] for e in content["examples"].values()]
        return copy.deepcopy(found)

    def example(self, operation: str) -> Json:
        """The first example of ``operation``'s success body (a copy)."""
        return self.examples(operation)[0]

    def response_schema(self, route: Route, status: int) -> tuple[dict[str, Any] | None, str] | None:
        """The schema (and its pointer) for ``status``; ``(None, ...)`` for a body-less response; ``None`` when
        the status is not documented."""
        responses = route.data.get("responses", {})
        code = next(
            (c for c in (str(status), f"{str(status)[0]}XX", "default") if c in responses or c.lower() in responses),
            None,
        )
        if code is None:
            return None
        response = responses.get(code, responses.get(code.lower()))
        pointer = f"paths/{escape_pointer(route.template)}/{route.method.lower()}/responses/{code}"
        if "$ref" in response:
            response, pointer = self.locate(response["$ref"])
        media = (response.get("content") or {}).get("application/json")
        if not media or "schema" not in media:
            return None, pointer
        return media["schema"], f"{pointer}/content/application~1json/schema"

    def webhook_schema(self, name: str) -> tuple[str, dict[str, Any], str] | None:
        """The delivery schema of webhook ``name`` (``*``: the first webhook): its operationId, schema, pointer."""
        webhooks = self.document.get("webhooks") or {}
        for key, item in webhooks.items():
            if name not in ("*", key):
                continue
            for method, op in item.items():
                media = ((op.get("requestBody") or {}).get("content") or {}).get("application/json") or {}
                if method in METHODS and "schema" in media:
                    pointer = f"webhooks/{escape_pointer(key)}/{method}/requestBody/content/application~1json/schema"
                    return str(op.get("operationId", key)), media["schema"], pointer
        return None


def locate(document: dict[str, Any], ref: str) -> tuple[Any, str]:
    """The node of ``document`` a local ``$ref`` points at, and its pointer without the leading ``#/``."""
    pointer = ref.removeprefix("#/")
    node: Any = document
    for part in pointer.split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node, pointer


def resolve_in(document: dict[str, Any], node: Any) -> Any:
    """``node`` with its local ``$ref`` followed in ``document`` (again, while the target is a reference)."""
    while isinstance(node, dict) and "$ref" in node:
        node = locate(document, node["$ref"])[0]
    return node


def types_of(schema: Any) -> list[str]:
    """The JSON types ``schema`` names (``type`` as a list; none: ``[]``)."""
    kinds = schema.get("type") if isinstance(schema, dict) else None
    return [kinds] if isinstance(kinds, str) else list(kinds or [])


def split_nullable(schema: Any) -> tuple[Any, bool]:
    """The schema without its null alternative (``oneOf``/``anyOf`` with ``{"type": "null"}``, a ``type`` list with
    ``"null"``, OpenAPI 3.0's ``nullable``), and whether null was allowed."""
    if not isinstance(schema, dict):
        return schema, False
    for key in ("oneOf", "anyOf"):
        options = schema.get(key)
        if isinstance(options, list) and {"type": "null"} in options:
            rest = [option for option in options if option != {"type": "null"}]
            return (rest[0] if len(rest) == 1 else {**schema, key: rest}), True
    kinds = types_of(schema)
    if "null" in kinds and isinstance(schema.get("type"), list):
        rest_types = [t for t in kinds if t != "null"]
        return {**schema, "type": rest_types[0] if len(rest_types) == 1 else rest_types}, True
    return schema, bool(schema.get("nullable"))


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


# ----------------------------------------------------------------------------------------- formats and types

JSON_TYPES: dict[type, str] = {
    bool: "boolean",
    int: "integer",
    float: "number",
    str: "string",
    list: "array",
    dict: "object",
    type(None): "null",
}
"""The JSON type of each Python type ``json.loads`` makes."""

UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})")
"""RFC 3339's ``date-time``: a ``T``, seconds and an offset (``Z`` or ``±hh:mm``)."""
URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s]*")
"""An absolute URI with a scheme and no white space; :func:`format_ok` wants a host too (the spec's URIs are
webhook and booking URLs)."""


def _real_date_time(value: str) -> bool:
    return datetime.datetime.fromisoformat(value.upper()) is not None


FORMATS: dict[str, Callable[[str], bool]] = {
    "date": lambda value: DATE.fullmatch(value) is not None and bool(datetime.date.fromisoformat(value)),
    "date-time": lambda value: DATE_TIME.fullmatch(value) is not None and _real_date_time(value),
    "email": lambda value: EMAIL.fullmatch(value) is not None,
    "uuid": lambda value: UUID.fullmatch(value) is not None,
    "uri": lambda value: URI.fullmatch(value) is not None and bool(urlsplit(value).scheme and urlsplit(value).netloc),
    "url": lambda value: URI.fullmatch(value) is not None and bool(urlsplit(value).scheme and urlsplit(value).netloc),
    "local-date-time": is_local_datetime,
}
"""Every format rule, once: a format the spec names is checked by these (another one passes). ``local-date-time``
is the API's ``Y-m-d H:i:s`` (:func:`simplymeet_runtime.wire.is_local_datetime`), which the spec gives as a
``pattern``."""


def format_ok(form: str | None, value: str) -> bool:
    """``value`` is a ``form`` (a real date, not only its shape); an unknown or no format: true."""
    check = FORMATS.get(form or "")
    try:
        return check is None or check(value)
    except ValueError:
        return False


def type_ok(value: Any, kinds: str | Iterable[str]) -> bool:
    """``value`` is of one of the JSON types ``kinds`` (an integer is a number; ``true`` is not an integer)."""
    kinds = [kinds] if isinstance(kinds, str) else list(kinds)
    kind = JSON_TYPES.get(type(value))
    return kind in kinds or (kind == "integer" and "number" in kinds)


# ------------------------------------------------------------------------------------------- validation

LOCAL_DATETIME = LOCAL_DATETIME_PATTERN
"""The API's ``Y-m-d H:i:s`` request date-time (UTC, no offset): :data:`simplymeet_runtime.wire.LOCAL_DATETIME_PATTERN`."""
MAX_DEPTH = 64
"""The deepest nesting of arrays and objects :func:`validate` reads; deeper is an error, not a ``RecursionError``."""


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
    kinds = types_of(schema)
    if kinds and not type_ok(value, kinds):
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
        if not format_ok(schema.get("format"), value):
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
