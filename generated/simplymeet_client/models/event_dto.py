from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    expect_list,
    fill_absent,
    not_an_object,
    note_undeclared,
    parse_datetime,
    wrong_type,
)
from simplymeet_runtime.wire import format_datetime

T = TypeVar("T", bound="EventDTO")


@_attrs_define
class EventDTO:
    """Event DTO

    Attributes:
        id (int): Event ID
        uuid (str): Event UUID
        user (None | UserDTO): User DTO object (event owner)
        event_type (EventTypeDTO | None): Event type DTO object
        invitee (InviteeDTO | None): Invitee DTO object
        cancellation (CancellationDTO | None): Cancellation DTO object
        participants (list[ParticipantDTO]): Array of Participant DTO objects
        answers (list[AnswerDTO]): Array of Answer DTO objects
        rescheduling (list[ReschedulingDTO]): Array of Rescheduling DTO objects
        payment (EventPaymentDTO | None): Event payment DTO object
        created_at (datetime.datetime | None): The date and time when the event was created. ISO-8601 with offset, e.g.
            `2024-03-04T17:02:11+00:00`.
        updated_at (datetime.datetime | None): The date and time when the event was last updated. ISO-8601 with offset,
            e.g. `2024-03-04T17:02:11+00:00`.
        scheduled_at (datetime.datetime | None): The date and time when the event was scheduled. ISO-8601 with offset,
            e.g. `2024-03-04T17:02:11+00:00`.
        end_date (datetime.datetime | None): The date and time when the event was ended. ISO-8601 with offset, e.g.
            `2024-03-04T17:02:11+00:00`.
        canceled_at (datetime.datetime | None): The date and time when the event was canceled. ISO-8601 with offset,
            e.g. `2024-03-04T17:02:11+00:00`.
        state (None | str): Event state. Known values: `new` (booked; a rescheduled event stays `new`, its moves in
            `rescheduling`), `canceled` (see `canceledAt` and `cancellation`) and `no_show` (marked as not attended). The
            set is open: another value may appear, and is kept as given.
        notes (None | str): Event notes
        details (None | str): Event details
        location (None | str): Event location
        location_type (None | str): Event location type
        online_event_id (None | str): Online event ID
        sent_email_reminder (int | None): Sent email reminder
        last_sent_invitee_email_reminder (int | None): Last sent invitee email reminder
        last_sent_invitee_email_follow_up (int | None): Last sent invitee email follow up
        duration (int | None): Event duration
        users (list[UserDTO]): Array of UserDTO objects assigned to the event
    """

    id: int
    uuid: str
    user: None | UserDTO
    event_type: EventTypeDTO | None
    invitee: InviteeDTO | None
    cancellation: CancellationDTO | None
    participants: list[ParticipantDTO]
    answers: list[AnswerDTO]
    rescheduling: list[ReschedulingDTO]
    payment: EventPaymentDTO | None
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    scheduled_at: datetime.datetime | None
    end_date: datetime.datetime | None
    canceled_at: datetime.datetime | None
    state: None | str
    notes: None | str
    details: None | str
    location: None | str
    location_type: None | str
    online_event_id: None | str
    sent_email_reminder: int | None
    last_sent_invitee_email_reminder: int | None
    last_sent_invitee_email_follow_up: int | None
    duration: int | None
    users: list[UserDTO]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "uuid",
            "user",
            "eventType",
            "invitee",
            "cancellation",
            "participants",
            "answers",
            "rescheduling",
            "payment",
            "createdAt",
            "updatedAt",
            "scheduledAt",
            "endDate",
            "canceledAt",
            "state",
            "notes",
            "details",
            "location",
            "locationType",
            "onlineEventId",
            "sentEmailReminder",
            "lastSentInviteeEmailReminder",
            "lastSentInviteeEmailFollowUp",
            "duration",
            "users",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "uuid": "uuid",
        "user": "user",
        "event_type": "eventType",
        "invitee": "invitee",
        "cancellation": "cancellation",
        "participants": "participants",
        "answers": "answers",
        "rescheduling": "rescheduling",
        "payment": "payment",
        "created_at": "createdAt",
        "updated_at": "updatedAt",
        "scheduled_at": "scheduledAt",
        "end_date": "endDate",
        "canceled_at": "canceledAt",
        "state": "state",
        "notes": "notes",
        "details": "details",
        "location": "location",
        "location_type": "locationType",
        "online_event_id": "onlineEventId",
        "sent_email_reminder": "sentEmailReminder",
        "last_sent_invitee_email_reminder": "lastSentInviteeEmailReminder",
        "last_sent_invitee_email_follow_up": "lastSentInviteeEmailFollowUp",
        "duration": "duration",
        "users": "users",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "uuid",
        "user",
        "eventType",
        "invitee",
        "cancellation",
        "participants",
        "answers",
        "rescheduling",
        "payment",
        "createdAt",
        "updatedAt",
        "scheduledAt",
        "endDate",
        "canceledAt",
        "state",
        "notes",
        "details",
        "location",
        "locationType",
        "onlineEventId",
        "sentEmailReminder",
        "lastSentInviteeEmailReminder",
        "lastSentInviteeEmailFollowUp",
        "duration",
        "users",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset(
        {
            "user",
            "eventType",
            "invitee",
            "cancellation",
            "payment",
            "createdAt",
            "updatedAt",
            "scheduledAt",
            "endDate",
            "canceledAt",
            "state",
            "notes",
            "details",
            "location",
            "locationType",
            "onlineEventId",
            "sentEmailReminder",
            "lastSentInviteeEmailReminder",
            "lastSentInviteeEmailFollowUp",
            "duration",
        }
    )
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uuid = self.uuid

        user: dict[str, Any] | None
        if isinstance(self.user, UserDTO):
            user = self.user.to_dict()
        else:
            user = self.user

        event_type: dict[str, Any] | None
        if isinstance(self.event_type, EventTypeDTO):
            event_type = self.event_type.to_dict()
        else:
            event_type = self.event_type

        invitee: dict[str, Any] | None
        if isinstance(self.invitee, InviteeDTO):
            invitee = self.invitee.to_dict()
        else:
            invitee = self.invitee

        cancellation: dict[str, Any] | None
        if isinstance(self.cancellation, CancellationDTO):
            cancellation = self.cancellation.to_dict()
        else:
            cancellation = self.cancellation

        participants = []
        for participants_item_data in self.participants:
            participants_item = participants_item_data.to_dict()
            participants.append(participants_item)

        answers = []
        for answers_item_data in self.answers:
            answers_item = answers_item_data.to_dict()
            answers.append(answers_item)

        rescheduling = []
        for rescheduling_item_data in self.rescheduling:
            rescheduling_item = rescheduling_item_data.to_dict()
            rescheduling.append(rescheduling_item)

        payment: dict[str, Any] | None
        if isinstance(self.payment, EventPaymentDTO):
            payment = self.payment.to_dict()
        else:
            payment = self.payment

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = format_datetime(self.created_at, "created_at_type_0")
        else:
            created_at = self.created_at

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = format_datetime(self.updated_at, "updated_at_type_0")
        else:
            updated_at = self.updated_at

        scheduled_at: None | str
        if isinstance(self.scheduled_at, datetime.datetime):
            scheduled_at = format_datetime(self.scheduled_at, "scheduled_at_type_0")
        else:
            scheduled_at = self.scheduled_at

        end_date: None | str
        if isinstance(self.end_date, datetime.datetime):
            end_date = format_datetime(self.end_date, "end_date_type_0")
        else:
            end_date = self.end_date

        canceled_at: None | str
        if isinstance(self.canceled_at, datetime.datetime):
            canceled_at = format_datetime(self.canceled_at, "canceled_at_type_0")
        else:
            canceled_at = self.canceled_at

        state: None | str
        state = self.state

        notes: None | str
        notes = self.notes

        details: None | str
        details = self.details

        location: None | str
        location = self.location

        location_type: None | str
        location_type = self.location_type

        online_event_id: None | str
        online_event_id = self.online_event_id

        sent_email_reminder: int | None
        sent_email_reminder = self.sent_email_reminder

        last_sent_invitee_email_reminder: int | None
        last_sent_invitee_email_reminder = self.last_sent_invitee_email_reminder

        last_sent_invitee_email_follow_up: int | None
        last_sent_invitee_email_follow_up = self.last_sent_invitee_email_follow_up

        duration: int | None
        duration = self.duration

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "uuid": uuid,
                "user": user,
                "eventType": event_type,
                "invitee": invitee,
                "cancellation": cancellation,
                "participants": participants,
                "answers": answers,
                "rescheduling": rescheduling,
                "payment": payment,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "scheduledAt": scheduled_at,
                "endDate": end_date,
                "canceledAt": canceled_at,
                "state": state,
                "notes": notes,
                "details": details,
                "location": location,
                "locationType": location_type,
                "onlineEventId": online_event_id,
                "sentEmailReminder": sent_email_reminder,
                "lastSentInviteeEmailReminder": last_sent_invitee_email_reminder,
                "lastSentInviteeEmailFollowUp": last_sent_invitee_email_follow_up,
                "duration": duration,
                "users": users,
            }
        )
        for key in self._absent:
            if field_dict.get(key) is None:
                field_dict.pop(key, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            raise not_an_object(src_dict)
        d = src_dict
        _f = ""
        _i = -1
        try:
            id = d["id"]
            if type(id) is not int:
                _f = "id"
                raise wrong_type("integer", id)
            uuid = d["uuid"]
            if type(uuid) is not str:
                _f = "uuid"
                raise wrong_type("string", uuid)
            _f = "user"
            _v = d["user"]

            user = _v if _v is None else UserDTO.from_dict(_v)
            _f = "eventType"
            _v = d["eventType"]

            event_type = _v if _v is None else EventTypeDTO.from_dict(_v)
            _f = "invitee"
            _v = d["invitee"]

            invitee = _v if _v is None else InviteeDTO.from_dict(_v)
            _f = "cancellation"
            _v = d["cancellation"]

            cancellation = _v if _v is None else CancellationDTO.from_dict(_v)
            _f = "participants"
            _v = d["participants"]
            participants = []
            for _i, _x in enumerate(expect_list(_v)):
                participants.append(ParticipantDTO.from_dict(_x))
            _i = -1
            _f = "answers"
            _v = d["answers"]
            answers = []
            for _i, _x in enumerate(expect_list(_v)):
                answers.append(AnswerDTO.from_dict(_x))
            _i = -1
            _f = "rescheduling"
            _v = d["rescheduling"]
            rescheduling = []
            for _i, _x in enumerate(expect_list(_v)):
                rescheduling.append(ReschedulingDTO.from_dict(_x))
            _i = -1
            _f = "payment"
            _v = d["payment"]

            payment = _v if _v is None else EventPaymentDTO.from_dict(_v)
            _f = "createdAt"
            _v = d["createdAt"]
            if _v is not None and type(_v) is not str:
                _f = "createdAt"
                raise wrong_type("string or null", _v)
            created_at = _v if _v is None else parse_datetime(_v)
            _f = "updatedAt"
            _v = d["updatedAt"]
            if _v is not None and type(_v) is not str:
                _f = "updatedAt"
                raise wrong_type("string or null", _v)
            updated_at = _v if _v is None else parse_datetime(_v)
            _f = "scheduledAt"
            _v = d["scheduledAt"]
            if _v is not None and type(_v) is not str:
                _f = "scheduledAt"
                raise wrong_type("string or null", _v)
            scheduled_at = _v if _v is None else parse_datetime(_v)
            _f = "endDate"
            _v = d["endDate"]
            if _v is not None and type(_v) is not str:
                _f = "endDate"
                raise wrong_type("string or null", _v)
            end_date = _v if _v is None else parse_datetime(_v)
            _f = "canceledAt"
            _v = d["canceledAt"]
            if _v is not None and type(_v) is not str:
                _f = "canceledAt"
                raise wrong_type("string or null", _v)
            canceled_at = _v if _v is None else parse_datetime(_v)
            state = d["state"]
            if state is not None and type(state) is not str:
                _f = "state"
                raise wrong_type("string or null", state)
            notes = d["notes"]
            if notes is not None and type(notes) is not str:
                _f = "notes"
                raise wrong_type("string or null", notes)
            details = d["details"]
            if details is not None and type(details) is not str:
                _f = "details"
                raise wrong_type("string or null", details)
            location = d["location"]
            if location is not None and type(location) is not str:
                _f = "location"
                raise wrong_type("string or null", location)
            location_type = d["locationType"]
            if location_type is not None and type(location_type) is not str:
                _f = "locationType"
                raise wrong_type("string or null", location_type)
            online_event_id = d["onlineEventId"]
            if online_event_id is not None and type(online_event_id) is not str:
                _f = "onlineEventId"
                raise wrong_type("string or null", online_event_id)
            sent_email_reminder = d["sentEmailReminder"]
            if sent_email_reminder is not None and type(sent_email_reminder) is not int:
                _f = "sentEmailReminder"
                raise wrong_type("integer or null", sent_email_reminder)
            last_sent_invitee_email_reminder = d["lastSentInviteeEmailReminder"]
            if last_sent_invitee_email_reminder is not None and type(last_sent_invitee_email_reminder) is not int:
                _f = "lastSentInviteeEmailReminder"
                raise wrong_type("integer or null", last_sent_invitee_email_reminder)
            last_sent_invitee_email_follow_up = d["lastSentInviteeEmailFollowUp"]
            if last_sent_invitee_email_follow_up is not None and type(last_sent_invitee_email_follow_up) is not int:
                _f = "lastSentInviteeEmailFollowUp"
                raise wrong_type("integer or null", last_sent_invitee_email_follow_up)
            duration = d["duration"]
            if duration is not None and type(duration) is not int:
                _f = "duration"
                raise wrong_type("integer or null", duration)
            _f = "users"
            _v = d["users"]
            users = []
            for _i, _x in enumerate(expect_list(_v)):
                users.append(UserDTO.from_dict(_x))
            _i = -1
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        event_dto = cls(
            id=id,
            uuid=uuid,
            user=user,
            event_type=event_type,
            invitee=invitee,
            cancellation=cancellation,
            participants=participants,
            answers=answers,
            rescheduling=rescheduling,
            payment=payment,
            created_at=created_at,
            updated_at=updated_at,
            scheduled_at=scheduled_at,
            end_date=end_date,
            canceled_at=canceled_at,
            state=state,
            notes=notes,
            details=details,
            location=location,
            location_type=location_type,
            online_event_id=online_event_id,
            sent_email_reminder=sent_email_reminder,
            last_sent_invitee_email_reminder=last_sent_invitee_email_reminder,
            last_sent_invitee_email_follow_up=last_sent_invitee_email_follow_up,
            duration=duration,
            users=users,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            event_dto.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("EventDTO", _extra)
        return event_dto

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.answer_dto import AnswerDTO
from ..models.cancellation_dto import CancellationDTO
from ..models.event_payment_dto import EventPaymentDTO
from ..models.event_type_dto import EventTypeDTO
from ..models.invitee_dto import InviteeDTO
from ..models.participant_dto import ParticipantDTO
from ..models.rescheduling_dto import ReschedulingDTO
from ..models.user_dto import UserDTO
