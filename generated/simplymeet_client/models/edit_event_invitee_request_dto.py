from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EditEventInviteeRequestDTO")


@_attrs_define
class EditEventInviteeRequestDTO:
    """EditEventInviteeRequestDTO

    Attributes:
        full_name (str | Unset): The full name of the invitee.
        phone_number (str | Unset): The phone number of the invitee.
    """

    full_name: str | Unset = UNSET
    phone_number: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        full_name = self.full_name

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        full_name = d.pop("fullName", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        edit_event_invitee_request_dto = cls(
            full_name=full_name,
            phone_number=phone_number,
        )

        return edit_event_invitee_request_dto
