"""``make fuzz`` (tools/fuzz.py): schemathesis against the sandbox. The short run below is the one ``make test`` runs;
the others check that the harness sees what it must (5xx, dropped connections, answers that break the spec), keeps
the key out of everything it writes, and sends PHP-style array filters."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from simplymeet_client.testing import FakeSimplyMeet
from tools import ROOT
from tools.fuzz_hooks import legitimate_refusal, php_brackets

pytestmark = pytest.mark.slow  # a short make fuzz (schemathesis against the sandbox): make test, not make unit

SHORT_EXAMPLES = 10
"""Cases per operation of the fuzzing and stateful phases in make test's run (examples and coverage do not
depend on it); make fuzz runs 300."""


def fuzz(*args: str, key: str | None = None, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SIMPLYMEET_API_KEY"}
    if key is not None:
        env["SIMPLYMEET_API_KEY"] = key
    return subprocess.run(
        [sys.executable, "-m", "tools.fuzz", *args],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def written(report_dir: Path) -> str:
    return "".join(path.read_text(encoding="utf-8", errors="replace") for path in sorted(report_dir.iterdir()))


@pytest.fixture
def served() -> Iterator[tuple[FakeSimplyMeet, str]]:
    fake = FakeSimplyMeet(seed=0)
    with fake.serve(port=0) as url:
        yield fake, url


def test_php_style_array_members_get_an_empty_bracket() -> None:
    params = {
        "page": 1,
        "filter[ids]": [48213, 48214],
        "filter[state]": "new",
        "filter[userList]": "1024",  # a scalar drawn for an array member stays a scalar (PHP: a string)
        "sorting[created_at]": "asc",
        "other[ids]": [1],
    }
    assert php_brackets(params, frozenset({"filter", "sorting"})) == {
        "page": 1,
        "filter[ids][]": [48213, 48214],
        "filter[state]": "new",
        "filter[userList]": "1024",
        "sorting[created_at]": "asc",
        "other[ids]": [1],
    }


def test_the_filters_go_out_in_php_form(tmp_path: Path, served: tuple[FakeSimplyMeet, str]) -> None:
    fake, url = served
    result = fuzz(
        "--url", url, "--phases", "examples", "--report-dir", str(tmp_path), "--", "--include-operation-id",
        "listEvents", key=fake.api_key,
    )  # fmt: skip
    sent = [request.query for request in fake.requests if request.operation == "listEvents"]
    assert any(("filter[ids][]", "48213") in pairs for pairs in sent), result.stdout
    assert not any(name == "filter[ids]" for pairs in sent for name, _ in pairs)


def test_a_5xx_a_dropped_connection_and_a_body_off_the_spec_fail_the_run(
    tmp_path: Path, served: tuple[FakeSimplyMeet, str]
) -> None:
    fake, url = served
    fake.fail_next("getCurrentUser", status=500, times=10_000)
    fake.fail_next("listIntegrations", disconnect=True, times=10_000)
    fake.fail_next("listAclRules", status=200, body={"not": "a list of rules"}, times=10_000)
    result = fuzz(
        "--url", url, "--phases", "fuzzing", "--max-examples", "3", "--report-dir", str(tmp_path), "--",
        "--include-operation-id", "getCurrentUser", "--include-operation-id", "listIntegrations",
        "--include-operation-id", "listAclRules", key=fake.api_key,
    )  # fmt: skip
    assert result.returncode == 1, result.stdout + result.stderr
    summary = result.stdout
    assert "not_a_server_error | GET /panel/api/current-user | 500" in summary
    assert "response_schema_conformance | GET /panel/api/acl | 200" in summary
    assert "(dropped connections: 0)" not in summary
    assert "[fuzzing] GET /panel/api/integration: ConnectionError" in summary
    assert "fuzz: FAILED" in summary
    assert (tmp_path / "junit.xml").stat().st_size > 0


def test_the_key_is_in_no_output_and_no_report(tmp_path: Path, served: tuple[FakeSimplyMeet, str]) -> None:
    fake, url = served
    result = fuzz(
        "--url", url, "--phases", "examples,coverage", "--report-dir", str(tmp_path), "--",
        "--include-operation-id", "createWebhook", key=fake.api_key,
    )  # fmt: skip
    assert any(r.operation == "createWebhook" and r.status == 201 for r in fake.requests)
    assert fake.api_key not in result.stdout + result.stderr
    assert fake.api_key not in written(tmp_path)


def test_without_a_key_the_url_mode_is_a_usage_error(tmp_path: Path) -> None:
    result = fuzz("--url", "http://127.0.0.1:9", "--report-dir", str(tmp_path))
    assert result.returncode == 2
    assert "SIMPLYMEET_API_KEY" in result.stderr


def test_the_short_run_is_clean(tmp_path: Path) -> None:
    """make test's fuzz run: the tool's own sandbox, every phase, every check, seed 30; any failure fails it."""
    result = fuzz("--max-examples", str(SHORT_EXAMPLES), "--report-dir", str(tmp_path))
    assert result.returncode == 0, result.stdout[-20_000:] + result.stderr[-5_000:]
    assert "fuzz: OK" in result.stdout


@pytest.mark.parametrize(
    ("status", "errors", "dropped"),
    [
        (422, {"ids": ["Events not found: 0."]}, True),
        (422, {"durationId": ["This duration does not exist."]}, True),
        (422, {"ids": ["Already canceled: 48214."]}, True),
        (422, {"answers[0].id": ["This event has no answer 90211."]}, True),
        (422, {"endDate": ["The end date must not be before the start date."]}, True),
        (422, {"endDate": ["At most 62 days at once."]}, True),
        (422, {"availabilityRules[0].hourIntervals[3].end": ["The end must be after the start."]}, True),
        (422, {"availability": ["Not an availability of this poll: 0, -214."]}, True),
        (422, {"ids": ["Events not found: 0."], "reason": ["This value is too long."]}, False),
        (422, {"orderField": ["The value you selected is not a valid choice."]}, False),
        (422, {"start": ["This value is not valid."]}, False),
        (422, {}, False),
        (400, {"ids": ["Events not found: 0."]}, False),
    ],
)
def test_only_refusals_no_schema_can_foresee_are_dropped(
    status: int, errors: dict[str, list[str]], dropped: bool
) -> None:
    body = json.dumps({"message": "Invalid arguments", "errors": errors}).encode()
    assert legitimate_refusal(status, body) is dropped
    assert legitimate_refusal(422, b"not json") is False
