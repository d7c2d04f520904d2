"""Artefacts built from openapi/simplymeet.yaml for teams that only take the spec.

    python -m tools.spec_products publish  # published/: everything below but the docs, committed (make publish)
    python -m tools.spec_products bundle   # published/openapi/: simplymeet.openapi.{yaml,json} (3.1) + -3.0.yaml
    python -m tools.spec_products types    # published/typescript/simplymeet.d.ts (openapi-typescript), tsc --strict
    python -m tools.spec_products docs     # dist/docs/index.html (Redocly), from published/openapi/
    python -m tools.spec_products notes    # the defect list: every x-reference-note, with where it sits
    python -m tools.spec_products provenance  # per schema: properties observed in traffic (x-observed) or transcribed

``description`` speaks to users; what the spec had to decide about the vendor's reference sits beside it in an
``x-reference-note``. The HTML docs show each note under its description.

``published/`` is committed so that teams in other languages take the bundles, the types and the conformance kit
without a Python or Node toolchain (as GitHub's rest-api-description commits its ``descriptions/``);
``tests/test_freshness.py`` fails when it is not what ``publish`` writes. ``--out DIR`` writes elsewhere.

Each step fails (non-zero exit) if a tool rejects the spec or a product does not validate.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator.validation.validators import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

from tools import NODE_BIN, ROOT, SPEC

DIST = ROOT / "dist"
PUBLISHED = ROOT / "published"
"""The committed artefacts for other teams (``make publish``)."""
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

    openapi-down-convert rewrites ``type: [T, "null"]`` but leaves the nullable-$ref form alone, and a list of
    several types (``type: [integer, "null", string]``, as drift-apply widens a type) as it is, invalid in 3.0: it
    becomes ``oneOf`` of one type each (+ ``nullable: true``).
    """
    if isinstance(node, list):
        return [to_openapi_30_nullable(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: to_openapi_30_nullable(value) for key, value in node.items()}
    kinds = node.get("type")
    if isinstance(kinds, list) and all(isinstance(kind, str) for kind in kinds):
        rest = [kind for kind in kinds if kind != "null"]
        del node["type"]
        if len(rest) == 1:
            node["type"] = rest[0]
        else:
            node["oneOf"] = [{"type": kind} for kind in rest]
        if "null" in kinds:
            node["nullable"] = True
    one_of = node.get("oneOf")
    if isinstance(one_of, list) and {"type": "null"} in one_of:
        rest = [option for option in one_of if option != {"type": "null"}]
        del node["oneOf"]
        node["allOf" if len(rest) == 1 else "oneOf"] = rest
        node["nullable"] = True
    return node


def _shown(path: Path) -> Path | str:
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


def bundle(out: Path = PUBLISHED / "openapi") -> list[Path]:
    """The 3.1 bundle in YAML and JSON and the 3.0 down-conversion in ``out``, each validated."""
    out.mkdir(parents=True, exist_ok=True)
    run("redocly", "bundle", str(SPEC), "--output", str(out / BUNDLE_YAML))
    run("redocly", "bundle", str(SPEC), "--ext", "json", "--output", str(out / BUNDLE_JSON))
    run("openapi-down-convert", "--input", str(out / BUNDLE_YAML), "--output", str(out / BUNDLE_30))
    down = to_openapi_30_nullable(yaml.safe_load((out / BUNDLE_30).read_text()))
    down["info"]["description"] += (
        "\n\nThis is the OpenAPI 3.0 down-conversion of the 3.1 document, for generators that do not read 3.1:"
        ' a nullable reference is `allOf: [$ref]` with `nullable: true`, `type: [T, "null"]` is `nullable: true`.'
    )
    (out / BUNDLE_30).write_text(yaml.safe_dump(down, sort_keys=False, allow_unicode=True, width=120))
    products = [out / BUNDLE_YAML, out / BUNDLE_JSON, out / BUNDLE_30]
    for path in products:
        document = json.loads(path.read_text()) if path.suffix == ".json" else yaml.safe_load(path.read_text())
        errors = validation_errors(document)
        if errors:
            sys.exit(f"{path.name} does not validate:\n" + "\n".join(errors[:20]))
        print(f"{_shown(path)}: OpenAPI {document['openapi']}, valid, {path.stat().st_size} bytes")
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


def docs(bundle_yaml: Path = PUBLISHED / "openapi" / BUNDLE_YAML, out_dir: Path = DIST / "docs") -> Path:
    out = out_dir / "index.html"
    shown = out_dir / "with-notes.openapi.yaml"
    shown.parent.mkdir(parents=True, exist_ok=True)
    bundled = yaml.safe_load(bundle_yaml.read_text())
    shown.write_text(yaml.safe_dump(with_notes_shown(bundled), sort_keys=False, allow_unicode=True, width=120))
    run("redocly", "build-docs", str(shown), "--output", str(out))
    print(f"{_shown(out)}: {out.stat().st_size} bytes")
    return out


def types(
    bundle_yaml: Path = PUBLISHED / "openapi" / BUNDLE_YAML, out: Path = PUBLISHED / "typescript" / "simplymeet.d.ts"
) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    run("openapi-typescript", str(bundle_yaml), "--output", str(out))
    run("tsc", "--noEmit", "--strict", str(out))
    print(f"{_shown(out)}: {out.stat().st_size} bytes, tsc --strict clean")
    return out


PUBLISHED_README = """# Published artefacts of the SimplyMeet.me API description

Written by `make publish` (and `make generate`) from `openapi/simplymeet.yaml`; never edited by hand.
`tests/test_freshness.py` fails when they are not what the spec and the tools write now. Take them from here: no
Python or Node toolchain is needed to use them. On the default branch they follow the spec as it is now; for a
released version take them from the commit `Release X.Y.Z` (tag `vX.Y.Z` where tags are pushed).

| File | What it is |
|---|---|
| `openapi/simplymeet.openapi.yaml` | the spec as one OpenAPI 3.1 document (Redocly bundle), YAML |
| `openapi/simplymeet.openapi.json` | the same document, JSON |
| `openapi/simplymeet.openapi-3.0.yaml` | an OpenAPI 3.0 down-conversion, for generators that do not read 3.1 |
| `typescript/simplymeet.d.ts` | TypeScript types (openapi-typescript; `tsc --strict` clean), for `openapi-fetch` or your own client |
| `conformance/` | the conformance kit: request, response and webhook cases any SDK of the spec can replay (its README) |

`info.version` in the documents is the spec's version; `releases.json` at the repository root lists each release
of the Python client with the spec version it shipped and the commit it was cut from (the parent of `Release
X.Y.Z`), and `CHANGELOG.md` says what changed and what breaks.
"""


def publish(out: Path = PUBLISHED) -> Path:
    """Everything other teams take (bundles, types, conformance kit, a README) into ``out``, replacing it whole."""
    from tools import conformance  # imports the client (this checkout's generated package)

    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "published"
        bundled = bundle(staged / "openapi")
        types(bundled[0], staged / "typescript" / "simplymeet.d.ts")
        counts = conformance.write(staged / "conformance")
        print("conformance/: " + ", ".join(f"{count} {kind} cases" for kind, count in counts.items()))
        (staged / "README.md").write_text(PUBLISHED_README)
        shutil.rmtree(out, ignore_errors=True)
        shutil.copytree(staged, out)
    print(f"wrote {_shown(out)}/")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=["publish", "bundle", "docs", "types", "notes", "provenance"])
    parser.add_argument("--out", type=Path, help="publish: the folder to write instead of published/")
    args = parser.parse_args()
    if args.step == "publish":
        publish(args.out or PUBLISHED)
        return
    steps: dict[str, Callable[[], object]] = {
        "bundle": bundle,
        "docs": docs,
        "types": types,
        "notes": notes,
        "provenance": provenance,
    }
    steps[args.step]()


if __name__ == "__main__":
    main()
