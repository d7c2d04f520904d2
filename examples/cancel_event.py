"""Cancel an event, telling the invitee why."""

from __future__ import annotations

import sys

from simplymeet_client import SimplyMeet

from _env import client_from_env


def run(sm: SimplyMeet, event_id: int, reason: str) -> None:
    sm.events.cancel(event_id, reason=reason)
    print(f"  #{event_id} cancelled: {reason!r}")


if __name__ == "__main__":
    run(client_from_env(), int(sys.argv[1]), sys.argv[2])
