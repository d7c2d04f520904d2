from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    expect_list,
    fill_absent,
    not_an_object,
    wrong_type,
)
from simplymeet_runtime.wire import format_local_datetime

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEventRequestDTO")


@_attrs_define
class CreateEventRequestDTO:
    """Create event request schema

    Attributes:
        scheduled_at (datetime.datetime | str): Start date and time. Format: Y-m-d H:i:s. A timezone-aware datetime
            (sent in UTC) or a 'Y-m-d H:i:s' string in UTC; a naive datetime is refused.
        event_type (int): Event type id assigned to event.
        invitee (InviteeRequestDTO): Invitee request schema
        multiple_scheduled_at (list[datetime.datetime | str] | Unset): Array of start dates and times. A timezone-aware
            datetime (sent in UTC) or a 'Y-m-d H:i:s' string in UTC; a naive datetime is refused.
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
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "scheduledAt",
            "eventType",
            "invitee",
            "multipleScheduledAt",
            "durationId",
            "answers",
            "participants",
            "locationType",
            "location",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "scheduled_at": "scheduledAt",
        "event_type": "eventType",
        "invitee": "invitee",
        "multiple_scheduled_at": "multipleScheduledAt",
        "duration_id": "durationId",
        "answers": "answers",
        "participants": "participants",
        "location_type": "locationType",
        "location": "location",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "scheduledAt",
        "eventType",
        "invitee",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = False
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        scheduled_at = format_local_datetime(self.scheduled_at, "scheduled_at")

        event_type = self.event_type

        invitee = self.invitee.to_dict()

        multiple_scheduled_at: list[str] | Unset = UNSET
        if not isinstance(self.multiple_scheduled_at, Unset):
            multiple_scheduled_at = [
                format_local_datetime(item, f"multiple_scheduled_at[{index}]")
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
            scheduled_at = cast(datetime.datetime | str, d["scheduledAt"])
            event_type = d["eventType"]
            if type(event_type) is not int:
                _f = "eventType"
                raise wrong_type("integer", event_type)
            _f = "invitee"
            _v = d["invitee"]

            invitee = InviteeRequestDTO.from_dict(_v)
            _f = "multipleScheduledAt"
            multiple_scheduled_at = cast(list[datetime.datetime | str] | Unset, d.get("multipleScheduledAt", UNSET))
            duration_id = d.get("durationId", UNSET)
            if duration_id is not UNSET and type(duration_id) is not int:
                _f = "durationId"
                raise wrong_type("integer", duration_id)
            _f = "answers"
            _v = d.get("answers", UNSET)
            answers: list[AnswerRequestDTO] | Unset = UNSET
            if _v is not UNSET:
                answers = []
                for _i, _x in enumerate(expect_list(_v)):
                    answers.append(AnswerRequestDTO.from_dict(_x))
                _i = -1
            _f = "participants"
            _v = d.get("participants", UNSET)
            participants: list[ParticipantRequestDTO] | Unset = UNSET
            if _v is not UNSET:
                participants = []
                for _i, _x in enumerate(expect_list(_v)):
                    participants.append(ParticipantRequestDTO.from_dict(_x))
                _i = -1
            location_type = d.get("locationType", UNSET)
            if location_type is not UNSET and type(location_type) is not str:
                _f = "locationType"
                raise wrong_type("string", location_type)
            location = d.get("location", UNSET)
            if location is not UNSET and type(location) is not str:
                _f = "location"
                raise wrong_type("string", location)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
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


from ..models.answer_request_dto import AnswerRequestDTO
from ..models.invitee_request_dto import InviteeRequestDTO
from ..models.participant_request_dto import ParticipantRequestDTO
