"""Which project files one call crosses: ``SimplyMeet().events.list(...)`` against the sandbox over HTTP.

    python -m tools.trace_call          # the files, in the order first entered, and their count

The call runs once untraced (imports, connection), then again under :func:`sys.setprofile`, which collects every
distinct file of ``generated/`` and ``runtime/`` a Python function of this thread enters, from the call to the socket
and back (the sandbox answers from another thread, which is not traced).
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import FrameType
from typing import Any

from tools import ROOT

PROJECT = (str(ROOT / "generated") + "/", str(ROOT / "runtime") + "/")


def trace(action: Any) -> list[str]:
    """The project files ``action()`` enters, in the order first entered."""
    seen: dict[str, None] = {}

    def profile(frame: FrameType, event: str, arg: object) -> None:
        if event == "call":
            name = frame.f_code.co_filename
            if name.startswith(PROJECT) and name not in seen:
                seen[name] = None

    sys.setprofile(profile)
    try:
        action()
    finally:
        sys.setprofile(None)
    return [str(Path(name).relative_to(ROOT)) for name in seen]


def main() -> None:
    from simplymeet_client import SimplyMeet
    from simplymeet_client.testing import FakeSimplyMeet

    fake = FakeSimplyMeet()
    with fake.serve() as base_url, SimplyMeet(api_key=fake.api_key, base_url=base_url) as sm:

        def call() -> None:
            list(sm.events.list(on_page=5))

        call()
        files = trace(call)
    print("\n".join(files))
    print(f"{len(files)} project files")


if __name__ == "__main__":
    main()
