"""`make demo` works end to end, and the mock never outlives whoever started it."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable

import httpx

from tools import ROOT
from tools.mock import free_port, prism_pids


def _wait_until(condition: Callable[[], bool], timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_demo_runs_the_workflow_and_stops_the_mock() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "demo.py")], capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    out = result.stdout
    for heading in ("1. Upcoming events", "2. Read event #48213", "3. Reschedule #48213", "4. Cancel #48214"):
        assert heading in out
    # Both pages of the listing (the spec's firstPage and lastPage examples): 5 distinct events in order.
    assert re.findall(r"^  #(\d+) ", out, flags=re.MULTILINE)[:5] == ["48213", "48214", "48215", "48216", "48217"]
    assert "sent as start='2024-03-12 15:00:00', end='2024-03-12 15:30:00'" in out
    assert "single-use link k7Qm2xZp" in out and "organization: 24-hour cancellation policy (24 h" in out
    match = re.search(r"Mock listening on http://127\.0\.0\.1:(\d+)", out)
    assert match and prism_pids(int(match.group(1))) == []


def test_killing_the_mock_runner_takes_prism_with_it() -> None:
    port = free_port()
    runner = subprocess.Popen(
        [sys.executable, "-m", "tools.mock", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        assert _wait_until(lambda: _answers(port), timeout=90), "make mock's server never came up"
        assert prism_pids(port)
        os.kill(runner.pid, signal.SIGKILL)  # no cleanup code runs: only PR_SET_PDEATHSIG can stop Prism
        runner.wait(timeout=10)
        assert _wait_until(lambda: prism_pids(port) == []), "Prism was orphaned"
    finally:
        if runner.poll() is None:
            os.killpg(runner.pid, signal.SIGKILL)
        for pid in prism_pids(port):
            os.kill(pid, signal.SIGKILL)


def _answers(port: int) -> bool:
    try:
        return httpx.get(f"http://127.0.0.1:{port}/panel/api/acl", headers={"X-API-KEY": "k"}).status_code == 200
    except httpx.HTTPError:
        return False
