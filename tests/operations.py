"""Every operation of the spec, called through the generated client, with the request it must send.

One row per operationId: the keyword arguments of the generated ``sync_detailed`` function and the
expected method, path, query pairs (in order) and JSON body. Bodies are realistic payloads; the
generated request model is built from them, so ``to_dict()`` must give them back on the wire.
"""

from __future__ import annotations

import datetime
import importlib
import pkgutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from simplymeet_client import api, models


@dataclass(frozen=True)
class Call:
    method: str
    path: str
    kwargs: Callable[[], dict[str, Any]] = dict
    query: list[tuple[str, str]] = field(default_factory=list)
    body: Any = None


def _body(model: str, payload: dict[str, Any]) -> Callable[[], dict[str, Any]]:
    return lambda: {"body": getattr(models, model).from_dict(payload)}


WEBHOOK = {
    "events": ["meetingScheduled", "meetingCancelled"],
    "url": "https://crm.example.com/hooks/simplymeet",
    "secret": "whsec_4f1c2b7a9e3d",
}
POLICY = {
    "enabled": True,
    "period": 1440,
    "label": "24-hour cancellation policy",
    "text": "Bookings can be cancelled free of charge up to 24 hours before the start.",
    "overwritePersonal": False,
}
AVAILABILITY_RULE = {
    "eventTypeIds": [812, 813],
    "availabilityRules": [
        {
            "type": "weekday",
            "hourIntervals": [{"start": "09:00", "end": "12:00"}, {"start": "13:00", "end": "17:00"}],
            "config": {"weekday": "wednesday"},
        },
        {"type": "date", "hourIntervals": [], "config": {"date": "2024-03-13"}},
    ],
    "periodType": "date_range",
    "periodTypeConfig": {"start": "2024-01-01", "end": "2024-12-31"},
    "availabilityType": "weekday",
}
CREATE_EVENT = {
    "scheduledAt": "2024-03-11 10:00:00",
    "eventType": 812,
    "invitee": {
        "fullName": "John Carter",
        "email": "john.carter@example.com",
        "timezone": "Europe/Berlin",
        "locale": "en",
        "phoneNumber": "+49 30 1234567",
    },
    "durationId": 31,
    "answers": [{"value": "Quarterly roadmap review", "question": "5c1f6a0e-2b7d-4c55-9a43-1d2f0c9e7b21"}],
    "participants": [{"email": "maria.lopez@example.com"}],
    "locationType": "zoom",
}
POLL = {
    "eventTypeId": 812,
    "voteVisibility": True,
    "commentVisibility": False,
    "emailNotification": True,
    "duration": 60,
    "name": "Team offsite planning",
    "availability": [{"date": "2024-03-12T14:00:00+00:00"}, {"date": "2024-03-13T09:00:00+00:00"}],
}
TAG = {"name": "Consulting", "color": "#9b51e0", "position": 2}


def _event_filter() -> dict[str, Any]:
    return {
        "page": 2,
        "on_page": 50,
        "order_field": "scheduledAt",
        "order_direction": models.OrderDirection.DESC,
        "skip_pagination": False,
        "group_by": "state",
        "filter_": models.GetEventListFilterDTO(
            ids=[1, 2],
            state="new",
            event_type_type=models.EventTypeKind.ROUND_ROBIN,
            invitee="john.carter@example.com",
            user_list=[1024],
            scheduled_at_from=datetime.date(2024, 3, 1),
            scheduled_at_to=datetime.date(2024, 3, 31),
        ),
    }


CALLS: dict[str, Call] = {
    "listAclRules": Call("GET", "/panel/api/acl"),
    "saveAvailabilityRule": Call(
        "PUT",
        "/panel/api/availability-rule",
        _body("AvailabilityRuleRequestDTO", AVAILABILITY_RULE),
        body=AVAILABILITY_RULE,
    ),
    "getOrganizationCancellationPolicy": Call("GET", "/panel/api/organization-cancellation-policy"),
    "updateOrganizationCancellationPolicy": Call(
        "PUT", "/panel/api/organization-cancellation-policy", _body("CancellationPolicyRequestDTO", POLICY), body=POLICY
    ),
    "getUserCancellationPolicy": Call("GET", "/panel/api/user-cancellation-policy"),
    "updateUserCancellationPolicy": Call(
        "PUT",
        "/panel/api/user-cancellation-policy",
        _body("CancellationPolicyRequestDTO", {"enabled": False}),
        body={"enabled": False},
    ),
    "deleteEventList": Call(
        "DELETE",
        "/panel/api/event/delete-list",
        _body("DeleteEventListRequestDTO", {"ids": [48213, 48214]}),
        body={"ids": [48213, 48214]},
    ),
    "cancelEventList": Call(
        "PUT",
        "/panel/api/event/cancel-list",
        _body("CancelEventListRequestDTO", {"ids": [48213, 48214], "reason": "Office closed"}),
        body={"ids": [48213, 48214], "reason": "Office closed"},
    ),
    "createEvent": Call("POST", "/panel/api/event", _body("CreateEventRequestDTO", CREATE_EVENT), body=CREATE_EVENT),
    "getEvent": Call("GET", "/panel/api/event/48213", lambda: {"id": 48213}),
    "editEvent": Call(
        "PUT",
        "/panel/api/event/48213",
        lambda: {
            "id": 48213,
            "body": models.EditEventRequestDTO(
                invitee=models.EditEventInviteeRequestDTO(full_name="John Carter", phone_number="+49 30 1234567"),
                answers=[models.EditEventAnswerRequestDTO(id=90211, value="Budget planning")],
            ),
        },
        body={
            "invitee": {"fullName": "John Carter", "phoneNumber": "+49 30 1234567"},
            "answers": [{"id": 90211, "value": "Budget planning"}],
        },
    ),
    "deleteEvent": Call("DELETE", "/panel/api/event/48213", lambda: {"id": 48213}),
    "cancelEvent": Call(
        "PUT",
        "/panel/api/event/cancel/48213",
        lambda: {"id": 48213, "body": models.CancelEventRequestDTO(reason="Client asked to cancel")},
        body={"reason": "Client asked to cancel"},
    ),
    "editEventNotes": Call(
        "PUT",
        "/panel/api/event/notes/48213",
        lambda: {"id": 48213, "body": models.EventEditNotesRequestDTO(notes="Bring the signed contract.")},
        body={"notes": "Bring the signed contract."},
    ),
    "listEvents": Call(
        "GET",
        "/panel/api/event/",
        _event_filter,
        query=[
            ("page", "2"),
            ("onPage", "50"),
            ("orderField", "scheduledAt"),
            ("orderDirection", "desc"),
            ("skipPagination", "false"),
            ("groupBy", "state"),
            ("filter[ids][]", "1"),
            ("filter[ids][]", "2"),
            ("filter[eventTypeType]", "round-robin"),
            ("filter[state]", "new"),
            ("filter[invitee]", "john.carter@example.com"),
            ("filter[userList][]", "1024"),
            ("filter[scheduledAtFrom]", "2024-03-01"),
            ("filter[scheduledAtTo]", "2024-03-31"),
        ],
    ),
    "markEventNoShow": Call("PUT", "/panel/api/event/no-show/48213", lambda: {"id": 48213}),
    "markEventListNoShow": Call(
        "PUT",
        "/panel/api/event/no-show-list",
        _body("NoShowEventListRequestDTO", {"ids": [48213]}),
        body={"ids": [48213]},
    ),
    "resendEventNotification": Call("PUT", "/panel/api/event/resend-notification/48213", lambda: {"id": 48213}),
    "inviteEventParticipants": Call(
        "POST",
        "/panel/api/event/invite-participants/48213",
        lambda: {
            "id": 48213,
            "body": models.EventInviteParticipantsRequestDTO(
                emails=["maria.lopez@example.com", "tom.nguyen@example.com"], message="Joining us?"
            ),
        },
        body={"emails": ["maria.lopez@example.com", "tom.nguyen@example.com"], "message": "Joining us?"},
    ),
    "rescheduleEvent": Call(
        "PUT",
        "/panel/api/event/reschedule/48213",
        lambda: {
            "id": 48213,
            "body": models.RescheduleEventRequestDTO(
                start="2024-03-12 15:00:00", end="2024-03-12 15:30:00", event_type_id=812, user_id=1024
            ),
        },
        body={"start": "2024-03-12 15:00:00", "end": "2024-03-12 15:30:00", "eventTypeId": 812, "userId": 1024},
    ),
    "listEventTypes": Call(
        "GET",
        "/panel/api/event-type",
        lambda: {
            "on_page": 100,
            "filter_": models.GetEventTypeListFilterDTO(
                ids=[812, 813], for_current_user=True, manage_round_robin=False
            ),
        },
        query=[
            ("page", "1"),
            ("onPage", "100"),
            ("filter[ids][]", "812"),
            ("filter[ids][]", "813"),
            ("filter[forCurrentUser]", "true"),
            ("filter[manageRoundRobin]", "false"),
        ],
    ),
    "getEventTypeAvailability": Call(
        "GET",
        "/panel/api/event-type/availability/812",
        lambda: {
            "id": 812,
            "start_date": datetime.date(2024, 3, 11),
            "end_date": datetime.date(2024, 3, 17),
            "timezone": "Europe/Berlin",
            "duration_id": 31,
            "user_id": 1024,
        },
        query=[
            ("startDate", "2024-03-11"),
            ("endDate", "2024-03-17"),
            ("timezone", "Europe/Berlin"),
            ("durationId", "31"),
            ("userId", "1024"),
        ],
    ),
    "getEventType": Call("GET", "/panel/api/event-type/812", lambda: {"id": 812}),
    "addEventTypeTag": Call("PUT", "/panel/api/event-type-tag/812/7", lambda: {"event_type_id": 812, "tag_id": 7}),
    "removeEventTypeTag": Call(
        "DELETE", "/panel/api/event-type-tag/812/7", lambda: {"event_type_id": 812, "tag_id": 7}
    ),
    "listEventTypeTags": Call("GET", "/panel/api/event-type-tag/812", lambda: {"event_type_id": 812}),
    "listIntegrations": Call("GET", "/panel/api/integration"),
    "getPoll": Call("GET", "/panel/api/poll/214", lambda: {"id": 214}),
    "deletePoll": Call("DELETE", "/panel/api/poll/214", lambda: {"id": 214}),
    "createPollResult": Call(
        "POST",
        "/panel/api/poll/poll-result",
        _body(
            "PollResultRequestDTO",
            {
                "uuid": "7d3e9b10-4c2a-4e8f-b1d6-2f9a0c8e5b44",
                "availability": [3301, 3302],
                "email": "john.carter@example.com",
            },
        ),
        body={
            "uuid": "7d3e9b10-4c2a-4e8f-b1d6-2f9a0c8e5b44",
            "availability": [3301, 3302],
            "email": "john.carter@example.com",
        },
    ),
    "createPoll": Call("POST", "/panel/api/poll", _body("PollRequestDTO", POLL), body=POLL),
    "listPolls": Call(
        "GET",
        "/panel/api/poll",
        lambda: {"page": 3, "on_page": 10, "order_direction": models.OrderDirection.ASC},
        query=[("page", "3"), ("onPage", "10"), ("orderDirection", "asc")],
    ),
    "createSingleUseLink": Call("POST", "/panel/api/single-use-link/812", lambda: {"id": 812}),
    "createSingleUseLinkByUuid": Call(
        "POST",
        "/api/single-use-link",
        _body("SingleUseLinkByUuidRequest", {"meeting_type_uuid": "7ab22519-0135-2941-0bd6-a3381d173110"}),
        body={"meeting_type_uuid": "7ab22519-0135-2941-0bd6-a3381d173110"},
    ),
    "listMeetingTypes": Call(
        "GET",
        "/api/users/me/meeting-types",
        lambda: {
            "page": 1,
            "limit": 50,
            "sorting": models.MeetingTypeSortingDTO.from_dict({"created_at": "desc"}),
        },
        query=[("page", "1"), ("limit", "50"), ("sorting[created_at]", "desc")],
    ),
    "createWebhook": Call("POST", "/api/webhooks", _body("WebhookRequest", WEBHOOK), body=WEBHOOK),
    "listWebhooks": Call(
        "GET", "/api/webhooks", lambda: {"page": 2, "limit": 10}, query=[("page", "2"), ("limit", "10")]
    ),
    "deleteWebhook": Call(
        "DELETE",
        "/api/webhooks/3e687c78-a8b8-4837-9333-57e3d807e61c",
        lambda: {"id": uuid.UUID("3e687c78-a8b8-4837-9333-57e3d807e61c")},
    ),
    "getCurrentUser": Call("GET", "/panel/api/current-user"),
    "listUsers": Call("GET", "/panel/api/user"),
    "listUserEventTypeTags": Call("GET", "/panel/api/user-event-type-tag"),
    "createUserEventTypeTag": Call(
        "POST", "/panel/api/user-event-type-tag", _body("UserEventTypeTagRequestDTO", TAG), body=TAG
    ),
    "updateUserEventTypeTag": Call(
        "PUT",
        "/panel/api/user-event-type-tag/12",
        lambda: {"id": 12, "body": models.UserEventTypeTagRequestDTO(name="Consulting (paid)", position=3)},
        body={"position": 3, "name": "Consulting (paid)"},
    ),
    "deleteUserEventTypeTag": Call("DELETE", "/panel/api/user-event-type-tag/12", lambda: {"id": 12}),
}


def _snake(op_id: str) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in op_id)


def _modules() -> dict[str, ModuleType]:
    found = {}
    for tag in pkgutil.iter_modules(api.__path__):
        package = importlib.import_module(f"{api.__name__}.{tag.name}")
        for mod in pkgutil.iter_modules(package.__path__):
            found[mod.name] = importlib.import_module(f"{package.__name__}.{mod.name}")
    return found


MODULES = _modules()


def module_for(op_id: str) -> ModuleType:
    """The generated module of an operation (``listEvents`` -> ``api.meeting.list_events``)."""
    return MODULES[_snake(op_id)]
