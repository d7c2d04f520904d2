"""`pip install .` ships simplymeet_client (generated/) and simplymeet_runtime (runtime/) with py.typed and only the runtime deps it needs."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

from simplymeet_client.testing import FakeSimplyMeet
from tools import ROOT

pytestmark = pytest.mark.slow  # builds the wheel and installs it into fresh virtualenvs: make test, not make unit


def archive_text(wheel: Path, suffix: str) -> str:
    with zipfile.ZipFile(wheel) as archive:
        return archive.read(next(n for n in archive.namelist() if n.endswith(suffix))).decode()


def build_wheel(into: Path) -> Path:
    """The project's wheel, built offline with this environment's hatchling."""
    command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(into)]
    subprocess.run([*command, str(ROOT)], check=True)
    (wheel,) = into.glob("simplymeet_client-*.whl")
    return wheel


def test_wheel_contains_typed_package(tmp_path: Path) -> None:
    wheel = build_wheel(tmp_path)
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(archive.read(metadata_name).decode())
    assert "simplymeet_client/py.typed" in names
    assert "simplymeet_client/api/meeting/list_events.py" in names
    assert "simplymeet_client/models/event_dto.py" in names
    # The hand-written runtime the generated code imports ships beside it, typed too.
    assert {"simplymeet_runtime/py.typed", "simplymeet_runtime/retry.py", "simplymeet_runtime/pagination.py"} <= names
    assert not any(n.startswith(("tests/", "tools/", "generated/", "runtime/")) for n in names)
    requires = metadata.get_all("Requires-Dist", [])
    requirements = {r.split(">")[0].split("<")[0].split("=")[0].strip() for r in requires if "extra ==" not in r}
    assert requirements == {"httpx", "attrs", "msgspec", "sniffio"}
    assert sorted(r.replace('"', "'") for r in requires if "extra ==" in r) == [
        "click>=8.1; extra == 'cli'",
        "rich>=13; extra == 'cli'",
        "uvicorn>=0.30; extra == 'sandbox'",  # fake.serve(): the sandbox over HTTP
    ]
    assert "simplymeet_client/__main__.py" in names and "simplymeet_runtime/cli.py" in names
    assert {
        "simplymeet_client/openapi.json",
        "simplymeet_client/commands.json",
        "simplymeet_client/testing.py",
        "simplymeet_runtime/asgi.py",
    } <= names
    entry_points = archive_text(wheel, ".dist-info/entry_points.txt")
    assert "simplymeet = simplymeet_runtime.command:main" in entry_points


USER_TESTS = """
import datetime

from simplymeet_client import errors, webhooks


def test_a_nightly_sync_sees_cancellations(simplymeet_fake):
    sm = simplymeet_fake.client(strict_responses=True)
    event = next(e for e in sm.events.list(state="new"))
    sm.events.cancel(event.id, reason="moved abroad")
    assert sm.events.get(event.id).state == "canceled"


def test_retry_handling(simplymeet_fake):
    simplymeet_fake.fail_next("getCurrentUser", status=503, retry_after=0)
    assert simplymeet_fake.client().users.current().email


def test_deliveries_verify(simplymeet_fake):
    sm = simplymeet_fake.client()
    sm.webhooks.create(events=["meetingScheduled"], url="https://crm.example.com/hook", secret="whsec_user")
    sm.events.create(
        scheduled_at=datetime.datetime(2024, 3, 20, 9, tzinfo=datetime.timezone.utc),
        event_type=next(iter(simplymeet_fake.event_types)),
        invitee={"fullName": "Ada", "email": "ada@example.com"},
    )
    (delivery,) = simplymeet_fake.deliveries
    parsed = webhooks.parse(delivery.body, delivery.headers, secret="whsec_user")
    assert webhooks.event_of(parsed) == "meetingScheduled"


def test_the_key_and_a_link_by_meeting_type_uuid(simplymeet_fake):
    sm = simplymeet_fake.client()
    assert sm.check_key().user.email and not simplymeet_fake.client(api_key="sk_test_wrong_key_0000").check_key()
    meeting_type = next(iter(sm.meeting_types.list()))
    assert sm.single_use_links.create_by_uuid(meeting_type_uuid=str(meeting_type.uuid)).url
"""


def test_the_fake_and_its_fixture_work_from_the_installed_wheel(tmp_path: Path) -> None:
    """A fresh virtualenv with the wheel installed by pip (its runtime dependencies and pytest seen from this
    environment, offline), and a user's test suite that uses the ``simplymeet_fake`` fixture, run outside this
    checkout."""
    wheel = build_wheel(tmp_path)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(
        subprocess.check_output(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True
        ).strip()
    )
    # Dependencies (httpx, attrs, msgspec, sniffio) and pytest from this environment, read-only, after the venv's own.
    import sysconfig

    (site / "zz_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(  # this environment's pip installs into the new one, offline: the wheel alone
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
    )
    entry_points = next(site.glob("simplymeet_client-*.dist-info")) / "entry_points.txt"
    assert "simplymeet = simplymeet_runtime.pytest_plugin" in entry_points.read_text()
    suite = tmp_path / "user_project"
    suite.mkdir()
    (suite / "test_sync.py").write_text(USER_TESTS)
    done = subprocess.run(
        [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", str(suite)],
        cwd=suite,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "4 passed" in done.stdout
    # `simplymeet drift` from the wheel: the spec is package data, the report is read-only
    user = (
        (ROOT / "tests" / "fixtures" / "getCurrentUser.json").read_text().replace('"lat":', '"colour": "teal", "lat":')
    )
    entry = {"request": {"method": "GET", "url": "https://secure.simplymeet.me/panel/api/current-user"},
             "response": {"status": 200, "content": {"text": user}}}  # fmt: skip
    (tmp_path / "session.har").write_text(json.dumps({"log": {"entries": [entry]}}))
    drift = subprocess.run(
        [str(venv / "bin" / "simplymeet"), "drift", str(tmp_path / "session.har")],
        cwd=suite, capture_output=True, text=True, timeout=120, check=False, env={"PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert drift.returncode == 1 and "getCurrentUser  200  colour  undeclared-property" in drift.stdout, drift.stderr
    # `simplymeet auth check` from the wheel, against the sandbox over loopback HTTP: exit 0 accepted, 4 rejected
    fake = FakeSimplyMeet()
    with fake.serve() as url:
        for key, code in ((fake.api_key, 0), ("sk_test_wrong_key_0000", 4)):
            checked = subprocess.run(
                [str(venv / "bin" / "simplymeet"), "auth", "check"],
                cwd=suite, capture_output=True, text=True, timeout=120, check=False,
                env={"PATH": "/usr/bin:/bin", "SIMPLYMEET_BASE_URL": url, "SIMPLYMEET_API_KEY": key},
            )  # fmt: skip
            assert checked.returncode == code and key not in checked.stdout + checked.stderr, checked.stderr
    located = subprocess.check_output(
        [str(python), "-c", "import simplymeet_client.testing as t; print(t.__file__)"], text=True
    )
    assert located.startswith(str(site))
