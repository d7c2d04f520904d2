"""`make demo` works end to end against the sandbox; `make sandbox` serves and stops; the Prism mock never outlives
whoever started it."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from tools import ROOT
from tools.mock import free_port, prism_pids


def _wait_until(condition: Callable[[], bool], timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_demo_runs_the_workflow_against_the_sandbox_and_stops_it() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "demo.py")], capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    out = result.stdout
    for heading in ("1. Upcoming events", "2. Read event #", "3. Reschedule #", "4. Cancel #", "5. Read #"):
        assert heading in out
    listed = re.findall(r"^  #(\d+)  ", out, flags=re.MULTILINE)
    assert len(listed) >= 5 and len(listed) == len(set(listed))  # real pages: no event twice
    cancelled = re.search(r"4\. Cancel #(\d+)", out)
    assert cancelled and f"  #{cancelled.group(1)} (canceled) " in out  # the state change, read back
    assert "sent as start='2024-03-12 15:00:00', end='2024-03-12 15:30:00'" in out
    assert "single-use link " in out and "organization: 24-hour cancellation policy (24 h" in out
    match = re.search(r"Sandbox listening on http://127\.0\.0\.1:(\d+)", out)
    assert match
    with pytest.raises(httpx.ConnectError):  # stopped
        httpx.get(f"http://127.0.0.1:{match.group(1)}/panel/api/current-user", timeout=2)


def test_make_sandbox_serves_until_interrupted_and_refuses_a_busy_port() -> None:
    port = free_port()
    runner = subprocess.Popen(
        [sys.executable, "-m", "tools.sandbox", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert runner.stdout is not None
        banner = [runner.stdout.readline() for _ in range(3)]
        key = banner[2].split("=", 1)[1].strip()
        assert banner[0].startswith(f"SimplyMeet sandbox on http://127.0.0.1:{port} (260 events")
        answer = httpx.get(f"http://127.0.0.1:{port}/panel/api/current-user", headers={"X-API-KEY": key})
        assert answer.status_code == 200
        busy = subprocess.run(
            [sys.executable, "-m", "tools.sandbox", "--port", str(port)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert busy.returncode == 1 and len(busy.stderr.strip().splitlines()) == 1 and "PORT=" in busy.stderr
    finally:
        runner.send_signal(signal.SIGINT)
        runner.wait(timeout=10)
    assert runner.returncode == 0


@pytest.mark.node
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


def test_the_installed_package_serves_the_sandbox_without_the_checkout(tmp_path: Path) -> None:
    """``python -m simplymeet_runtime.sandbox``: ``make sandbox`` for whoever has the wheel only (not tools/)."""
    port = free_port()
    runner = subprocess.Popen(
        [sys.executable, "-m", "simplymeet_runtime.sandbox", "--port", str(port), "--seed", "2"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert runner.stdout is not None
        banner = [runner.stdout.readline() for _ in range(3)]
        assert banner[0].startswith(f"SimplyMeet sandbox on http://127.0.0.1:{port} (260 events, seed 2)"), banner
        key = banner[2].split("=", 1)[1].strip()
        answer = httpx.get(f"http://127.0.0.1:{port}/panel/api/current-user", headers={"X-API-KEY": key})
        assert answer.status_code == 200
    finally:
        runner.send_signal(signal.SIGINT)
        runner.wait(timeout=10)
    assert runner.returncode == 0
