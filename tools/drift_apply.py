"""``make drift-apply RECORDINGS=PATH`` (``python -m tools.drift PATH --apply``): recorded traffic into the spec.

The drift report's findings become edits of ``openapi/simplymeet.yaml``, made as text at the lines PyYAML's composer
locates, so every other byte stays as it was (comments, key order, quoting, anchors, ``x-reference-note``\\ s): the
spec is never re-dumped. Each kind of finding:

* undeclared property: added (first in ``properties``) with the type, format and nullability all observed values
  agree on, a description saying it was observed, and one masked example;
* missing property: removed from ``required``; unexpected null: ``null`` added to the type (a ``$ref`` becomes
  ``oneOf: [$ref, {type: 'null'}]``); unknown enum value: added;
* type mismatch: the observed type added when every observation agrees (not for a ``$ref``); format mismatch: the
  ``format`` dropped; otherwise left alone and reported;
* undocumented status: added (with ``ErrorDTO`` when the body has a ``message``); undocumented operation: never
  added, a stub is printed for the maintainer.

Every node it changes carries ``x-observed`` (first and last date seen, count, source files). Then, in the same
command: the lint, ``make generate``, the breaking check against ``HEAD`` (spec and Python API), the version bump
they imply (major when something breaks, minor for additions, patch otherwise) written to ``pyproject.toml``, and an
entry under "Unreleased" in CHANGELOG.md. Applying the same recordings twice changes nothing the second time.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from simplymeet_runtime.drift_report import Finding, mask
from tools import ROOT, SPEC

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


def plan(text: str, findings: list[Finding]) -> Plan:
    root = yaml.compose(text)
    lines = text.split("\n")
    result = Plan()
    for finding in findings:
        handler = {
            "undeclared-property": _add_property,
            "missing-property": _not_required,
            "unexpected-null": _allow_null,
            "type-mismatch": _widen_type,
            "unknown-enum-value": _add_enum_values,
            "format-mismatch": _drop_format,
            "undocumented-status": _add_status,
            "undocumented-operation": _stub,
        }[finding.kind]
        handler(root, lines, finding, result)
    for pointer, found in result.observed.items():
        node = node_at(root, pointer)
        if isinstance(node, MappingNode):
            result.edits.append(_observed_edit(node, found))
    return result


def _observe(result: Plan, pointer: str, finding: Finding) -> None:
    result.observed.setdefault(pointer, []).append(finding)


def _changed(result: Plan, edit: Edit, change: str, finding: Finding) -> None:
    """Record an edit of the node ``finding`` points at, what it changes, and that the node was observed."""
    result.edits.append(edit)
    result.changes.append(f"{finding.pointer}: {change}")
    _observe(result, finding.pointer, finding)


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


def _add_property(root: Node, lines: list[str], finding: Finding, result: Plan) -> None:
    holder = node_at(root, finding.pointer)
    properties = node_at(root, f"{finding.pointer}/properties")
    if not isinstance(holder, MappingNode) or not isinstance(properties, MappingNode):
        result.left_alone.append(f"{finding.location}: {finding.pointer} has no properties to add {finding.name!r} to")
        return
    kinds, nullable = _json_type(finding.types)
    schema: dict[str, Any] = {"description": OBSERVED}
    if len(kinds) == 1:
        kind = {"integer": "integer", "number": "number"}.get(kinds[0], kinds[0])
        schema["type"] = [kind, "null"] if nullable else kind
        form = _format_of(finding.values) if kind == "string" else None
        if form:
            schema["format"] = form
    example = next((v for v in finding.values if v is not None), None)
    schema["examples"] = [mask(example, finding.name)]
    schema["x-observed"] = _observed_value([finding])
    line, column = first_key(properties)
    result.edits.append(Edit(line, line, dump({finding.name: schema}, column)))
    result.changes.append(
        f"added property {finding.pointer}/properties/{finding.name} ({schema.get('type', 'any type')})"
    )
    result.additions += 1


def _not_required(root: Node, lines: list[str], finding: Finding, result: Plan) -> None:
    required = node_at(root, f"{finding.pointer}/required")
    if not isinstance(required, SequenceNode):
        return
    items = [item for item in required.value if isinstance(item, ScalarNode) and item.value == finding.name]
    if not items:
        return
    if len(required.value) == 1:  # the list would be empty: drop `required:` with it
        holder = node_at(root, finding.pointer)
        assert isinstance(holder, MappingNode)
        key = entry(holder, "required")
        assert key is not None
        result.edits.append(Edit(key[0].start_mark.line, items[0].start_mark.line + 1, []))
    else:
        line = items[0].start_mark.line
        result.edits.append(Edit(line, line + 1, []))
    result.changes.append(f"{finding.pointer}: {finding.name!r} no longer required")
    _observe(result, f"{finding.pointer}/properties/{finding.name}", finding)


def _type_edit(node: MappingNode, lines: list[str], added: str) -> Edit | None:
    """An edit adding ``added`` to the node's ``type`` (scalar becomes a list; a list gets one more item)."""
    found = entry(node, "type")
    if found is None:
        return None
    key, value = found
    column = key.start_mark.column
    if isinstance(value, ScalarNode):
        line = key.start_mark.line
        return Edit(line, line + 1, dump({"type": [value.value, added]}, column))
    if isinstance(value, SequenceNode) and value.value:
        last = value.value[-1]
        dash = " " * (last.start_mark.column - 2)
        return Edit(last.start_mark.line + 1, last.start_mark.line + 1, [f"{dash}- {scalar_text(added)}"])
    return None


def _allow_null(root: Node, lines: list[str], finding: Finding, result: Plan) -> None:
    node = node_at(root, finding.pointer)
    if not isinstance(node, MappingNode):
        result.left_alone.append(f"{finding.location}: cannot allow null at {finding.pointer}")
        return
    edit = _type_edit(node, lines, "null")
    if edit is None and entry(node, "$ref") is not None:
        key, _ = entry(node, "$ref")  # type: ignore[misc]
        column = key.start_mark.column
        ref = lines[key.start_mark.line].split(":", 1)[1].strip()  # the target as written (its quoting kept)
        edit = Edit(key.start_mark.line, key.start_mark.line + 1, [
            " " * column + "oneOf:", " " * column + f"- $ref: {ref}", " " * column + "- type: 'null'"
        ])  # fmt: skip
    elif edit is None and isinstance(one_of := node_at(node, "oneOf"), SequenceNode) and one_of.value:
        first = one_of.value[0]
        dash = " " * (first.start_mark.column - 2)
        edit = Edit(first.start_mark.line, first.start_mark.line, [f"{dash}- type: 'null'"])
    if edit is None:
        result.left_alone.append(f"{finding.location}: cannot allow null at {finding.pointer} (no type, $ref or oneOf)")
        return
    _changed(result, edit, "null allowed", finding)


def _widen_type(root: Node, lines: list[str], finding: Finding, result: Plan) -> None:
    kinds, _ = _json_type(finding.types)
    node = node_at(root, finding.pointer)
    if len(kinds) != 1 or not isinstance(node, MappingNode):
        seen = ", ".join(kinds)
        result.left_alone.append(f"{finding.location}: observations disagree ({seen}); type left as it is")
        return
    edit = _type_edit(node, lines, kinds[0])
    if edit is None:
        result.left_alone.append(f"{finding.location}: {finding.pointer} has no type to widen (a $ref?); left alone")
        return
    _changed(result, edit, f"type widened with {kinds[0]}", finding)


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
    result.changes.append(f"{finding.pointer}: enum value(s) {', '.join(map(repr, new))} added")
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
    result.changes.append(f"{finding.pointer}: format {found[1].value} dropped (seen: {finding.example})")
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


# ------------------------------------------------------------------------------------------------- pipeline


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def bump(version: str, kind: str) -> str:
    major, minor, patch = (int(part) for part in version.split(".")[:3])
    return {"major": f"{major + 1}.0.0", "minor": f"{major}.{minor + 1}.0", "patch": f"{major}.{minor}.{patch + 1}"}[
        kind
    ]


VERSION = re.compile(r'^version = "([^"]+)"$', flags=re.MULTILINE)
"""The client's version: ``pyproject.toml`` is the one place it is set (the package reads its metadata)."""


def current_version() -> str:
    found = VERSION.search((ROOT / "pyproject.toml").read_text())
    assert found, "pyproject.toml has no version"
    return found.group(1)


def set_version(new: str) -> None:
    pyproject = ROOT / "pyproject.toml"
    text = pyproject.read_text()
    found = VERSION.search(text)
    assert found, "pyproject.toml has no version"
    pyproject.write_text(text[: found.start(1)] + new + text[found.end(1) :])


def changelog(entry_lines: list[str]) -> None:
    path = ROOT / "CHANGELOG.md"
    text = path.read_text()
    marker = "## [Unreleased]\n"
    at = text.index(marker) + len(marker)
    path.write_text(text[:at] + "\n" + "\n".join(entry_lines) + "\n" + text[at:])


def main(recordings: Path, findings: list[Finding]) -> int:
    """Apply ``findings`` (of ``recordings``) to the spec, then lint, generate, check, bump; the exit status."""
    text = SPEC.read_text()
    result = plan(text, findings)
    for stub in result.stubs:
        print(stub)
    for line in result.left_alone:
        print(f"left alone: {line}")
    if not result.edits:
        print("drift-apply: nothing to change in the spec", file=sys.stderr)
        return 0
    new_text = apply(text, result.edits)
    yaml.safe_load(new_text)  # it must still be YAML
    SPEC.write_text(new_text)
    steps = [
        ("lint", [str(ROOT / "node" / "node_modules" / ".bin" / "spectral"), "lint", str(SPEC), "--ruleset",
                  str(ROOT / "spectral" / "ruleset.yml"), "--fail-severity=hint"]),
        ("generate", [sys.executable, "-m", "tools.generate"]),
    ]  # fmt: skip
    for name, command in steps:
        done = _run(*command)
        if done.returncode != 0:
            print(f"drift-apply: {name} failed:\n{done.stdout}{done.stderr}", file=sys.stderr)
            return 1
    breaking = _run(sys.executable, "-m", "tools.breaking", "--base", "HEAD")
    broken = [line.strip().removeprefix("BREAKING ") for line in breaking.stdout.splitlines() if "BREAKING" in line]
    kind = "major" if broken else "minor" if result.additions else "patch"
    version = current_version()
    new_version = bump(version, kind)
    set_version(new_version)
    today = datetime.date.today().isoformat()
    entry_lines = [
        f"### Observed in traffic ({recordings.name}, make drift-apply {today}): {kind} bump {version} → {new_version}",
        *(f"- Spec: {change}." for change in result.changes),
        *(f"- Breaking: {line}" for line in broken),
    ]
    changelog(entry_lines)
    print(f"spec changes ({len(result.changes)}):")
    for change in result.changes:
        print(f"  {change}")
    print(f"breaking changes (spec and Python API, against HEAD): {len(broken)}")
    for line in broken:
        print(f"  {line}")
    print(f"version: {version} -> {new_version} ({kind}); CHANGELOG.md has an Unreleased entry")
    return 0


def json_summary(result: Plan) -> str:
    return json.dumps({"changes": result.changes, "left_alone": result.left_alone, "stubs": result.stubs}, indent=2)
