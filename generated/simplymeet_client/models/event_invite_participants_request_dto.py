from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventInviteParticipantsRequestDTO")


@_attrs_define
class EventInviteParticipantsRequestDTO:
    """Event invite participants request schema

    Attributes:
        emails (list[str]): Emails. Item type not printed by the reference (`array`); items are e-mail addresses.
        message (str | Unset): Message
    """

    emails: list[str]
    message: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        emails = self.emails

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "emails": emails,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        emails = cast(list[str], d.pop("emails"))

        message = d.pop("message", UNSET)

        event_invite_participants_request_dto = cls(
            emails=emails,
            message=message,
        )

        return event_invite_participants_request_dto
