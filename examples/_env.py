"""The client the example scripts use when run on their own: your account, from the environment.

SIMPLYMEET_API_KEY=...  python examples/list_upcoming_events.py
SIMPLYMEET_BASE_URL=http://127.0.0.1:4010  (optional: e.g. `make mock` running in another terminal)
"""

from __future__ import annotations

import os

from simplymeet_client import SimplyMeet


def client_from_env() -> SimplyMeet:
    """``SimplyMeet()`` reads both variables itself; this only turns a missing key into a friendly exit."""
    if not os.environ.get("SIMPLYMEET_API_KEY"):
        raise SystemExit("Set SIMPLYMEET_API_KEY (and SIMPLYMEET_BASE_URL for the mock), or run `make demo`.")
    return SimplyMeet()
