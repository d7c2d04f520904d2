from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from simplymeet_runtime.wire import format_local_datetime

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.answer_request_dto import AnswerRequestDTO
    from ..models.invitee_request_dto import InviteeRequestDTO
    from ..models.participant_request_dto import ParticipantRequestDTO


T = TypeVar("T", bound="CreateEventRequestDTO")


@_attrs_define
class CreateEventRequestDTO:
    """Create event request schema

    Attributes:
        scheduled_at (str): Start date and time. Format: Y-m-d H:i:s
        event_type (int): Event type id assigned to event.
        invitee (InviteeRequestDTO): Invitee request schema
        multiple_scheduled_at (list[str] | Unset): Array of start dates and times. Item type not printed by the
            reference (`array`); each item has the `scheduledAt` format `Y-m-d H:i:s`.
        duration_id (int | Unset): Duration id
        answers (list[AnswerRequestDTO] | Unset): Answers
        participants (list[ParticipantRequestDTO] | Unset): Participants
        location_type (str | Unset): Location type
        location (str | Unset): Location
    """

    scheduled_at: datetime.datetime | str
    event_type: int
    invitee: InviteeRequestDTO
    multiple_scheduled_at: list[datetime.datetime | str] | Unset = UNSET
    duration_id: int | Unset = UNSET
    answers: list[AnswerRequestDTO] | Unset = UNSET
    participants: list[ParticipantRequestDTO] | Unset = UNSET
    location_type: str | Unset = UNSET
    location: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        scheduled_at = format_local_datetime(self.scheduled_at, "scheduledAt")

        event_type = self.event_type

        invitee = self.invitee.to_dict()

        multiple_scheduled_at: list[str] | Unset = UNSET
        if not isinstance(self.multiple_scheduled_at, Unset):
            multiple_scheduled_at = [
                format_local_datetime(item, f"multipleScheduledAt[{index}]")
                for index, item in enumerate(self.multiple_scheduled_at)
            ]

        duration_id = self.duration_id

        answers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.answers, Unset):
            answers = []
            for answers_item_data in self.answers:
                answers_item = answers_item_data.to_dict()
                answers.append(answers_item)

        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = []
            for participants_item_data in self.participants:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        location_type = self.location_type

        location = self.location

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "scheduledAt": scheduled_at,
                "eventType": event_type,
                "invitee": invitee,
            }
        )
        if multiple_scheduled_at is not UNSET:
            field_dict["multipleScheduledAt"] = multiple_scheduled_at
        if duration_id is not UNSET:
            field_dict["durationId"] = duration_id
        if answers is not UNSET:
            field_dict["answers"] = answers
        if participants is not UNSET:
            field_dict["participants"] = participants
        if location_type is not UNSET:
            field_dict["locationType"] = location_type
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.answer_request_dto import AnswerRequestDTO  # noqa: PLC0415
        from ..models.invitee_request_dto import InviteeRequestDTO  # noqa: PLC0415
        from ..models.participant_request_dto import ParticipantRequestDTO  # noqa: PLC0415

        d = dict(src_dict)
        scheduled_at = cast(datetime.datetime | str, d.pop("scheduledAt"))

        event_type = d.pop("eventType")

        invitee = InviteeRequestDTO.from_dict(d.pop("invitee"))

        multiple_scheduled_at = cast(list[datetime.datetime | str] | Unset, d.pop("multipleScheduledAt", UNSET))

        duration_id = d.pop("durationId", UNSET)

        _answers = d.pop("answers", UNSET)
        answers: list[AnswerRequestDTO] | Unset = UNSET
        if _answers is not UNSET:
            answers = []
            for answers_item_data in _answers:
                answers_item = AnswerRequestDTO.from_dict(answers_item_data)

                answers.append(answers_item)

        _participants = d.pop("participants", UNSET)
        participants: list[ParticipantRequestDTO] | Unset = UNSET
        if _participants is not UNSET:
            participants = []
            for participants_item_data in _participants:
                participants_item = ParticipantRequestDTO.from_dict(participants_item_data)

                participants.append(participants_item)

        location_type = d.pop("locationType", UNSET)

        location = d.pop("location", UNSET)

        create_event_request_dto = cls(
            scheduled_at=scheduled_at,
            event_type=event_type,
            invitee=invitee,
            multiple_scheduled_at=multiple_scheduled_at,
            duration_id=duration_id,
            answers=answers,
            participants=participants,
            location_type=location_type,
            location=location,
        )

        return create_event_request_dto
