"""One call on every resource of the resource-style client (type-checked with mypy --strict and pyright strict).

SIMPLYMEET_BASE_URL=http://127.0.0.1:4010 SIMPLYMEET_API_KEY=any python examples/resource_tour.py
"""

from __future__ import annotations

import datetime
import uuid

from simplymeet_client import SimplyMeet
from simplymeet_client.models import EventDTO, WebhookEventName
from simplymeet_client.resources import AnswerRequestDTODict, InviteeRequestDTODict


def tour(sm: SimplyMeet) -> list[str]:
    """Touch every resource once; return what was seen, a line each."""
    seen: list[str] = []
    me = sm.users.current()
    seen.append(f"users: {me.full_name} ({len(sm.users.list())} in the organization)")
    seen.append(f"acl: {len(sm.acl.list())} rules")
    seen.append(f"integrations: {sm.integrations.list().__class__.__name__}")
    first: EventDTO | None = next(iter(sm.events.list(state="new")), None)
    seen.append(f"events: first new one is {first.id if first else None}")
    invitee: InviteeRequestDTODict = {"fullName": "John Carter", "email": "john.carter@example.com"}
    answers: list[AnswerRequestDTODict] = [{"question": "5c1f6a0e-2b7d-4c55-9a43-1d2f0c9e7b21", "value": "Acme"}]
    booked = sm.events.create(
        scheduled_at=datetime.datetime(2024, 3, 11, 10, tzinfo=datetime.UTC),
        event_type=812,
        invitee=invitee,
        answers=answers,
    )
    sm.events.cancel(booked.id, reason="Booked by the tour")
    types = list(sm.event_types.list())
    seen.append(f"event_types: {len(types)}")
    meeting_types = list(sm.meeting_types.list())  # the /api/ namespace: HAL pages, UUIDs
    seen.append(f"meeting_types: {', '.join(t.name for t in meeting_types)}")
    seen.append(f"event_type_tags: {len(sm.event_type_tags.list(812))} on 812")
    seen.append(f"user_event_type_tags: {len(sm.user_event_type_tags.list())}")
    seen.append(f"polls: {sum(1 for _ in sm.polls.list(order_direction='desc'))}")
    seen.append(f"single_use_links: {sm.single_use_links.create(812).url}")
    by_uuid = sm.single_use_links.create_by_uuid(meeting_type_uuid=meeting_types[0].uuid)
    seen.append(f"single_use_links: {by_uuid.url} (by meeting type UUID)")
    seen.append(f"cancellation_policies: {sm.cancellation_policies.get_user().label}")
    sm.availability_rules.save(
        event_type_ids=[812],
        availability_rules=[
            {"type": "weekday", "hourIntervals": [{"start": "09:00", "end": "12:00"}], "config": {"weekday": "monday"}}
        ],
    )
    seen.append("availability_rules: saved")
    hook = sm.webhooks.create(
        events=[WebhookEventName.MEETINGSCHEDULED], url="https://crm.example.com/hooks", secret="whsec_x"
    )
    sm.webhooks.delete(uuid.UUID(str(hook.uuid)))
    seen.append(f"webhooks: created and deleted {hook.uuid}")
    return seen


if __name__ == "__main__":
    for line in tour(SimplyMeet()):
        print(line)
