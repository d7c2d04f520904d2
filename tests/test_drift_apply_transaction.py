"""``make drift-apply`` on issue 31's HAR: recorded from the sandbox, then edited as the real service differs.

One new field in list and get responses and in a webhook payload (null in one of them), a new nested object with
an array of objects, a field null in one response only, secrets and a ``"Name <addr>"`` value, and other hosts'
traffic. Applied to a copy of this repository: one edit per node, the tests green, the fast path kept, nothing of
the secrets or the people anywhere, SemVer 0.x and the spec's own version, a breaking report by schema member.
And the failures (a colliding name, a missing tool, SIGTERM) leave the copy's tree exactly as it was.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from yaml.nodes import MappingNode, Node, SequenceNode

from tests.drift_har import LEAKS, drifted_session
from tests.test_drift_apply import git, python_in, repository_copy, run

pytestmark = [pytest.mark.node, pytest.mark.slow]

Applied = tuple[Path, Path, subprocess.CompletedProcess[str]]


@pytest.fixture(scope="module")
def applied(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Applied]:
    copy = repository_copy(tmp_path_factory.mktemp("repo"))
    recordings = drifted_session(tmp_path_factory.mktemp("har") / "session.har")
    yield copy, recordings, run(copy, str(recordings), "--apply")


@pytest.fixture(scope="module")
def untouched(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A committed copy for the runs that must fail and change nothing."""
    return repository_copy(tmp_path_factory.mktemp("repo"))


def _duplicate_keys(node: Node, path: str = "") -> list[str]:
    found = []
    if isinstance(node, MappingNode):
        keys = [key.value for key, _ in node.value]
        found += [f"{path}/{key}" for key in {k for k in keys if keys.count(k) > 1}]
        for key, value in node.value:
            found += _duplicate_keys(value, f"{path}/{key.value}")
    elif isinstance(node, SequenceNode):
        for index, item in enumerate(node.value):
            found += _duplicate_keys(item, f"{path}/{index}")
    return found


def test_one_edit_per_node_and_valid_yaml(applied: Applied) -> None:
    """issue 31: the same new field in listEvents and getEvent wrote two `videoProvider:` keys into EventDTO."""
    copy, _, done = applied
    assert done.returncode == 0, done.stdout + done.stderr
    text = (copy / "openapi" / "simplymeet.yaml").read_text()
    assert _duplicate_keys(yaml.compose(text)) == []
    schemas = yaml.safe_load(text)["components"]["schemas"]
    provider = schemas["EventDTO"]["properties"]["videoProvider"]
    assert provider["type"] == ["string", "null"]  # a string in getEvent, null in one listed event: one edit
    assert provider["x-observed"]["count"] == 4 and "videoProvider" not in schemas["EventDTO"]["required"]
    assert schemas["WebhookBooking"]["properties"]["video_provider"]["type"] == "string"  # the webhook payload
    assert schemas["UserDTO"]["properties"]["uuid"]["type"] == ["string", "null"]  # null in one response only
    subscription = schemas["UserDTO"]["properties"]["subscription"]  # a new nested object, inline
    assert subscription["type"] == "object" and subscription["required"] == ["features", "plan", "seats"]
    assert subscription["properties"]["features"]["items"]["properties"]["since"]["format"] == "date"
    assert done.stdout.count("added property EventDTO.videoProvider") == 1


def test_the_relevant_tests_pass_on_the_result(applied: Applied) -> None:
    """issue 31: after an apply, make test failed (12 tests). The mirror, freshness and contract tests, run on the
    applied copy."""
    copy, _, done = applied
    assert done.returncode == 0
    tests = ("tests/test_mirror.py", "tests/test_freshness.py", "tests/test_response_contract.py")
    result = python_in(copy, "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests)
    assert result.returncode == 0, result.stdout[-3000:]


def test_the_fast_path_stays_on_for_every_changed_model(applied: Applied) -> None:
    """issue 31: mirror.fast_path(EventDTO) went from True to False after an apply."""
    copy, _, _ = applied
    names = ["EventDTO", "EventListDTO", "UserDTO", "UserDTOSubscription", "WebhookBooking", "WebhookDelivery"]
    script = (
        "import json, sys\nfrom simplymeet_client import models\nfrom simplymeet_runtime import mirror\n"
        "print(json.dumps({n: mirror.fast_path(getattr(models, n)) for n in sys.argv[1:]}))"
    )
    done = python_in(copy, "-c", script, *names)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == dict.fromkeys(names, True)


def test_no_secret_or_personal_data_in_any_file_or_output(applied: Applied) -> None:
    """issue 31: apiKey, accessToken, webhookSecret and "Name <addr>" values were copied into the spec, the
    shipped openapi.json, the CHANGELOG and the report."""
    copy, recordings, done = applied
    changed = git(copy, "ls-files", "-mo", "--exclude-standard").splitlines()
    assert "openapi/simplymeet.yaml" in changed and "generated/simplymeet_client/openapi.json" in changed
    assert {"published/openapi/simplymeet.openapi.json", "published/typescript/simplymeet.d.ts"} <= set(changed)
    report = run(copy, str(recordings))  # the drift report on the same HAR (before: what it prints)
    texts = {name: (copy / name).read_text() for name in changed}
    texts |= {"apply output": done.stdout + done.stderr, "report": report.stdout + report.stderr}
    leaks = {name: [leak for leak in LEAKS if leak in text] for name, text in texts.items()}
    assert {name: found for name, found in leaks.items() if found} == {}
    spec_text = texts["openapi/simplymeet.yaml"]
    assert "Q*** <q***@h***>" in spec_text and "sk_live_***" not in spec_text  # apiKey: masked by its key: ***


def test_other_hosts_are_ignored_and_counted_once(applied: Applied) -> None:
    """issue 31: a third-party host and Sentry's /api/…/envelope/ became findings."""
    copy, _, done = applied
    assert "ignored: 2 entries for other hosts (cdn.example.net, o4506.ingest.sentry.io)" in done.stderr
    assert "tracking" not in (copy / "openapi" / "simplymeet.yaml").read_text()


def test_versions_and_a_breaking_report_by_schema_member_and_operation(applied: Applied) -> None:
    copy, _, done = applied
    assert 'version = "0.2.0"' in (copy / "pyproject.toml").read_text()
    assert yaml.safe_load((copy / "openapi" / "simplymeet.yaml").read_text())["info"]["version"] == "2.0.0"
    assert json.loads((copy / "generated/simplymeet_client/openapi.json").read_text())["info"]["version"] == "2.0.0"
    (line,) = [line for line in done.stdout.splitlines() if "became nullable" in line]
    assert line.strip().startswith("response UserDTO.uuid: became nullable (")
    assert {"getCurrentUser", "getEvent", "listEvents", "listUsers"} <= set(line.split("(")[1].rstrip(")").split(", "))
    changelog = (copy / "CHANGELOG.md").read_text()
    assert "client 0.1.0 → 0.2.0 (minor), spec 1.0.0 → 2.0.0 (major)" in changelog
    assert "- Breaking: response UserDTO.uuid: became nullable (" in changelog


def test_a_second_run_changes_nothing(applied: Applied) -> None:
    copy, recordings, _ = applied
    git(copy, "add", "-A")
    git(copy, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "applied")
    again = run(copy, str(recordings), "--apply")
    assert again.returncode == 0 and "nothing to change in the spec" in again.stderr
    assert git(copy, "status", "--porcelain") == ""


def _one_line_and_untouched(copy: Path, done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1, done.stdout + done.stderr
    lines = [line for line in done.stderr.splitlines() if not line.startswith("ignored: ")]
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    assert git(copy, "status", "--porcelain") == ""
    return lines[0]


@pytest.mark.parametrize(
    ("extra", "named"),
    [
        ({"created_at": "2026-11-28T10:00:00+00:00"}, ["'created_at'", "'createdAt'", "created_at"]),
        ({"2faEnabled": True}, ["'2faEnabled'", "2_fa_enabled"]),
        ({"class": "a"}, ["'class'", "keyword"]),
    ],
    ids=["created_at beside createdAt", "starts with a digit", "a keyword"],
)
def test_a_property_without_its_own_python_name_is_refused_and_nothing_changes(
    untouched: Path, tmp_path: Path, extra: dict[str, object], named: list[str]
) -> None:
    """issue 31: `created_at` beside `createdAt` applied with exit 0 and rebound the attribute; `2faEnabled`
    stopped at ruff with a half-applied spec."""
    recordings = drifted_session(tmp_path / "session.har", extra=extra)
    line = _one_line_and_untouched(untouched, run(untouched, str(recordings), "--apply"))
    assert line.startswith("drift-apply: EventDTO: observed property") and all(n in line for n in named), line


def test_spectral_missing_from_path_changes_nothing(untouched: Path, tmp_path: Path) -> None:
    """issue 31: without Spectral the spec was left edited and a traceback printed. node is not on PATH here."""
    recordings = drifted_session(tmp_path / "session.har")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "git").symlink_to(str(shutil.which("git")))
    env = {
        **os.environ,
        "PATH": str(bin_dir),
        "PYTHONPATH": f"{untouched / 'generated'}:{untouched / 'runtime'}:{untouched}",
    }
    done = subprocess.run([sys.executable, "-m", "tools.drift", str(recordings), "--apply"], cwd=untouched, env=env,
                          capture_output=True, text=True, timeout=600, check=False)  # fmt: skip
    assert (
        _one_line_and_untouched(untouched, done)
        == "drift-apply: Spectral needs node, which is not on PATH; nothing changed"
    )
    env["PATH"], env["SPECTRAL"] = os.environ["PATH"], "no-such-spectral"
    done = subprocess.run([sys.executable, "-m", "tools.drift", str(recordings), "--apply"], cwd=untouched, env=env,
                          capture_output=True, text=True, timeout=600, check=False)  # fmt: skip
    assert "Spectral not found" in _one_line_and_untouched(untouched, done)


def test_sigterm_midway_changes_nothing(untouched: Path, tmp_path: Path) -> None:
    recordings = drifted_session(tmp_path / "session.har")
    env = {**os.environ, "PYTHONPATH": f"{untouched / 'generated'}:{untouched / 'runtime'}:{untouched}"}
    process = subprocess.Popen([sys.executable, "-m", "tools.drift", str(recordings), "--apply"], cwd=untouched,
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    time.sleep(8)  # planning done; the scratch copy is being generated or checked
    process.send_signal(signal.SIGTERM)
    stdout, stderr = process.communicate(timeout=300)
    done = subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)
    assert _one_line_and_untouched(untouched, done) == "drift-apply: interrupted; nothing changed"
