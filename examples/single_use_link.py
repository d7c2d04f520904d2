"""Create a booking link for an event type that works once."""

from __future__ import annotations

import sys

from simplymeet_client import AuthenticatedClient
from simplymeet_client.api.single_use_link import create_single_use_link
from simplymeet_client.models import SingleUseLinkDTO

from _env import client_from_env


def run(client: AuthenticatedClient, event_type_id: int) -> SingleUseLinkDTO:
    link = create_single_use_link.sync(event_type_id, client=client)
    print(f"  single-use link {link.code}: {link.url}")
    return link


if __name__ == "__main__":
    run(client_from_env(), int(sys.argv[1]))
