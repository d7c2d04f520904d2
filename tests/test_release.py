"""``make release`` (tools/release.py): version choice, the CHANGELOG section, the record, the artefacts, and a failed
check leaving the tree as it was, on a scratch git copy of this checkout."""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tools import NODE_BIN, ROOT, release, versions

# ------------------------------------------------------------------------------------------------ pure parts


@pytest.mark.parametrize(
    ("last", "breaking", "expected"),
    [
        ("0.1.0", True, "0.2.0"),
        ("0.1.0", False, "0.1.1"),
        ("0.9.3", True, "0.10.0"),  # never 1.0 on its own
        ("1.2.3", True, "2.0.0"),
        ("1.2.3", False, "1.2.4"),
    ],
)
def test_the_gate_chooses_the_client_version(last: str, breaking: bool, expected: str) -> None:
    assert versions.next_versions(last, "1.0.0", breaking=breaking, spec_kind=None).client == expected


def _gate(breaking: list[str], spec_change: str | None = None) -> release.Gate:
    return release.Gate("0" * 40, [], breaking, spec_change, "1.0.0")


def test_a_requested_version_below_what_the_gate_requires_is_refused() -> None:
    last = {"version": "0.1.0"}
    with pytest.raises(release.ReleaseError, match=r"VERSION=0.1.1 is below 0.2.0.*1 breaking change"):
        release.plan("0.1.1", _gate(["Python API: x: removed"]), last)
    assert release.plan("0.3.0", _gate(["Python API: x: removed"]), last).version == "0.3.0"
    assert release.plan(None, _gate([]), last).version == "0.1.1"
    with pytest.raises(release.ReleaseError, match="not a version"):
        release.parse("1.0")


def test_spec_version_moves_with_the_spec_own_changes() -> None:
    spec = yaml.safe_load((ROOT / "openapi" / "simplymeet.yaml").read_text())
    current = spec["info"]["version"]
    last = {"version": "0.1.0"}
    for change, expected in [("major", "2.0.0"), ("minor", "1.1.0"), ("patch", "1.0.1")]:
        chosen = release.plan(None, _gate([], change), last).spec_version
        assert chosen == max(current, expected, key=release.parse)
    added = copy.deepcopy(spec)
    added["components"]["schemas"]["SingleUseLinkDTO"]["properties"]["expiresAt"] = {"type": "string"}
    assert set(release.shape(added)) - set(release.shape(spec))
    reworded = copy.deepcopy(spec)
    reworded["components"]["schemas"]["SingleUseLinkDTO"]["description"] = "Other words."
    assert not set(release.shape(reworded)) - set(release.shape(spec))


def test_spec_version_is_set_in_place() -> None:
    text = (ROOT / "openapi" / "simplymeet.yaml").read_text()
    edited = release.set_spec_version(text, "7.8.9")
    assert release.read_spec_version(edited) == "7.8.9" == yaml.safe_load(edited)["info"]["version"]
    changed = [(a, b) for a, b in zip(text.splitlines(), edited.splitlines(), strict=True) if a != b]
    assert len(changed) == 1 and changed[0][1] == "  version: 7.8.9"


def test_the_changelog_section_takes_the_unreleased_entries() -> None:
    text = "# Changelog\n\n## [Unreleased]\n\n### Spec\n- a thing\n\n## [0.1.0] — first\n- old\n"
    moved = release.changelog_section(text, "0.1.1", "2026-12-05", "Cut from `abc`.")
    assert moved == (
        "# Changelog\n\n## [Unreleased]\n\n## [0.1.1] — 2026-12-05\n\nCut from `abc`.\n\n### Spec\n- a thing\n\n"
        "## [0.1.0] — first\n- old\n"
    )
    with pytest.raises(release.ReleaseError, match="empty"):
        release.changelog_section(moved, "0.1.2", "2026-12-06", "")


def test_the_record_names_a_commit_of_this_history() -> None:
    entries = json.loads((ROOT / "releases.json").read_text())["releases"]
    assert all({"version", "date", "spec", "commit"} <= set(entry) for entry in entries)
    assert (
        release.last_commit()
        == subprocess.run(
            ["git", "rev-parse", f"{entries[0]['commit']}^{{commit}}"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )


# ------------------------------------------------------------------------------------- a scratch repository

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Release Test",
    "GIT_AUTHOR_EMAIL": "release-test@example.invalid",
    "GIT_COMMITTER_NAME": "Release Test",
    "GIT_COMMITTER_EMAIL": "release-test@example.invalid",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


class Scratch:
    """A git repository holding a copy of this checkout (tracked and new files), sharing .venv and node_modules."""

    def __init__(self, path: Path) -> None:
        self.path = path
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout.decode()
        for name in filter(None, listed.split("\0")):
            source = ROOT / name
            if source.is_file() and not source.is_symlink():
                (path / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, path / name)
        (path / ".venv").symlink_to(ROOT / ".venv")
        (path / "node" / "node_modules").symlink_to(ROOT / "node" / "node_modules")
        for name in ("requirements-dev.txt", "pyproject.toml", "node/package-lock.json"):
            os.utime(path / name)  # newer than the environments' stamps, as in a fresh clone
        self.git("init", "--quiet", "--initial-branch=main")
        (path / ".git" / "info" / "exclude").write_text("/.venv\n/node/node_modules\n")
        self.commit("the checkout")

    def git(self, *args: str) -> str:
        env = {**os.environ, **GIT_ENV}
        return subprocess.run(
            ["git", *args], cwd=self.path, capture_output=True, text=True, check=True, env=env
        ).stdout.strip()

    def commit(self, message: str) -> str:
        self.git("add", "--all")
        self.git("commit", "--quiet", "--no-gpg-sign", "-m", message)
        return self.git("rev-parse", "HEAD")

    def make(self, *args: str) -> subprocess.CompletedProcess[str]:
        """``make ARGS`` as CI runs it: no terminal, no stdin, CI=true; this copy's packages first on the path.

        The environments are this checkout's (symlinked): make is told (``-o``) never to reinstall them, which would
        point the editable install at the copy and replace node_modules.
        """
        drop = ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "PYTHONPATH", "VIRTUAL_ENV")
        env = {k: v for k, v in os.environ.items() if k not in drop} | GIT_ENV
        env |= {"CI": "true", "PYTHONPATH": f"{self.path / 'generated'}:{self.path / 'runtime'}"}
        stamps = [
            ".venv/.installed-" + self.cksum((self.path / "requirements-dev.txt").read_bytes(), "pyproject.toml"),
            "node/node_modules/.installed-" + self.cksum(b"", "node/package-lock.json"),
        ]
        return subprocess.run(
            ["make", "--no-print-directory", *(f"--old-file={stamp}" for stamp in stamps), *args],
            cwd=self.path,
            capture_output=True,
            text=True,
            check=False,
            env=env,
            stdin=subprocess.DEVNULL,
            timeout=900,
        )

    def cksum(self, prefix: bytes, name: str) -> str:
        """``cksum``'s CRC of ``prefix`` + the file, as the Makefile names its stamps."""
        data = prefix + (self.path / name).read_bytes()
        return subprocess.run(["cksum"], input=data, capture_output=True, check=True).stdout.decode().split()[0]

    def generate(self) -> None:
        env = {**os.environ, "PYTHONPATH": f"{self.path / 'generated'}:{self.path / 'runtime'}"}
        subprocess.run(
            [str(ROOT / ".venv" / "bin" / "python"), "-m", "tools.generate"],
            cwd=self.path,
            check=True,
            capture_output=True,
            env=env,
        )

    def state(self) -> tuple[str, str, str, list[str]]:
        """HEAD, the status (uncommitted changes), the tags and the built packages: what a failed release keeps."""
        dist = self.path / "dist"
        built = sorted(p.name for p in dist.glob("simplymeet_client-*")) if dist.exists() else []
        return self.git("rev-parse", "HEAD"), self.git("status", "--porcelain"), self.git("tag"), built

    def edit(self, name: str, old: str, new: str) -> None:
        text = (self.path / name).read_text()
        assert text.count(old) == 1, old
        (self.path / name).write_text(text.replace(old, new))


ADDED_PROPERTY = """          - https://secure.simplymeet.me/anna/30min?single-use=k7Qm2xZp
        expiresAt:
          description: When the link stops working.
          type: string
          examples:
          - '2024-03-20T09:00:00+00:00'
"""


@pytest.mark.node
@pytest.mark.slow
@pytest.mark.skipif(not (NODE_BIN / "redocly").exists(), reason="a release publishes: needs `make node-deps`")
def test_make_release_on_a_scratch_copy(tmp_path: Path) -> None:
    scratch = Scratch(tmp_path / "repo")
    planned = scratch.make("--dry-run", "release")
    assert "pip install" not in planned.stdout and "npm ci" not in planned.stdout, planned.stdout
    base = scratch.git("rev-parse", "HEAD")
    record = {"version": "0.1.0", "date": "2026-11-24", "spec": "1.0.0", "commit": base}
    (scratch.path / "releases.json").write_text(json.dumps({"releases": [record]}, indent=2) + "\n")
    scratch.commit("0.1.0 recorded at the first commit")

    # An addition to the spec, committed without `make generate`: refused, nothing changed.
    scratch.edit("openapi/simplymeet.yaml", ADDED_PROPERTY.splitlines(keepends=True)[0], ADDED_PROPERTY)
    scratch.commit("SingleUseLinkDTO.expiresAt")
    before = scratch.state()
    done = scratch.make("release")
    assert done.returncode != 0 and "generated/ is not what `make generate` writes" in done.stderr, done.stderr
    assert scratch.state() == before

    scratch.generate()
    scratch.commit("make generate")
    # A version below what the gate requires: refused before anything is written.
    before = scratch.state()
    done = scratch.make("release", "VERSION=0.0.9")
    assert done.returncode != 0 and "VERSION=0.0.9 is below 0.1.1" in done.stderr, done.stderr
    assert scratch.state() == before

    # The wheel imports a package it does not declare: only the clean virtualenv finds out; the tree is restored.
    scratch.edit(
        "runtime/simplymeet_runtime/__init__.py", '"""Hand-written', 'import yaml  # noqa: F401\n\n"""Hand-written'
    )
    scratch.commit("an undeclared import")
    before = scratch.state()
    done = scratch.make("release")
    assert done.returncode != 0 and "import it there failed" in done.stderr, done.stdout + done.stderr
    assert "No module named 'yaml'" in done.stderr
    assert scratch.state() == before
    scratch.git("revert", "--no-edit", "--no-gpg-sign", "HEAD")

    # The release: an addition and no breaking change since 0.1.0 -> 0.1.1; the spec 1.0.0 -> 1.1.0.
    cut_from = scratch.git("rev-parse", "HEAD")
    unreleased = (scratch.path / "CHANGELOG.md").read_text().split("## [Unreleased]\n", 1)[1].split("\n## [", 1)[0]
    done = scratch.make("release")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "release: 0.1.0 -> 0.1.1; spec 1.0.0 -> 1.1.0" in done.stdout
    assert "simplymeet 0.1.1 (spec 1.1.0, Python" in done.stdout  # the installed wheel's --version
    _, status, tags, built = scratch.state()
    assert status == "" and tags == "v0.1.1" and scratch.git("log", "-1", "--format=%s") == "Release 0.1.1"
    assert scratch.git("rev-parse", "HEAD~1") == cut_from
    assert built == ["simplymeet_client-0.1.1-py3-none-any.whl", "simplymeet_client-0.1.1.tar.gz"]

    changelog = (scratch.path / "CHANGELOG.md").read_text()
    section = re.search(r"## \[Unreleased\]\n\n## \[0\.1\.1\] — (\d{4}-\d\d-\d\d)\n\n(.*?)\n\n", changelog, re.DOTALL)
    assert section, changelog[:2000]
    date = section.group(1)
    summary = " ".join(section.group(2).split())
    assert f"Cut from `{cut_from[:12]}`; spec `info.version` 1.1.0 (was 1.0.0: additions)" in summary
    assert summary.endswith("Breaking changes since 0.1.0 (`make breaking`): 0 in the spec, 0 in the Python API.")
    assert unreleased.strip() in changelog.split("## [0.1.1]", 1)[1]
    assert 'version = "0.1.1"' in (scratch.path / "pyproject.toml").read_text()
    assert yaml.safe_load((scratch.path / "openapi/simplymeet.yaml").read_text())["info"]["version"] == "1.1.0"
    releases = json.loads((scratch.path / "releases.json").read_text())["releases"]
    assert releases == [{"version": "0.1.1", "date": date, "spec": "1.1.0", "commit": cut_from}, record]
    shipped = json.loads((scratch.path / "generated/simplymeet_client/openapi.json").read_text())
    assert shipped["info"]["version"] == "1.1.0"
    published = scratch.path / "published"
    for name in ("simplymeet.openapi.json", "simplymeet.openapi.yaml", "simplymeet.openapi-3.0.yaml"):
        document = yaml.safe_load((published / "openapi" / name).read_text())
        assert document["info"]["version"] == "1.1.0", name
        assert "expiresAt" in document["components"]["schemas"]["SingleUseLinkDTO"]["properties"]
    assert "expiresAt?: string" in (published / "typescript" / "simplymeet.d.ts").read_text()
    assert json.loads((published / "conformance" / "requests.json").read_text())["spec_version"] == "1.1.0"

    # The next gate runs against this release: a removed response field is breaking -> 0.2.0, spec 2.0.0.
    done = scratch.make("breaking")
    assert done.returncode == 0 and f"--base {cut_from}" in done.stdout, done.stdout + done.stderr
    scratch.edit("CHANGELOG.md", "## [Unreleased]\n", "## [Unreleased]\n\n- `SingleUseLinkDTO.url` removed.\n")
    scratch.edit(
        "openapi/simplymeet.yaml",
        "        url:\n          description: The URL of the single use link\n",
        "        urlGone:\n          description: The URL of the single use link\n",
    )
    done = scratch.make("breaking")
    assert done.returncode != 0 and "SingleUseLinkDTO.url: removed" in done.stdout, done.stdout
    done = scratch.make("release", "DRY_RUN=1")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "release: 0.1.1 -> 0.2.0; spec 1.1.0 -> 2.0.0" in done.stdout
