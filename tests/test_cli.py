"""`simplymeet` / `python -m simplymeet_client`, driven as a subprocess against a loopback server (and Prism)."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from simplymeet_client.testing import FakeSimplyMeet
from tests.conftest import API_KEY
from tools import ROOT
from tools.mock import running_mock
from tools.resources_gen import load_mapping

ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "generated"), str(ROOT / "runtime")])}


@pytest.fixture
def fake() -> FakeSimplyMeet:
    return FakeSimplyMeet()


@pytest.fixture
def api(fake: FakeSimplyMeet) -> Iterator[str]:
    """The sandbox over HTTP; tests pass ``key=fake.api_key``."""
    with fake.serve() as url:
        yield url


def new_ids(fake: FakeSimplyMeet, count: int) -> list[int]:
    return [e["id"] for e in fake.events if e["state"] == "new"][:count]


def cli(
    *args: str,
    url: str = "http://127.0.0.1:9",
    key: str | None = API_KEY,
    stdin: str | None = None,
    columns: int | None = None,
) -> subprocess.CompletedProcess[str]:
    env = {**ENV, "SIMPLYMEET_BASE_URL": url, **({"COLUMNS": str(columns)} if columns else {})}
    env.pop("SIMPLYMEET_API_KEY", None)
    if key is not None:
        env["SIMPLYMEET_API_KEY"] = key
    return subprocess.run(
        [sys.executable, "-m", "simplymeet_client", *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=60,
        check=False,
    )


def test_every_method_is_a_command_with_help() -> None:
    done = cli("--help")
    assert done.returncode == 0
    for resource in load_mapping():
        assert resource.replace("_", "-") in done.stdout
    events = cli("events", "--help").stdout
    assert all(name.replace("_", "-") in events for name in load_mapping()["events"])
    cancel = cli("events", "cancel", "--help").stdout
    assert "Cancel event" in cancel and "--reason" in cancel and "PUT /panel/api/event/cancel/{id}" in cancel
    listing = cli("events", "list", "--help").stdout
    assert "--state" in listing and "--scheduled-at-from" in listing and "[asc|desc]" in listing


def test_output_formats(api: str, fake: FakeSimplyMeet) -> None:
    key = fake.api_key
    done = cli(
        "events", "list", "--state", "new", "--scheduled-at-from", "2024-03-01", "--format", "json", url=api, key=key
    )
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    expected = [e["id"] for e in fake.events if e["state"] == "new" and e["scheduledAt"] >= "2024-03-01"]
    assert [row["id"] for row in rows] == expected and len(rows) > 100  # every page, each event once
    assert dict(fake.requests[0].query) == {
        "page": "1",
        "onPage": "100",
        "filter[state]": "new",
        "filter[scheduledAtFrom]": "2024-03-01",
    }
    jsonl = cli("events", "list", "--format", "jsonl", url=api, key=key).stdout.splitlines()
    assert len(jsonl) == len(fake.events) and json.loads(jsonl[-1])["id"] == fake.events[-1]["id"]
    text = cli("events", "list", "--format", "csv", "--fields", "id,invitee.email", url=api, key=key).stdout
    table = list(csv.reader(io.StringIO(text)))
    assert table[0] == ["id", "invitee.email"] and len(table) == len(fake.events) + 1 and "@" in table[1][1]
    full = list(csv.DictReader(io.StringIO(cli("events", "get", "48213", "--format", "csv", url=api, key=key).stdout)))
    assert full[0]["id"] == "48213" and "eventType.name" in full[0]
    pretty = cli("users", "current", "--format", "table", "--fields", "id,email", url=api, key=key).stdout
    assert "anna.kowalska@acme.example" in pretty and "1024" in pretty
    default = cli("users", "current", url=api, key=key)  # not a terminal: json
    assert json.loads(default.stdout)["id"] == 1024


def test_mutations_need_yes_without_a_terminal_and_dry_run_sends_nothing(api: str, fake: FakeSimplyMeet) -> None:
    key = fake.api_key
    target, *others = new_ids(fake, 4)
    refused = cli("events", "cancel", str(target), "--reason", "moved", url=api, key=key)
    assert refused.returncode == 2 and "--yes" in refused.stderr and fake.requests == []
    dry = cli("events", "cancel", str(target), "--reason", "moved", "--dry-run", url=api, key=key)
    assert dry.returncode == 0 and fake.requests == []
    assert dry.stdout.splitlines()[0] == f"PUT {api}/panel/api/event/cancel/{target}"
    assert json.loads("\n".join(dry.stdout.splitlines()[1:])) == {"reason": "moved"}
    assert key not in dry.stdout + dry.stderr
    done = cli(
        "events", "cancel-many", str(others[0]), str(others[1]), "--reason", "office closed", "--yes", url=api, key=key
    )
    assert done.returncode == 0, done.stderr
    last = fake.requests[-1]
    assert (last.method, last.path, last.json) == (
        "PUT",
        "/panel/api/event/cancel-list",
        {"ids": others[:2], "reason": "office closed"},
    )
    assert {fake.event(i)["state"] for i in others[:2]} == {"canceled"}
    body = cli(
        "events", "cancel", str(others[2]), "--body", "-", "--yes", url=api, key=key, stdin='{"reason": "from a file"}'
    )
    assert body.returncode == 0 and fake.requests[-1].json == {"reason": "from a file"}
    assert fake.event(others[2])["cancellation"]["reason"] == "from a file"
    again = cli("events", "cancel", str(others[2]), "--yes", url=api, key=key)  # the API refuses a second cancel
    assert again.returncode == 1 and again.stderr.startswith("error: 422")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("events", "get", "404"), 1, "error: 404 Event not found"),  # the sandbox has no event 404
        (("events", "get", "not-a-number"), 2, "'not-a-number' is not a valid integer"),
        (("events", "list", "--order-direction", "up"), 2, "'up' is not one of 'asc', 'desc'"),
        (("events", "list", "--on-page", "500"), 2, "on_page must be between 1 and 100"),
        (("events", "nope"), 2, "No such command 'nope'"),
        (
            ("events", "create", "--event-type", "812", "--yes"),
            2,
            "missing required argument(s): scheduled_at, invitee",
        ),
    ],
)
def test_exit_codes_and_one_line_errors(
    api: str, fake: FakeSimplyMeet, args: tuple[str, ...], code: int, message: str
) -> None:
    done = cli(*args, url=api, key=fake.api_key)
    assert done.returncode == code and message in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


def test_key_handling(api: str, fake: FakeSimplyMeet, tmp_path: Path) -> None:
    missing = cli("users", "current", url=api, key=None)
    assert missing.returncode == 2 and "SIMPLYMEET_API_KEY" in missing.stderr
    wrong = cli("users", "current", url=api, key="wrong-key")
    assert (
        wrong.returncode == 1
        and wrong.stderr.strip() == "error: 401 Invalid API key"
        and "wrong-key" not in wrong.stderr
    )
    key_file = tmp_path / "key"
    key_file.write_text(fake.api_key + "\n")  # as `echo $KEY > key` writes it: the CLI strips a key file
    from_file = cli("users", "current", "--api-key-file", str(key_file), url=api, key=None)
    assert from_file.returncode == 0 and fake.api_key not in from_file.stdout + from_file.stderr
    assert cli("users", "current", "--api-key", fake.api_key, url=api).returncode == 2  # never a plain option


def test_network_failure_is_exit_3_and_debug_shows_the_traceback() -> None:
    down = cli("users", "current", url="http://127.0.0.1:9")
    assert down.returncode == 3 and down.stderr.startswith("error: network: ConnectError")
    debug = cli("users", "current", "--debug", url="http://127.0.0.1:9")
    assert "Traceback" in debug.stderr


def test_one_command_of_each_resource_against_the_prism_mock() -> None:
    commands = {
        "acl": ["acl", "list"],
        "availability_rules": [
            "availability-rules",
            "save",
            "--event-type-ids",
            "812",
            "--availability-rules",
            '{"type": "weekday", "hourIntervals": [], "config": {"weekday": "monday"}}',
            "--yes",
        ],
        "cancellation_policies": ["cancellation-policies", "get-user"],
        "events": ["events", "get", "48213"],
        "event_types": [
            "event-types",
            "availability",
            "812",
            "--start-date",
            "2024-03-11",
            "--end-date",
            "2024-03-17",
            "--timezone",
            "Europe/Berlin",
        ],
        "event_type_tags": ["event-type-tags", "list", "812"],
        "integrations": ["integrations", "list"],
        "polls": ["polls", "get", "214"],
        "single_use_links": ["single-use-links", "create", "812", "--yes"],
        "user_event_type_tags": ["user-event-type-tags", "list"],
        "users": ["users", "list"],
        "webhooks": ["webhooks", "list"],
    }
    assert set(commands) == set(load_mapping())
    with running_mock() as url:
        for resource, args in commands.items():
            done = cli(*args, "--format", "json", url=url, key="any-key")
            assert done.returncode == 0, (resource, done.stderr)
            json.loads(done.stdout)


def test_the_readme_transcript_is_what_the_sandbox_answers(api: str, fake: FakeSimplyMeet) -> None:
    """The README's transcript, replayed: each command against the sandbox, its output compared line by line."""
    readme = (ROOT / "README.md").read_text()
    found = re.search(r"```console\n(\$ export SIMPLYMEET_BASE_URL=.*?)```", readme, flags=re.DOTALL)
    assert found
    shown = found.group(1).replace("http://127.0.0.1:4010", api)
    steps = re.split(r"^\$ ", shown, flags=re.MULTILINE)[1:]
    last_code = 0
    for step in steps:
        command, _, expected = step.partition("\n")
        words = shlex.split(command, comments=True)
        if words[0] == "export":
            settings = dict(word.split("=", 1) for word in words[1:])
            assert settings == {"SIMPLYMEET_BASE_URL": api, "SIMPLYMEET_API_KEY": fake.api_key}
            continue
        if words == ["echo", "$?"]:
            assert expected.strip() == str(last_code)
            continue
        stdin = ""
        if "<" in words:
            words = words[: words.index("<")]
        redirected = ">" in words
        if redirected:
            words = words[: words.index(">")]
        assert words[0] == "simplymeet", command
        done = cli(*words[1:], url=api, key=fake.api_key, stdin=stdin, columns=120)
        last_code = done.returncode
        if redirected:
            assert done.returncode == 0 and len(done.stdout.splitlines()) == len(fake.events) + 1, command
            continue
        assert (done.stdout + done.stderr).rstrip("\n") == expected.rstrip("\n"), command
