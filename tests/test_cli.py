"""`simplymeet` / `python -m simplymeet_client`, driven as a subprocess against a loopback server (and Prism)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import parse_qsl, urlsplit

import pytest

from tests.conftest import API_KEY, JsonHandler, loopback_server
from tests.paging import build_page
from tests.spec_support import load_fixture, operation_id_for
from tools import ROOT
from tools.mock import running_mock
from tools.resources_gen import load_mapping

ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "generated"), str(ROOT / "runtime")])}


class Fake(JsonHandler):
    """The API as the fixtures describe it; 404 with a typed error for event 404; records requests."""

    seen: ClassVar[list[tuple[str, str, Any, str | None]]] = []
    template: ClassVar[Any] = load_fixture("listEvents")["items"][0]

    def answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length)) if length else None
        Fake.seen.append((self.command, self.path, body, self.headers.get("X-API-KEY")))
        path = self.path.split("?")[0]
        if path == "/panel/api/event/404":
            return self.send_json(404, {"message": "Event not found"})
        if path == "/panel/api/current-user" and self.headers.get("X-API-KEY") != API_KEY:
            return self.send_json(401, {"message": "Invalid API key"})
        if path == "/panel/api/event/":
            query = dict(parse_qsl(urlsplit(self.path).query))
            page = build_page([self.template], int(query.get("page", 1)), int(query.get("onPage", 100)), 7)
            return self.send_json(200, page)
        op_id = operation_id_for(self.command, path)
        if op_id is None:
            return self.send_json(404, {"message": "No route"})
        try:
            return self.send_json(200, load_fixture(op_id))
        except FileNotFoundError:
            return self.send_json(204, None)

    do_GET = do_PUT = do_POST = do_DELETE = answer


@pytest.fixture
def api() -> Iterator[str]:
    Fake.seen = []
    with loopback_server(Fake) as url:
        yield url


def cli(
    *args: str, url: str = "http://127.0.0.1:9", key: str | None = API_KEY, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**ENV, "SIMPLYMEET_BASE_URL": url}
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


def test_output_formats(api: str) -> None:
    done = cli("events", "list", "--state", "new", "--scheduled-at-from", "2024-03-01", "--format", "json", url=api)
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert len(rows) == 7 and rows[0]["id"] == 1
    method, path, _, key = Fake.seen[0]
    assert (
        method == "GET"
        and "filter%5Bstate%5D=new" in path
        and "filter%5BscheduledAtFrom%5D=2024-03-01" in path
        and key == API_KEY
    )
    jsonl = cli("events", "list", "--format", "jsonl", url=api).stdout.splitlines()
    assert len(jsonl) == 7 and json.loads(jsonl[6])["id"] == 7
    text = cli("events", "list", "--format", "csv", "--fields", "id,invitee.email", url=api).stdout
    table = list(csv.reader(io.StringIO(text)))
    assert table[0] == ["id", "invitee.email"] and len(table) == 8 and "@" in table[1][1]
    full = list(csv.DictReader(io.StringIO(cli("events", "get", "48213", "--format", "csv", url=api).stdout)))
    assert full[0]["id"] == "48213" and "eventType.name" in full[0]
    pretty = cli("users", "current", "--format", "table", "--fields", "id,email", url=api).stdout
    assert "anna.kowalska@acme.example" in pretty and "1024" in pretty
    default = cli("users", "current", url=api)  # not a terminal: json
    assert json.loads(default.stdout)["id"] == 1024


def test_mutations_need_yes_without_a_terminal_and_dry_run_sends_nothing(api: str) -> None:
    refused = cli("events", "cancel", "48213", "--reason", "moved", url=api)
    assert refused.returncode == 2 and "--yes" in refused.stderr and Fake.seen == []
    dry = cli("events", "cancel", "48213", "--reason", "moved", "--dry-run", url=api)
    assert dry.returncode == 0 and Fake.seen == []
    assert dry.stdout.splitlines()[0] == f"PUT {api}/panel/api/event/cancel/48213"
    assert json.loads("\n".join(dry.stdout.splitlines()[1:])) == {"reason": "moved"}
    assert API_KEY not in dry.stdout + dry.stderr
    done = cli("events", "cancel-many", "1", "2", "--reason", "office closed", "--yes", url=api)
    assert done.returncode == 0, done.stderr
    assert Fake.seen[-1][:3] == ("PUT", "/panel/api/event/cancel-list", {"ids": [1, 2], "reason": "office closed"})
    body = cli("events", "cancel", "7", "--body", "-", "--yes", url=api, stdin='{"reason": "from a file"}')
    assert body.returncode == 0 and Fake.seen[-1][2] == {"reason": "from a file"}


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("events", "get", "404"), 1, "error: 404 Event not found"),
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
def test_exit_codes_and_one_line_errors(api: str, args: tuple[str, ...], code: int, message: str) -> None:
    done = cli(*args, url=api)
    assert done.returncode == code and message in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


def test_key_handling(api: str, tmp_path: Path) -> None:
    missing = cli("users", "current", url=api, key=None)
    assert missing.returncode == 2 and "SIMPLYMEET_API_KEY" in missing.stderr
    wrong = cli("users", "current", url=api, key="wrong-key")
    assert (
        wrong.returncode == 1
        and wrong.stderr.strip() == "error: 401 Invalid API key"
        and "wrong-key" not in wrong.stderr
    )
    key_file = tmp_path / "key"
    key_file.write_text(API_KEY + "\n")
    from_file = cli("users", "current", "--api-key-file", str(key_file), url=api, key=None)
    assert from_file.returncode == 0 and API_KEY not in from_file.stdout + from_file.stderr
    assert cli("users", "current", "--api-key", API_KEY, url=api).returncode == 2  # never a plain option


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
