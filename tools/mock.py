"""Run the Prism mock of openapi/simplymeet.yaml on 127.0.0.1 (``make mock``, ``make demo``, end-to-end tests).

Prism (``@stoplight/prism-cli``, pinned in ``node/package-lock.json``) answers every operation with the spec's
examples and validates each request against the spec: a malformed one gets the spec's 4xx with a
``sl-violations`` header naming the problem. ``--errors`` also turns a response that breaks the spec into an error.

    python -m tools.mock [--port 4010]     # serve until Ctrl-C

The server runs in its own process group and is told to die with its parent (``PR_SET_PDEATHSIG``), and
:func:`running_mock` stops the whole group on exit, so neither a failing test nor a killed demo leaves it behind.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from tools import NODE_BIN, SPEC

PRISM = NODE_BIN / "prism"
START_TIMEOUT = 90.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


# Loaded here, not in the child: between fork and exec only the prctl call itself runs (no imports, no locks).
_LIBC = ctypes.CDLL(None) if sys.platform.startswith("linux") else None
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:  # runs in the child between fork and exec
    if _LIBC is not None:
        _LIBC.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def prism_pids(port: int) -> list[int]:
    """Processes (from /proc) running Prism on ``port``: for checking that none is left behind."""
    pids = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            args = cmdline.read_bytes().split(b"\0")
        except OSError:
            continue
        if any(b"prism" in arg for arg in args) and str(port).encode() in args:
            pids.append(int(cmdline.parent.name))
    return pids


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop the server and everything in its process group; wait until it is gone."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


@contextlib.contextmanager
def running_mock(port: int | None = None, log: Path | None = None) -> Iterator[str]:
    """Start Prism on 127.0.0.1, yield its base URL once it accepts connections, always stop it."""
    if not PRISM.exists():
        raise RuntimeError(f"{PRISM} is missing: run `make node-deps` (npm ci in node/)")
    port = port or free_port()
    log_path = log or Path(tempfile.mkstemp(prefix="prism-", suffix=".log")[1])
    with open(log_path, "wb") as log_file:
        process = subprocess.Popen(
            [str(PRISM), "mock", "--errors", "--host", "127.0.0.1", "--port", str(port), str(SPEC)],
            stdout=log_file,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            preexec_fn=_die_with_parent,  # noqa: PLW1509 -- async-signal-safe: one prctl call, libc loaded above
        )
        try:
            deadline = time.monotonic() + START_TIMEOUT
            while not _listening(port):
                if process.poll() is not None or time.monotonic() > deadline:
                    tail = log_path.read_text(errors="replace")[-2000:]
                    raise RuntimeError(f"Prism did not start on port {port} (exit {process.poll()}):\n{tail}")
                time.sleep(0.2)
            yield f"http://127.0.0.1:{port}"
        finally:
            stop(process)
            if log is None:
                log_path.unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=4010)
    args = parser.parse_args()
    with running_mock(args.port, log=Path("/dev/stdout")) as url:
        print(f"Prism mock of {SPEC.name} on {url} (Ctrl-C stops it); send any X-API-KEY", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            signal.pause()


if __name__ == "__main__":
    main()
