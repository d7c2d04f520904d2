"""The docs site's generated pages: the API reference and the CLI reference (make docs).

Written at build time into docs/reference/ (not committed), so they cannot drift from the code:

- the API reference introspects a live ``SimplyMeet`` client: every resource attribute it has and every public
  method of each (wherever the resource classes live), with the method's signature and docstring, and for the
  methods that call an operation, the spec's description, parameters (descriptions, allowed values, required),
  return type, error statuses and a short example;
- the CLI reference reads the command index the CLI itself is built from (``simplymeet_client/commands.json``).

``python -m tools.docs_ref`` writes both; ``missing_from_reference()`` is what tests/test_docs.py checks.
"""

from __future__ import annotations

import argparse
import inspect
import json
import re
from collections.abc import Iterator, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from simplymeet_client import SimplyMeet

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "simplymeet.yaml"
OUT = ROOT / "docs" / "reference"


@cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC.read_text())
    return loaded


@cache
def command_index() -> dict[str, dict[str, dict[str, Any]]]:
    text = resources.files("simplymeet_client").joinpath("commands.json").read_text()
    index: dict[str, dict[str, dict[str, Any]]] = json.loads(text)
    return index


def resolve(node: Any) -> Any:
    """Follow local ``$ref``s until a node that is not one."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (HTTP method, path, operation)."""
    found: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, item in spec()["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                found[op["operationId"]] = (method.upper(), path, op)
    return found


def client_resources() -> dict[str, Any]:
    """The live client's resources: attribute name -> resource object (no request is made)."""
    client = SimplyMeet(api_key="reference-only")
    found = {}
    for name, value in sorted(vars(client).items()):
        if not name.startswith("_") and hasattr(type(value), "HTTP"):
            found[name] = value
    return found


def public_methods(resource: Any) -> dict[str, Any]:
    return {
        name: member
        for name, member in inspect.getmembers(type(resource), inspect.isfunction)
        if not name.startswith("_")
    }


def one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def schema_text(schema: Any) -> tuple[str, str]:
    """(type, allowed values) of a parameter or property schema."""
    schema = resolve(schema) or {}
    for key in ("anyOf", "oneOf"):
        if key in schema:
            kinds = [schema_text(s)[0] for s in schema[key]]
            values = [schema_text(s)[1] for s in schema[key]]
            return " or ".join(k for k in kinds if k), "; ".join(v for v in values if v)
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = " or ".join(kind)
    if kind == "array":
        inner, inner_values = schema_text(schema.get("items", {}))
        return f"array of {inner}", inner_values
    kind = str(kind)
    if "format" in schema:
        kind = f"{kind} ({schema['format']})"
    if "enum" in schema:
        return kind, ", ".join(f"`{v}`" for v in schema["enum"] if v is not None)
    bounds = [f"{word} {schema[key]}" for key, word in (("minimum", "min"), ("maximum", "max")) if key in schema]
    return kind, ", ".join(bounds)


def argument_rows(operation_id: str, entry: dict[str, Any]) -> Iterator[tuple[str, str, str, str, str]]:
    """(python name, where, type, allowed values, description) per argument of a command-index entry."""
    _, _, op = operations()[operation_id]
    params = {p["name"]: p for p in (resolve(p) for p in op.get("parameters", []))}
    body_schema: dict[str, Any] = {}
    body = resolve(op.get("requestBody", {}))
    for media in body.get("content", {}).values():
        body_schema = resolve(media.get("schema", {}))
        break
    filter_schema = resolve(params.get("filter", {}).get("schema", {}))
    for py_name, wire, where, required in entry["args"]:
        if where == "filter":
            node = resolve(filter_schema.get("properties", {}).get(wire, {}))
            schema, shown = node, f"query `filter[{wire}]`"
        elif where == "body":
            node = resolve(body_schema.get("properties", {}).get(wire, {}))
            schema, shown = node, f"body `{wire}`"
        else:
            node = params.get(wire, {})
            schema, shown = node.get("schema", {}), f"{where} `{wire}`"
        kind, allowed = schema_text(schema)
        name = f"`{py_name}`" + (" (required)" if required else "")
        yield name, shown, kind, allowed, one_line(node.get("description") or resolve(schema).get("description"))


def errors(op: dict[str, Any]) -> str:
    shown = []
    for status, response in op.get("responses", {}).items():
        if str(status)[0] in "45":
            shown.append(f"{status} ({one_line(resolve(response).get('description')).rstrip('.')})")
    return "; ".join(shown)


def example(resource: str, method: str, entry: dict[str, Any] | None, op: dict[str, Any] | None) -> str:
    args = []
    if entry and op:
        params = {p["name"]: p for p in (resolve(p) for p in op.get("parameters", []))}
        for py_name, wire, where, required in entry["args"]:
            if not required:
                continue
            value: Any = params.get(wire, {}).get(
                "example", resolve(params.get(wire, {}).get("schema", {})).get("example")
            )
            args.append(f"{py_name}={value if value is not None else '...'!r}")
    call = f"sm.{resource}.{method}({', '.join(args)})"
    if entry and entry.get("lists"):
        call = f"for item in {call}:\n    print(item)"
    else:
        call = f"result = {call}"
    return f"from simplymeet_client import SimplyMeet\n\nsm = SimplyMeet()  # SIMPLYMEET_API_KEY\n{call}"


def annotation_text(annotation: Any) -> str:
    """An annotation as the source spells it (they are strings here: ``from __future__ import annotations``)."""
    return annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)


def signature_text(signature: inspect.Signature) -> str:
    parts, star = [], False
    for parameter in signature.parameters.values():
        if parameter.name == "self":
            continue
        if parameter.kind is parameter.KEYWORD_ONLY and not star:
            parts.append("*")
            star = True
        text = parameter.name
        if parameter.annotation is not parameter.empty:
            text += f": {annotation_text(parameter.annotation)}"
        if parameter.default is not parameter.empty:
            text += f" = {parameter.default!r}"
        parts.append(text)
    returns = (
        "" if signature.return_annotation is signature.empty else f" -> {annotation_text(signature.return_annotation)}"
    )
    return f"({', '.join(parts)}){returns}"


def table(rows: Sequence[Sequence[str]], head: tuple[str, ...]) -> list[str]:
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return lines


def api_reference() -> str:
    ops = operations()
    index = command_index()
    lines = [
        "# API reference",
        "",
        "Generated by `tools/docs_ref.py` at `make docs` time from the live `SimplyMeet` client (its resources and",
        "their public methods, signatures and docstrings) and `openapi/simplymeet.yaml` (descriptions, allowed values,",
        "errors). `AsyncSimplyMeet` has the same resources and methods, to be awaited. Every method's",
        "`with_raw_response` twin returns the whole response (see [the client](../client.md)).",
        "",
        "[The spec's own HTML reference](../spec/index.html) shows every operation, schema and example.",
        "",
    ]
    for resource_name, resource in client_resources().items():
        lines += [f"## `{resource_name}`", "", one_line(inspect.getdoc(resource)), ""]
        http: dict[str, str] = type(resource).HTTP
        for method_name, function in public_methods(resource).items():
            entry = index.get(resource_name, {}).get(method_name)
            op_id = entry["operation"] if entry else None
            op = ops[op_id][2] if op_id in ops else None
            signature = inspect.signature(function)
            shown = re.sub(r"\s+", " ", signature_text(signature))
            lines += [f"### `{resource_name}.{method_name}`", "", "```python", f"{method_name}{shown}", "```", ""]
            doc = inspect.getdoc(function)
            if doc:
                lines += [doc, ""]
            if op is not None and op_id is not None:
                lines += [f"`{http.get(method_name, ' '.join(ops[op_id][:2]))}` (operation `{op_id}`).", ""]
                description = one_line(op.get("description") or op.get("summary"))
                if description:
                    lines += [description, ""]
                rows = list(argument_rows(op_id, entry or {"args": []}))
                if rows:
                    lines += ["**Parameters**", ""]
                    lines += table(rows, ("Argument", "Sent as", "Type", "Allowed values", "Description")) + [""]
            returns = re.sub(r"\s+", " ", annotation_text(signature.return_annotation))
            lines += [f"**Returns:** `{returns}`", ""]
            if op is not None:
                lines += [f"**Errors:** {errors(op)}; each raises its `simplymeet_client.errors` class.", ""]
            lines += ["**Example**", "", "```python", example(resource_name, method_name, entry, op), "```", ""]
    return "\n".join(lines).rstrip() + "\n"


def cli_reference() -> str:
    lines = [
        "# CLI reference",
        "",
        "Generated by `tools/docs_ref.py` at `make docs` time from the command index the CLI is built from",
        "(`simplymeet_client/commands.json`). Commands are `simplymeet RESOURCE COMMAND [OPTIONS]`; option names are",
        "the Python argument names with dashes. See [the CLI guide](../cli.md) for output formats, paging and",
        "confirmation.",
        "",
    ]
    ops = operations()
    for resource, entries in command_index().items():
        dashed = resource.replace("_", "-")
        lines += [f"## `simplymeet {dashed}`", ""]
        for name, entry in entries.items():
            command = f"simplymeet {dashed} {name.replace('_', '-')}"
            op = ops.get(entry["operation"], ("", "", {}))[2]
            lines += [f"### `{command}`", "", f"`{entry['http']}` (operation `{entry['operation']}`).", ""]
            summary = one_line(op.get("summary"))
            if summary:
                lines += [summary + ".", ""]
            rows = [
                (f"`--{py.replace('_', '-')}`" if not required else f"`{py.upper()}`", where, "yes" if required else "")
                for py, _wire, where, required in entry["args"]
            ]
            if rows:
                lines += table(rows, ("Option", "Sent in", "Required")) + [""]
            if entry["lists"]:
                lines += [f"Lists; table columns: {', '.join(f'`{c}`' for c in entry['columns'])}.", ""]
    return "\n".join(lines).rstrip() + "\n"


def missing_from_reference(page: str) -> list[str]:
    """``resource.method`` of every public method of every resource that the page lacks a heading for."""
    return [
        f"{r}.{m}"
        for r, resource in client_resources().items()
        for m in public_methods(resource)
        if f"### `{r}.{m}`" not in page
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    out: Path = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    for name, text in (("api.md", api_reference()), ("cli.md", cli_reference())):
        (out / name).write_text(text)
        print(
            f"{(out / name).relative_to(ROOT) if out.is_relative_to(ROOT) else out / name}: {text.count(chr(10))} lines"
        )


if __name__ == "__main__":
    main()
