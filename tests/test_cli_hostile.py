"""The command line against hostile data and hostile servers (issue 30): terminal escapes and rich markup in API
data, a server that echoes the key, usage mistakes that used to raise, ``api``'s URL handling, ``--format json``
when a page fails, suggestions for unknown commands, prompts that name their target, known values of options."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import pty
import subprocess
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

from simplymeet_client.testing import FakeSimplyMeet
from simplymeet_runtime.fake import serving
from tests.test_cli import COMMAND, ENV, _in_a_terminal, cli, one_line_error

HOSTILE = (
    "\x1b[2J\x1b]8;;https://evil.example/\x07click\x1b]8;;\x07 \r[/b] [link=https://evil.example/]Mallory\x9b31m\x7f"
)
RAW = ("\x1b", "\x07", "\r", "\x9b", "\x7f")


@pytest.fixture
def fake() -> FakeSimplyMeet:
    return FakeSimplyMeet()


@pytest.fixture
def api(fake: FakeSimplyMeet) -> Iterator[str]:
    with fake.serve() as url:
        yield url


@pytest.fixture(autouse=True)
def no_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "config-home"
    home.mkdir()
    monkeypatch.setitem(ENV, "XDG_CONFIG_HOME", str(home))


def on_a_terminal(args: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run the command with a pseudo-terminal as stdout (and stderr); (exit code, what it showed)."""
    primary, secondary = pty.openpty()
    process = subprocess.Popen([*COMMAND, *args], stdin=subprocess.DEVNULL, stdout=secondary, stderr=secondary, env=env)
    os.close(secondary)
    shown = b""
    with contextlib.suppress(OSError):  # EIO once the command has exited and all is read
        while chunk := os.read(primary, 4096):
            shown += chunk
    os.close(primary)
    return process.wait(timeout=30), shown.decode(errors="replace")


def no_raw_controls(text: str) -> None:
    for char in RAW:
        assert char not in text, (char, text)


# ------------------------------------------------------------------------------------ hostile data shown


def test_a_hostile_name_round_trips_create_list_get_without_moving_the_cursor(api: str, fake: FakeSimplyMeet) -> None:
    key = fake.api_key
    invitee = json.dumps({"fullName": HOSTILE, "email": "mallory@example.org"})
    created = cli(
        "events",
        "create",
        "--event-type",
        "812",
        "--scheduled-at",
        "2024-03-20 09:00:00",
        "--invitee",
        invitee,
        "--yes",
        "--format",
        "json",
        url=api,
        key=key,
    )
    assert created.returncode == 0, created.stderr
    event_id = json.loads(created.stdout)["id"]
    assert json.loads(created.stdout)["invitee"]["fullName"] == HOSTILE  # JSON: the same data, escaped
    no_raw_controls(created.stdout + created.stderr)
    fields = "id,invitee.fullName"
    for fmt in ("table", "csv"):
        listed = cli("events", "list", "--format", fmt, "--fields", fields, url=api, key=key, columns=400)
        assert listed.returncode == 0 and "Traceback" not in listed.stderr, listed.stderr
        assert "[/b] [link=https://evil.example/]Mallory" in listed.stdout  # markup shown, not interpreted
        if fmt == "table":
            no_raw_controls(listed.stdout)
            assert "\\x1b[2J" in listed.stdout and "\\u009b31m" in listed.stdout and "\\x07" in listed.stdout
        else:  # CSV to a file or a pipe keeps the data as it is (read back as bytes: text mode would turn \r to \n)
            env = {**ENV, "SIMPLYMEET_BASE_URL": api, "SIMPLYMEET_API_KEY": key}
            args = ["events", "list", "--format", "csv", "--fields", fields]
            raw = subprocess.run([*COMMAND, *args], capture_output=True, env=env, timeout=60, check=True).stdout
            rows = list(csv.reader(io.StringIO(raw.decode(), newline="")))
            assert [event_id, HOSTILE] in [[int(row[0]), row[1]] for row in rows[1:]]
    got = cli("events", "get", str(event_id), "--format", "table", url=api, key=key, columns=400)
    assert got.returncode == 0, got.stderr
    no_raw_controls(got.stdout + got.stderr)
    line = next(line for line in got.stdout.splitlines() if line.startswith("invitee.fullName"))
    assert "\\x1b[2J\\x1b]8;;https://evil.example/\\x07click" in line and "\\x0d" in line and "\\x7f" in line
    for fmt in ("json", "jsonl"):
        out = cli("events", "get", str(event_id), "--format", fmt, url=api, key=key).stdout
        no_raw_controls(out)
        assert json.loads(out)["invitee"]["fullName"] == HOSTILE
    listing = cli("events", "list", "--format", "json", url=api, key=key).stdout
    no_raw_controls(listing)
    assert any(row["invitee"]["fullName"] == HOSTILE for row in json.loads(listing))


def test_csv_to_a_terminal_shows_escapes(api: str, fake: FakeSimplyMeet) -> None:
    import datetime

    event = fake.add_event(
        invitee_email="m@example.org",
        invitee_name=HOSTILE,
        scheduled_at=datetime.datetime(2024, 3, 20, 9, tzinfo=datetime.UTC),
    )
    env = {**ENV, "SIMPLYMEET_BASE_URL": api, "SIMPLYMEET_API_KEY": fake.api_key}
    named = [event]
    args = ["events", "get", str(named[0]["id"]), "--format", "csv", "--fields", "invitee.fullName"]
    code, shown = on_a_terminal(args, env)
    assert code == 0 and "\\x1b[2J" in shown and "\x1b[2J" not in shown


# ------------------------------------------------------------------------------- a server echoing the key

SECRET = "sk_live_echo_0123456789abcdefXYZ"


class Echo(BaseHTTPRequestHandler):
    """Answers every request with the status of ``Echo.status``, the X-API-KEY echoed in every text."""

    status = 400
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        key = self.headers.get("X-API-KEY", "")
        body: dict[str, Any] = {"message": f"API key {key} is not valid \x1b[2J"}
        if self.status == 422:
            body["errors"] = {"key": [f"{key} is wrong"], key: ["\x1b]8;;x\x07bad"]}
        if self.status == 500:
            body = {"message": key, "trace": [key]}
        content = json.dumps(body).encode()
        self.send_response(self.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def echo() -> Iterator[str]:
    with serving(Echo) as url:
        yield url


@pytest.mark.parametrize("status", [400, 403, 422, 500])
@pytest.mark.parametrize(
    "args", [("users", "current"), ("auth", "check"), ("api", "GET", "/panel/api/current-user")], ids=" ".join
)
@pytest.mark.parametrize("debug", [False, True])
def test_a_server_echoing_the_key_never_gets_it_onto_the_terminal(
    echo: str, status: int, args: tuple[str, ...], debug: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Echo, "status", status)
    done = cli(*args, *(["--debug"] if debug else []), url=echo, key=SECRET)
    shown = done.stdout + done.stderr
    assert done.returncode == 1, shown
    assert SECRET not in shown and "***" in shown
    no_raw_controls(shown)
    assert done.stderr.strip().splitlines()[-1].startswith(f"error: {status}")
    if debug and args[0] != "api":
        assert "Traceback" in done.stderr
    else:
        errors = [line for line in done.stderr.splitlines() if not line.startswith("warning: ")]
        assert len(errors) == 1, done.stderr  # and the drift warning of an undocumented status, one line


# ------------------------------------------------------------------------------ usage mistakes: one line


def test_a_path_with_a_control_character_is_one_line_exit_2(api: str, fake: FakeSimplyMeet) -> None:
    done = cli("api", "GET", "/panel/api/current-user\n ", url=api, key=fake.api_key)
    one_line_error(done, 2, "api:")
    assert fake.requests == []


def test_a_body_nested_too_deep_is_one_line_exit_2(api: str, fake: FakeSimplyMeet, tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    for args in (
        ("api", "PUT", "/panel/api/event/cancel/48213", "--body", str(deep), "--yes"),
        ("events", "cancel", "48213", "--body", str(deep), "--yes"),
        ("events", "create", "--invitee", "[" * 20_000 + "]" * 20_000, "--yes"),
    ):
        done = cli(*args, url=api, key=fake.api_key)
        one_line_error(done, 2, "nested too deep")
    bad = tmp_path / "latin1.json"
    bad.write_bytes(b'{"reason": "caf\xe9"}')
    one_line_error(
        cli("events", "cancel", "48213", "--body", str(bad), "--yes", url=api, key=fake.api_key), 2, "--body"
    )
    assert fake.requests == []


# ------------------------------------------------------------------------------------------- api's URLs


def test_dry_run_prints_the_url_the_live_call_uses(api: str, fake: FakeSimplyMeet) -> None:
    from urllib.parse import parse_qsl, urlsplit

    key = fake.api_key
    for path in (
        "/panel/api/event/?page=2",
        f"{api}/panel/api/event/",
        "/panel/api/event/?filter[state]=http://evil.example/",
        "/panel/api/event/?onPage=7",
    ):
        dry = cli("api", "GET", path, "-q", "onPage=2", "--dry-run", url=api, key=key)
        assert dry.returncode == 0, dry.stderr
        shown = urlsplit(dry.stdout.split()[1])
        live = cli("api", "GET", path, "-q", "onPage=2", url=api, key=key)
        assert live.returncode == 0, live.stderr
        request = fake.requests[-1]
        assert f"{shown.scheme}://{shown.netloc}" == api and shown.path == request.path, (shown, request)
        assert parse_qsl(shown.query) == list(request.query), (shown, request)


@pytest.mark.parametrize(
    "path",
    [
        "//127.0.0.1:9/x",
        "//evil.example/x",
        "http://evil.example/x",
        "https://evil.example/x",
        "https:evil.example/x",
        "http:/evil.example/x",
        "/\\evil.example/x",
        "\\\\evil.example/x",
        "https://secure.simplymeet.me@evil.example/x",
        "{api}@evil.example/x",
        "{api}.evil.example/x",
        "//{host}@evil.example/x",
        "HTTP://evil.example/x",
        " /panel/api/acl",
        "/panel/api/acl\r\nX-Injected: 1",
    ],
)
def test_api_refuses_every_other_origin(api: str, fake: FakeSimplyMeet, path: str) -> None:
    target = path.replace("{api}", api).replace("{host}", api.split("//")[1])
    for extra in ((), ("--dry-run",)):
        done = cli("api", "GET", target, *extra, url=api, key=fake.api_key)
        one_line_error(done, 2, "api:")
        assert "evil" not in done.stdout
    assert fake.requests == []


def test_a_query_naming_another_url_is_not_another_origin(api: str, fake: FakeSimplyMeet) -> None:
    done = cli("api", "GET", "/panel/api/event/?filter[state]=http://evil.example/", url=api, key=fake.api_key)
    assert done.returncode == 0, done.stderr
    assert fake.requests[-1].path == "/panel/api/event/"
    assert dict(fake.requests[-1].query) == {"filter[state]": "http://evil.example/"}


# ------------------------------------------------------------------------- json: a whole document or none


def test_json_output_is_a_whole_document_or_nothing(api: str, fake: FakeSimplyMeet) -> None:
    fake.fail_next("listEvents", status=500, times=10)
    first = cli("events", "list", "--format", "json", url=api, key=fake.api_key)
    assert first.returncode == 1 and first.stdout == "", first.stdout
    wrong = cli("events", "list", "--format", "json", url=api, key="wrong-key-123456")
    assert wrong.returncode == 1 and wrong.stdout == ""


def test_json_output_is_nothing_when_a_later_page_fails(fake: FakeSimplyMeet) -> None:
    """A server that answers the first page and fails the second."""

    class SecondPageFails(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            if "page=2" in self.path:
                status, headers, content = 500, {"Content-Type": "application/json"}, b'{"message": "boom"}'
            else:
                status, headers, content = fake.respond(
                    "GET", self.path.split("?")[0], self.path.split("?")[1], {"X-API-KEY": fake.api_key}, b""
                )
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    with serving(SecondPageFails) as url:
        done = cli("events", "list", "--format", "json", url=url, key=fake.api_key)
        assert done.returncode == 1 and done.stdout == "", done.stdout[:200]
        assert "500" in done.stderr
        lines = cli("events", "list", "--format", "jsonl", url=url, key=fake.api_key)
        assert lines.returncode == 1 and len(lines.stdout.splitlines()) == 100  # jsonl streams what it got


# ---------------------------------------------------------------------------------- suggestions, prompts


@pytest.mark.parametrize(
    ("args", "part"),
    [
        (("event", "list"), "No such command 'event' (did you mean 'events'?)"),
        (("events", "lst"), "No such command 'lst' (did you mean 'list'?)"),
        (("auth", "chek"), "No such command 'chek' (did you mean 'check'?)"),
        (("evnts",), "did you mean 'events'?"),
    ],
)
def test_unknown_commands_get_a_suggestion(args: tuple[str, ...], part: str) -> None:
    one_line_error(cli(*args), 2, part)


def test_every_write_prompt_names_its_target(api: str, fake: FakeSimplyMeet) -> None:
    env = {**ENV, "SIMPLYMEET_BASE_URL": api, "SIMPLYMEET_API_KEY": fake.api_key}
    cases = [
        (["single-use-links", "create", "812"], "Create a single use link for event type 812? [y/N]"),
        (["events", "cancel", "48213"], "Cancel event 48213? [y/N]"),
        (["events", "cancel-many", "48213", "48214"], "Cancel event list for events 48213, 48214? [y/N]"),
        (["event-type-tags", "add", "812", "5"], "(event type 812, tag 5)? [y/N]"),
        (["user-event-type-tags", "create", "--name", "VIP"], "Create user event type tag (name VIP)? [y/N]"),
        (
            ["events", "create", "--event-type", "812", "--scheduled-at", "2024-03-20 09:00:00", "--invitee", "{}"],
            "Create event (scheduled at 2024-03-20 09:00:00+00:00, event type 812)? [y/N]",
        ),
        (
            [
                "webhooks",
                "create",
                "--url",
                "https://h.example/x",
                "--events",
                "meetingScheduled",
                "--secret",
                "s3cr3t-value",
            ],
            "Create a webhook (",
        ),
    ]
    for args, prompt in cases:
        code, shown = _in_a_terminal(args, b"n\n", env)
        assert prompt in shown and code == 1, (args, shown)
        assert "s3cr3t-value" not in shown
    assert fake.requests == []


# --------------------------------------------------------------------------------------- known values


def test_help_lists_known_values_and_an_unknown_one_warns_and_is_sent(api: str, fake: FakeSimplyMeet) -> None:
    from simplymeet_runtime import cli as cli_module

    schema = cli_module.arg_schema("listEvents", "state", "filter")
    if not (schema.get("enum") or schema.get("x-known-values")):
        pytest.skip("the shipped spec does not yet give the known values of the events state filter (x-known-values)")
    known = [str(v) for v in schema.get("enum") or schema["x-known-values"]]
    listing = " ".join(cli("events", "list", "--help").stdout.split())
    assert all(value in listing for value in known) and "canceled" in listing
    done = cli("events", "list", "--state", "cancelled", "--format", "json", url=api, key=fake.api_key)
    assert done.returncode == 0
    assert (
        done.stderr == "warning: --state 'cancelled' is not a known value (did you mean 'canceled'?); sent as given\n"
    )
    assert dict(fake.requests[-1].query)["filter[state]"] == "cancelled"
    fake.requests.clear()
    quiet = cli("events", "list", "--state", "canceled", "--format", "json", url=api, key=fake.api_key)
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_known_values_from_the_spec_extension_warn(monkeypatch: pytest.MonkeyPatch) -> None:
    """Independently of the shipped spec: an option whose schema has x-known-values (run in-process)."""
    import click
    from click.testing import CliRunner

    from simplymeet_runtime import cli as cli_module

    schema = {"type": "string", "x-known-values": ["new", "canceled", "rescheduled"], "description": "Event state"}
    kind, repeated, accepts = cli_module.click_type(schema)
    help_text = cli_module.option_help(schema, accepts, repeated, False)
    assert "new, canceled, rescheduled" in help_text
    option = click.Option(["--state"], type=kind, callback=cli_module.known_values_check(schema))
    command = click.Command("x", params=[option], callback=lambda state: click.echo(state))
    done = CliRunner().invoke(command, ["--state", "cancelled"])
    assert done.exit_code == 0 and "cancelled\n" in done.output
    assert "warning: --state 'cancelled' is not a known value (did you mean 'canceled'?); sent as given" in done.output


@pytest.mark.filterwarnings("ignore::simplymeet_client.errors.SpecDriftWarning")
@pytest.mark.parametrize("status", [400, 403, 422, 500])
def test_the_clients_errors_carry_no_echoed_key_in_any_attribute(
    echo: str, status: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the command line shows of an error comes from its attributes: message, reason, field errors, notes."""
    import traceback

    from simplymeet_client import SimplyMeet
    from simplymeet_client.errors import APIStatusError

    monkeypatch.setattr(Echo, "status", status)
    with SimplyMeet(api_key=SECRET, base_url=echo, retry=None) as client, pytest.raises(APIStatusError) as caught:
        client.users.current()
    error = caught.value
    texts = [str(error), repr(error), error.message, error.reason, *map(str, error.args)]
    texts += [f"{k} {v}" for k, v in getattr(error, "errors", {}).items()]
    texts.append("".join(traceback.format_exception(error)))
    assert all(SECRET not in text for text in texts), texts


@pytest.mark.parametrize("log", [None, "info"])
def test_drift_warnings_and_log_records_quoting_the_api_are_safe(
    api: str, fake: FakeSimplyMeet, log: str | None
) -> None:
    user = json.loads(cli("users", "current", url=api, key=fake.api_key).stdout)
    fake.fail_next("getCurrentUser", status=200, body={**user, "\x1b[2Jsurprise\x9b": 1})
    done = cli("users", "current", url=api, key=fake.api_key, env={"SIMPLYMEET_LOG": log} if log else None)
    assert done.returncode == 0 and "surprise" in done.stderr, done.stderr
    no_raw_controls(done.stdout + done.stderr)
    assert "\\x1b[2Jsurprise\\u009b" in done.stderr


def test_what_counts_as_a_control_and_how_json_and_text_show_it() -> None:
    """The decisions, stated: C0, DEL, C1, U+2028/U+2029 and the bidi overrides are escaped; other non-ASCII stays."""
    from simplymeet_runtime import cli as cli_module

    data = "\x1b\x7f\x9b\u2028\u2029\u202e\u2066 Müller 日本 \U0001f600\tend\n"
    shown = cli_module.visible(data)
    assert shown == "\\x1b\\x7f\\u009b\\u2028\\u2029\\u202e\\u2066 Müller 日本 \U0001f600 end "
    assert cli_module.visible(data, layout=False).endswith("\\x09end\\x0a")
    text = cli_module.json_text({"name": data})
    assert json.loads(text) == {"name": data}
    assert "Müller 日本 \U0001f600" in text and not any(c in text for c in "\x1b\x7f\x9b\u2028\u2029\u202e\u2066\t\n")


def _hostile_har(tmp_path: Path) -> Path:
    user = json.loads((Path(__file__).parent / "fixtures" / "getCurrentUser.json").read_text())

    def entry(url: str, body: object) -> dict[str, object]:
        return {
            "startedDateTime": "2026-11-30T09:00:00.000Z",
            "request": {"method": "GET", "url": url, "headers": []},
            "response": {"status": 200, "content": {"mimeType": "application/json", "text": json.dumps(body)}},
        }

    entries = [
        entry("https://secure.simplymeet.me/panel/api/current-user", {**user, f"x{HOSTILE}": HOSTILE}),
        entry(f"https://secure.simplymeet.me/panel/api/rep\x1b[2Jorts{HOSTILE}", {"rows": []}),
        entry("https://cdn\x1b[31m.example.net/x", {}),
        entry("https://staging.simplymeet.example/panel/api/current-user", {**user, "favouriteColour": "teal"}),
    ]
    path = tmp_path / "hostile.har"
    path.write_text(json.dumps({"log": {"version": "1.2", "entries": entries}}))
    return path


def test_drift_shows_what_a_hostile_har_carries_as_escapes(tmp_path: Path) -> None:
    """Property names, values and URLs of a HAR went to the terminal raw (an ESC clearing the screen, an OSC 8
    link, C1 and DEL), in the lines, the ignored hosts and the JSON."""
    path = _hostile_har(tmp_path)
    done = cli("drift", str(path), key=None)
    assert done.returncode == 1, done.stderr
    shown = done.stdout + done.stderr
    assert not [c for c in RAW if c in shown], repr(shown)
    assert "undeclared-property" in done.stdout and "\\x1b" in done.stdout and "ignored: 2 entries" in done.stderr
    as_json = cli("drift", str(path), "--json", key=None)
    assert as_json.returncode == 1 and not [c for c in RAW if c in as_json.stdout]
    assert json.loads(as_json.stdout)  # escapes that JSON reads back
    code, on_terminal = on_a_terminal(["drift", str(path)], {**ENV})
    assert code == 1 and "\x1b" not in on_terminal


def test_drift_counts_another_origin_given_with_origin(tmp_path: Path) -> None:
    path = _hostile_har(tmp_path)
    plain = cli("drift", str(path), key=None)
    assert "favouriteColour" not in plain.stdout and "staging.simplymeet.example" in plain.stderr
    staging = cli("drift", str(path), "--origin", "https://staging.simplymeet.example", key=None)
    assert "favouriteColour  undeclared-property" in staging.stdout, staging.stdout
    assert "ignored: 1 entries" in staging.stderr
