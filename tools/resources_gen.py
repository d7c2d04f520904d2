"""The resources' part of the generation context: ``SimplyMeet().<resource>.<method>(...)`` from the spec.

Called by ``tools/generate.py`` with the parser's endpoints and models. Which method each operation is comes from
``openapi/resources.yaml``; everything else (arguments, types, docstrings) from the spec. This module computes
data only; ``templates/project/`` renders it: one module per resource (``resources/<resource>.py``), the clients
(``simplymeet.py``), the request ``TypedDict``s, the command index (``commands.json``) and the README's table.

Arguments of a method: path parameters positional; query parameters and the members of a ``filter`` object as
keywords; the request body's fields as keywords (or the model as ``body=``). Enum arguments also take their
string values; nested request objects also take a ``TypedDict`` of their JSON keys (``<Model>Dict``).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import jinja2
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
TEMPLATES = ROOT / "templates" / "project"
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
        self.literals: dict[str, str] = {}  # alias name -> Literal[...] of an enum's values
        self.typed_dicts: dict[str, SimpleNamespace] = {}  # model class -> its TypedDict: name, fields

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
        """The name of the ``Literal`` alias of an enum's string values (``<Enum>Value``, made once)."""
        name = prop.class_info.name
        values = ", ".join(repr(value) for value in self.enums[name].values.values())
        self.literals[f"{name}Value"] = f"Literal[{values}]"
        return f"{name}Value"

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
        self.typed_dicts[model_name] = SimpleNamespace(name=name, model=model_name, fields=[])  # first: cycles
        model = self.models[model_name]
        self.typed_dicts[model_name].fields = [
            SimpleNamespace(key=_text(prop.name), annotation=self._json_type(prop), required=prop.required)
            for prop in [*model.required_properties, *model.optional_properties]
        ]
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

    # --------------------------------------------------------------------------------------------- context

    def docstring(self, method: Method, *, listing: bool) -> str:
        """The text of a method's docstring (the template quotes and indents it)."""
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
        text += f"\n\nOperation ``{method.op_id}``."
        return text.replace("\\", "\\\\")

    def context(self, entries: dict[str, dict[str, dict[str, Any]]]) -> dict[str, Any]:
        """What the templates of ``templates/project/`` render the resources, the clients and the command index from."""
        resources = []
        for resource, ops in entries.items():
            methods = [
                self.method(resource, name, entry["operation"], entry["positional"]) for name, entry in ops.items()
            ]
            resources.append(
                SimpleNamespace(
                    name=resource,
                    cls=_class(resource),
                    methods=[
                        SimpleNamespace(
                            m=method,
                            doc=self.docstring(method, listing=bool(method.page_item)),
                            page_adapter=getattr(self.facts.page_info(self.endpoints[method.op_id][1]), "adapter", ""),
                            columns=ops[method.name].get("columns", []),
                        )
                        for method in methods
                    ],
                    imports=sorted({(m.module, m.alias) for m in methods}),
                )
            )
        return {
            "resources": resources,
            "typed_dicts": [self.typed_dicts[name] for name in sorted(self.typed_dicts)],
            "literals": dict(sorted(self.literals.items())),
            "request_types": sorted([*self.literals, *(d.name for d in self.typed_dicts.values())]),
            "model_names": sorted({*self.models, *self.enums}),
            "key_check": key_check(entries),
        }


def context(facts: SpecFacts, openapi: Any) -> dict[str, Any]:
    """The resources' part of the generation context (``tools/generate.py`` adds the rest)."""
    return Generator(facts, openapi).context(load_entries())


def commands(resources: list[Any]) -> dict[str, dict[str, Any]]:
    """``commands.json``: what the command line needs to list and build its commands without importing the client.

    resource -> method -> operation, HTTP line, whether it lists (pages), the default columns (resources.yaml), and
    its arguments as ``[python name, wire name, where, positional]`` (where: path, query, filter, body); the types,
    descriptions and bounds come from the spec itself (``openapi.json``).
    """
    index: dict[str, dict[str, Any]] = {}
    for resource in resources:
        for entry in resource.methods:
            method = entry.m
            args = [[a.name, a.wire, "path", True] for a in method.path_args]
            args += [[a.name, a.wire, "body", True] for a in method.body_positional]
            args += [[a.name, a.wire, "query", False] for a in method.query_args]
            args += [[a.name, a.wire, "filter", False] for a in method.filter_args]
            args += [[a.name, a.wire, "body", False] for a in method.body_args]
            index.setdefault(resource.name, {})[method.name] = {
                "operation": method.op_id,
                "http": method.http,
                "lists": bool(method.page_item),
                "columns": entry.columns,
                "args": args,
            }
    return index


README_START = "<!-- resources table: generated by make generate (tools/resources_gen.py) -->"
README_END = "<!-- end of resources table -->"


def table(mapping: dict[str, dict[str, str]] | None = None, spec: dict[str, Any] | None = None) -> str:
    """The README's table of every method, its operationId, HTTP method and path (``readme_table.md.jinja``)."""
    mapping = load_mapping() if mapping is None else mapping
    spec = yaml.safe_load((ROOT / "openapi" / "simplymeet.yaml").read_text()) if spec is None else spec
    where = {
        op["operationId"]: f"{method.upper()} {path}"
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), keep_trailing_newline=False)
    template = environment.get_template("readme_table.md.jinja")
    return template.render(mapping=mapping, where=where, start=README_START, end=README_END).strip()


def update_readme(text: str | None = None, path: Path = ROOT / "docs" / "client.md") -> None:
    """Replace the table between the markers in the README (``make generate``) with ``text`` (default: :func:`table`)."""
    readme = path.read_text()
    start, end = readme.index(README_START), readme.index(README_END) + len(README_END)
    path.write_text(readme[:start] + (table() if text is None else text) + readme[end:])
