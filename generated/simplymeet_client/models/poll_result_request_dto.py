from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PollResultRequestDTO")


@_attrs_define
class PollResultRequestDTO:
    """Poll result request schema

    Attributes:
        uuid (str): Poll UUID
        availability (list[int]): Availability ids. Item type not printed by the reference (`array`); items are
            `PollAvailabilityDTO.id` values (integers).
        email (str): email
        comment (str | Unset): comment
    """

    uuid: str
    availability: list[int]
    email: str
    comment: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        availability = self.availability

        email = self.email

        comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "uuid": uuid,
                "availability": availability,
                "email": email,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = d.pop("uuid")

        availability = cast(list[int], d.pop("availability"))

        email = d.pop("email")

        comment = d.pop("comment", UNSET)

        poll_result_request_dto = cls(
            uuid=uuid,
            availability=availability,
            email=email,
            comment=comment,
        )

        return poll_result_request_dto
