"""Generate ``simplymeet_client/resources.py``: ``SimplyMeet().<resource>.<method>(...)`` over the generated functions.

Called by ``tools/generate.py`` with the parser's endpoints and models. Which method each operation is comes from
``openapi/resources.yaml``; everything else (arguments, types, docstrings) from the spec. Each method calls the
generated function of its operation, so it is typed end to end and checked by mypy with the rest; constant
machinery (configuration, building models from keywords) is in ``simplymeet_runtime.resources``.

Written as Python, not as a template: this module has no upstream counterpart to stay a delta of.

Arguments of a method: path parameters positional; query parameters and the members of a ``filter`` object as
keywords; the request body's fields as keywords (or the model as ``body=``). Enum arguments also take their
string values; nested request objects also take a ``TypedDict`` of their JSON keys (``<Model>Dict``).
"""

from __future__ import annotations

import json
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from tools import ROOT
from tools.codegen import (
    DATE,
    DATETIME,
    ENUM,
    INT,
    LIST,
    MODEL,
    UNION,
    UUID,
    SpecFacts,
    _text,
    local_datetime_kind,
    success_type,
)

MAPPING = ROOT / "openapi" / "resources.yaml"
PAGING = {"page", "onPage", "limit", "skipPagination"}
# What ``check_key()`` and ``simplymeet auth check`` call: a GET that needs only a valid key, answers small and
# changes nothing (the vendor's own `GET /api/api-keys/{key}/validate` puts the key in the URL; see the README).
KEY_CHECK = "getCurrentUser"
SCALARS = {INT: "int", "float_property.py.jinja": "float", "boolean_property.py.jinja": "bool"}


def load_entries(path: Path = MAPPING) -> dict[str, dict[str, dict[str, Any]]]:
    """resource -> method -> {"operation": operationId, "positional": [body fields], "columns": [table columns]}."""
    raw: dict[str, dict[str, Any]] = yaml.safe_load(path.read_text())
    return {
        resource: {
            name: {"positional": [], "columns": [], **(entry if isinstance(entry, dict) else {"operation": entry})}
            for name, entry in methods.items()
        }
        for resource, methods in raw.items()
    }


def load_mapping(path: Path = MAPPING) -> dict[str, dict[str, str]]:
    """resource -> method -> operationId."""
    return {r: {n: e["operation"] for n, e in ms.items()} for r, ms in load_entries(path).items()}


def _class(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def key_check(entries: dict[str, dict[str, dict[str, Any]]]) -> tuple[str, str]:
    """The resource and method of ``KEY_CHECK``."""
    for resource, ops in entries.items():
        for name, entry in ops.items():
            if entry["operation"] == KEY_CHECK:
                return resource, name
    raise SystemExit(f"resources.yaml: {KEY_CHECK} (the key check) is not mapped")


@dataclass
class Arg:
    name: str  # Python name
    annotation: str
    default: str | None  # None: required
    doc: str
    kind: str = "plain"  # the runtime conversion: "", "enum", "model", "list_model", "list_enum", "uuid"
    cls: str = ""
    wire: str = ""  # the name in the spec (and on the wire)


@dataclass
class Method:
    resource: str
    name: str
    op_id: str
    module: str  # import path of the generated module, e.g. api.meeting.cancel_event
    alias: str
    summary: str
    description: str
    path_args: list[Arg] = field(default_factory=list)
    query_args: list[Arg] = field(default_factory=list)
    filter_cls: str = ""
    filter_py: str = ""
    filter_args: list[Arg] = field(default_factory=list)
    body_cls: str = ""
    body_required: bool = False
    body_args: list[Arg] = field(default_factory=list)
    body_from_path: list[str] = field(default_factory=list)
    body_positional: list[Arg] = field(
        default_factory=list
    )  # body fields passed positionally (resources.yaml)  # body fields named like a path parameter: from it
    returns: str = "None"
    raw_returns: str = "Response[Any]"
    page_item: str = ""
    page_size: str = ""
    http: str = ""  # "GET /panel/api/event/{id}"


class Generator:
    def __init__(self, facts: SpecFacts, openapi: Any) -> None:
        self.facts = facts  # with its parser models set (tools/generate.py)
        self.models = facts.models
        self.enums = {enum.class_info.name: enum for enum in openapi.enums}
        self.endpoints = {
            self.facts.operation_id(endpoint): (tag, endpoint)
            for tag, collection in openapi.endpoint_collections_by_tag.items()
            for endpoint in collection.endpoints
        }
        self.typed_dicts: dict[str, str] = {}  # model class -> TypedDict source

    # ----------------------------------------------------------------------------------------------- types

    def _model(self, prop: Any) -> Any:
        return self.models.get(prop.class_info.name, prop)

    def _non_null(self, prop: Any) -> tuple[Any, bool]:
        if prop.template == UNION:
            others = [p for p in prop.inner_properties if p._type_string != "None"]
            if len(others) == 1:
                return others[0], len(others) < len(prop.inner_properties)
        return prop, False

    def _free_form(self, name: str) -> bool:
        """A model with no declared properties (a map, like ``AvailabilityRuleConfig``): a plain dict in JSON."""
        model = self.models[name]
        return not model.required_properties and not model.optional_properties

    def _literal(self, prop: Any) -> str:
        values = ", ".join(repr(value) for value in self.enums[prop.class_info.name].values.values())
        return f"Literal[{values}]"

    def argument(self, prop: Any, model: Any | None = None) -> tuple[str, str, str]:
        """(annotation, runtime kind, class) of a keyword argument for ``prop``."""
        if model is not None and local_datetime_kind(model, prop):
            kind = local_datetime_kind(model, prop)
            return ("datetime.datetime | str" if kind == "scalar" else "list[datetime.datetime | str]"), "", ""
        inner, nullable = self._non_null(prop)
        suffix = " | None" if nullable else ""
        if inner.template == ENUM:
            name = inner.class_info.name
            return f"{name} | {self._literal(inner)}{suffix}", "enum", name
        if inner.template == MODEL:
            name = inner.class_info.name
            return f"{name} | {self._dict_type(name)}{suffix}", "model", name
        if inner.template == UUID:  # checked (a UUID string accepted, None refused) before any request
            return f"UUID | str{suffix}", ("" if nullable else "uuid"), ("" if nullable else "UUID")
        if inner.template == LIST and inner.inner_property.template == MODEL:
            name = inner.inner_property.class_info.name
            return f"Sequence[{name} | {self._dict_type(name)}]{suffix}", "list_model", name
        if inner.template == LIST and inner.inner_property.template == ENUM:
            name = inner.inner_property.class_info.name
            return f"Sequence[{name} | {self._literal(inner.inner_property)}]{suffix}", "list_enum", name
        return str(prop.get_type_string(no_optional=True).as_unembedded_code()), "", ""

    def _json_type(self, prop: Any) -> str:
        """The type of a JSON value for ``prop`` (for TypedDicts: dicts all the way down)."""
        inner, nullable = self._non_null(prop)
        suffix = " | None" if nullable else ""
        template = inner.template
        if template == ENUM:
            return f"{self._literal(inner)}{suffix}"
        if template == MODEL:
            return f"{self._dict_type(inner.class_info.name)}{suffix}"
        if template == LIST:
            return f"list[{self._json_type(inner.inner_property)}]{suffix}"
        if template in SCALARS:
            return SCALARS[template] + suffix
        if template in (DATETIME, DATE, UUID) or inner._type_string == "str":
            return "str" + suffix
        return "Any"

    def _dict_type(self, model_name: str) -> str:
        return "dict[str, Any]" if self._free_form(model_name) else self.typed_dict(model_name)

    def typed_dict(self, model_name: str) -> str:
        """The name of the ``TypedDict`` of a request model's JSON keys (generated once)."""
        name = f"{model_name}Dict"
        if model_name in self.typed_dicts:
            return name
        self.typed_dicts[model_name] = ""  # placeholder: cycles
        model = self.models[model_name]
        lines = [
            f"class {name}(TypedDict, total=False):",
            f'    """``{model_name}`` as a dict of its JSON keys."""',
            "",
        ]
        for prop in [*model.required_properties, *model.optional_properties]:
            annotation = self._json_type(prop)
            lines.append(f"    {_text(prop.name)}: {f'Required[{annotation}]' if prop.required else annotation}")
        self.typed_dicts[model_name] = "\n".join(lines)
        return name

    # --------------------------------------------------------------------------------------------- methods

    def method(self, resource: str, name: str, op_id: str, positional: list[str] | None = None) -> Method:
        if op_id not in self.endpoints:
            raise ValueError(
                f"{MAPPING.name}: {resource}.{name} names {op_id}, which is not an operationId of the spec"
            )
        tag, endpoint = self.endpoints[op_id]
        module = f"api.{tag}.{endpoint.name}"
        operation = self.facts.operation(endpoint)
        method = Method(
            resource,
            name,
            op_id,
            module,
            f"_{endpoint.name}",
            operation.get("summary", ""),
            operation.get("description", ""),
        )
        method.http = f"{endpoint.method.upper()} {_text(endpoint.path)}"
        for parameter in endpoint.path_parameters:
            annotation = str(parameter.get_type_string(no_optional=True).as_unembedded_code())
            method.path_args.append(
                Arg(
                    parameter.python_name,
                    annotation,
                    None,
                    _text(parameter.description or ""),
                    wire=_text(parameter.name),
                )
            )
        page = self.facts.page_info(endpoint)
        if page is not None:
            method.page_item = page.item.name
            method.page_size = page.size
        for parameter in endpoint.query_parameters:
            if page is not None and _text(parameter.name) in PAGING:
                continue
            if parameter.template == MODEL:  # a deepObject filter: its members become keywords
                filter_model = self._model(parameter)
                method.filter_cls, method.filter_py = filter_model.class_info.name, parameter.python_name
                for prop in [*filter_model.required_properties, *filter_model.optional_properties]:
                    annotation, kind, cls = self.argument(prop)
                    method.filter_args.append(
                        Arg(
                            prop.python_name,
                            f"{annotation} | Unset",
                            "UNSET",
                            _text(prop.description or ""),
                            kind,
                            cls,
                            wire=_text(prop.name),
                        )
                    )
                continue
            annotation, kind, cls = self.argument(parameter)
            default = None if parameter.required else "UNSET"
            annotation = annotation if parameter.required else f"{annotation} | Unset"
            method.query_args.append(
                Arg(
                    parameter.python_name,
                    annotation,
                    default,
                    _text(parameter.description or ""),
                    kind,
                    cls,
                    wire=_text(parameter.name),
                )
            )
        if endpoint.bodies:
            body = self._model(endpoint.bodies[0].prop)
            method.body_cls, method.body_required = body.class_info.name, endpoint.bodies[0].prop.required
            path_names = {arg.name for arg in method.path_args}
            for prop in [*body.required_properties, *body.optional_properties]:
                if prop.python_name in path_names:  # the path says it already (editEvent's id)
                    if prop.required:
                        method.body_from_path.append(prop.python_name)
                    continue
                annotation, kind, cls = self.argument(prop, body)
                if prop.python_name in (positional or []) and prop.required:
                    method.body_positional.append(
                        Arg(
                            prop.python_name,
                            annotation,
                            None,
                            _text(prop.description or ""),
                            kind,
                            cls,
                            _text(prop.name),
                        )
                    )
                    continue
                doc = (_text(prop.description or "")) + (" Required." if prop.required else "")
                method.body_args.append(
                    Arg(prop.python_name, f"{annotation} | Unset", "UNSET", doc, kind, cls, _text(prop.name))
                )
        method.returns = success_type(endpoint)
        method.raw_returns = f"Response[{endpoint.response_type().as_unembedded_code()}]"
        return method

    # ------------------------------------------------------------------------------------------------ code

    def signature(self, method: Method, *, listing: bool, is_async: bool) -> list[str]:
        params = ["self"] + [f"{arg.name}: {arg.annotation}" for arg in [*method.path_args, *method.body_positional]]
        if method.path_args or method.body_positional:
            params.append("/")
        params.append("*")
        if listing:
            params.append("on_page: int = MAX_ON_PAGE")
        for arg in [*method.query_args, *method.filter_args, *method.body_args]:
            params.append(f"{arg.name}: {arg.annotation}" + (f" = {arg.default}" if arg.default else ""))
        if method.body_cls:
            params.append(f"body: {method.body_cls} | None = None")
        if listing and is_async:
            params.append("concurrency: int = DEFAULT_CONCURRENCY")
        if params[-1] == "*":
            params.pop()
        return params

    def docstring(self, method: Method, *, listing: bool, raw: bool) -> str:
        text = method.summary.rstrip(".") + "."
        if method.description and method.description != method.summary:
            text += "\n\n" + textwrap.fill(method.description, 100)
        args = [*method.path_args, *method.body_positional, *method.query_args, *method.filter_args, *method.body_args]
        lines = [f"{arg.name}: {' '.join(arg.doc.split())}".rstrip(": ") for arg in args]
        if listing:
            lines.insert(len(method.path_args), "on_page: Items per request (1..100); every page is read, lazily.")
        if method.body_cls:
            lines.append(f"body: The whole {method.body_cls} instead of its fields.")
        if lines:
            text += "\n\nArgs:\n" + "\n".join(
                textwrap.fill(line, 100, initial_indent="    ", subsequent_indent="        ") for line in lines
            )
        if raw:
            text += "\n\nReturns the whole response (status_code, headers, parsed), whatever its status."
        text += f"\n\nOperation ``{method.op_id}``."
        return '"""' + text.replace("\\", "\\\\") + '\n"""'

    def call_kwargs(self, method: Method, what: str) -> list[str]:
        kwargs = ["client=self._client"]
        for arg in method.query_args:
            value = f'_rt.enum_arg({arg.cls}, {arg.name}, "{arg.name}")' if arg.kind == "enum" else arg.name
            kwargs.append(f"{arg.name}={value}")
        if method.filter_cls:
            fields = ", ".join(f'"{arg.name}": {arg.name}' for arg in method.filter_args)
            kinds = ", ".join(f'"{arg.name}": ("{arg.kind}", {arg.cls})' for arg in method.filter_args if arg.kind)
            kwargs.append(
                f'{method.filter_py}=_rt.build({method.filter_cls}, None, {{{fields}}}, {{{kinds}}}, what="{what}", optional=True)'
            )
        if method.body_cls:
            named = [*method.body_from_path, *(arg.name for arg in [*method.body_positional, *method.body_args])]
            fields = ", ".join(f'"{name}": {name}' for name in named)
            kinds = ", ".join(
                f'"{arg.name}": ("{arg.kind}", {arg.cls})'
                for arg in [*method.body_positional, *method.body_args]
                if arg.kind
            )
            optional = "" if method.body_required else ", optional=True"
            kwargs.append(
                f'body=_rt.build({method.body_cls}, body, {{{fields}}}, {{{kinds}}}, what="{what}"{optional})'
            )
        return kwargs

    def method_source(self, method: Method, *, is_async: bool, raw: bool) -> str:
        listing = bool(method.page_item) and not raw
        what = f"{method.resource}.{method.name}"
        positional = ", ".join(arg.name for arg in method.path_args)
        kwargs = self.call_kwargs(method, what)
        args = ", ".join(filter(None, [positional, *kwargs]))
        function = {
            (False, False): "sync",
            (False, True): "sync_detailed",
            (True, False): "asyncio",
            (True, True): "asyncio_detailed",
        }[(is_async, raw)]
        returns = method.raw_returns if raw else method.returns
        body: list[str] = []
        if listing:
            pass_on = ", ".join(k for k in kwargs if not k.startswith("client="))
            iterate, extra = ("aiterate", ", concurrency=concurrency") if is_async else ("iterate", "")
            returns = f"{'AsyncIterator' if is_async else 'Iterator'}[{method.page_item}]"
            body = [
                f"return {method.alias}.{iterate}(client=self._client, on_page=on_page{', ' + pass_on if pass_on else ''}{extra})"
            ]
        else:
            await_ = "await " if is_async else ""
            body = [f"return {await_}{method.alias}.{function}({args})"]
        params = self.signature(method, listing=listing, is_async=is_async)
        definition = "async def" if is_async and not listing else "def"  # an async iterator is returned, not awaited
        lines = [f"    {definition} {method.name}(", *[f"        {p}," for p in params], f"    ) -> {returns}:"]
        lines.append(textwrap.indent(self.docstring(method, listing=listing, raw=raw), "        "))
        lines += [f"        {line}" for line in body]
        return "\n".join(lines)

    def page_method(self, method: Method, *, is_async: bool) -> str:
        """``page(n, ...)``: one page of ``list()`` with its meta."""
        page_kwargs = [k for k in self.call_kwargs(method, f"{method.resource}.page") if not k.startswith("client=")]
        params = ["self", "page: int", "/", "*", "on_page: int = MAX_ON_PAGE"]  # on_page follows "*"
        params += [
            f"{arg.name}: {arg.annotation}" + (f" = {arg.default}" if arg.default else "")
            for arg in [*method.query_args, *method.filter_args]
        ]
        pass_on = ", ".join(page_kwargs)
        function, await_, define = ("asyncio", "await ", "async def") if is_async else ("sync", "", "def")
        return "\n".join(
            [
                f"    {define} page(",
                *[f"        {p}," for p in params],
                f"    ) -> {method.returns}:",
                f'        """Page ``page`` of ``{method.name}()``, with its meta (arguments as for ``{method.name}``; operation ``{method.op_id}``)."""',
                f"        return {await_}{method.alias}.{function}(client=self._client, page=page, {method.page_size}=on_page{', ' + pass_on if pass_on else ''})",
            ]
        )

    def resource_class(self, resource: str, methods: list[Method], *, is_async: bool, raw: bool) -> str:
        prefix = "Async" if is_async else ""
        name = f"{prefix}{_class(resource)}{'WithRawResponse' if raw else ''}"
        lines = [f"class {name}(_rt.Resource):", f'    """``{resource}``: {", ".join(m.name for m in methods)}."""', ""]
        http = ", ".join(f'"{m.name}": "{m.http}"' for m in methods)
        lines += [
            "    # The operation behind each method: HTTP method and path (the CLI asks before anything but GET).",
            f"    HTTP = {{{http}}}",
            "",
        ]
        if not raw:
            lines += [
                "    @property",
                f"    def with_raw_response(self) -> {prefix}{_class(resource)}WithRawResponse:",
                '        """The same methods, returning the whole response (status_code, headers, parsed)."""',
                f"        return {prefix}{_class(resource)}WithRawResponse(self._owner)",
                "",
            ]
        for method in methods:
            lines += [self.method_source(method, is_async=is_async, raw=raw), ""]
            if not raw and method.page_item:
                lines += [self.page_method(method, is_async=is_async), ""]
        return "\n".join(lines)

    def source(self, entries: dict[str, dict[str, dict[str, Any]]]) -> str:
        methods = {
            resource: [
                self.method(resource, name, entry["operation"], entry["positional"]) for name, entry in ops.items()
            ]
            for resource, ops in entries.items()
        }
        imports = sorted({(m.module, m.alias) for ms in methods.values() for m in ms})
        classes = []
        for is_async in (False, True):
            for resource, ms in methods.items():
                classes.append(self.resource_class(resource, ms, is_async=is_async, raw=True))
                classes.append(self.resource_class(resource, ms, is_async=is_async, raw=False))
        clients = []
        for is_async in (False, True):
            prefix = "Async" if is_async else ""
            base = "_rt.AsyncClient" if is_async else "_rt.SyncClient"
            lines = [
                f"class {prefix}SimplyMeet({base}):",
                f'    """The {"async " if is_async else ""}SimplyMeet.me client: ``{"Async" if is_async else ""}SimplyMeet().events.list(...)``.',
                "",
                "    ``api_key`` defaults to ``SIMPLYMEET_API_KEY``, ``base_url`` to ``SIMPLYMEET_BASE_URL`` or production.",
                "    Other options: ``timeout``, ``retry``, ``deadline``, ``max_response_bytes``, ``max_response_head_bytes``,",
                "    ``strict_responses``, ``follow_redirects``, ``allow_insecure_http``, ``proxy``, ``trust_env``,",
                "    ``httpx_args`` (see the README); ``with_options()`` copies.",
                '    """',
                "",
                "    _client_class = AuthenticatedClient",
                "    _default_base_url = DEFAULT_BASE_URL",
                f"    _key_check = {key_check(entries)!r}",
                "",
            ]
            lines += [f"    {resource}: {prefix}{_class(resource)}" for resource in methods]
            lines += ["", "    def _resources(self) -> None:"]
            lines += [f"        self.{resource} = {prefix}{_class(resource)}(self)" for resource in methods]
            clients.append("\n".join(lines))
        model_names = sorted({*self.models, *self.enums})
        header = [
            '"""``SimplyMeet().<resource>.<method>(...)``: the resource-style client.',
            "",
            "Generated by tools/resources_gen.py from openapi/simplymeet.yaml and openapi/resources.yaml; never edit by hand.",
            '"""',
            "",
            "from __future__ import annotations",
            "",
            "import builtins",
            "import datetime",
            "from uuid import UUID",
            "from collections.abc import AsyncIterator, Iterator, Sequence",
            "from typing import Any, Literal, Required, TypedDict",
            "",
            "from simplymeet_runtime import resources as _rt",
            "from simplymeet_runtime.pagination import DEFAULT_CONCURRENCY, MAX_ON_PAGE",
            "",
            "from .client import DEFAULT_BASE_URL, AuthenticatedClient",
            *[
                f"from .{module.rsplit('.', 1)[0]} import {module.rsplit('.', 1)[1]} as {alias}"
                for module, alias in imports
            ],
            f"from .models import {', '.join(model_names)}",
            "from .types import UNSET, Response, Unset",
            "",
        ]
        # A method named `list` shadows the builtin inside its class: annotations say `builtins.list`.
        body = [
            re.sub(r"(?<![\w.])list\[", "builtins.list[", source)
            for source in [*self.typed_dicts.values(), *classes, *clients]
        ]
        exports = ["SimplyMeet", "AsyncSimplyMeet", *[f"{name}Dict" for name in self.typed_dicts]]
        footer = ["__all__ = [" + ", ".join(f'"{name}"' for name in exports) + "]"]
        return "\n".join(header) + "\n\n" + "\n\n\n".join(body) + "\n\n\n" + "\n".join(footer) + "\n"


def render(facts: SpecFacts, openapi: Any) -> str:
    return Generator(facts, openapi).source(load_entries())


def commands(facts: SpecFacts, openapi: Any) -> str:
    """``commands.json``: what the command line needs to list and build its commands without importing the client.

    resource -> method -> operation, HTTP line, whether it lists (pages), the default columns (resources.yaml), and
    its arguments as ``[python name, wire name, where, positional]`` (where: path, query, filter, body); the types,
    descriptions and bounds come from the spec itself (``openapi.json``).
    """
    generator = Generator(facts, openapi)
    index: dict[str, dict[str, Any]] = {}
    for resource, entries in load_entries().items():
        for name, entry in entries.items():
            method = generator.method(resource, name, entry["operation"], entry["positional"])
            args = [[a.name, a.wire, "path", True] for a in method.path_args]
            args += [[a.name, a.wire, "body", True] for a in method.body_positional]
            args += [[a.name, a.wire, "query", False] for a in method.query_args]
            args += [[a.name, a.wire, "filter", False] for a in method.filter_args]
            args += [[a.name, a.wire, "body", False] for a in method.body_args]
            index.setdefault(resource, {})[name] = {
                "operation": method.op_id,
                "http": method.http,
                "lists": bool(method.page_item),
                "columns": entry.get("columns", []),
                "args": args,
            }
    return json.dumps(index, indent=1) + "\n"


README_START = "<!-- resources table: generated by make generate (tools/resources_gen.py) -->"
README_END = "<!-- end of resources table -->"


def table(mapping: dict[str, dict[str, str]] | None = None, spec: dict[str, Any] | None = None) -> str:
    """The README's table of every method, its operationId, HTTP method and path."""
    mapping = load_mapping() if mapping is None else mapping
    spec = yaml.safe_load((ROOT / "openapi" / "simplymeet.yaml").read_text()) if spec is None else spec
    where = {
        op["operationId"]: f"{method.upper()} {path}"
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }
    rows = ["| method | operationId | HTTP |", "| --- | --- | --- |"]
    for resource, methods in mapping.items():
        for name, op_id in methods.items():
            rows.append(f"| `sm.{resource}.{name}()` | `{op_id}` | `{where[op_id]}` |")
    return "\n".join([README_START, f"All {len(where)} operations:", "", *rows, README_END])


def update_readme(path: Path = ROOT / "README.md") -> None:
    """Replace the table between the markers in the README (``make generate``)."""
    text = path.read_text()
    start, end = text.index(README_START), text.index(README_END) + len(README_END)
    path.write_text(text[:start] + table() + text[end:])
