"""What the templates need beyond what openapi-python-client hands them, computed in Python.

``tools/generate.py`` registers :func:`template_globals` as Jinja globals, so the templates stay small deltas on
upstream's and every decision here is ordinary, typed, tested Python:

* facts read from the spec itself (:class:`SpecFacts`): the default base URL (``servers``), the API key header
  (``securitySchemes``), each operation's ``operationId``, the bounds of integer parameters (``minimum``/
  ``maximum``, through ``$ref``), parameter descriptions of ``components/parameters``;
* per endpoint: the documented statuses, the success type, the paginated item type;
* per model property: the expression that converts a JSON value (``conv``), the type check of a scalar
  (``check``), ``Y-m-d H:i:s`` request date-times and ``minItems``.

Properties are openapi-python-client's parser objects (``property.template`` names its property template).
"""

from __future__ import annotations

import functools
import re
from types import SimpleNamespace
from typing import Any

from openapi_python_client.strings import safe_for_docstring

from simplymeet_runtime.wire import LOCAL_DATETIME_REGEX

INT, FLOAT, BOOL = "int_property.py.jinja", "float_property.py.jinja", "boolean_property.py.jinja"
ANY, LIST, UNION = "any_property.py.jinja", "list_property.py.jinja", "union_property.py.jinja"
MODEL, ENUM = "model_property.py.jinja", "enum_property.py.jinja"
DATETIME, DATE = "datetime_property.py.jinja", "date_property.py.jinja"
UUID = "uuid_property.py.jinja"
LOCAL_DATETIME_PATTERN = LOCAL_DATETIME_REGEX
"""The pattern the spec gives a PHP ``Y-m-d H:i:s`` request date-time (``scheduledAt``, reschedule start/end)."""
_EXPECTED = {"int": "integer", "float": "number", "bool": "boolean", "str": "string"}
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def _shape(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def _text(value: Any) -> str:
    """A plain ``str`` of the parser's strings (it wraps some in ``UntrustedString``)."""
    return str(value.get_untrusted_value()) if hasattr(value, "get_untrusted_value") else str(value)


class SpecFacts:
    """Facts of the raw spec document (a dict as loaded from YAML)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.base_url: str = spec["servers"][0]["url"]
        schemes = spec.get("components", {}).get("securitySchemes", {}).values()
        headers = [s["name"] for s in schemes if s.get("type") == "apiKey" and s.get("in") == "header"]
        if len(headers) != 1:
            raise ValueError(f"expected one apiKey security scheme in a header, found {headers}")
        self.key_header: str = headers[0]
        # The parser renames path parameters ({eventTypeId} -> {event_type_id}): match paths by their shape.
        self._paths = {_shape(path): path for path in spec["paths"]}
        self.models: dict[str, Any] = {}
        """The parser's models by class name (set by tools/generate.py): a referenced model's properties."""

    def webhooks(self) -> SimpleNamespace | None:
        """The spec's ``webhooks`` section: event names, the delivery model's class, the signature header."""
        hooks = self.spec.get("webhooks") or {}
        if not hooks:
            return None
        refs, headers = set(), set()
        for item in hooks.values():
            operation = item["post"]
            refs.add(operation["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1])
            for node in operation.get("parameters", []):
                parameter = self.resolve(node)
                if parameter["in"] == "header" and "signature" in parameter["name"].lower():
                    headers.add(parameter["name"])
        if len(refs) != 1 or len(headers) != 1:
            raise ValueError(f"webhooks: expected one delivery schema and one signature header, got {refs}, {headers}")
        return SimpleNamespace(events=list(hooks), delivery=self.models[refs.pop()].class_info, header=headers.pop())

    def page_info(self, endpoint: Any) -> SimpleNamespace | None:
        return page_info(endpoint, self.models)

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        """``node`` with a local ``$ref`` followed."""
        while "$ref" in node:
            target: Any = self.spec
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    def operation(self, endpoint: Any) -> dict[str, Any]:
        return self.spec["paths"][self._paths[_shape(_text(endpoint.path))]][endpoint.method.lower()]  # type: ignore[no-any-return]

    def operation_id(self, endpoint: Any) -> str:
        return str(self.operation(endpoint)["operationId"])

    def parameter(self, endpoint: Any, name: str) -> dict[str, Any]:
        """The spec's parameter ``name`` of ``endpoint`` (operation or path level, ``$ref`` followed)."""
        path_item = self.spec["paths"][self._paths[_shape(_text(endpoint.path))]]
        for node in [*self.operation(endpoint).get("parameters", []), *path_item.get("parameters", [])]:
            parameter = self.resolve(node)
            if parameter["name"] == name:
                return parameter
        raise KeyError(f"{endpoint.method.upper()} {endpoint.path} has no parameter {name!r}")

    def bounds(self, endpoint: Any, name: str) -> tuple[int | None, int | None]:
        schema = self.resolve(self.parameter(endpoint, name).get("schema", {}))
        return schema.get("minimum"), schema.get("maximum")

    def argument_checks(self, endpoint: Any) -> list[str]:
        """Statements refusing a bad argument before any request: a non-int or out-of-range integer, and a path
        argument that is not of its spec type (a UUID) or would not stay one path segment."""
        lines = []
        for parameter in endpoint.path_parameters:
            py = parameter.python_name
            if parameter.template == UUID:
                lines.append(f'{py} = check_uuid({py}, "{py}")')
            elif parameter.template != INT:
                lines.append(f'check_segment({py}, "{py}")')
        for parameter in endpoint.query_parameters:
            if parameter.template == ENUM:  # the enum, or its value as a plain string (as the resource methods take)
                py, cls = parameter.python_name, parameter.class_info.name
                check = f'{py} = check_enum({cls}, {py}, "{py}")'
                lines.append(check if parameter.required else f"if not isinstance({py}, Unset):\n    {check}")
        for parameter in [*endpoint.path_parameters, *endpoint.query_parameters]:
            if parameter.template != INT:
                continue
            low, high = self.bounds(endpoint, parameter.name)
            py = parameter.python_name
            bounds = f", {low}, {high}" if low is not None or high is not None else ""
            check = f'check_int({py}, "{py}"{bounds})'
            lines.append(check if parameter.required else f"if not isinstance({py}, Unset):\n    {check}")
        return lines

    def request_schemas(self) -> frozenset[str]:
        """The names of the component schemas a request may carry (parameters and bodies, ``$ref`` followed)."""
        found: set[str] = set()
        stack: list[Any] = [
            [item.get("parameters", []), operation.get("parameters", []), operation.get("requestBody", {})]
            for item in self.spec["paths"].values()
            for operation in item.values()
            if isinstance(operation, dict)
        ]
        stack += list(self.spec.get("components", {}).get("parameters", {}).values())
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                ref = node.get("$ref", "")
                if ref.startswith("#/components/schemas/") and ref.rsplit("/", 1)[-1] not in found:
                    found.add(ref.rsplit("/", 1)[-1])
                    stack.append(self.resolve(node))
                stack.extend(value for key, value in node.items() if key != "$ref")
            elif isinstance(node, list):
                stack.extend(node)
        return frozenset(found)

    def describe_parameters(self, endpoints: Any) -> None:
        """Give parameters from ``components/parameters`` their spec description (the parser drops it)."""
        for endpoint in endpoints:
            for parameter in [*endpoint.path_parameters, *endpoint.query_parameters]:
                if not parameter.description:
                    description = self.parameter(endpoint, parameter.name).get("description")
                    if description:
                        object.__setattr__(parameter, "description", description)


# ------------------------------------------------------------------------------------------------- endpoints


def documented_statuses(endpoint: Any) -> str:
    """The statuses the spec documents for ``endpoint``, as a set literal's contents."""
    codes = [
        code for r in endpoint.responses.patterns for code in range(r.status_code.range[0], r.status_code.range[1] + 1)
    ]
    return ", ".join(str(code) for code in codes)


def _successes(endpoint: Any) -> list[Any]:
    return [r for r in endpoint.responses.patterns if r.status_code.range and 200 <= r.status_code.range[0] < 300]


def success_type(endpoint: Any) -> str:
    """The Python type ``sync()``/``asyncio()`` return: the first 2xx response's model, or ``None``."""
    for response in _successes(endpoint):
        code = response.prop.get_type_string().as_unembedded_code()
        if code != "Any":
            return str(code)
    return "None"


def _required(prop: Any, name: str) -> Any:
    return next((p for p in getattr(prop, "required_properties", None) or [] if p.name == name), None)


def _item_class(items: Any) -> Any:
    inner = getattr(items, "inner_property", None) if items is not None else None
    return inner.class_info if inner is not None and getattr(inner, "class_info", None) else None


def page_info(endpoint: Any, models: dict[str, Any] | None = None) -> SimpleNamespace | None:
    """For a paginated list: the item's class info, the page model's name, the page-size argument and the
    adapter that makes the page a :class:`simplymeet_runtime.pagination.Page`; else None.

    Two shapes: ``/panel/api/`` lists (``page``/``onPage``, a 2xx ``{meta, items: Model[]}``) and HAL pages
    (``page``/``limit``, a 2xx ``{pages, _embedded: {items: Model[]}}``).
    """
    names = {_text(parameter.name) for parameter in endpoint.query_parameters}
    for response in _successes(endpoint):
        page = response.prop
        if {"page", "onPage"} <= names and _item_class(_required(page, "items")):
            item = _item_class(_required(page, "items"))
            return SimpleNamespace(item=item, page=page.class_info.name, size="on_page", adapter="", size_name="onPage")
        embedded = _required(page, "_embedded")
        if embedded is not None and getattr(embedded, "required_properties", None) is None and models:
            embedded = models.get(embedded.class_info.name, embedded)  # a $ref: its properties are on the model
        if {"page", "limit"} <= names and _required(page, "pages") and _item_class(_required(embedded, "items")):
            item = _item_class(_required(embedded, "items"))
            return SimpleNamespace(
                item=item, page=page.class_info.name, size="limit", adapter="hal_page", size_name="limit"
            )
    return None


# ---------------------------------------------------------------------------------------------------- models


def _non_null(prop: Any) -> list[Any]:
    return [p for p in prop.inner_properties if p._type_string != "None"] if prop.template == UNION else [prop]


def nullable(prop: Any) -> bool:
    """The spec allows null (a union with None)."""
    return prop.template == UNION and any(p.template == ANY and p._type_string == "None" for p in prop.inner_properties)


def scalar_of(prop: Any) -> str:
    """``int``/``float``/``bool``/``str`` for a scalar property (nullable or not), else ``""``."""
    others = _non_null(prop)
    if len(others) != 1:
        return ""
    template = others[0].template
    scalars = {INT: "int", FLOAT: "float", BOOL: "bool", DATETIME: "str", DATE: "str", ENUM: "str"}
    return scalars.get(template, "str" if others[0]._type_string == "str" else "")


def guard(prop: Any, v: str) -> str:
    """A condition true when the raw JSON value ``v`` has the wrong type for ``prop``; ``""`` when the conversion
    checks the type itself (models, lists) or there is nothing to check."""
    scalar = scalar_of(prop)
    if not scalar:
        return ""
    condition = f"{v} is not UNSET and " if not prop.required else ""
    condition += f"{v} is not None and " if nullable(prop) else ""
    if scalar == "float":
        return condition + f"type({v}) is not float and type({v}) is not int"
    return condition + f"type({v}) is not {scalar}"


def expected(prop: Any) -> str:
    """The JSON type ``prop`` must have, as an error message says it."""
    return _EXPECTED[scalar_of(prop)] + (" or null" if nullable(prop) else "")


def check(prop: Any, v: str, name: str) -> str:
    """The statement refusing a raw value of the wrong type (naming the field), or ``""``."""
    condition = guard(prop, v)
    if not condition:
        return ""
    return f'if {condition}:\n    _f = "{name}"\n    raise wrong_type("{expected(prop)}", {v})'


def conv(prop: Any, v: str) -> str:
    """The expression turning the JSON value ``v`` into the property's Python value; ``""`` for a kind of property
    handled by upstream's property template instead."""
    template = prop.template
    if template in (INT, BOOL, FLOAT, ANY):
        return v
    if template == DATETIME:
        return f"parse_datetime({v})"
    if template == DATE:
        return f"datetime.date.fromisoformat({v})"
    if template in (ENUM, MODEL):
        return f"{prop.class_info.name}({v})" if template == ENUM else f"{prop.class_info.name}.from_dict({v})"
    if template == LIST:
        inner, item_type = conv(prop.inner_property, "_x"), scalar_of(prop.inner_property)
        if inner == "_x" and item_type:
            return f'expect_items({v}, {_json_types(item_type)}, "{expected(prop.inner_property)}")'
        if inner == "_x":
            return f"expect_list({v})"
        return f"convert_items({v}, lambda _x: {inner})" if inner else ""
    if template == UNION:
        others = [p for p in prop.inner_properties if p.template != ANY]
        plain = [p._type_string for p in prop.inner_properties if p.template == ANY]
        if not others:
            return v
        if len(others) == 1 and plain == ["None"]:
            inner = conv(others[0], v)
            return v if inner == v else (f"{v} if {v} is None else {inner}" if inner else "")
    return ""


def _json_types(scalar: str) -> str:
    """The Python types a JSON value of ``scalar`` may have once decoded (a JSON number may be an int)."""
    return "(float, int)" if scalar == "float" else f"({scalar},)"


def extras(model: Any) -> str:
    """The expression for the properties of ``d`` outside the schema's (keys ``_extra``), in the body's order; a map
    of scalars (``additionalProperties: {type: string}``) has each value checked."""
    found = "{key: value for key, value in d.items() if key in _extra}"
    values = model.additional_properties
    scalar = scalar_of(values) if hasattr(values, "template") else ""
    if not scalar or values.template in (DATETIME, DATE, ENUM):
        return found
    return f'expect_values({found}, {_json_types(scalar)}, "{expected(values)}")'


def indexed_list(prop: Any) -> bool:
    """A list whose items are converted or checked: parsed in a loop that keeps the index, so errors say ``[i]``."""
    if prop.template != LIST:
        return False
    return conv(prop.inner_property, "_x") not in ("", "_x") or bool(guard(prop.inner_property, "_x"))


def list_loop(py: str, item: Any) -> str:
    """The loop building list ``py`` from ``_v``, item by item, with the index in ``_i``."""
    lines = [f"{py} = []", "for _i, _x in enumerate(expect_list(_v)):"]
    if guard(item, "_x"):
        lines += [f"    if {guard(item, '_x')}:", f'        raise wrong_type("{expected(item)}", _x)']
    return "\n".join([*lines, f"    {py}.append({conv(item, '_x')})", "_i = -1"])


def _schema(model: Any, prop: Any) -> Any:
    return (model.data.properties or {}).get(prop.name)


def local_datetime_kind(model: Any, prop: Any) -> str:
    """``scalar`` or ``list`` for a request field of ``Y-m-d H:i:s`` date-times, else ``""``."""
    schema = _schema(model, prop)
    if schema is not None and getattr(schema, "pattern", None) == LOCAL_DATETIME_PATTERN:
        return "scalar"
    items = getattr(schema, "items", None)
    if items is not None and getattr(items, "pattern", None) == LOCAL_DATETIME_PATTERN:
        return "list"
    return ""


def local_datetime_type(model: Any, prop: Any) -> str:
    """What such a field accepts: a timezone-aware datetime or a ``Y-m-d H:i:s`` string (or a list of them)."""
    scalar = "datetime.datetime | str"
    declared = scalar if local_datetime_kind(model, prop) == "scalar" else f"list[{scalar}]"
    return declared if prop.required else f"{declared} | Unset"


def declare(model: Any, prop: Any) -> str:
    """The attribute declaration: upstream's, with the accepted types of a ``Y-m-d H:i:s`` field."""
    if local_datetime_kind(model, prop):
        return f"{prop.python_name}: {local_datetime_type(model, prop)}" + ("" if prop.required else " = UNSET")
    return str(prop.to_string().as_unembedded_code())


def attribute_doc(model: Any, prop: Any) -> str:
    """The ``Attributes:`` line: upstream's, with the accepted types of a ``Y-m-d H:i:s`` field."""
    if not local_datetime_kind(model, prop):
        return str(prop.to_docstring())
    accepted = local_datetime_type(model, prop)
    description = safe_for_docstring(prop.description or "").strip()
    description += "" if not description or description.endswith(".") else "."
    return (
        f"{prop.python_name} ({accepted}): {description} A timezone-aware datetime (sent in UTC) or a "
        "'Y-m-d H:i:s' string in UTC; a naive datetime is refused."
    )


def known_values(model: Any, prop: Any) -> list[str]:
    """The spec's ``x-known-values`` of a property (an open set of values, as ``state``), or ``[]``."""
    schema = _schema(model, prop)
    extra = getattr(schema, "model_extra", None) or {}
    return [str(value) for value in extra.get("x-known-values", [])]


def to_dict_value(model: Any, prop: Any, content: str, requests: frozenset[str] = frozenset()) -> str:
    """The ``to_dict`` statements of a ``Y-m-d H:i:s`` field (``""`` for others), a ``minItems`` check and, in a
    model a request carries (``requests``), a warning for a value outside the spec's ``x-known-values``. Messages
    name the field by its Python name."""
    lines: list[str] = []
    name = prop.python_name
    schema = _schema(model, prop)
    known = known_values(model, prop) if model.class_info.name in requests else []
    if known:
        guard_unset = "" if prop.required else f"if not isinstance({content}, Unset):\n    "
        lines.append(f'{guard_unset}warn_unknown({content}, {tuple(known)!r}, "{name}")')
    min_items = getattr(schema, "minItems", None)
    if min_items:
        guard_unset = "" if prop.required else f"not isinstance({content}, Unset) and "
        lines += [
            f"if {guard_unset}len({content}) < {min_items}:",
            f'    raise ValueError("{name} must have at least {min_items} item(s), got " + str(len({content})))',
        ]
    kind = local_datetime_kind(model, prop)
    if not kind:
        return "".join(line + "\n" for line in lines)
    if kind == "scalar":
        transformed = f'format_local_datetime({content}, "{name}")'
    else:
        transformed = f'[format_local_datetime(item, f"{name}[{{index}}]") for index, item in enumerate({content})]'
    if prop.required:
        lines.append(f"{prop.python_name} = {transformed}")
        return "".join(line + "\n" for line in lines)
    declared = "str" if kind == "scalar" else "list[str]"
    lines += [
        f"{prop.python_name}: {declared} | Unset = UNSET",
        f"if not isinstance({content}, Unset):",
        f"    {prop.python_name} = {transformed}",
    ]
    return "".join(line + "\n" for line in lines)


def template_globals(spec: dict[str, Any]) -> dict[str, Any]:
    """Everything the templates call, by name."""
    facts = SpecFacts(spec)
    return {
        "spec": facts,
        "documented_statuses": documented_statuses,
        "success_type": success_type,
        "nullable": nullable,
        "scalar_of": scalar_of,
        "guard": guard,
        "expected": expected,
        "check": check,
        "conv": conv,
        "indexed_list": indexed_list,
        "extras": extras,
        "list_loop": list_loop,
        "local_datetime_kind": local_datetime_kind,
        "local_datetime_type": local_datetime_type,
        "declare": declare,
        "attribute_doc": attribute_doc,
        "to_dict_value": functools.partial(to_dict_value, requests=facts.request_schemas()),
    }
