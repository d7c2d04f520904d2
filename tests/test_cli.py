"""`simplymeet` / `python -m simplymeet_client`, driven as a subprocess against the sandbox (and Prism), a test per
promise of the command line: help from the spec, errors in command-line words, no silent mistakes, readable output,
--limit, api, completion, profiles, guarded writes."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import re
import shlex
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from simplymeet_client.testing import FakeSimplyMeet
from tests.conftest import API_KEY
from tools import ROOT
from tools.mock import running_mock
from tools.resources_gen import load_mapping

ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "generated"), str(ROOT / "runtime")])}
COMMAND = [sys.executable, "-m", "simplymeet_runtime.command"]  # what the `simplymeet` script runs


@pytest.fixture
def fake() -> FakeSimplyMeet:
    return FakeSimplyMeet()


@pytest.fixture
def api(fake: FakeSimplyMeet) -> Iterator[str]:
    """The sandbox over HTTP; tests pass ``key=fake.api_key``."""
    with fake.serve() as url:
        yield url


@pytest.fixture(autouse=True)
def no_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every run sees its own empty XDG_CONFIG_HOME (no profile of the machine leaks in)."""
    home = tmp_path / "config-home"
    home.mkdir()
    monkeypatch.setitem(ENV, "XDG_CONFIG_HOME", str(home))
    return home


def new_ids(fake: FakeSimplyMeet, count: int) -> list[int]:
    return [e["id"] for e in fake.events if e["state"] == "new"][:count]


def cli(
    *args: str,
    url: str | None = "http://127.0.0.1:9",
    key: str | None = API_KEY,
    stdin: str | None = None,
    columns: int | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    environment = {**ENV, **({"COLUMNS": str(columns)} if columns else {}), **(env or {})}
    for name, value in (("SIMPLYMEET_BASE_URL", url), ("SIMPLYMEET_API_KEY", key)):
        environment.pop(name, None)
        if value is not None:
            environment[name] = value
    return subprocess.run(
        [*COMMAND, *args], capture_output=True, text=True, env=environment, input=stdin, timeout=60, check=False
    )


def one_line_error(done: subprocess.CompletedProcess[str], code: int, *parts: str) -> None:
    assert done.returncode == code, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    for part in parts:
        assert part in lines[0], (part, lines[0])


# ------------------------------------------------------------------------------------------------- set-up


def test_the_set_up_installs_the_command_and_version_names_all_three() -> None:
    script = Path(sys.executable).parent / "simplymeet"
    assert script.exists(), "make venv installs the project (editable, cli and fast extras)"
    done = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0 and re.fullmatch(r"simplymeet \S+ \(spec 1\.0\.0, Python 3\.\d+\.\d+\)\n", done.stdout)
    module = subprocess.run(
        [sys.executable, "-m", "simplymeet_client", "--version"],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=60,
        check=False,
    )
    assert module.stdout == done.stdout


# --------------------------------------------------------------------------------------------------- help


def test_every_help_example_is_a_valid_request(monkeypatch: pytest.MonkeyPatch) -> None:
    """The ``Example:`` of each command's help, pasted as it is, parses and builds its request (``--dry-run``, in
    process: a subprocess per command is ~45 runs); the one that used ``--invitee x`` did not."""
    from click.testing import CliRunner

    from simplymeet_runtime import cli as cli_module

    monkeypatch.setenv("SIMPLYMEET_API_KEY", API_KEY)
    failing = {}
    for resource, entries in cli_module.index().items():
        for name, entry in entries.items():
            example = cli_module._example(resource, name, entry)
            done = CliRunner().invoke(cli_module.build(), [*shlex.split(example)[1:], "--dry-run"])
            if done.exit_code != 0:
                failing[example] = done.output
    assert failing == {}


def test_the_create_event_example_books_an_event(api: str, fake: FakeSimplyMeet) -> None:
    help_text = cli("events", "create", "--help").stdout
    example = help_text.split("Example:")[1].strip().splitlines()[0]
    done = cli(*shlex.split(example)[1:], "--yes", "--format", "json", url=api, key=fake.api_key)
    assert done.returncode == 0, done.stderr
    assert fake.requests[-1].operation == "createEvent" and fake.requests[-1].status == 200


def test_help_comes_from_the_spec() -> None:
    root = cli("--help").stdout
    assert "events" in root and "no-show-many" in root and "api" in root and "completion" in root
    group = cli("events", "--help").stdout
    assert "cancel-many" in group and "Cancel event list" in group and "cancel_many" not in group
    cancel = cli("events", "cancel", "--help").stdout
    assert "Cancel event." in cancel and "Example:" in cancel and "simplymeet events cancel 48213" in cancel
    assert (
        "--reason TEXT" in cancel
        and "Reason of cancellation." in cancel
        and "PUT /panel/api/event/cancel/{id}" in cancel
    )
    listing = cli("events", "list", "--help").stdout
    assert "[asc|desc]" in listing and "1<=x<=100" in listing and "--limit" in listing and "YYYY-MM-DD" in listing
    assert (
        "--scheduled-at-from" in listing and "Args:" not in listing and "``" not in listing and "on_page" not in listing
    )
    reschedule = cli("events", "reschedule", "--help").stdout
    assert "ISO 8601 with an offset" in reschedule and "--event-type-id" in reschedule


# ------------------------------------------------------------------------------------- errors, no silence


@pytest.mark.parametrize(
    ("args", "parts"),
    [
        (("events", "get", "not-a-number"), ["'not-a-number' is not a valid integer"]),
        (("events", "list", "--order-direction", "up"), ["--order-direction", "'up' is not one of 'asc', 'desc'"]),
        (("events", "list", "--on-page", "500"), ["--on-page", "500 is not in the range 1<=x<=100"]),
        (("events", "nope"), ["No such command 'nope'"]),
        (("events", "create", "--event-type", "812", "--yes"), ["missing --scheduled-at, --invitee"]),
        (
            ("events", "reschedule", "1", "--start", "tomorrow", "--end", "x", "--event-type-id", "1"),
            ["--start", "with an offset"],
        ),
        (("events", "list", "--fields", "id,bogus"), ["--fields: no field 'bogus'"]),
        (("events", "list", "--fields", "id,invitee.emial"), ["did you mean 'invitee.email'?"]),
        (("events", "get", "1", "--fields", "scheduled"), ["did you mean 'scheduledAt'?"]),
    ],
)
def test_usage_mistakes_are_one_line_exit_2_in_command_line_words(args: tuple[str, ...], parts: list[str]) -> None:
    done = cli(*args)
    one_line_error(done, 2, *parts)
    assert (
        "on_page" not in done.stderr and "event_type_id" not in done.stderr and "allow_insecure_http" not in done.stderr
    )


def test_a_misspelt_or_mistyped_body_key_is_refused_before_anything_is_sent(api: str, fake: FakeSimplyMeet) -> None:
    typo = cli(
        "events", "cancel", "48213", "--body", "-", "--dry-run", url=api, key=fake.api_key, stdin='{"reasn": "x"}'
    )
    one_line_error(typo, 2, "--body: unknown key 'reasn' (did you mean 'reason'?)")
    typed = cli("events", "cancel", "48213", "--body", "-", "--yes", url=api, key=fake.api_key, stdin='{"reason": 5}')
    one_line_error(typed, 2, "--body: reason: This value should be of type string.")
    nested = (
        '{"scheduledAt": "2024-03-20 09:00:00", "eventType": 812, "invitee": {"fullName": "A", "emial": "a@x.org"}}'
    )
    inner = cli("events", "create", "--body", "-", "--yes", url=api, key=fake.api_key, stdin=nested)
    one_line_error(inner, 2, "--body:", "invitee")
    assert fake.requests == []


def test_date_times_take_iso_8601_with_an_offset_or_the_apis_utc_form(api: str, fake: FakeSimplyMeet) -> None:
    done = cli(
        "events",
        "reschedule",
        "48215",
        "--start",
        "2024-03-12T15:00:00+01:00",
        "--end",
        "2024-03-12 14:30:00",
        "--event-type-id",
        "812",
        "--yes",
        url=api,
        key=fake.api_key,
    )
    assert done.returncode == 0, done.stderr
    assert fake.requests[-1].json == {"start": "2024-03-12 14:00:00", "end": "2024-03-12 14:30:00", "eventTypeId": 812}


# ------------------------------------------------------------------------------------------------- output


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
    default_csv = list(csv.reader(io.StringIO(cli("events", "list", "--format", "csv", url=api, key=key).stdout)))
    assert default_csv[0] == ["id", "scheduledAt", "state", "invitee.email", "eventType.name"]  # resources.yaml
    assert len(default_csv) == len(fake.events) + 1
    text = cli(
        "events",
        "get",
        "48213",
        "--format",
        "csv",
        "--fields",
        "id,eventType.isEnabled,participants,eventType.questions",
        url=api,
        key=key,
    ).stdout
    row = list(csv.reader(io.StringIO(text)))[1]
    assert row[:2] == ["48213", "true"] and json.loads(row[2])[0]["email"] and json.loads(row[3])[0]["label"]
    assert '"email":"' in row[2]  # true/false, nested values as compact JSON
    empty = cli("events", "list", "--state", "nothing-has-this", "--format", "csv", url=api, key=key)
    assert empty.returncode == 0 and empty.stdout == "id,scheduledAt,state,invitee.email,eventType.name\n"
    assert cli("events", "list", "--state", "x", "--format", "csv", "--fields", "id", url=api, key=key).stdout == "id\n"
    table = cli("events", "list", "--limit", "3", "--format", "table", url=api, key=key, columns=120).stdout
    assert "invitee.email" in table and "eventType.name" in table and "user.email" not in table
    vertical = cli("events", "get", "48213", "--format", "table", url=api, key=key, columns=80).stdout.splitlines()
    assert vertical[0].split() == ["id", "48213"] and any(line.startswith("invitee.email ") for line in vertical)
    assert all(len(line) <= 80 for line in vertical)  # values cut to the terminal
    default = cli("users", "current", url=api, key=key)  # not a terminal: json
    assert json.loads(default.stdout)["id"] == 1024


def test_limit_stops_after_n_items_and_fetches_only_the_pages_needed(api: str, fake: FakeSimplyMeet) -> None:
    done = cli("events", "list", "--limit", "5", "--format", "jsonl", url=api, key=fake.api_key)
    assert len(done.stdout.splitlines()) == 5 and [r.operation for r in fake.requests] == ["listEvents"]
    assert dict(fake.requests[0].query)["onPage"] == "5"
    fake.requests.clear()
    many = cli("events", "list", "--limit", "150", "--format", "jsonl", url=api, key=fake.api_key)
    assert len(many.stdout.splitlines()) == 150 and len(fake.requests) == 2  # pages of 100: two, not three


# ------------------------------------------------------------------------------------------------- writes


def test_writes_are_guarded_and_report_what_was_done(api: str, fake: FakeSimplyMeet) -> None:
    key = fake.api_key
    target, *others = new_ids(fake, 4)
    refused = cli("events", "cancel", str(target), "--reason", "moved", url=api, key=key)
    one_line_error(refused, 2, f"Cancel event {target}", "--yes")
    dry = cli("events", "cancel", str(target), "--reason", "moved", "--dry-run", url=api, key=key)
    assert dry.returncode == 0 and fake.requests == []
    assert dry.stdout.splitlines()[0] == f"PUT {api}/panel/api/event/cancel/{target}"
    assert json.loads("\n".join(dry.stdout.splitlines()[1:])) == {"reason": "moved"}
    assert key not in dry.stdout + dry.stderr
    done = cli("events", "cancel", str(target), "--reason", "moved", "--yes", url=api, key=key)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", f"Cancel event {target}: done\n")  # never "null"
    many = cli(
        "events", "cancel-many", str(others[0]), str(others[1]), "--reason", "office closed", "--yes", url=api, key=key
    )
    assert many.returncode == 0 and fake.requests[-1].json == {"ids": others[:2], "reason": "office closed"}
    body = cli(
        "events", "cancel", str(others[2]), "--body", "-", "--yes", url=api, key=key, stdin='{"reason": "from a file"}'
    )
    assert body.returncode == 0 and fake.event(others[2])["cancellation"]["reason"] == "from a file"
    again = cli("events", "cancel", str(others[2]), "--yes", url=api, key=key)
    one_line_error(again, 1, "422 Invalid arguments", f"Already canceled: {others[2]}")
    created = cli("user-event-type-tags", "create", "--name", "VIP", "--yes", "--format", "json", url=api, key=key)
    assert (
        json.loads(created.stdout)["name"] == "VIP"
        and created.stderr == "Create user event type tag (name VIP): done\n"
    )


def _in_a_terminal(args: list[str], answer: bytes, env: dict[str, str]) -> tuple[int, str]:
    """Run the command with a pseudo-terminal as stdin/stdout/stderr, type ``answer``; (exit code, what it showed)."""
    primary, secondary = pty.openpty()
    process = subprocess.Popen([*COMMAND, *args], stdin=secondary, stdout=secondary, stderr=secondary, env=env)
    os.close(secondary)
    shown = b""
    deadline = time.monotonic() + 30
    while b"[y/N]" not in shown and time.monotonic() < deadline:
        shown += os.read(primary, 4096)
    os.write(primary, answer)
    process.wait(timeout=30)
    try:
        while chunk := os.read(primary, 4096):
            shown += chunk
    except OSError:
        pass
    os.close(primary)
    return process.returncode, shown.decode(errors="replace")


def test_the_prompt_names_the_change_and_declining_exits_1(api: str, fake: FakeSimplyMeet) -> None:
    env = {**ENV, "SIMPLYMEET_BASE_URL": api, "SIMPLYMEET_API_KEY": fake.api_key}
    code, shown = _in_a_terminal(["events", "cancel", "48213", "--reason", "moved"], b"n\n", env)
    assert "Cancel event 48213? [y/N]" in shown and "aborted" in shown and code == 1
    assert fake.event(48213)["state"] == "new" and fake.requests == []
    code, shown = _in_a_terminal(["events", "cancel", "48213", "--reason", "moved"], b"y\n", env)
    assert code == 0 and "Cancel event 48213: done" in shown and fake.event(48213)["state"] == "canceled"


def test_debug_adds_the_traceback_and_keeps_the_exit_code(api: str, fake: FakeSimplyMeet) -> None:
    done = cli("events", "get", "404", "--debug", url=api, key=fake.api_key)
    assert done.returncode == 1 and "Traceback" in done.stderr and done.stderr.endswith("error: 404 Event not found\n")
    usage = cli("events", "list", "--fields", "bogus", "--debug", url=api, key=fake.api_key)
    assert usage.returncode == 2


# --------------------------------------------------------------------------------------- keys and profiles


def test_key_handling(api: str, fake: FakeSimplyMeet, tmp_path: Path) -> None:
    missing = cli("users", "current", url=api, key=None)
    one_line_error(missing, 2, "SIMPLYMEET_API_KEY", "--api-key-file")
    wrong = cli("users", "current", url=api, key="wrong-key-123")
    assert (
        wrong.returncode == 1
        and wrong.stderr.strip() == "error: 401 Invalid API key"
        and "wrong-key" not in wrong.stderr
    )
    key_file = tmp_path / "key"
    key_file.write_text(fake.api_key + "\n")  # as `echo $KEY > key` writes it: the CLI strips a key file
    key_file.chmod(0o600)
    from_file = cli("users", "current", "--api-key-file", str(key_file), url=api, key=None)
    assert from_file.returncode == 0 and fake.api_key not in from_file.stdout + from_file.stderr
    key_file.chmod(0o644)
    loose = cli("users", "current", "--api-key-file", str(key_file), url=api, key=None)
    one_line_error(loose, 2, "readable by others", f"chmod 600 {key_file}")
    assert cli("users", "current", "--api-key", fake.api_key, url=api).returncode == 2  # never a plain option
    spaced = cli("users", "current", url=api, key=fake.api_key + " x")
    one_line_error(spaced, 2, "whitespace", "not shown")


def test_auth_check_has_its_own_exit_codes_and_never_shows_the_key(
    api: str, fake: FakeSimplyMeet, tmp_path: Path
) -> None:
    good = cli("auth", "check", url=api, key=fake.api_key)
    assert good.returncode == 0 and good.stdout.strip() == f"key accepted by {api} ({fake.current_user['email']})"
    wrong = "sk_test_wrong_0123456789abcdef"
    rejected = cli("auth", "check", url=api, key=wrong)
    one_line_error(rejected, 4, "401", "rejected the key")
    key_file = tmp_path / "key"
    key_file.write_text(wrong + "\n")
    key_file.chmod(0o600)
    one_line_error(cli("auth", "check", "--api-key-file", str(key_file), url=api, key=None), 4, "401")
    one_line_error(cli("auth", "check", url=api, key=None), 2, "SIMPLYMEET_API_KEY")
    one_line_error(cli("auth", "check", url="http://127.0.0.1:9", key=fake.api_key), 3, "network")
    fake.fail_next("getCurrentUser", status=500, times=5)
    one_line_error(cli("auth", "check", url=api, key=fake.api_key), 1, "500")  # not "rejected": says nothing of the key
    for done in (good, rejected):
        assert fake.api_key not in done.stdout + done.stderr and wrong not in done.stdout + done.stderr
    assert all(fake.api_key not in r.path + str(r.query) and wrong not in r.path for r in fake.requests)
    assert "auth" in cli("--help").stdout and "4 the API rejected" in " ".join(
        cli("auth", "check", "--help").stdout.split()
    )


def test_profiles_from_the_config_file(api: str, fake: FakeSimplyMeet, no_config: Path, tmp_path: Path) -> None:
    key_file = tmp_path / "work.key"
    key_file.write_text(fake.api_key)
    key_file.chmod(0o600)
    (no_config / "simplymeet").mkdir()
    (no_config / "simplymeet" / "config.toml").write_text(
        f'[profiles.work]\nbase_url = "{api}"\napi_key_file = "{key_file}"\n\n'
        '[profiles.default]\nbase_url = "http://127.0.0.1:9"\n'
    )
    work = cli("users", "current", "--profile", "work", url=None, key=None)
    assert work.returncode == 0 and json.loads(work.stdout)["id"] == 1024
    by_env = cli("users", "current", url=None, key=None, env={"SIMPLYMEET_PROFILE": "work"})
    assert by_env.returncode == 0
    env_wins = cli("users", "current", "--profile", "default", url=api, key=fake.api_key)  # the environment wins
    assert env_wins.returncode == 0
    default = cli("users", "current", url=None, key=fake.api_key)  # profile "default" when none is named
    one_line_error(default, 3, "network")
    unknown = cli("users", "current", "--profile", "wrok", url=None, key=None)
    one_line_error(unknown, 2, "no profile 'wrok'", "profiles: default, work")


# ---------------------------------------------------------------------------------------- api, completion


def test_api_is_the_raw_escape_hatch_with_the_same_rules(api: str, fake: FakeSimplyMeet) -> None:
    key = fake.api_key
    got = cli("api", "GET", "/panel/api/event/", "-q", "filter[state]=canceled", "-q", "onPage=2", url=api, key=key)
    assert got.returncode == 0 and [e["state"] for e in json.loads(got.stdout)["items"]] == ["canceled", "canceled"]
    assert dict(fake.requests[-1].query) == {"filter[state]": "canceled", "onPage": "2"}
    elsewhere = cli("api", "GET", "https://evil.example.com/panel/api/acl", url=api, key=key)
    one_line_error(elsewhere, 2, "not on the API's origin")
    full = cli("api", "GET", f"{api}/panel/api/acl", url=api, key=key)
    assert full.returncode == 0 and json.loads(full.stdout)
    guarded = cli("api", "PUT", "/panel/api/event/cancel/48213", url=api, key=key)
    one_line_error(guarded, 2, "--yes")
    write = cli(
        "api",
        "PUT",
        "/panel/api/event/cancel/48213",
        "--body",
        "-",
        "--yes",
        url=api,
        key=key,
        stdin='{"reason": "raw"}',
    )
    assert write.returncode == 0 and fake.event(48213)["cancellation"]["reason"] == "raw"
    missing = cli("api", "GET", "/panel/api/event/1", url=api, key=key)
    assert missing.returncode == 1 and json.loads(missing.stdout) == {"message": "Event not found"}
    assert missing.stderr == "error: 404 Event not found\n"
    down = cli("api", "GET", "/panel/api/acl")
    one_line_error(down, 3, "network")


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts(shell: str) -> None:
    done = cli("completion", shell)
    assert done.returncode == 0 and "_SIMPLYMEET_COMPLETE" in done.stdout
    env = {"_SIMPLYMEET_COMPLETE": "bash_complete", "COMP_WORDS": "simplymeet events can", "COMP_CWORD": "2"}
    if shell == "bash":
        completed = cli(env=env)
        assert "cancel" in completed.stdout and "cancel-many" in completed.stdout


def test_a_plain_http_base_url_is_refused_in_command_line_words() -> None:
    done = cli("users", "current", url="http://api.example.com")
    one_line_error(done, 2, "use an https:// base URL", "SIMPLYMEET_BASE_URL")
    assert "allow_insecure_http" not in done.stderr


def test_network_failure_is_exit_3() -> None:
    down = cli("users", "current", url="http://127.0.0.1:9")
    one_line_error(down, 3, "network: ConnectError")


@pytest.mark.node
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
        "meeting_types": ["meeting-types", "list"],
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
            if done.stdout:  # a change with no answer prints only its "done" line, on stderr
                json.loads(done.stdout)
            else:
                assert done.stderr.endswith(": done\n"), (resource, done.stderr)


def test_the_readme_transcript_is_what_the_sandbox_answers(api: str, fake: FakeSimplyMeet, tmp_path: Path) -> None:
    """The CLI guide's transcript (docs/cli.md), replayed: each command against the sandbox (with the guide's
    profile written to a fresh home), its output compared line by line."""
    readme = (ROOT / "docs" / "cli.md").read_text()
    found = re.search(
        r"```toml\n(\[profiles\.sandbox\].*?)```\n\n```console\n(\$ export SIMPLYMEET_BASE_URL=.*?)```",
        readme,
        flags=re.DOTALL,
    )
    assert found
    home = tmp_path / "home"
    (home / ".config" / "simplymeet").mkdir(parents=True)
    (home / ".config" / "simplymeet" / "config.toml").write_text(found.group(1).replace("http://127.0.0.1:4010", api))
    key_file = home / ".config" / "simplymeet" / "sandbox.key"
    key_file.write_text(fake.api_key + "\n")
    key_file.chmod(0o600)
    env = {**ENV, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "COLUMNS": "120"}
    shown = found.group(2).replace("http://127.0.0.1:4010", api)
    last_code = 0
    for step in re.split(r"^\$ ", shown, flags=re.MULTILINE)[1:]:
        command, _, expected = step.partition("\n")
        words = shlex.split(command, comments=True)
        if words[0] == "export":
            settings = dict(word.split("=", 1) for word in words[1:])
            assert settings == {"SIMPLYMEET_BASE_URL": api, "SIMPLYMEET_API_KEY": fake.api_key}
            env.update(settings)
            continue
        if words[0] == "unset":
            for name in words[1:]:
                env.pop(name, None)
            continue
        if words == ["echo", "$?"]:
            assert expected.strip() == str(last_code)
            continue
        stdin = ""
        if "|" in words:  # echo '...' | simplymeet ...
            stdin, words = words[1] + "\n", words[words.index("|") + 1 :]
        if "<" in words:
            words = words[: words.index("<")]
        redirected = ">" in words
        if redirected:
            words = words[: words.index(">")]
        assert words[0] == "simplymeet", command
        done = subprocess.run(
            [*COMMAND, *words[1:]], capture_output=True, text=True, env=env, input=stdin, timeout=60, check=False
        )
        last_code = done.returncode
        if redirected:
            assert done.returncode == 0 and len(done.stdout.splitlines()) == len(fake.events) + 1, command
            continue
        output = re.sub(r"Python \d+\.\d+\.\d+", "Python X", done.stdout + done.stderr).rstrip("\n")
        assert output == re.sub(r"Python \d+\.\d+\.\d+", "Python X", expected).rstrip("\n"), command


def har(tmp_path: Path, body: dict[str, object]) -> Path:
    """A HAR file of one getCurrentUser call answering ``body``, as a browser saves it."""
    entry = {
        "startedDateTime": "2026-11-30T09:00:00.000Z",
        "request": {"method": "GET", "url": "https://secure.simplymeet.me/panel/api/current-user", "headers": []},
        "response": {"status": 200, "content": {"mimeType": "application/json", "text": json.dumps(body)}},
    }
    path = tmp_path / "session.har"
    path.write_text(json.dumps({"log": {"version": "1.2", "entries": [entry]}}))
    return path


def test_drift_checks_a_har_against_the_shipped_spec_read_only(tmp_path: Path) -> None:
    user = json.loads((ROOT / "tests" / "fixtures" / "getCurrentUser.json").read_text())
    clean = cli("drift", str(har(tmp_path, user)), key=None)
    assert clean.returncode == 0 and clean.stdout == "" and "no drift: 1 response(s)" in clean.stderr
    drifted = cli(
        "drift", str(har(tmp_path, {**user, "favouriteColour": "teal", "email": "anna@acme.example"})), key=None
    )
    assert drifted.returncode == 1
    assert "getCurrentUser  200  favouriteColour  undeclared-property" in drifted.stdout
    assert "anna@acme.example" not in drifted.stdout + drifted.stderr  # personal data masked
    as_json = cli("drift", str(tmp_path / "session.har"), "--json", key=None)
    assert json.loads(as_json.stdout)[0]["kind"] == "undeclared-property"
    missing = cli("drift", str(tmp_path / "nope.har"), key=None)
    one_line_error(missing, 2, "no such file")
