"""What a drifting response shows a user: one line per difference, at the user's own line, and nothing else.

Run as a subprocess, as users run their scripts: no pytest warning capture, no logging configured.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.spec_support import FIXTURES

SCRIPT = textwrap.dedent(
    """\
    import json, logging, sys
    import httpx
    from simplymeet_client import SimplyMeet

    user = json.loads(open(sys.argv[1]).read())
    user["favouriteColour"] = "teal"                      # a property the spec does not declare
    page = json.loads(open(sys.argv[2]).read())
    page["items"][0]["addedLater"] = 1

    def answer(request):
        return httpx.Response(200, json=user if request.url.path.endswith("current-user") else page)

    sm = SimplyMeet(api_key="sk_test_abcdef", httpx_args={"transport": httpx.MockTransport(answer)})
    handlers = logging.getLogger("simplymeet_client").handlers
    print([type(h).__name__ for h in handlers])
    sm.users.current()                                    # line 16
    sm.users.current()                                    # line 17: the same difference, not shown again
    for event in sm.events.list(on_page=100):             # line 18
        pass
    """
)


def _run(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "sync_crm.py"
    script.write_text(SCRIPT)
    (tmp_path / "page.json").write_text((FIXTURES / "listEvents.json").read_text())
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SIMPLYMEET_", "PYTHONWARNINGS"))}
    return subprocess.run(
        [sys.executable, str(script), str(FIXTURES / "getCurrentUser.json"), str(tmp_path / "page.json")],
        capture_output=True,
        text=True,
        env={**clean, "PYTHONPATH": os.pathsep.join(sys.path), **env},
        timeout=60,
        check=False,
    )


def test_each_difference_is_one_warning_at_the_callers_line(tmp_path: Path) -> None:
    """Seen: each difference printed twice (a last-resort log line, then the warning at drift.py:276)."""
    done = _run(tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['NullHandler']"
    lines = [line for line in done.stderr.splitlines() if "[undeclared-property]" in line]
    script = str(tmp_path / "sync_crm.py")
    assert lines == [
        (
            f"{script}:16: SpecDriftWarning: getCurrentUser: favouriteColour [undeclared-property] "
            "UserDTO.favouriteColour: not in the spec; kept in additional_properties"
        ),
        (
            f"{script}:18: SpecDriftWarning: listEvents: items[].addedLater [undeclared-property] "
            "EventDTO.addedLater: not in the spec; kept in additional_properties"
        ),
    ]
    assert "spec drift:" not in done.stderr and "drift.py" not in done.stderr


def test_simplymeet_log_sends_everything_to_logging_instead(tmp_path: Path) -> None:
    done = _run(tmp_path, SIMPLYMEET_LOG="info")
    assert done.returncode == 0, done.stderr
    drift_lines = [line for line in done.stderr.splitlines() if "undeclared-property" in line]
    assert len(drift_lines) == 2 and all("WARNING simplymeet_client.drift: spec drift:" in x for x in drift_lines)
    assert "SpecDriftWarning" not in done.stderr
