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


class PortBusy(RuntimeError):
    """The port asked for is already taken: a mock started there would not be the one answering."""

    def __init__(self, port: int) -> None:
        super().__init__(
            f"port {port} on 127.0.0.1 is already in use; stop what holds it, or pick another port: make mock PORT=4011"
        )
        self.port = port


def _port_free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _listener_inodes(port: int) -> set[str]:
    """Socket inodes (from /proc/net/tcp) listening on ``port``."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(OSError), open(table) as rows:
            for row in list(rows)[1:]:
                fields = row.split()
                if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:  # 0A: LISTEN
                    inodes.add(fields[9])
    return inodes


def _serves(process: subprocess.Popen[bytes], port: int) -> bool:
    """True once ``process`` (or a child in its process group) is the one listening on ``port``.

    A listener alone proves nothing: something else may hold the port, and Prism then dies with EADDRINUSE
    while the port keeps answering. Without /proc, a live process and a listening port have to do.
    """
    if process.poll() is not None or not _listening(port):
        return False
    if not Path("/proc/net/tcp").exists():
        return True
    inodes = {f"socket:[{inode}]" for inode in _listener_inodes(port)}
    for fd_dir in Path("/proc").glob("[0-9]*/fd"):
        with contextlib.suppress(OSError):
            if os.getpgid(int(fd_dir.parent.name)) == process.pid and any(
                os.readlink(fd) in inodes for fd in fd_dir.iterdir()
            ):
                return True
    return False


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
    if not _port_free(port):
        raise PortBusy(port)
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
            while not _serves(process, port):
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
    try:
        with running_mock(args.port, log=Path("/dev/stdout")) as url:
            print(f"Prism mock of {SPEC.name} on {url} (Ctrl-C stops it); send any X-API-KEY", flush=True)
            with contextlib.suppress(KeyboardInterrupt):
                signal.pause()
    except PortBusy as exc:
        sys.exit(f"mock: {exc}")


if __name__ == "__main__":
    main()
