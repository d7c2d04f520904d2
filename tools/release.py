"""Cut a release of the client (``make release``), recorded in the tree: ``releases.json`` and ``CHANGELOG.md``.

    python -m tools.release                     # the version chosen by the breaking gate
    python -m tools.release --version 0.3.0     # a version of your choosing (not below what the gate requires)
    python -m tools.release --dry-run           # the gate and the versions it would choose; changes nothing
    python -m tools.release --last-commit       # the commit the last release was cut from (make breaking's base)

Tags may not travel with a push, so each release is recorded in the tree: ``releases.json`` (newest first: version,
date, the spec's ``info.version``, and the commit the release was cut from) and a dated CHANGELOG section.

Versions (:func:`tools.versions.next_versions`, which ``make drift-apply`` uses too). The client follows SemVer's
0.x convention: a breaking change (``tools.breaking`` against the last release's commit: the spec's wire and
generated names, and the public Python API) bumps the minor version, anything else the patch; from 1.0 on (never
chosen by this tool) breaking bumps the major, additions the minor. The spec's ``info.version`` moves with the
spec's own changes since the last release: major when breaking, minor when something was added, patch for any
other change (descriptions, examples), unchanged when the spec did not change. Versions ``make drift-apply`` already
moved are kept when they are what the gate needs (never bumped twice).

Steps, in order; the first that fails stops the release and every file it touched is restored:

1. checks: a clean git tree, a non-empty ``[Unreleased]`` section, the last release's commit in the history, the
   Node tools (``make node-deps``), ``generated/`` as ``make generate`` writes it, then the gate and a new version
   above the last one (and at least what the gate requires);
2. the spec's ``info.version``, ``pyproject.toml``'s ``version`` (its one place: the package and
   ``simplymeet --version`` read the installed metadata), the CHANGELOG section, ``releases.json``;
3. ``generated/`` regenerated (the package ships the spec, version included);
4. sdist and wheel built (hatchling), ``twine check --strict``, ``check-wheel-contents`` (configured in
   ``pyproject.toml``), the wheel installed with its ``cli`` extra into a new virtualenv, imported, and its
   ``simplymeet --version`` run and compared;
5. ``published/`` refreshed (``make publish``);
6. one commit, ``Release X.Y.Z``, and a local tag ``vX.Y.Z``; the sdist and wheel land in ``dist/``.

Non-interactive (no prompt, no editor): fit for CI.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tools import NODE_BIN, ROOT, SPEC, versions

RELEASES = ROOT / "releases.json"
CHANGELOG = ROOT / "CHANGELOG.md"
PYPROJECT = ROOT / "pyproject.toml"
UNRELEASED = "## [Unreleased]\n"
PROJECT_VERSION = re.compile(r'^version = "([^"]+)"$', flags=re.MULTILINE)
# Paths a release writes: restored from HEAD (and new files in them removed) when a step fails.
TOUCHED = ["CHANGELOG.md", "pyproject.toml", "releases.json", "README.md", "docs/client.md", "openapi/simplymeet.yaml"]
REGENERATED = ["generated", "published"]
BIN = Path(sys.executable).parent


class ReleaseError(Exception):
    """A check failed; the message says which and what to do."""


# ------------------------------------------------------------------------------------------------ versions


def parse(version: str) -> tuple[int, int, int]:
    try:
        return versions.parse(version)
    except versions.VersionError as exc:
        raise ReleaseError(str(exc)) from None


bump = versions.bump


# --------------------------------------------------------------------------------------------------- record


def records() -> list[dict[str, Any]]:
    """The releases, newest first."""
    if not RELEASES.exists():
        raise ReleaseError(f"{RELEASES.name} is missing: it records every release (version, date, spec, commit)")
    found: list[dict[str, Any]] = json.loads(RELEASES.read_text())["releases"]
    if not found:
        raise ReleaseError(f"{RELEASES.name} records no release: the first entry names the base of the first gate")
    return found


def git(*args: str, check: bool = True) -> str:
    done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
    if check and done.returncode != 0:
        raise ReleaseError(f"git {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout.strip()


def last_commit() -> str:
    """The full hash of the commit the last release was cut from; it must be in this repository's history."""
    last = records()[0]
    commit = str(last["commit"])
    done = subprocess.run(
        ["git", "rev-parse", "--verify", "--quiet", f"{commit}^{{commit}}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise ReleaseError(f"release {last['version']} was cut from {commit}, which is not in this repository")
    return done.stdout.strip()


# ------------------------------------------------------------------------------------------------- the gate


@dataclass
class Gate:
    base: str
    spec_breaking: list[str]
    python_breaking: list[str]
    spec_change: str | None
    """``major``/``minor``/``patch`` for the spec's own changes since the base, None when it did not change."""
    old_spec_version: str

    @property
    def breaking(self) -> list[str]:
        return self.spec_breaking + self.python_breaking


SPEC_CHANGES = {"major": "breaking changes", "minor": "additions", "patch": "changes that neither break nor add"}
DOC_KEYS = {"description", "summary", "example", "examples", "externalDocs", "x-reference-note", "x-observed"}


def shape(node: Any, pointer: str = "") -> Iterator[str]:
    """The structure of a document as JSON pointers, leaving out what only documents (descriptions, examples).

    A pointer the new spec has and the old one lacks is an addition (an operation, a schema, a property, a parameter,
    a status, an enum value...).
    """
    if isinstance(node, dict):
        for key, value in node.items():
            if key in DOC_KEYS:
                continue
            here = f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}"
            yield here
            yield from shape(value, here)
    elif isinstance(node, list):
        scalars = all(not isinstance(item, dict | list) for item in node)
        for index, item in enumerate(node):
            here = f"{pointer}/{json.dumps(item) if scalars else index}"
            yield here
            yield from shape(item, here)


def without_version(document: dict[str, Any]) -> dict[str, Any]:
    return {**document, "info": {k: v for k, v in document.get("info", {}).items() if k != "version"}}


def gate(base: str, released_spec: str) -> Gate:
    """The gate against the commit ``base`` a release was cut from; ``released_spec``: the spec version it shipped
    (recorded, since the release itself set it after ``base``)."""
    from tools import breaking  # griffe and the spec comparison; imported here so that --last-commit stays quick

    old = yaml.safe_load(git("show", f"{base}:openapi/simplymeet.yaml"))
    new = yaml.safe_load(SPEC.read_text())
    report = breaking.compare(old, new)
    spec_breaking = report.breaking + breaking.renamed_names(breaking.Spec(old), breaking.Spec(new))
    python_breaking = breaking.python_api_breakages_since(base)
    change = versions.spec_change(
        breaking=bool(spec_breaking),
        additions=bool(set(shape(new)) - set(shape(old))),
        changed=without_version(old) != without_version(new),
    )
    return Gate(base, spec_breaking, python_breaking, change, released_spec)


# ---------------------------------------------------------------------------------------------- tree edits


def unreleased_body(text: str) -> tuple[int, int]:
    """Where the ``[Unreleased]`` section's body starts and ends in the CHANGELOG."""
    if UNRELEASED not in text:
        raise ReleaseError(f"CHANGELOG.md has no {UNRELEASED.strip()!r} section")
    start = text.index(UNRELEASED) + len(UNRELEASED)
    following = re.search(r"^## \[", text[start:], flags=re.MULTILINE)
    return start, start + following.start() if following else len(text)


def changelog_section(text: str, version: str, date: str, summary: str) -> str:
    start, end = unreleased_body(text)
    body = text[start:end].strip("\n")
    if not body.strip():
        raise ReleaseError("CHANGELOG.md's [Unreleased] section is empty: nothing to release")
    section = f"## [{version}] — {date}\n\n{summary}\n\n{body}\n\n"
    return text[:start] + "\n" + section + text[end:]


def set_project_version(text: str, version: str) -> str:
    found = PROJECT_VERSION.search(text)
    if not found:
        raise ReleaseError("pyproject.toml has no version")
    return text[: found.start(1)] + version + text[found.end(1) :]


def _spec_version_at(text: str) -> tuple[int, int]:
    """Where the value of ``info.version`` is in the spec's text (its ``  version:`` line under ``info:``)."""
    info = re.search(r"^info:\n((?:[ \t].*\n|\n)*)", text, flags=re.MULTILINE)
    line = re.search(r"^  version: *(['\"]?)([^'\"\n]+)\1 *$", info.group(1), flags=re.MULTILINE) if info else None
    if info is None or line is None:
        raise ReleaseError("openapi/simplymeet.yaml has no info.version line")
    return info.start(1) + line.start(2), info.start(1) + line.end(2)


def read_spec_version(text: str) -> str:
    start, end = _spec_version_at(text)
    return text[start:end]


def set_spec_version(text: str, version: str) -> str:
    """``info.version`` in the spec's text, every other byte kept."""
    start, end = _spec_version_at(text)
    edited = text[:start] + version + text[end:]
    if yaml.safe_load(edited)["info"]["version"] != version:
        raise ReleaseError("could not set info.version in openapi/simplymeet.yaml")
    return edited


# -------------------------------------------------------------------------------------------------- checks


def run(label: str, *command: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> str:
    print(f"release: {label}", end=" ", flush=True)
    began = time.monotonic()
    done = subprocess.run(
        command, cwd=cwd, capture_output=True, text=True, check=False, env=env, stdin=subprocess.DEVNULL
    )
    if done.returncode != 0:
        print("FAILED", flush=True)
        raise ReleaseError(f"{label} failed ({done.returncode}):\n{done.stdout[-4000:]}{done.stderr[-4000:]}")
    print(f"({time.monotonic() - began:.1f} s)", flush=True)
    return done.stdout


def check_packages(out: Path, version: str, spec_version: str) -> list[Path]:
    """Build the sdist and the wheel into ``out`` and check them; the two files."""
    run("build sdist and wheel (hatchling)", str(BIN / "python"), "-m", "hatchling", "build", "-d", str(out))
    sdist = out / f"simplymeet_client-{version}.tar.gz"
    wheel = out / f"simplymeet_client-{version}-py3-none-any.whl"
    if not (sdist.exists() and wheel.exists()):
        raise ReleaseError(
            f"the build did not write {sdist.name} and {wheel.name}: {sorted(p.name for p in out.iterdir())}"
        )
    run("twine check --strict", str(BIN / "twine"), "check", "--strict", str(sdist), str(wheel))
    run("check-wheel-contents", str(BIN / "check-wheel-contents"), str(wheel))
    venv = out.parent / "venv"
    run("a clean virtualenv", sys.executable, "-m", "venv", "--without-pip", str(venv))
    python = venv / "bin" / "python"
    pip = [
        str(BIN / "python"),
        "-m",
        "pip",
        "--python",
        str(python),
        "install",
        "--quiet",
        "--disable-pip-version-check",
    ]
    run("install the wheel (with its cli extra) into it", *pip, f"{wheel}[cli]")
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    probe = (
        "import importlib.metadata, simplymeet_client, simplymeet_runtime\n"
        "from simplymeet_client import SimplyMeet\n"
        "from simplymeet_client.spec import openapi\n"
        "print(importlib.metadata.version('simplymeet-client'), openapi()['info']['version'])\n"
    )
    got = run("import it there", str(python), "-I", "-c", probe, cwd=out, env=clean).split()
    if got != [version, spec_version]:
        raise ReleaseError(f"the installed wheel says version {got}, expected {[version, spec_version]}")
    shown = run("simplymeet --version from it", str(venv / "bin" / "simplymeet"), "--version", cwd=out, env=clean)
    if not shown.startswith(f"simplymeet {version} (spec {spec_version},"):
        raise ReleaseError(f"simplymeet --version printed {shown.strip()!r}")
    print(f"release: {shown.strip()}")
    return [sdist, wheel]


def restore() -> None:
    """Put back every file a release writes (the tree was clean when it started)."""
    git("checkout", "HEAD", "--", *[p for p in TOUCHED + REGENERATED if (ROOT / p).exists() or git("ls-files", p)])
    git("clean", "-fdq", "--", *REGENERATED)


# ---------------------------------------------------------------------------------------------------- main


@dataclass
class Plan:
    version: str
    spec_version: str
    summary: str


def plan(requested: str | None, result: Gate, last: dict[str, Any]) -> Plan:
    last_version = str(last["version"])
    chosen = versions.next_versions(
        last_version, result.old_spec_version, breaking=bool(result.breaking), spec_kind=result.spec_change
    )
    needed = chosen.client
    if requested is None:
        version = needed
    elif parse(requested) < parse(needed):
        why = f" with {len(result.breaking)} breaking change(s)" if result.breaking else ""
        raise ReleaseError(f"VERSION={requested} is below {needed}, the least version after {last_version}{why}")
    else:
        version = requested
    current_spec = read_spec_version(SPEC.read_text())
    spec_version = current_spec
    if result.spec_change is not None:  # drift-apply may have moved it already (never past what is needed)
        spec_version = versions.at_least(current_spec, chosen.spec)
    if spec_version == result.old_spec_version:
        spec_note = f"spec `info.version` {spec_version} (unchanged)"
    else:
        why = SPEC_CHANGES[result.spec_change] if result.spec_change else "set by hand"
        spec_note = f"spec `info.version` {spec_version} (was {result.old_spec_version}: {why})"
    head = (
        f"Cut from `{git('rev-parse', 'HEAD')[:12]}`; {spec_note}. Breaking changes since {last_version}"
        f" (`make breaking`): {len(result.spec_breaking)} in the spec, {len(result.python_breaking)} in the Python API"
    )
    lines = [textwrap.fill(head + (":" if result.breaking else "."), width=118)]
    lines += [textwrap.fill(f"- {line}", width=118, subsequent_indent="  ") for line in result.breaking]
    return Plan(version, spec_version, "\n".join(lines))


def release(requested: str | None, date: str, dry_run: bool, commit: bool) -> Plan:
    status = git("status", "--porcelain")
    if status and not dry_run:
        raise ReleaseError(f"the tree has uncommitted changes; commit or stash them first:\n{status}")
    last = records()[0]
    base = last_commit()
    start, end = unreleased_body(CHANGELOG.read_text())
    if not CHANGELOG.read_text()[start:end].strip():
        raise ReleaseError("CHANGELOG.md's [Unreleased] section is empty: nothing to release")
    missing = [tool for tool in ("redocly", "openapi-typescript", "tsc") if not (NODE_BIN / tool).exists()]
    if missing and not dry_run:
        raise ReleaseError(f"the Node tools are missing ({', '.join(missing)}): run `make node-deps`")
    if dry_run:
        return decide(requested, base, last)
    cut_from = git("rev-parse", "HEAD")
    began = time.monotonic()
    try:
        # The gate compares generated/ too, and the release commit must hold nothing but the release.
        run("make generate: is generated/ fresh?", str(BIN / "python"), "-m", "tools.generate")
        stale = git("status", "--porcelain", "--", "generated", "README.md", "docs/client.md")
        if stale:
            raise ReleaseError(f"generated/ is not what `make generate` writes; run it and commit first:\n{stale}")
        chosen = decide(requested, base, last)
        tag = f"v{chosen.version}"
        if git("tag", "--list", tag):
            raise ReleaseError(f"tag {tag} exists already")
        if any(str(r["version"]) == chosen.version for r in records()):
            raise ReleaseError(f"{chosen.version} is released already ({RELEASES.name})")
        SPEC.write_text(set_spec_version(SPEC.read_text(), chosen.spec_version))
        PYPROJECT.write_text(set_project_version(PYPROJECT.read_text(), chosen.version))
        CHANGELOG.write_text(changelog_section(CHANGELOG.read_text(), chosen.version, date, chosen.summary))
        entry = {"version": chosen.version, "date": date, "spec": chosen.spec_version, "commit": cut_from}
        RELEASES.write_text(json.dumps({"releases": [entry, *records()]}, indent=2, ensure_ascii=False) + "\n")
        run("make generate (generated/, with the new info.version)", str(BIN / "python"), "-m", "tools.generate")
        with tempfile.TemporaryDirectory() as tmp:
            built = check_packages(Path(tmp) / "dist", chosen.version, chosen.spec_version)
            run("make publish (published/)", str(BIN / "python"), "-m", "tools.spec_products", "publish")
            dist = ROOT / "dist"
            dist.mkdir(exist_ok=True)
            for path in built:
                shutil.copy2(path, dist / path.name)
        if commit:
            git("add", "--all", "--", *TOUCHED, *REGENERATED)
            git("commit", "--quiet", "-m", f"Release {chosen.version}", "-m", chosen.summary)
            git("tag", tag)
    except BaseException:
        restore()
        raise
    done = f"committed and tagged {tag}" if commit else "written (not committed)"
    print(f"release: {chosen.version} {done} in {time.monotonic() - began:.0f} s")
    print(f"release: dist/{built[0].name} and dist/{built[1].name} are ready to upload")
    return chosen


def decide(requested: str | None, base: str, last: dict[str, Any]) -> Plan:
    """Run the gate against ``base`` and choose the versions."""
    print(f"release: the breaking gate against {last['version']} (cut from {base[:12]})", end=" ", flush=True)
    began = time.monotonic()
    result = gate(base, str(last["spec"]))
    print(f"({time.monotonic() - began:.1f} s)")
    for line in result.breaking:
        print(f"  BREAKING {line}")
    chosen = plan(requested, result, last)
    print(f"release: {last['version']} -> {chosen.version}; spec {result.old_spec_version} -> {chosen.spec_version}")
    print(f"release: {chosen.summary}", flush=True)
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", help="the new version (default: chosen by the breaking gate)")
    parser.add_argument("--date", default=datetime.datetime.now(datetime.UTC).date().isoformat())
    parser.add_argument("--dry-run", action="store_true", help="run the gate, print the plan, change nothing")
    parser.add_argument("--no-commit", action="store_true", help="leave the release's changes uncommitted")
    parser.add_argument("--last-commit", action="store_true", help="print the last release's commit and exit")
    args = parser.parse_args(argv)
    try:
        if args.last_commit:
            print(last_commit())
            return 0
        if args.version is not None:
            parse(args.version)
        release(args.version, args.date, args.dry_run, not args.no_commit)
    except ReleaseError as error:
        print(f"release: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
