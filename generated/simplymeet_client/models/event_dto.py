from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.answer_dto import AnswerDTO
    from ..models.cancellation_dto import CancellationDTO
    from ..models.event_payment_dto import EventPaymentDTO
    from ..models.event_type_dto import EventTypeDTO
    from ..models.invitee_dto import InviteeDTO
    from ..models.participant_dto import ParticipantDTO
    from ..models.rescheduling_dto import ReschedulingDTO
    from ..models.user_dto import UserDTO


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
        state (None | str): Event state
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

    def to_dict(self) -> dict[str, Any]:
        from ..models.cancellation_dto import CancellationDTO  # noqa: PLC0415
        from ..models.event_payment_dto import EventPaymentDTO  # noqa: PLC0415
        from ..models.event_type_dto import EventTypeDTO  # noqa: PLC0415
        from ..models.invitee_dto import InviteeDTO  # noqa: PLC0415
        from ..models.user_dto import UserDTO  # noqa: PLC0415

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
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        scheduled_at: None | str
        if isinstance(self.scheduled_at, datetime.datetime):
            scheduled_at = self.scheduled_at.isoformat()
        else:
            scheduled_at = self.scheduled_at

        end_date: None | str
        if isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        canceled_at: None | str
        if isinstance(self.canceled_at, datetime.datetime):
            canceled_at = self.canceled_at.isoformat()
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.answer_dto import AnswerDTO  # noqa: PLC0415
        from ..models.cancellation_dto import CancellationDTO  # noqa: PLC0415
        from ..models.event_payment_dto import EventPaymentDTO  # noqa: PLC0415
        from ..models.event_type_dto import EventTypeDTO  # noqa: PLC0415
        from ..models.invitee_dto import InviteeDTO  # noqa: PLC0415
        from ..models.participant_dto import ParticipantDTO  # noqa: PLC0415
        from ..models.rescheduling_dto import ReschedulingDTO  # noqa: PLC0415
        from ..models.user_dto import UserDTO  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        uuid = d.pop("uuid")

        def _parse_user(data: object) -> None | UserDTO:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = UserDTO.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UserDTO, data)

        user = _parse_user(d.pop("user"))

        def _parse_event_type(data: object) -> EventTypeDTO | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_type_type_0 = EventTypeDTO.from_dict(data)

                return event_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventTypeDTO | None, data)

        event_type = _parse_event_type(d.pop("eventType"))

        def _parse_invitee(data: object) -> InviteeDTO | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invitee_type_0 = InviteeDTO.from_dict(data)

                return invitee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InviteeDTO | None, data)

        invitee = _parse_invitee(d.pop("invitee"))

        def _parse_cancellation(data: object) -> CancellationDTO | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cancellation_type_0 = CancellationDTO.from_dict(data)

                return cancellation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CancellationDTO | None, data)

        cancellation = _parse_cancellation(d.pop("cancellation"))

        participants = []
        _participants = d.pop("participants")
        for participants_item_data in _participants:
            participants_item = ParticipantDTO.from_dict(participants_item_data)

            participants.append(participants_item)

        answers = []
        _answers = d.pop("answers")
        for answers_item_data in _answers:
            answers_item = AnswerDTO.from_dict(answers_item_data)

            answers.append(answers_item)

        rescheduling = []
        _rescheduling = d.pop("rescheduling")
        for rescheduling_item_data in _rescheduling:
            rescheduling_item = ReschedulingDTO.from_dict(rescheduling_item_data)

            rescheduling.append(rescheduling_item)

        def _parse_payment(data: object) -> EventPaymentDTO | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_type_0 = EventPaymentDTO.from_dict(data)

                return payment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventPaymentDTO | None, data)

        payment = _parse_payment(d.pop("payment"))

        def _parse_created_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created_at = _parse_created_at(d.pop("createdAt"))

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updatedAt"))

        def _parse_scheduled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheduled_at_type_0 = datetime.datetime.fromisoformat(data)

                return scheduled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        scheduled_at = _parse_scheduled_at(d.pop("scheduledAt"))

        def _parse_end_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.datetime.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        end_date = _parse_end_date(d.pop("endDate"))

        def _parse_canceled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                canceled_at_type_0 = datetime.datetime.fromisoformat(data)

                return canceled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        canceled_at = _parse_canceled_at(d.pop("canceledAt"))

        def _parse_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        state = _parse_state(d.pop("state"))

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        def _parse_details(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        details = _parse_details(d.pop("details"))

        def _parse_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location = _parse_location(d.pop("location"))

        def _parse_location_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location_type = _parse_location_type(d.pop("locationType"))

        def _parse_online_event_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        online_event_id = _parse_online_event_id(d.pop("onlineEventId"))

        def _parse_sent_email_reminder(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        sent_email_reminder = _parse_sent_email_reminder(d.pop("sentEmailReminder"))

        def _parse_last_sent_invitee_email_reminder(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        last_sent_invitee_email_reminder = _parse_last_sent_invitee_email_reminder(
            d.pop("lastSentInviteeEmailReminder")
        )

        def _parse_last_sent_invitee_email_follow_up(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        last_sent_invitee_email_follow_up = _parse_last_sent_invitee_email_follow_up(
            d.pop("lastSentInviteeEmailFollowUp")
        )

        def _parse_duration(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        duration = _parse_duration(d.pop("duration"))

        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = UserDTO.from_dict(users_item_data)

            users.append(users_item)

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

        event_dto.additional_properties = d
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
