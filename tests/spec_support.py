"""Test-side helpers that hold traffic to openapi/simplymeet.yaml with real validators.

- Response bodies: the OAS 3.1 JSON-Schema validator (openapi-schema-validator) with format checks.
- Requests: openapi-core validates method, path, path parameters, security, scalar query parameters
  and the JSON body. openapi-core does not read arrays inside a deepObject parameter, so those
  parameters (``filter``) are decoded from PHP bracket notation here and validated against the
  parameter's schema with the same JSON-Schema validator.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from functools import cache
from typing import Any

import httpx
import yaml
from jsonschema.exceptions import ValidationError
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_schema_validator import OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from werkzeug.datastructures import Headers, ImmutableMultiDict

from tools import ROOT, SPEC, drift

SPEC_PATH = SPEC
FIXTURES = ROOT / "tests" / "fixtures"
SPEC_URI = "urn:simplymeet-spec"
METHODS = ("get", "put", "post", "delete", "patch")


@cache
def spec() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    return data


@cache
def model() -> drift.Spec:
    """The source spec in the run-time spec model (:class:`simplymeet_runtime.spec.Spec`), over :func:`spec`."""
    return drift.Spec(spec())


def operation_id_for(method: str, path: str) -> str | None:
    """The operationId serving ``method path`` (path templates matched as ``make drift`` matches them)."""
    op = model().operation_for(method.upper(), path)
    return op.op_id if op else None


@dataclass(frozen=True)
class Operation:
    op_id: str
    method: str
    path: str
    data: dict[str, Any]

    @property
    def pointer(self) -> str:
        escaped = self.path.replace("~", "~0").replace("/", "~1")
        return f"/paths/{escaped}/{self.method}"

    def parameters(self) -> list[dict[str, Any]]:
        return [resolve(p) for p in self.data.get("parameters", [])]


@cache
def operations() -> dict[str, Operation]:
    ops = {}
    for path, item in spec()["paths"].items():
        for method in METHODS:
            if method in item:
                op = item[method]
                ops[op["operationId"]] = Operation(op["operationId"], method, path, op)
    return ops


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local ``$ref`` (``#/components/...``) to its target (the run-time spec model's resolution)."""
    found: dict[str, Any] = model().resolve(node)
    return found


def is_nullable(schema: dict[str, Any]) -> bool:
    """Whether the spec allows ``null`` for ``schema`` (``type: [..., 'null']`` or a ``oneOf`` with null)."""
    kind = schema.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    return any(is_nullable(resolve(alt)) for alt in schema.get("oneOf", []) + schema.get("anyOf", []))


@cache
def _registry() -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(spec(), default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
    return registry


def validator_for(pointer: str) -> OAS31Validator:
    """A validator for the schema at JSON pointer ``pointer`` inside the spec."""
    return OAS31Validator(
        {"$ref": f"{SPEC_URI}#{pointer}"},
        registry=_registry(),
        format_checker=OAS31Validator.FORMAT_CHECKER,
    )


def success_status(op: Operation) -> str:
    return next(str(code) for code in op.data["responses"] if str(code).startswith("2"))


def response_schema_pointer(op: Operation) -> str | None:
    code = success_status(op)
    response = resolve(op.data["responses"][code])
    if "content" not in response:
        return None
    return f"{op.pointer}/responses/{code}/content/application~1json/schema"


def validate_response_body(op_id: str, body: Any) -> None:
    """Raise ``jsonschema.ValidationError`` if ``body`` does not fit the success schema."""
    pointer = response_schema_pointer(operations()[op_id])
    assert pointer is not None, f"{op_id} declares no response body"
    validator_for(pointer).validate(body)


def load_fixture(op_id: str) -> Any:
    return json.loads((FIXTURES / f"{op_id}.json").read_text())


# ---------------------------------------------------------------------------- requests


def php_decode(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Decode PHP bracket notation: ``filter[ids][]=1`` -> ``{"filter": {"ids": ["1"]}}``."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        head, _, tail = key.partition("[")
        keys = [head, *(tail[:-1].split("][") if tail else [])]
        target: Any = out
        for key_part, following in itertools.pairwise(keys):
            if key_part == "":
                raise ValueError(f"unsupported nesting in query key {key!r}")
            target = target.setdefault(key_part, [] if following == "" else {})
        if keys[-1] == "":
            target.append(value)
        else:
            if keys[-1] in target:
                raise ValueError(f"query key {key!r} repeated")
            target[keys[-1]] = value
    return out


def coerce(value: Any, schema: dict[str, Any]) -> Any:
    """Turn query-string text into the JSON types ``schema`` asks for (as a server would)."""
    schema = resolve(schema)
    types = schema.get("type")
    types = types if isinstance(types, list) else [types]
    try:
        if isinstance(value, dict) and "properties" in schema:
            props = schema["properties"]
            return {k: coerce(v, props[k]) if k in props else v for k, v in value.items()}
        if isinstance(value, list) and "items" in schema:
            return [coerce(v, schema["items"]) for v in value]
        if isinstance(value, str) and "integer" in types:
            return int(value)
        if isinstance(value, str) and "number" in types:
            return float(value)
        if isinstance(value, str) and "boolean" in types:
            return {"true": True, "false": False}[value]
    except (ValueError, KeyError):
        return value  # left as text: the validator reports it
    return value


@dataclass
class _CoreRequest:
    """The request protocol openapi-core reads, built from an ``httpx.Request``."""

    host_url: str
    path: str
    method: str
    parameters: RequestParameters
    content_type: str
    body: bytes | None


def validate_request(op_id: str, request: httpx.Request) -> None:
    """Raise if ``request`` is not a valid call of ``op_id`` according to the spec."""
    op = operations()[op_id]
    deep = {p["name"]: p for p in op.parameters() if p["in"] == "query" and p.get("style") == "deepObject"}
    pairs = list(request.url.params.multi_items())
    flat = [(k, v) for k, v in pairs if k.partition("[")[0] not in deep]
    for name, value in php_decode([(k, v) for k, v in pairs if k.partition("[")[0] in deep]).items():
        pointer = f"/components/parameters/{_param_component(op, name)}/schema"
        try:
            validator_for(pointer).validate(coerce(value, deep[name]["schema"]))
        except ValidationError as exc:
            raise AssertionError(f"{op_id}: query parameter {name!r} invalid: {exc.message}") from exc
    url = request.url
    core_request = _CoreRequest(
        host_url=f"{url.scheme}://{url.netloc.decode()}",
        path=url.path,
        method=request.method.lower(),
        parameters=RequestParameters(
            query=ImmutableMultiDict(flat),
            header=Headers(list(request.headers.items())),
            cookie=ImmutableMultiDict(),
        ),
        content_type=request.headers.get("content-type", "application/json").split(";")[0],
        body=request.content or None,
    )
    openapi_core_spec().validate_request(core_request)


def _param_component(op: Operation, name: str) -> str:
    for ref in op.data.get("parameters", []):
        if "$ref" in ref and resolve(ref)["name"] == name:
            return str(ref["$ref"]).rsplit("/", maxsplit=1)[-1]
    raise AssertionError(f"{op.op_id}: deepObject parameter {name!r} must be a components/parameters entry")


@cache
def openapi_core_spec() -> OpenAPI:
    return OpenAPI.from_dict(spec())
