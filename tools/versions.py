"""The one place version bumps are decided: ``make release`` (tools/release.py) and ``make drift-apply``
(tools/drift_apply.py) both call :func:`next_versions`.

The client follows SemVer's 0.x convention: before 1.0 something breaking is a minor bump and anything else a patch
(1.0 is a maintainer's decision, never a tool's); from 1.0 on: major when breaking, minor for additions, else patch.
The spec's ``info.version`` moves with the spec's own changes: major when breaking, minor for additions, patch for
any other change, unchanged when the spec did not change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")


class VersionError(ValueError):
    """Not a MAJOR.MINOR.PATCH version."""


def parse(version: str) -> tuple[int, int, int]:
    found = SEMVER.match(version)
    if not found:
        raise VersionError(f"{version!r} is not a version MAJOR.MINOR.PATCH")
    major, minor, patch = (int(part) for part in found.groups())
    return major, minor, patch


def bump(version: str, kind: str) -> str:
    major, minor, patch = parse(version)
    return {"major": f"{major + 1}.0.0", "minor": f"{major}.{minor + 1}.0", "patch": f"{major}.{minor}.{patch + 1}"}[
        kind
    ]


def spec_change(*, breaking: bool, additions: bool, changed: bool = True) -> str | None:
    """How the spec's ``info.version`` moves: ``major``/``minor``/``patch``, or None when the spec did not change."""
    if breaking:
        return "major"
    if additions:
        return "minor"
    return "patch" if changed else None


@dataclass(frozen=True)
class Versions:
    client: str
    client_kind: str
    spec: str
    spec_kind: str | None  # None: the spec did not change


def next_versions(client: str, spec: str, *, breaking: bool, spec_kind: str | None) -> Versions:
    """The versions after ``client`` and ``spec`` (the last release's): ``breaking`` is anything breaking (the spec
    or the Python API), ``spec_kind`` the spec's own change (:func:`spec_change`)."""
    if parse(client)[0] == 0:
        client_kind = "minor" if breaking else "patch"
    else:
        client_kind = "major" if breaking else "minor" if spec_kind == "minor" else "patch"
    return Versions(bump(client, client_kind), client_kind, bump(spec, spec_kind) if spec_kind else spec, spec_kind)


def at_least(current: str, wanted: str) -> str:
    """The higher of two versions: what is in the tree already may be past what one change needs."""
    return max(current, wanted, key=parse)
