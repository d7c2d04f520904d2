"""``make drift-apply RECORDINGS=PATH`` (``python -m tools.drift PATH --apply [--origin URL]``): traffic into the spec.

**Planned first.** The drift report's findings are grouped by the spec node they change, across every response,
operation, status and webhook payload, and each node gets one edit that agrees with every observation of it (null
in one response and a string in another: one nullable string). The edits are text at the lines PyYAML's composer
locates, so every other byte of ``openapi/simplymeet.yaml`` stays as it was; the spec is never re-dumped.

* undeclared property: added, first in ``properties``, **optional** (one recording cannot prove the service always
  sends it, and the sandbox, fixtures and recordings already committed do not), nullable when it was ever null,
  with the type and format every value agrees on; a new object or array of objects gets an inline schema, its own
  properties inferred the same way (required inside when present in every object seen). A description says it was
  observed; one example, masked. A name that would not be a Python attribute of its own (``created_at`` beside
  ``createdAt``, ``2faEnabled``, ``class``) is refused before anything is written, in one line naming both;
* missing property: removed from ``required``; unexpected null and type mismatch: one edit of the type with every
  type seen (a ``$ref`` allowing null becomes ``oneOf: [$ref, {type: 'null'}]``); unknown enum value: added;
  format mismatch: the ``format`` dropped; undocumented status: documented (``ErrorDTO`` when the body has a
  ``message``); undocumented operation: a stub is printed, never added.

Every node it changes carries ``x-observed`` (first and last date seen, count, source files).

**One transaction.** Spectral, node and git are looked for before anything. The edited spec is written to a
scratch copy of the repository, and there: ``make generate``, the breaking check against the tree as it is (spec,
webhooks and the Python API), the versions (:func:`drift_versions`: what the next release needs, counted from the
last release as ``make release`` counts, so never bumped twice) in ``pyproject.toml`` and ``info.version``, a
CHANGELOG entry, generation again and ``published/`` (as ``make generate``), the lint, the fast path of every
changed model (it must not switch off), the recordings read strictly through the regenerated client, and
:data:`CHECK_TESTS`. Only then are the files that
differ (of :data:`TOUCHED`) replaced in the tree, with SIGINT and SIGTERM held off. Any failure, a missing tool,
Ctrl-C or SIGTERM: one line, exit 1, the tree byte for byte as before. Applying the same recordings twice changes
nothing the second time.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import keyword
import re
import shutil
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from simplymeet_runtime.drift_report import JSON_TYPES, Finding, mask, mask_text
from tools import ROOT, SPEC, versions
from tools.breaking import python_name

OBSERVED = "Observed in traffic; not in the vendor's reference."


@dataclasses.dataclass
class Edit:
    start: int  # first line replaced (0-based)
    end: int  # line after the last replaced (== start: an insertion)
    lines: list[str]


@dataclasses.dataclass
class Plan:
    edits: list[Edit] = dataclasses.field(default_factory=list)
    changes: list[str] = dataclasses.field(default_factory=list)  # what was changed, a line each
    additions: int = 0
    left_alone: list[str] = dataclasses.field(default_factory=list)
    stubs: list[str] = dataclasses.field(default_factory=list)
    observed: dict[str, list[Finding]] = dataclasses.field(default_factory=dict)  # node pointer -> findings


# ------------------------------------------------------------------------------------------- finding nodes


def _unescape(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")


def entry(mapping: Node, key: str) -> tuple[ScalarNode, Node] | None:
    if not isinstance(mapping, MappingNode):
        return None
    for key_node, value in mapping.value:
        if isinstance(key_node, ScalarNode) and key_node.value == key:
            return key_node, value
    return None


def node_at(root: Node, pointer: str) -> Node | None:
    node: Node | None = root
    for part in pointer.split("/") if pointer else []:
        if node is None:
            return None
        if isinstance(node, SequenceNode):
            node = node.value[int(part)] if part.isdigit() and int(part) < len(node.value) else None
            continue
        found = entry(node, _unescape(part))
        node = found[1] if found else None
    return node


def first_key(mapping: MappingNode) -> tuple[int, int]:
    """(line, column) of a block mapping's first key: where lines are inserted into it."""
    key = mapping.value[0][0]
    return key.start_mark.line, key.start_mark.column


def dump(value: Any, indent: int) -> list[str]:
    text = yaml.safe_dump(value, sort_keys=False, allow_unicode=True, default_flow_style=False, width=1000)
    return [" " * indent + line for line in text.rstrip("\n").split("\n")]


def scalar_text(value: Any) -> str:
    text: str = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=1000)
    return text.strip().removesuffix("\n...").strip()


# -------------------------------------------------------------------------------------------------- planning


def _json_type(types: dict[str, int]) -> tuple[list[str], bool]:
    """The non-null JSON types observed, and whether null was."""
    return sorted(t for t in types if t != "null"), "null" in types


def _format_of(values: list[Any]) -> str | None:
    from simplymeet_runtime.drift_report import _format_ok

    strings = [v for v in values if isinstance(v, str)]
    if not strings or len(strings) != len([v for v in values if v is not None]):
        return None
    for form in ("date-time", "date", "uuid", "email", "uri"):
        if all(_format_ok(form, v) for v in strings):
            return form
    return None


Key = tuple[str, str, str]  # (kind, node pointer, property or status name)


def merged(findings: list[Finding]) -> Finding:
    """One finding for all observations of one spec node (every operation, status and webhook that showed it)."""
    first = findings[0]
    result = dataclasses.replace(
        first, count=0, types={}, values=[], sources=[], files=[], first="", last="", objects=0
    )
    result.op_id = ", ".join(sorted({f.op_id for f in findings}))
    for found in findings:
        result.count += found.count
        for kind, count in found.types.items():
            result.types[kind] = result.types.get(kind, 0) + count
        result.values += [v for v in found.values if v not in result.values][: 50 - len(result.values)]
        result.files += [name for name in found.files if name not in result.files]
        if found.first:
            result.first = min(result.first or found.first, found.first)
            result.last = max(result.last, found.last)
        result.objects = max(result.objects, found.objects)
    return result


def grouped(findings: list[Finding]) -> dict[Key, Finding]:
    """The findings merged per (kind, node, name): a node reached through several operations is one node."""
    groups: dict[Key, list[Finding]] = {}
    for finding in findings:
        name = (
            finding.name if finding.kind in ("undeclared-property", "missing-property", "undocumented-status") else ""
        )
        pointer = finding.pointer or finding.location  # an undocumented operation: by method and path
        groups.setdefault((finding.kind, pointer, name), []).append(finding)
    return {key: merged(found) for key, found in sorted(groups.items())}


class Refused(Exception):
    """The findings cannot be applied as they are (one line, naming what collides); nothing is changed."""


def plan(text: str, findings: list[Finding]) -> Plan:
    """The edits for ``findings``: one per spec node, agreeing with every observation of it. Raises
    :class:`Refused` when an observed property would not get its own Python attribute."""
    root = yaml.compose(text)
    lines = text.split("\n")
    result = Plan()
    groups = grouped(findings)
    _check_names(root, groups)
    added_types: dict[str, list[Finding]] = {}
    required_gone: dict[str, list[Finding]] = {}
    for (kind, pointer, _), finding in groups.items():
        if kind in ("unexpected-null", "type-mismatch"):
            added_types.setdefault(pointer, []).append(finding)
        elif kind == "missing-property":
            required_gone.setdefault(pointer, []).append(finding)
        else:
            handler = {
                "undeclared-property": _add_property,
                "unknown-enum-value": _add_enum_values,
                "format-mismatch": _drop_format,
                "undocumented-status": _add_status,
                "undocumented-operation": _stub,
            }[kind]
            handler(root, lines, finding, result)
    for pointer, found in added_types.items():
        _widen(root, lines, pointer, found, result)
    for pointer, found in required_gone.items():
        _not_required(root, pointer, found, result)
    for pointer, observed in result.observed.items():
        node = node_at(root, pointer)
        if isinstance(node, MappingNode):
            result.edits.append(_observed_edit(node, observed))
    return result


def _name_problem(wire: str) -> str:
    from openapi_python_client.strings import snake_case

    if keyword.iskeyword(snake_case(wire)):
        return f"is a Python keyword (the attribute would be {python_name(wire)})"
    if not python_name(wire).isidentifier():
        return f"gives no Python name ({python_name(wire)!r} starts with a digit or is not an identifier)"
    return ""


def _check_names(root: Node, groups: dict[Key, Finding]) -> None:
    """Each observed property must become an attribute of its own: refuse keywords, names that are no Python
    identifier and names another property of the same schema already maps to (``created_at`` beside
    ``createdAt``), including inside observed nested objects."""
    new: dict[str, list[str]] = {}
    for (kind, pointer, name), finding in groups.items():
        if kind != "undeclared-property":
            continue
        new.setdefault(pointer, []).append(name)
        _check_nested(f"{_schema_name(pointer)}.{name}", finding.values)
    for pointer, names in new.items():
        properties = node_at(root, f"{pointer}/properties")
        existing = [key.value for key, _ in properties.value] if isinstance(properties, MappingNode) else []
        _check_set(_schema_name(pointer), existing, names)


def _check_set(schema: str, existing: list[str], names: list[str]) -> None:
    taken = {python_name(wire): wire for wire in existing}
    for wire in sorted(names):
        problem = _name_problem(wire)
        if problem:
            raise Refused(f"{schema}: observed property {wire!r} {problem}; rename it in the spec by hand")
        attribute = python_name(wire)
        if attribute in taken:
            raise Refused(
                f"{schema}: observed property {wire!r} and {taken[attribute]!r} would both be the Python "
                f"attribute {attribute}"
            )
        taken[attribute] = wire


def _check_nested(where: str, values: list[Any]) -> None:
    objects = [v for v in values if isinstance(v, dict)]
    objects += [item for v in values if isinstance(v, list) for item in v if isinstance(item, dict)]
    if not objects:
        return
    keys = sorted({key for value in objects for key in value})
    _check_set(where, [], keys)
    for key in keys:
        _check_nested(f"{where}.{key}", [value[key] for value in objects if key in value])


def _schema_name(pointer: str) -> str:
    parts = pointer.split("/")
    return parts[2] if pointer.startswith("components/schemas/") and len(parts) > 2 else pointer


def _observe(result: Plan, pointer: str, finding: Finding) -> None:
    result.observed.setdefault(pointer, []).append(finding)


def _observed_value(found: list[Finding]) -> dict[str, Any]:
    firsts = [f.first for f in found if f.first]
    lasts = [f.last for f in found if f.last]
    files = sorted({name for f in found for name in f.files})
    return {
        "first": min(firsts) if firsts else "",
        "last": max(lasts) if lasts else "",
        "count": sum(f.count for f in found),
        "source": ", ".join(files),
    }


def _observed_edit(node: MappingNode, found: list[Finding]) -> Edit:
    value = _observed_value(found)
    existing = entry(node, "x-observed")
    line, column = first_key(node)
    if existing is not None:  # seen before: widen the dates, add the counts, keep both sources
        old = yaml.safe_load(yaml.serialize(existing[1]))
        value = {
            "first": min(filter(None, [str(old.get("first", "")), value["first"]]), default=""),
            "last": max(str(old.get("last", "")), value["last"]),
            "count": int(old.get("count", 0)) + value["count"],
            "source": ", ".join(sorted({*str(old.get("source", "")).split(", "), *value["source"].split(", ")} - {""})),
        }
        start = existing[0].start_mark.line
        end = max(child.start_mark.line for pair in existing[1].value for child in pair) + 1
        return Edit(start, end, dump({"x-observed": value}, existing[0].start_mark.column))
    return Edit(line, line, dump({"x-observed": value}, column))


def infer(values: list[Any], *, present: int = 0, objects: int = 0) -> dict[str, Any]:
    """The schema every observed value agrees with (new nested objects and arrays of objects inline): the JSON
    type(s), ``null`` when one was null, a format all strings share; an object's properties each with its own
    schema, required when present in every object seen."""
    kinds = sorted({JSON_TYPES.get(type(v), "string") for v in values if v is not None})
    if "number" in kinds and "integer" in kinds:
        kinds.remove("integer")
    nullable = any(v is None for v in values)
    schema: dict[str, Any] = {"description": OBSERVED}
    if len(kinds) == 1:
        schema["type"] = [kinds[0], "null"] if nullable else kinds[0]
    elif kinds:
        schema["type"] = [*kinds, "null"] if nullable else kinds
    if kinds == ["string"]:
        form = _format_of(values)
        if form:
            schema["format"] = form
    if kinds == ["object"]:
        objects_seen = [v for v in values if isinstance(v, dict)]
        keys = sorted({key for value in objects_seen for key in value})
        schema["properties"] = {key: infer([value[key] for value in objects_seen if key in value]) for key in keys}
        required = [key for key in keys if all(key in value for value in objects_seen)]
        if required:
            schema["required"] = required
    if kinds == ["array"]:
        items = [item for v in values if isinstance(v, list) for item in v]
        if items:
            item_schema = infer(items)
            item_schema.pop("description")
            schema["items"] = item_schema
    return schema


def _add_property(root: Node, lines: list[str], finding: Finding, result: Plan) -> None:
    holder = node_at(root, finding.pointer)
    properties = node_at(root, f"{finding.pointer}/properties")
    if not isinstance(holder, MappingNode) or not isinstance(properties, MappingNode):
        result.left_alone.append(f"{finding.location}: {finding.pointer} has no properties to add {finding.name!r} to")
        return
    schema = infer(finding.values)
    example = next((v for v in finding.values if v is not None), None)
    schema["examples"] = [mask(example, finding.name)]
    schema["x-observed"] = _observed_value([finding])
    line, column = first_key(properties)
    result.edits.append(Edit(line, line, dump({finding.name: schema}, column)))
    absent = finding.objects - finding.count
    seen = f"{finding.count} of {finding.objects} object(s)" if absent > 0 else f"{finding.count} object(s)"
    kind = schema.get("type", "any type")
    what = f"{' | '.join(kind) if isinstance(kind, list) else kind}, optional; in {seen}"
    result.changes.append(f"added property {_schema_name(finding.pointer)}.{finding.name} ({what})")
    result.additions += 1


def _not_required(root: Node, pointer: str, found: list[Finding], result: Plan) -> None:
    required = node_at(root, f"{pointer}/required")
    if not isinstance(required, SequenceNode):
        return
    names = {f.name for f in found}
    items = [item for item in required.value if isinstance(item, ScalarNode) and item.value in names]
    if not items or any(item.start_mark.line == required.start_mark.line for item in items):
        return  # a flow-style list: left as it is
    if len(items) == len(required.value):  # the list would be empty: drop `required:` with it
        holder = node_at(root, pointer)
        assert isinstance(holder, MappingNode)
        key = entry(holder, "required")
        assert key is not None
        result.edits.append(Edit(key[0].start_mark.line, items[-1].start_mark.line + 1, []))
    else:
        for item in items:
            result.edits.append(Edit(item.start_mark.line, item.start_mark.line + 1, []))
    for finding in found:
        if finding.name in {item.value for item in items}:
            result.changes.append(
                f"{_schema_name(pointer)}.{finding.name}: no longer required (absent in {finding.op_id})"
            )
            _observe(result, f"{pointer}/properties/{finding.name}", finding)


def _type_edit(node: MappingNode, lines: list[str], added: list[str]) -> Edit | None:
    """An edit adding ``added`` to the node's ``type`` (scalar becomes a list; a list gets more items)."""
    found = entry(node, "type")
    if found is None:
        return None
    key, value = found
    column = key.start_mark.column
    if isinstance(value, ScalarNode):
        line = key.start_mark.line
        return Edit(line, line + 1, dump({"type": [value.value, *added]}, column))
    if isinstance(value, SequenceNode) and value.value:
        last = value.value[-1]
        dash = " " * (last.start_mark.column - 2)
        return Edit(last.start_mark.line + 1, last.start_mark.line + 1, [f"{dash}- {scalar_text(a)}" for a in added])
    return None


def _widen(root: Node, lines: list[str], pointer: str, found: list[Finding], result: Plan) -> None:
    """One edit of the node's type for every null and every other type seen there (all operations together)."""
    node = node_at(root, pointer)
    where = ", ".join(sorted({f.location for f in found}))
    if not isinstance(node, MappingNode):
        result.left_alone.append(f"{where}: cannot change the type at {pointer}")
        return
    seen = {kind for f in found for kind in f.types}
    type_node = entry(node, "type")
    declared: set[str] = set()
    if type_node is not None:
        value = type_node[1]
        declared = {value.value} if isinstance(value, ScalarNode) else {v.value for v in value.value}
    if "number" in declared:
        seen.discard("integer")
    added = sorted(seen - declared - {"null"}) + (["null"] if "null" in seen and "null" not in declared else [])
    if not added:
        return
    edit = _type_edit(node, lines, added) if type_node is not None else None
    if edit is None and added == ["null"]:
        edit = _null_for_ref(node, lines)
    if edit is None:
        result.left_alone.append(f"{where}: {pointer} has no type to widen with {', '.join(added)} (a $ref?)")
        return
    result.edits.append(edit)
    result.changes.append(
        f"{_member(pointer)}: {'null allowed' if added == ['null'] else 'type widened with ' + ', '.join(added)}"
    )
    for finding in found:
        _observe(result, pointer, finding)


def _null_for_ref(node: MappingNode, lines: list[str]) -> Edit | None:
    ref = entry(node, "$ref")
    if ref is not None:
        key = ref[0]
        column = key.start_mark.column
        target = lines[key.start_mark.line].split(":", 1)[1].strip()  # the target as written (its quoting kept)
        return Edit(key.start_mark.line, key.start_mark.line + 1, [
            " " * column + "oneOf:", " " * column + f"- $ref: {target}", " " * column + "- type: 'null'"
        ])  # fmt: skip
    one_of = node_at(node, "oneOf")
    if isinstance(one_of, SequenceNode) and one_of.value:
        first = one_of.value[0]
        dash = " " * (first.start_mark.column - 2)
        return Edit(first.start_mark.line, first.start_mark.line, [f"{dash}- type: 'null'"])
    return None


def _member(pointer: str) -> str:
    """``components/schemas/EventDTO/properties/uuid`` as ``EventDTO.uuid``; other pointers as they are."""
    parts = pointer.split("/")
    if pointer.startswith("components/schemas/") and len(parts) > 2:
        rest = [p for p in parts[3:] if p not in ("properties",)]
        return ".".join([parts[2], *rest])
    return pointer


def _add_enum_values(root: Node, lines: list[str], finding: Finding, result: Plan) -> None:
    enum = node_at(root, f"{finding.pointer}/enum")
    if not isinstance(enum, SequenceNode) or not enum.value:
        result.left_alone.append(f"{finding.location}: no enum at {finding.pointer}")
        return
    known = {item.value for item in enum.value if isinstance(item, ScalarNode)}
    new = [v for v in finding.values if isinstance(v, str) and v not in known]
    if not new:
        return
    last = enum.value[-1]
    dash = " " * (last.start_mark.column - 2)
    line = last.start_mark.line + 1
    result.edits.append(Edit(line, line, [f"{dash}- {scalar_text(value)}" for value in new]))
    result.changes.append(f"{_member(finding.pointer)}: enum value(s) {', '.join(map(repr, new))} added")
    result.additions += 1
    _observe(result, finding.pointer, finding)


def _drop_format(root: Node, lines: list[str], finding: Finding, result: Plan) -> None:
    node = node_at(root, finding.pointer)
    found = entry(node, "format") if isinstance(node, MappingNode) else None
    if found is None:
        result.left_alone.append(f"{finding.location}: no format at {finding.pointer}")
        return
    line = found[0].start_mark.line
    result.edits.append(Edit(line, line + 1, []))
    result.changes.append(f"{_member(finding.pointer)}: format {found[1].value} dropped (seen: {finding.example})")
    _observe(result, finding.pointer, finding)


def _add_status(root: Node, lines: list[str], finding: Finding, result: Plan) -> None:
    responses = node_at(root, finding.pointer)
    if not isinstance(responses, MappingNode):
        return
    body = next((v for v in finding.values if v is not None), None)
    response: dict[str, Any] = {"description": f"HTTP {finding.name}: {OBSERVED[0].lower()}{OBSERVED[1:]}"}
    if isinstance(body, dict) and isinstance(body.get("message"), str):
        response["content"] = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorDTO"}}}
    response["x-observed"] = _observed_value([finding])
    later = [key for key, _ in responses.value if str(key.value) > finding.name]
    line, column = (later[0].start_mark.line, later[0].start_mark.column) if later else first_key(responses)
    if not later:  # after the last one
        last_value = responses.value[-1][1]
        line = last_value.end_mark.line + (1 if last_value.end_mark.column else 0)
        while line > 0 and not lines[line - 1].strip():
            line -= 1
    result.edits.append(Edit(line, line, dump({finding.name: response}, column)))
    result.changes.append(f"{finding.pointer}: status {finding.name} documented")
    result.additions += 1


def _stub(root: Node, lines: list[str], finding: Finding, result: Plan) -> None:
    method, _, path = finding.location.partition(" ")
    stub = {
        path: {
            method.lower(): {
                "operationId": "TODO",
                "summary": "TODO",
                "responses": {finding.status: {"description": "TODO"}},
            }
        }
    }
    result.stubs.append(f"# {finding.location}: seen {finding.count}×, not added; complete and add under paths:\n"
                        + "\n".join(dump(stub, 2)))  # fmt: skip


def apply(text: str, edits: list[Edit]) -> str:
    lines = text.split("\n")
    for edit in sorted(edits, key=lambda e: (e.start, e.end > e.start), reverse=True):
        lines[edit.start : edit.end] = edit.lines
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------------- versions


def drift_versions(
    client: str, spec: str, released: tuple[str, str] | None, *, breaking: bool, additions: bool
) -> tuple[str, str, str, str, str, str]:
    """The versions the next release needs with this change, as :func:`tools.versions.next_versions` decides them
    for ``make release``: counted from the last release (``released``: its client and spec versions; None: the
    tree's), never below what the tree has already. So two applies between releases bump once: a breaking change
    after a breaking one leaves 0.2.0 as it is. Returns (client base, new, kind, spec base, new, kind)."""
    base_client, base_spec = released or (client, spec)
    wanted = versions.next_versions(
        base_client, base_spec, breaking=breaking,
        spec_kind=versions.spec_change(breaking=breaking, additions=additions),
    )  # fmt: skip
    client_new, spec_new = versions.at_least(client, wanted.client), versions.at_least(spec, wanted.spec)
    return base_client, client_new, _kind(base_client, client_new), base_spec, spec_new, _kind(base_spec, spec_new)


def _kind(old: str, new: str) -> str:
    before, after = versions.parse(old), versions.parse(new)
    return next((k for k, x, y in zip(("major", "minor", "patch"), before, after, strict=True) if x != y), "unchanged")


def _released() -> tuple[str, str] | None:
    """The last release's client and spec versions (releases.json), or None when nothing records one."""
    from tools import release

    try:
        last = release.records()[0]
    except (release.ReleaseError, KeyError, ValueError):
        return None
    return str(last["version"]), str(last["spec"])


VERSION = re.compile(r'^version = "([^"]+)"$', flags=re.MULTILINE)
"""The client's version: ``pyproject.toml`` is the one place it is set (the package reads its metadata)."""
SPEC_VERSION = re.compile(r"^info:\n(?:  .*\n)*?  version: ['\"]?([0-9][^'\"\n]*)['\"]?$", flags=re.MULTILINE)


def _replace(pattern: re.Pattern[str], text: str, new: str) -> str:
    found = pattern.search(text)
    assert found, f"no version found ({pattern.pattern})"
    return text[: found.start(1)] + new + text[found.end(1) :]


def _version(pattern: re.Pattern[str], text: str) -> str:
    found = pattern.search(text)
    assert found, f"no version found ({pattern.pattern})"
    return found.group(1)


# ------------------------------------------------------------------------------------------------- pipeline

TOUCHED = ("openapi/simplymeet.yaml", "generated", "published", "pyproject.toml", "CHANGELOG.md")
"""What drift-apply may change in the tree; everything else is only read."""

CHECK_TESTS = ("tests/test_mirror.py", "tests/test_freshness.py", "tests/test_recordings.py", "tests/test_spec.py")
"""The tests run in the scratch copy before anything is replaced: the mirror (fast path equals the exact path
on every fixture and recording), generated code fresh, the committed recordings parsed strictly, the spec valid."""


class Failed(Exception):
    """A step failed in the scratch copy: one line for the user; the tree is untouched."""


def spectral() -> list[str]:
    """The Spectral command (``SPECTRAL`` in the environment, else the pinned one from ``make node-deps``)."""
    import os
    import shutil

    configured = os.environ.get("SPECTRAL")
    if configured:
        found = shutil.which(configured)
        if not found:
            raise Failed(f"Spectral not found: SPECTRAL={configured} is not an executable")
        return [found]
    pinned = ROOT / "node" / "node_modules" / ".bin" / "spectral"
    if not pinned.exists():
        raise Failed("Spectral not installed: run make node-deps first")
    if shutil.which("node") is None:
        raise Failed("Spectral needs node, which is not on PATH")
    return [str(pinned)]


def _tools() -> list[str]:
    import shutil

    if shutil.which("git") is None:
        raise Failed("git is not on PATH")
    return spectral()


def _run_in(copy: Path, step: str, *command: str, timeout: int = 1200) -> str:
    import os

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(copy / p) for p in ("generated", "runtime", "."))}
    try:
        done = subprocess.run(command, cwd=copy, env=env, capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise Failed(f"{step}: {exc}") from None
    if done.returncode != 0:
        output = (done.stdout + done.stderr).strip().splitlines()
        failed = [line.strip() for line in output if line.startswith("FAILED ")]  # pytest's summary names the test
        detail = (
            failed[0]
            if failed
            else next((line.strip() for line in output if re.search(r"error|failed|Error", line)), "")
        )
        handle, name = tempfile.mkstemp(prefix=f"drift-apply-{step.split()[0]}-", suffix=".log")  # its own file
        with os.fdopen(handle, "w") as log_file:
            log_file.write(done.stdout + done.stderr)
        log = Path(name)
        raise Failed(f"{step} failed in the scratch copy ({mask_text(detail)[:160] or 'exit ' + str(done.returncode)}; "
                     f"full output: {log})")  # fmt: skip
    return done.stdout


def scratch_copy(into: Path) -> Path:
    """The repository's files (tracked, and untracked but not ignored) copied into ``into``; node_modules linked."""
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file() and not source.is_symlink():
            (into / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, into / name)
    if (ROOT / "node" / "node_modules").exists():
        (into / "node").mkdir(exist_ok=True)
        (into / "node" / "node_modules").symlink_to(ROOT / "node" / "node_modules")
    return into


def _fast_models(copy: Path, names: list[str]) -> dict[str, bool]:
    """Of the generated models ``names``, whether each takes the fast path, as the package in ``copy`` builds it."""
    script = (
        "import json, sys, attrs\n"
        "from simplymeet_client import models\n"
        "from simplymeet_runtime import mirror\n"
        "names = [n for n in sys.argv[1:] if attrs.has(getattr(models, n, None))]\n"
        "print(json.dumps({n: mirror.fast_path(getattr(models, n)) for n in names}))\n"
    )
    return dict(json.loads(_run_in(copy, "fast-path check", sys.executable, "-c", script, *names)))


def _strict_read(copy: Path, recordings: Path, origins: tuple[str, ...]) -> str:
    """Every recorded response, through the regenerated client in strict mode: the client reads them all."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from tools.drift_apply import read_strictly\n"
        "sys.exit(read_strictly(Path(sys.argv[1]), tuple(sys.argv[2:])))\n"
    )
    return _run_in(copy, "strict read of the recordings", sys.executable, "-c", script, str(recordings), *origins)


def read_strictly(recordings: Path, origins: tuple[str, ...] = ()) -> int:
    """Parse each recorded response the spec documents through its generated endpoint, strict; 1 on a failure."""
    import httpx

    from simplymeet_client import AuthenticatedClient
    from simplymeet_runtime.drift_report import api_hosts, load
    from tests.operations import module_for
    from tools.drift import Spec

    spec = Spec.load()
    failures = 0
    for exchange in load(recordings, spec.prefixes(), hosts=api_hosts(origins)):
        if exchange.webhook:  # as simplymeet_client.webhooks.parse reads it, every difference an error
            from simplymeet_client.errors import SpecDriftWarning
            from simplymeet_client.models import WebhookDelivery
            from simplymeet_runtime.mirror import load_model

            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("error", SpecDriftWarning)
                    load_model(WebhookDelivery, exchange.body or b"")
            except Exception as exc:  # noqa: BLE001 - reported: the regenerated client cannot read this delivery
                print(f"{exchange.source}: webhook delivery: {type(exc).__name__}: {mask_text(str(exc))}")
                failures += 1
            continue
        op = spec.operation_for(exchange.method, exchange.path)
        if op is None or spec.response_schema(op, exchange.status) is None:
            continue
        module = module_for(op.op_id)
        answer = httpx.Response(exchange.status, content=exchange.body or b"",
                                headers={"content-type": "application/json"})  # fmt: skip
        client = AuthenticatedClient(token="sk_test_strict", strict_responses=True, retry=None,
                                     httpx_args={"transport": httpx.MockTransport(lambda request, answer=answer: answer)})  # fmt: skip
        arguments = _arguments(op.template, exchange.path)
        try:
            module.sync_detailed(*arguments, client=client)
        except Exception as exc:  # noqa: BLE001 - reported: the regenerated client cannot read this response
            print(f"{exchange.source}: {op.op_id} {exchange.status}: {type(exc).__name__}: {mask_text(str(exc))}")
            failures += 1
    return 1 if failures else 0


def _arguments(template: str, path: str) -> list[Any]:
    pattern = re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(template.rstrip("/")))
    found = re.fullmatch(pattern + "/?", path)
    values = list(found.groups()) if found else []
    return [int(v) if v.isdigit() else v for v in values]


def main(recordings: Path, findings: list[Finding], *, origins: tuple[str, ...] = ()) -> int:
    """Apply ``findings`` (of ``recordings``) as one transaction; the exit status (0 done or nothing to do,
    1 refused or failed with the tree untouched)."""
    import signal

    def terminate(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        return _main(recordings, findings, origins)
    except (Refused, Failed) as exc:
        print(f"drift-apply: {exc}; nothing changed", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("drift-apply: interrupted; nothing changed", file=sys.stderr)
        return 1
    finally:
        signal.signal(signal.SIGTERM, previous)


def _main(recordings: Path, findings: list[Finding], origins: tuple[str, ...]) -> int:
    lint = _tools()  # before anything: a missing tool fails now, not halfway
    text = SPEC.read_text()
    result = plan(text, findings)
    if not result.edits:
        for stub in result.stubs:
            print(stub)
        print("drift-apply: nothing to change in the spec", file=sys.stderr)
        return 0
    new_text = apply(text, result.edits)
    try:
        yaml.safe_load(new_text)
    except yaml.YAMLError as exc:
        raise Failed(f"the edited spec is not YAML ({str(exc).splitlines()[0]})") from None
    with tempfile.TemporaryDirectory(prefix="drift-apply-") as scratch:
        copy = scratch_copy(Path(scratch))
        spec_path = copy / "openapi" / "simplymeet.yaml"
        spec_path.write_text(new_text)
        _run_in(copy, "generate", sys.executable, "-m", "tools.generate")
        broken = _breaking(copy)
        client_old, client_new, client_kind, spec_old, spec_new, spec_kind = drift_versions(
            _version(VERSION, (copy / "pyproject.toml").read_text()), _version(SPEC_VERSION, new_text), _released(),
            breaking=bool(broken), additions=bool(result.additions),
        )  # fmt: skip
        spec_path.write_text(_replace(SPEC_VERSION, new_text, spec_new))
        pyproject = copy / "pyproject.toml"
        pyproject.write_text(_replace(VERSION, pyproject.read_text(), client_new))
        today = datetime.date.today().isoformat()
        heading = (
            f"### Observed in traffic ({recordings.name}, make drift-apply {today}): since the last release, client "
            f"{client_old} → {client_new} ({client_kind}), spec {spec_old} → {spec_new} ({spec_kind})"
        )
        entry_lines = [
            heading,
            *(f"- Spec: {change}." for change in result.changes),
            *(f"- Breaking: {line}" for line in broken),
        ]
        _changelog(copy / "CHANGELOG.md", [mask_text(line) for line in entry_lines])
        _run_in(copy, "generate", sys.executable, "-m", "tools.generate")  # the package carries the new versions
        _run_in(copy, "publish", sys.executable, "-m", "tools.spec_products", "publish")  # as make generate does
        _run_in(copy, "lint", *lint, "lint", str(spec_path), "--ruleset", str(copy / "spectral" / "ruleset.yml"),
                "--fail-severity=hint")  # fmt: skip
        models = sorted({_schema_name(p) for p in _changed_pointers(result)} | _inline_models(copy))
        before, after = _fast_models(ROOT, models), _fast_models(copy, models)
        lost = [name for name in models if before.get(name, True) and not after.get(name, True)]
        if lost:
            raise Failed(f"the fast path would switch off for {', '.join(lost)}")
        _strict_read(copy, recordings.resolve(), origins)
        _run_in(copy, "tests", sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *CHECK_TESTS)
        replaced = _replace_tree(copy)
    for stub in result.stubs:
        print(stub)
    for line in result.left_alone:
        print(f"left alone: {line}")
    print(f"spec changes ({len(result.changes)}, one per node):")
    for change in result.changes:
        print(f"  {change}")
    print(f"breaking changes (spec and Python API): {len(broken)}")
    for line in broken:
        print(f"  {line}")
    print(f"version (since the last release; make release confirms it): client {client_old} -> {client_new} "
          f"({client_kind}); spec {spec_old} -> {spec_new} ({spec_kind})")  # fmt: skip
    print(
        f"checked in a scratch copy (lint, generate, breaking, fast path, strict read, tests), then {replaced} "
        "file(s) replaced; CHANGELOG.md has an Unreleased entry"
    )
    return 0


def _changed_pointers(result: Plan) -> list[str]:
    return [p for p in result.observed] + [c.split(" ")[2] for c in result.changes if c.startswith("added property ")]


def _inline_models(copy: Path) -> set[str]:
    """Model modules that are new in the copy (inline objects the spec now has)."""
    old = {p.name for p in (ROOT / "generated" / "simplymeet_client" / "models").glob("*.py")}
    new = {p.name for p in (copy / "generated" / "simplymeet_client" / "models").glob("*.py")}
    names = set()
    for module in new - old:
        text = (copy / "generated" / "simplymeet_client" / "models" / module).read_text()
        names |= set(re.findall(r"^class (\w+)", text, flags=re.MULTILINE))
    return names


def _breaking(copy: Path) -> list[str]:
    from tools import breaking

    old_text, new_text = SPEC.read_text(), (copy / "openapi" / "simplymeet.yaml").read_text()
    old, new = yaml.safe_load(old_text), yaml.safe_load(new_text)
    report = breaking.compare(old, new)
    found = report.breaking + breaking.renamed_names(breaking.Spec(old), breaking.Spec(new))
    try:
        found += breaking.python_api_breakages(
            [ROOT / "generated", ROOT / "runtime"], [copy / "generated", copy / "runtime"]
        )
    except Exception as exc:  # noqa: BLE001 - griffe failing is a failed step, said in one line
        raise Failed(f"breaking check (Python API): {type(exc).__name__}: {exc}") from None
    return found


def _changelog(path: Path, entry_lines: list[str]) -> None:
    text = path.read_text()
    marker = "## [Unreleased]\n"
    at = text.index(marker) + len(marker)
    path.write_text(text[:at] + "\n" + "\n".join(entry_lines) + "\n" + text[at:])


def _files(base: Path, name: str) -> dict[str, bytes]:
    target = base / name
    if target.is_file():
        return {name: target.read_bytes()}
    return {
        str(p.relative_to(base)): p.read_bytes()
        for p in sorted(target.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def _replace_tree(copy: Path) -> int:
    """Replace in the tree what differs in the copy (TOUCHED only), with SIGINT/SIGTERM held off until done and
    every file restored if a write fails; the number of files replaced or removed."""
    import os
    import signal

    old = {k: v for name in TOUCHED for k, v in _files(ROOT, name).items()}
    new = {k: v for name in TOUCHED for k, v in _files(copy, name).items()}
    changed = [name for name in sorted(set(old) | set(new)) if old.get(name) != new.get(name)]
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    complete = False
    try:
        done: list[str] = []
        try:
            for name in changed:
                target = ROOT / name
                done.append(name)
                if name not in new:
                    target.unlink()
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                temporary = target.with_name(f".{target.name}.drift-apply")
                temporary.write_bytes(new[name])
                shutil.copymode(copy / name, temporary)
                os.replace(temporary, target)
        except BaseException:
            for name in done:
                target = ROOT / name
                if name in old:
                    target.write_bytes(old[name])
                else:
                    target.unlink(missing_ok=True)
            raise
        complete = True
    finally:
        try:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
        except KeyboardInterrupt:  # held off until every file was replaced (or restored): say which
            if not complete:
                raise
            print("drift-apply: interrupted after the files were replaced; the apply is complete", file=sys.stderr)
    return len(changed)
