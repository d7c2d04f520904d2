"""Artefacts built from openapi/simplymeet.yaml for teams that only take the spec.

    python -m tools.spec_products bundle   # dist/simplymeet.openapi.{yaml,json} (3.1) + dist/simplymeet.openapi-3.0.yaml
    python -m tools.spec_products docs     # dist/docs/index.html (Redocly), after bundle
    python -m tools.spec_products types    # dist/simplymeet.d.ts (openapi-typescript) type-checked by tsc --strict
    python -m tools.spec_products notes    # the defect list: every x-reference-note, with where it sits
    python -m tools.spec_products provenance  # per schema: properties observed in traffic (x-observed) or transcribed

``description`` speaks to users; what the spec had to decide about the vendor's reference sits beside it in an
``x-reference-note``. The HTML docs show each note under its description.

Each step fails (non-zero exit) if a tool rejects the spec or a product does not validate.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator.validation.validators import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

from tools import NODE_BIN, ROOT, SPEC

DIST = ROOT / "dist"
BUNDLE_YAML = "simplymeet.openapi.yaml"
BUNDLE_JSON = "simplymeet.openapi.json"
BUNDLE_30 = "simplymeet.openapi-3.0.yaml"
# No telemetry, no update checks: CI has no internet but the registries.
QUIET_ENV = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true", "NO_COLOR": "1"}


def run(tool: str, *args: str) -> None:
    result = subprocess.run([str(NODE_BIN / tool), *args], env=QUIET_ENV, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(
            f"{tool} {' '.join(args)} failed ({result.returncode}):\n{result.stdout[-3000:]}{result.stderr[-3000:]}"
        )


def validation_errors(document: dict[str, Any]) -> list[str]:
    validator_class = OpenAPIV31SpecValidator if document["openapi"].startswith("3.1") else OpenAPIV30SpecValidator
    return [f"{list(e.absolute_path)[:6]}: {e.message[:200]}" for e in validator_class(document).iter_errors()]


def to_openapi_30_nullable(node: Any) -> Any:
    """``oneOf: [X, {type: "null"}]`` (3.1) -> ``allOf: [X]`` + ``nullable: true`` (the 3.0 idiom).

    openapi-down-convert rewrites ``type: [T, "null"]`` but leaves the nullable-$ref form alone.
    """
    if isinstance(node, list):
        return [to_openapi_30_nullable(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: to_openapi_30_nullable(value) for key, value in node.items()}
    one_of = node.get("oneOf")
    if isinstance(one_of, list) and {"type": "null"} in one_of:
        rest = [option for option in one_of if option != {"type": "null"}]
        del node["oneOf"]
        node["allOf" if len(rest) == 1 else "oneOf"] = rest
        node["nullable"] = True
    return node


def bundle() -> list[Path]:
    DIST.mkdir(exist_ok=True)
    run("redocly", "bundle", str(SPEC), "--output", str(DIST / BUNDLE_YAML))
    run("redocly", "bundle", str(SPEC), "--ext", "json", "--output", str(DIST / BUNDLE_JSON))
    run("openapi-down-convert", "--input", str(DIST / BUNDLE_YAML), "--output", str(DIST / BUNDLE_30))
    down = to_openapi_30_nullable(yaml.safe_load((DIST / BUNDLE_30).read_text()))
    down["info"]["description"] += (
        "\n\nThis is the OpenAPI 3.0 down-conversion of the 3.1 document, for generators that do not read 3.1:"
        ' a nullable reference is `allOf: [$ref]` with `nullable: true`, `type: [T, "null"]` is `nullable: true`.'
    )
    (DIST / BUNDLE_30).write_text(yaml.safe_dump(down, sort_keys=False, allow_unicode=True, width=120))
    products = [DIST / BUNDLE_YAML, DIST / BUNDLE_JSON, DIST / BUNDLE_30]
    for path in products:
        document = json.loads(path.read_text()) if path.suffix == ".json" else yaml.safe_load(path.read_text())
        errors = validation_errors(document)
        if errors:
            sys.exit(f"{path.name} does not validate:\n" + "\n".join(errors[:20]))
        print(f"{path.relative_to(ROOT)}: OpenAPI {document['openapi']}, valid, {path.stat().st_size} bytes")
    return products


NOTE = "x-reference-note"


def reference_notes(node: Any, pointer: str = "") -> list[tuple[str, str]]:
    """Every ``x-reference-note`` of ``node`` as (JSON pointer of the object carrying it, note), in document order."""
    found: list[tuple[str, str]] = []
    if isinstance(node, dict):
        if isinstance(node.get(NOTE), str):
            found.append((pointer or "/", node[NOTE]))
        for key, value in node.items():
            found += reference_notes(value, f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += reference_notes(value, f"{pointer}/{index}")
    return found


def with_notes_shown(node: Any) -> Any:
    """A copy of ``node`` where each note is also a paragraph of its description (for renderers that skip x-)."""
    if isinstance(node, list):
        return [with_notes_shown(value) for value in node]
    if not isinstance(node, dict):
        return node
    copy = {key: with_notes_shown(value) for key, value in node.items()}
    if isinstance(node.get(NOTE), str):
        copy["description"] = f"{node.get('description', '')}\n\n*Note on the vendor's reference:* {node[NOTE]}".strip()
    if isinstance(node.get(OBSERVED), dict):
        copy["description"] = (
            f"{copy.get('description', '')}\n\n*Observed in traffic:* {observed_text(node[OBSERVED])}".strip()
        )
    return copy


OBSERVED = "x-observed"


def observed_text(seen: dict[str, Any]) -> str:
    return f"{seen.get('first')} to {seen.get('last')}, {seen.get('count')} response(s) ({seen.get('source')})"


def provenance() -> dict[str, dict[str, list[str]]]:
    """Per schema, its properties observed in traffic (``x-observed``, with dates) and those only transcribed from
    the reference; then the responses and enums observed."""
    document = yaml.safe_load(SPEC.read_text())
    found: dict[str, dict[str, list[str]]] = {}
    for name, schema in document.get("components", {}).get("schemas", {}).items():
        observed, transcribed = [], []
        for prop, node in (schema.get("properties") or {}).items():
            if isinstance(node, dict) and isinstance(node.get(OBSERVED), dict):
                observed.append(f"{prop} ({observed_text(node[OBSERVED])})")
            else:
                transcribed.append(prop)
        if isinstance(schema.get(OBSERVED), dict):
            observed.insert(0, f"(the schema itself: {observed_text(schema[OBSERVED])})")
        if observed or transcribed:
            found[name] = {"observed": observed, "transcribed": transcribed}
            print(f"{name}: observed {len(observed)}, transcribed {len(transcribed)}")
            for line in observed:
                print(f"  observed     {line}")
            if transcribed:
                print(f"  transcribed  {', '.join(transcribed)}")
    for pointer, seen in observed_nodes(document.get("paths", {}), "/paths"):
        print(f"{pointer}: observed {observed_text(seen)}")
    total = sum(len(v["observed"]) for v in found.values())
    print(f"{total} observed and {sum(len(v['transcribed']) for v in found.values())} transcribed properties")
    return found


def observed_nodes(node: Any, pointer: str) -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(node, dict):
        if isinstance(node.get(OBSERVED), dict):
            found.append((pointer, node[OBSERVED]))
        for key, value in node.items():
            if key != OBSERVED:
                found += observed_nodes(value, f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += observed_nodes(value, f"{pointer}/{index}")
    return found


def notes() -> list[tuple[str, str]]:
    found = reference_notes(yaml.safe_load(SPEC.read_text()))
    for pointer, note in found:
        print(f"{pointer}: {note}")
    print(f"{len(found)} notes on the vendor's reference")
    return found


def docs() -> Path:
    out = DIST / "docs" / "index.html"
    shown = DIST / "docs" / "with-notes.openapi.yaml"
    shown.parent.mkdir(parents=True, exist_ok=True)
    bundled = yaml.safe_load((DIST / BUNDLE_YAML).read_text())
    shown.write_text(yaml.safe_dump(with_notes_shown(bundled), sort_keys=False, allow_unicode=True, width=120))
    run("redocly", "build-docs", str(shown), "--output", str(out))
    print(f"{out.relative_to(ROOT)}: {out.stat().st_size} bytes")
    return out


def types() -> Path:
    out = DIST / "simplymeet.d.ts"
    run("openapi-typescript", str(DIST / BUNDLE_YAML), "--output", str(out))
    run("tsc", "--noEmit", "--strict", str(out))
    print(f"{out.relative_to(ROOT)}: {out.stat().st_size} bytes, tsc --strict clean")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=["bundle", "docs", "types", "notes", "provenance"])
    step = parser.parse_args().step
    {"bundle": bundle, "docs": docs, "types": types, "notes": notes, "provenance": provenance}[step]()


if __name__ == "__main__":
    main()
