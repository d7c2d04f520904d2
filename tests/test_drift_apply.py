"""``make drift-apply``: a HAR with one drift of each kind applied to a copy of this repository, end to end."""

from __future__ import annotations

import difflib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools import ROOT
from tools.drift_apply import drift_versions
from tools.versions import Versions, bump, next_versions

pytestmark = [pytest.mark.node, pytest.mark.slow]

FIXTURES = ROOT / "tests" / "fixtures"


def _fixture(name: str) -> Any:
    return json.loads((FIXTURES / f"{name}.json").read_text())


def _entry(method: str, path: str, status: int, body: Any, day: str = "2026-11-28") -> dict[str, Any]:
    return {
        "startedDateTime": f"{day}T10:00:00.000Z",
        "request": {"method": method, "url": f"https://secure.simplymeet.me{path}"},
        "response": {"status": status, "content": {"mimeType": "application/json", "text": json.dumps(body)}},
    }


def drifted_entries() -> list[dict[str, Any]]:
    """One response per drift kind, as the real service might send them (what the spec has not caught up with)."""
    user = _fixture("getCurrentUser")
    user.pop("address")  # missing-property
    user["favouriteColour"] = "teal"  # undeclared-property
    events = _fixture("listEvents")
    events["items"][0]["eventType"]["uuid"] = None  # unexpected-null
    events["items"][0]["eventType"]["type"] = "webinar"  # unknown-enum-value
    event = _fixture("getEvent")
    event["duration"] = "30"  # type-mismatch
    event["updatedAt"] = "2024-03-04 17:02:11"  # format-mismatch
    return [
        _entry("GET", "/panel/api/current-user", 200, user),
        _entry("GET", "/panel/api/current-user", 200, user, "2026-11-30"),
        _entry("GET", "/panel/api/event/?page=1", 200, events),
        _entry("GET", "/panel/api/event/48213", 200, event),
        _entry("GET", "/panel/api/acl", 418, {"message": "I'm a teapot"}),  # undocumented-status
        _entry("GET", "/panel/api/reports", 200, {"rows": []}),  # undocumented-operation
    ]


def har(path: Path, entries: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps({"log": {"version": "1.2", "entries": entries}}))
    return path


def python_in(copy: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """``python ARGV`` in the copy, with the copy's packages on the path."""
    env = {**os.environ, "PYTHONPATH": f"{copy / 'generated'}:{copy / 'runtime'}:{copy}"}
    return subprocess.run(
        [sys.executable, *argv], cwd=copy, env=env, capture_output=True, text=True, timeout=1800, check=False
    )


def run(copy: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return python_in(copy, "-m", "tools.drift", *args)


def git(copy: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=copy, capture_output=True, text=True, check=True).stdout


def repository_copy(into: Path) -> Path:
    """This repository's working tree copied (and committed) into ``into``, node_modules linked."""
    files = git(ROOT, "ls-files", "-co", "--exclude-standard").splitlines()
    for name in files:
        source = ROOT / name
        if source.is_file():
            (into / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, into / name)
    (into / "node" / "node_modules").symlink_to(ROOT / "node" / "node_modules")
    git(into, "init", "-q")
    git(into, "add", "-A")
    git(into, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "base")
    return into


@pytest.fixture(scope="module")
def applied(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path, subprocess.CompletedProcess[str]]]:
    """This repository's working tree copied (and committed) elsewhere, with the drifted HAR applied to it."""
    copy = repository_copy(tmp_path_factory.mktemp("repo"))
    recordings = har(tmp_path_factory.mktemp("har") / "session.har", drifted_entries())
    yield copy, recordings, run(copy, str(recordings), "--apply")


def test_the_spec_diff_touches_only_the_drifted_nodes(applied: tuple[Path, Path, Any]) -> None:
    copy, _, done = applied
    assert done.returncode == 0, done.stdout + done.stderr
    old_text = (ROOT / "openapi" / "simplymeet.yaml").read_text()
    new_text = (copy / "openapi" / "simplymeet.yaml").read_text()
    removed = [line for line in difflib.ndiff(old_text.split("\n"), new_text.split("\n")) if line.startswith("- ")]
    assert sorted(line[2:].strip() for line in removed) == [
        "- address", "format: date-time", "type: string", "version: 1.0.0"
    ]  # fmt: skip
    old, new = yaml.safe_load(old_text), yaml.safe_load(new_text)
    schemas, new_schemas = old["components"]["schemas"], new["components"]["schemas"]
    user, event = new_schemas["UserDTO"], new_schemas["EventDTO"]["properties"]
    assert "address" not in user["required"] and user["properties"]["favouriteColour"]["type"] == "string"
    assert user["properties"]["favouriteColour"]["x-observed"] == {
        "first": "2026-11-28", "last": "2026-11-30", "count": 2, "source": "session.har"
    }  # fmt: skip
    assert new_schemas["EventTypeDTO"]["properties"]["uuid"]["type"] == ["string", "null"]
    assert "format" not in event["updatedAt"] and "favouriteColour" not in user["required"]  # optional
    assert event["duration"]["type"] == ["integer", "null", "string"]
    assert new_schemas["EventTypeKind"]["enum"][-1] == "webinar"
    acl = new["paths"]["/panel/api/acl"]["get"]["responses"]
    assert acl["418"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorDTO"}
    assert "/panel/api/reports" not in new["paths"] and "GET /panel/api/reports" in done.stdout  # a stub, printed

    def strip_observed(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: strip_observed(v) for k, v in node.items() if k != "x-observed"}
        return [strip_observed(v) for v in node] if isinstance(node, list) else node

    changed = {
        name for name in schemas if strip_observed(schemas[name]) != strip_observed(new_schemas.get(name))
    }  # every other schema is as it was
    assert changed == {"UserDTO", "EventDTO", "EventTypeDTO", "EventTypeKind"}
    assert [p for p in old["paths"] if strip_observed(old["paths"][p]) != strip_observed(new["paths"][p])] == [
        "/panel/api/acl"
    ]


def test_generate_breaking_bump_and_changelog(applied: tuple[Path, Path, Any]) -> None:
    copy, _, done = applied
    assert "WEBINAR" in (copy / "generated/simplymeet_client/models/event_type_kind.py").read_text()
    assert "favourite_colour" in (copy / "generated/simplymeet_client/models/user_dto.py").read_text()
    assert "became nullable" in done.stdout and "became optional" in done.stdout  # the breaking check ran
    assert 'version = "0.2.0"' in (copy / "pyproject.toml").read_text()  # 0.x: breaking is a minor bump
    assert "client 0.1.0 -> 0.2.0 (minor); spec 1.0.0 -> 2.0.0 (major)" in done.stdout
    changelog = (copy / "CHANGELOG.md").read_text()
    assert "### Observed in traffic (session.har, make drift-apply" in changelog
    assert "- Spec: EventTypeKind: enum value(s) 'webinar' added." in changelog
    assert [bump("0.1.0", kind) for kind in ("major", "minor", "patch")] == ["1.0.0", "0.2.0", "0.1.1"]


def test_versions_follow_semver_0x_for_the_client_and_the_spec_moves_with_its_own_changes() -> None:
    """issue 31: a breaking drift bumped 0.1.0 to 1.0.0 and left the spec's info.version alone."""
    assert next_versions("0.1.0", "1.0.0", breaking=True, spec_kind="major") == Versions(
        "0.2.0", "minor", "2.0.0", "major"
    )
    assert next_versions("0.1.0", "1.0.0", breaking=False, spec_kind="minor") == Versions(
        "0.1.1", "patch", "1.1.0", "minor"
    )
    assert next_versions("0.1.0", "1.0.0", breaking=False, spec_kind="patch") == Versions(
        "0.1.1", "patch", "1.0.1", "patch"
    )
    assert next_versions("1.4.2", "2.0.0", breaking=True, spec_kind="major") == Versions(
        "2.0.0", "major", "3.0.0", "major"
    )
    assert next_versions("1.4.2", "2.0.0", breaking=False, spec_kind="minor").client == "1.5.0"  # additions


def test_two_applies_between_releases_bump_once() -> None:
    """Counted from the last release (as make release counts), never below the tree: no double bump. Before, a
    second apply bumped from the tree's versions again (0.2.0 -> 0.2.1, spec 2.0.0 -> 2.1.0)."""
    released = ("0.1.0", "1.0.0")
    first = drift_versions("0.1.0", "1.0.0", released, breaking=True, additions=True)
    assert first == ("0.1.0", "0.2.0", "minor", "1.0.0", "2.0.0", "major")
    assert drift_versions("0.2.0", "2.0.0", released, breaking=False, additions=True) == first  # an addition after
    assert drift_versions("0.2.0", "2.0.0", released, breaking=True, additions=False) == first  # another break
    assert drift_versions("0.1.1", "1.1.0", released, breaking=True, additions=False)[1::3] == ("0.2.0", "2.0.0")
    assert drift_versions("0.1.0", "1.0.0", None, breaking=False, additions=True)[1::3] == ("0.1.1", "1.1.0")


def test_applying_again_changes_nothing_and_the_recordings_then_agree(applied: tuple[Path, Path, Any]) -> None:
    copy, recordings, _ = applied
    git(copy, "add", "-A")
    git(copy, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "applied")
    again = run(copy, str(recordings), "--apply")
    assert again.returncode == 0 and "nothing to change in the spec" in again.stderr
    assert git(copy, "status", "--porcelain") == ""
    report = run(copy, str(recordings))
    assert report.returncode == 1 and report.stdout.count("\n") == 1 and "undocumented-operation" in report.stdout
    documented = har(recordings.parent / "documented.har", drifted_entries()[:-1])
    assert run(copy, str(documented)).returncode == 0  # make drift: clean


def test_the_recordings_now_parse_strictly_through_the_regenerated_client(applied: tuple[Path, Path, Any]) -> None:
    copy, recordings, _ = applied
    script = """
import json, sys, httpx
from tools import drift
from tests.operations import module_for
from simplymeet_client import AuthenticatedClient
spec = drift.Spec.load()
for entry in json.load(open(sys.argv[1]))["log"]["entries"][:-1]:
    path = httpx.URL(entry["request"]["url"]).path
    op = spec.operation_for(entry["request"]["method"], path)
    answer = httpx.Response(entry["response"]["status"], text=entry["response"]["content"]["text"])
    client = AuthenticatedClient(token="sk_test_strict", strict_responses=True, retry=None,
                                 httpx_args={"transport": httpx.MockTransport(lambda request: answer)})
    module = module_for(op.op_id)
    args = [48213] if "{id}" in op.template else []
    response = module.sync_detailed(*args, client=client)
    print(op.op_id, response.status_code, type(response.parsed).__name__)
"""
    done = python_in(copy, "-c", script, str(recordings))
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == [
        "getCurrentUser 200 UserDTO",
        "getCurrentUser 200 UserDTO",
        "listEvents 200 EventListDTO",
        "getEvent 200 EventDTO",
        "listAclRules 418 ErrorDTO",
    ]


def test_provenance_lists_what_traffic_confirmed_and_the_docs_show_it(applied: tuple[Path, Path, Any]) -> None:
    copy, _, _ = applied
    done = python_in(copy, "-m", "tools.spec_products", "provenance")
    assert done.returncode == 0, done.stderr
    assert "UserDTO: observed 2, transcribed 27" in done.stdout
    assert "  observed     favouriteColour (2026-11-28 to 2026-11-30, 2 response(s) (session.har))" in done.stdout
    assert "/paths/~1panel~1api~1acl/get/responses/418: observed 2026-11-28" in done.stdout
    from tools.spec_products import with_notes_shown

    shown = with_notes_shown(
        {"description": "Event UUID", "x-observed": {"first": "a", "last": "b", "count": 3, "source": "s.har"}}
    )
    assert shown["description"] == "Event UUID\n\n*Observed in traffic:* a to b, 3 response(s) (s.har)"
