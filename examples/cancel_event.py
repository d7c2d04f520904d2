"""Cancel an event, telling the invitee why."""

from __future__ import annotations

import sys

from simplymeet_client import AuthenticatedClient
from simplymeet_client.api.meeting import cancel_event
from simplymeet_client.models import CancelEventRequestDTO

from _env import client_from_env


def run(client: AuthenticatedClient, event_id: int, reason: str) -> None:
    cancel_event.sync(event_id, client=client, body=CancelEventRequestDTO(reason=reason))
    print(f"  #{event_id} cancelled: {reason!r}")


if __name__ == "__main__":
    run(client_from_env(), int(sys.argv[1]), sys.argv[2])
