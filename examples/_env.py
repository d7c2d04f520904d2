"""The client the example scripts use when run on their own: your account, from the environment.

SIMPLYMEET_API_KEY=...  python examples/list_upcoming_events.py
SIMPLYMEET_BASE_URL=http://127.0.0.1:4010  (optional: e.g. `make mock` running in another terminal)
"""

from __future__ import annotations

import os

from simplymeet_client import AuthenticatedClient


def client_from_env() -> AuthenticatedClient:
    key = os.environ.get("SIMPLYMEET_API_KEY")
    if not key:
        raise SystemExit("Set SIMPLYMEET_API_KEY (and SIMPLYMEET_BASE_URL for the mock), or run `make demo`.")
    base_url = os.environ.get("SIMPLYMEET_BASE_URL", "https://secure.simplymeet.me")
    return AuthenticatedClient(base_url=base_url, token=key)
