"""List the breaking changes between two versions of the spec, direction-aware (``make breaking BASE=<git ref>``).

    python -m tools.breaking --base REF          # openapi/simplymeet.yaml at REF vs the working tree
    python -m tools.breaking OLD.yaml NEW.yaml   # two files

A change breaks a client that was generated from the old spec when

* requests (what old clients send): an operation is removed; a parameter or body field becomes required
  or is new and required; a parameter or field changes type; an enum value is removed; a field old
  clients send is removed from a closed (``additionalProperties: false``) body;
* responses (what old clients parse): a success status or field is removed; a field changes type;
  becomes nullable; or becomes optional.

The names other generators derive code from are compared too: a renamed ``operationId`` (a renamed Python module
and function) and a removed or renamed schema (a renamed Python class) break generated clients even when the wire
does not change. With ``--base``, the public Python API of the generated package (``generated/`` and the runtime
it re-exports) is also compared with the one committed at the base ref, with griffe: a template change or a
generator upgrade can remove or rename modules, functions, classes and parameters even when the spec is the same.

Exit status 1 when there is a breaking change, 0 otherwise. Added enum values in responses are listed as
notes (the generated client keeps unknown values) and do not fail. No kept tool was installable here
(oasdiff is a Go binary outside the registries this machine reaches), so this is small and tested.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from simplymeet_runtime import spec as _model
from simplymeet_runtime.spec import split_nullable
from tools import ROOT

SPEC = "openapi/simplymeet.yaml"


@dataclass
class Report:
    breaking: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


Spec = _model.Spec
"""The run-time spec model (:class:`simplymeet_runtime.spec.Spec`), imported from here by release and drift-apply."""


def _operations(spec: Spec) -> dict[str, dict[str, Any]]:
    """Each operation object by ``"METHOD /template"``, in the document's order."""
    return {key: route.data for key, route in spec.by_method_path.items()}


def _ref_name(schema: Any) -> str | None:
    return schema["$ref"].rsplit("/", 1)[-1] if isinstance(schema, dict) and "$ref" in schema else None


def _type_of(spec: Spec, schema: Any) -> str:
    name = _ref_name(schema)
    resolved = spec.resolve(schema)
    kind = resolved.get("type", "object" if "properties" in resolved else "any") if isinstance(resolved, dict) else "?"
    fmt = resolved.get("format") if isinstance(resolved, dict) else None
    return f"{name or kind}{f'({fmt})' if fmt and not name else ''}"


class _Found(list[str]):
    """Breaking changes or notes as they are found: ``append`` records one for the operation being compared."""

    def __init__(self, differ: Differ, kind: str) -> None:
        super().__init__()
        self.differ, self.kind = differ, kind
        self.operations: dict[str, set[str]] = {}

    def append(self, line: str) -> None:
        if line not in self.operations:
            super().append(line)
            self.operations[line] = set()
        self.operations[line].add(self.differ.operation_name)
        self.differ.emitted.append((self.kind, line))

    def lines(self) -> list[str]:
        """Each line; one about a schema member (``EventDTO.uuid: became nullable``) names every operation
        (operationId, or the webhook) that sends or returns it."""
        out = []
        for line in self:
            where = line.split(" ", 1)[1].split(":", 1)[0] if " " in line else ""
            member = bool(where) and " " not in where
            operations = sorted(self.operations[line] - {""})
            out.append(f"{line} ({', '.join(operations)})" if member and operations else line)
        return out


class Differ:
    def __init__(self, old: Spec, new: Spec) -> None:
        self.old, self.new, self.report = old, new, Report()
        self.breaking, self.notes = _Found(self, "breaking"), _Found(self, "note")
        self.report.breaking, self.report.notes = self.breaking, self.notes
        self.operation_name = ""
        self.emitted: list[tuple[str, str]] = []
        self._done: dict[tuple[str, str], list[tuple[str, str]]] = {}
        self._busy: set[tuple[str, str]] = set()

    def schema(self, where: str, old_schema: Any, new_schema: Any, direction: str) -> None:
        old_bare, old_null = split_nullable(self.old.resolve(old_schema))
        new_bare, new_null = split_nullable(self.new.resolve(new_schema))
        if direction == "response" and new_null and not old_null:
            self.breaking.append(f"response {where}: became nullable")
        if direction == "request" and old_null and not new_null:
            self.breaking.append(f"request {where}: no longer accepts null")
        old_type, new_type = _type_of(self.old, old_bare), _type_of(self.new, new_bare)
        if old_type != new_type:
            self.breaking.append(f"{direction} {where}: type changed from {old_type} to {new_type}")
            return
        name = _ref_name(old_bare) or _ref_name(old_schema)
        if name and name == (_ref_name(new_bare) or _ref_name(new_schema)):
            self.component(name, direction)
            return
        self.inside(where, old_bare, new_bare, direction)

    def component(self, name: str, direction: str) -> None:
        """A named schema, compared once per direction; what it breaks is said of its members (``EventDTO.uuid``)
        and counted for every operation that reaches it."""
        key = (name, direction)
        if key in self._done:
            for kind, line in self._done[key]:
                (self.breaking if kind == "breaking" else self.notes).append(line)
            return
        if key in self._busy:
            return
        self._busy.add(key)
        start = len(self.emitted)
        schemas_old = self.old.document.get("components", {}).get("schemas", {})
        schemas_new = self.new.document.get("components", {}).get("schemas", {})
        self.inside(name, schemas_old.get(name, {}), schemas_new.get(name, {}), direction)
        self._done[key] = list(dict.fromkeys(self.emitted[start:]))
        self._busy.discard(key)

    def inside(self, where: str, old_bare: Any, new_bare: Any, direction: str) -> None:
        old_res, new_res = self.old.resolve(old_bare), self.new.resolve(new_bare)
        if not isinstance(old_res, dict) or not isinstance(new_res, dict):
            return
        self._enum(where, old_res, new_res, direction)
        if "items" in old_res and "items" in new_res:
            self.schema(f"{where}[]", old_res["items"], new_res["items"], direction)
        self._properties(where, old_res, new_res, direction)

    def _enum(self, where: str, old: dict[str, Any], new: dict[str, Any], direction: str) -> None:
        if "enum" not in old or "enum" not in new:
            return
        removed = [v for v in old["enum"] if v not in new["enum"]]
        added = [v for v in new["enum"] if v not in old["enum"]]
        if direction == "request" and removed:
            self.breaking.append(f"request {where}: enum value(s) removed: {removed}")
        if direction == "response" and added:
            self.notes.append(f"response {where}: enum value(s) added: {added}")

    def _properties(self, where: str, old: dict[str, Any], new: dict[str, Any], direction: str) -> None:
        old_props, new_props = old.get("properties", {}), new.get("properties", {})
        old_required, new_required = set(old.get("required", [])), set(new.get("required", []))
        for name, old_prop in old_props.items():
            path = f"{where}.{name}"
            if name not in new_props:
                if direction == "response":
                    self.breaking.append(f"response {path}: removed")
                elif new.get("additionalProperties") is False:
                    self.breaking.append(f"request {path}: removed from a closed body old clients send it in")
                continue
            if direction == "response" and name in old_required and name not in new_required:
                self.breaking.append(f"response {path}: became optional")
            if direction == "request" and name in new_required and name not in old_required:
                self.breaking.append(f"request {path}: became required")
            self.schema(path, old_prop, new_props[name], direction)
        if direction == "request":
            for name in sorted(new_required - set(old_props)):
                self.breaking.append(f"request {where}.{name}: new required field")

    def operation(self, name: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        old_params = {(p["in"], p["name"]): p for p in map(self.old.resolve, old.get("parameters", []))}
        new_params = {(p["in"], p["name"]): p for p in map(self.new.resolve, new.get("parameters", []))}
        for key, param in new_params.items():
            label = f"{name} {key[0]} parameter {key[1]}"
            if key not in old_params:
                if param.get("required"):
                    self.breaking.append(f"request {label}: new required parameter")
                continue
            if param.get("required") and not old_params[key].get("required"):
                self.breaking.append(f"request {label}: became required")
            self.schema(label, old_params[key].get("schema", {}), param.get("schema", {}), "request")
        old_body, new_body = self.old.resolve(old.get("requestBody")), self.new.resolve(new.get("requestBody"))
        if new_body and new_body.get("required") and not (old_body and old_body.get("required")):
            self.breaking.append(f"request {name} body: became required")
        if old_body and new_body:
            for media, content in old_body.get("content", {}).items():
                if media in new_body.get("content", {}):
                    new_schema = new_body["content"][media].get("schema", {})
                    self.schema(f"{name} body", content.get("schema", {}), new_schema, "request")
        new_responses = new.get("responses", {})
        for status, response in old.get("responses", {}).items():
            if not str(status).startswith("2"):
                continue
            if status not in new_responses:
                self.breaking.append(f"response {name} {status}: status removed")
                continue
            old_content = self.old.resolve(response).get("content", {})
            new_content = self.new.resolve(new_responses[status]).get("content", {})
            for media, content in old_content.items():
                if media not in new_content:
                    self.breaking.append(f"response {name} {status} {media}: removed")
                    continue
                new_schema = new_content[media].get("schema", {})
                self.schema(f"{name} {status}", content.get("schema", {}), new_schema, "response")


def compare(old_document: dict[str, Any], new_document: dict[str, Any]) -> Report:
    differ = Differ(Spec(old_document), Spec(new_document))
    new_operations = _operations(differ.new)
    for name, operation in _operations(differ.old).items():
        differ.operation_name = str(operation.get("operationId") or name)
        if name not in new_operations:
            differ.breaking.append(f"request {name}: operation removed ({operation.get('operationId')})")
            continue
        differ.operation(name, operation, new_operations[name])
    new_webhooks = differ.new.document.get("webhooks") or {}
    for hook, item in (differ.old.document.get("webhooks") or {}).items():
        for method, delivery in item.items():
            differ.operation_name = str(delivery.get("operationId") or hook)
            new_delivery = (new_webhooks.get(hook) or {}).get(method)
            if new_delivery is None:
                differ.breaking.append(f"response webhook {hook}: removed")
                continue
            old_media = (differ.old.resolve(delivery.get("requestBody")) or {}).get("content", {})
            new_media = (differ.new.resolve(new_delivery.get("requestBody")) or {}).get("content", {})
            for media, content in old_media.items():  # a delivery is what receivers parse: a response's rules
                if media in new_media:
                    differ.schema(f"webhook {hook}", content.get("schema", {}), new_media[media].get("schema", {}),
                                  "response")  # fmt: skip
    differ.operation_name = ""
    for line in rebound_attributes(differ.old, differ.new):
        differ.breaking.append(line)
    return Report(breaking=differ.breaking.lines(), notes=differ.notes.lines())


def python_name(wire: str) -> str:
    """The attribute the generator makes of property ``wire`` (openapi-python-client, ``field_prefix: ""``)."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(wire, prefix=""))


def rebound_attributes(old: Spec, new: Spec) -> list[str]:
    """Python attributes that would read another wire name than before: a new property whose Python name is an
    existing one's (``created_at`` beside ``createdAt``) rebinds the attribute, silently, for every user."""
    found = []
    old_schemas = old.document.get("components", {}).get("schemas", {})
    new_schemas = new.document.get("components", {}).get("schemas", {})
    for name, schema in old_schemas.items():
        new_schema = new_schemas.get(name)
        if not isinstance(schema, dict) or not isinstance(new_schema, dict):
            continue
        wires: dict[str, list[str]] = {}
        for wire in new_schema.get("properties") or {}:
            wires.setdefault(python_name(wire), []).append(wire)
        for wire in schema.get("properties") or {}:
            others = [w for w in wires.get(python_name(wire), []) if w != wire]
            if others:
                found.append(
                    f"Python API: {name}.{python_name(wire)}: the attribute of {wire!r} would also be that of "
                    f"{others[0]!r} (rebound; rename one in the spec)"
                )
    return found


def renamed_names(old: Spec, new: Spec) -> list[str]:
    """operationIds changed under the same method and path, and schemas that are gone: both rename Python code."""
    found = []
    new_operations = _operations(new)
    for key, operation in _operations(old).items():
        old_id, new_id = operation.get("operationId"), new_operations.get(key, {}).get("operationId")
        if key in new_operations and old_id != new_id:
            found.append(f"{key}: operationId {old_id} renamed to {new_id} (renames its Python module and functions)")
    old_schemas = old.document.get("components", {}).get("schemas", {})
    new_schemas = new.document.get("components", {}).get("schemas", {})
    for name in old_schemas:
        if name not in new_schemas:
            found.append(f"schema {name} removed or renamed (removes the Python class {name})")
    return found


def python_api_breakages(old_paths: list[Path], new_paths: list[Path]) -> list[str]:
    """Public Python API of ``simplymeet_client`` found on ``old_paths`` against ``new_paths`` (griffe; re-exports
    and inherited members resolved, the runtime included)."""
    import griffe

    def load(paths: list[Path]) -> Any:
        return griffe.load(
            "simplymeet_client", search_paths=[str(p) for p in paths], resolve_aliases=True, resolve_external=True
        )

    found = []
    for breakage in griffe.find_breaking_changes(load(old_paths), load(new_paths)):
        change = f" ({breakage.old_value} -> {breakage.new_value})" if breakage.new_value is not None else ""
        found.append(f"Python API: {breakage.obj.path}: {breakage.kind.value}{change}")
    return found


def python_api_breakages_since(base: str) -> list[str]:
    """:func:`python_api_breakages` of the package committed at git ref ``base`` against the working tree's."""
    archive = subprocess.run(
        ["git", "archive", base, "generated", "runtime"], cwd=ROOT, capture_output=True, check=True
    )
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(tmp, filter="data")
        old = [Path(tmp) / "generated", Path(tmp) / "runtime"]
        return python_api_breakages(old, [ROOT / "generated", ROOT / "runtime"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", help="git ref of the old spec (compared with the working tree)")
    parser.add_argument("files", nargs="*", type=Path, help="OLD NEW spec files instead of --base")
    args = parser.parse_args(argv)
    if args.base:
        old_text = subprocess.run(
            ["git", "show", f"{args.base}:{SPEC}"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
        new_text, label = (ROOT / SPEC).read_text(), f"{args.base} -> working tree"
    elif len(args.files) == 2:
        old_text, new_text = args.files[0].read_text(), args.files[1].read_text()
        label = f"{args.files[0]} -> {args.files[1]}"
    else:
        parser.error("give --base REF or OLD NEW")
    report = compare(yaml.safe_load(old_text), yaml.safe_load(new_text))
    report.breaking += renamed_names(Spec(yaml.safe_load(old_text)), Spec(yaml.safe_load(new_text)))
    if args.base:
        report.breaking += python_api_breakages_since(args.base)
    print(f"Breaking changes ({label}): {len(report.breaking)}")
    for line in report.breaking:
        print(f"  BREAKING {line}")
    for line in report.notes:
        print(f"  note     {line}")
    return 1 if report.breaking else 0


if __name__ == "__main__":
    sys.exit(main())
