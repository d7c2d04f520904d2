"""Create a booking link for an event type that works once."""

from __future__ import annotations

import sys

from simplymeet_client import SimplyMeet
from simplymeet_client.models import SingleUseLinkDTO

from _env import client_from_env


def run(sm: SimplyMeet, event_type_id: int) -> SingleUseLinkDTO:
    link = sm.single_use_links.create(event_type_id)
    print(f"  single-use link {link.code}: {link.url}")
    return link


if __name__ == "__main__":
    run(client_from_env(), int(sys.argv[1]))
