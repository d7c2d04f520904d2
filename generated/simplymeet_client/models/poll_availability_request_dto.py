from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PollAvailabilityRequestDTO")


@_attrs_define
class PollAvailabilityRequestDTO:
    """Poll availability request schema

    Attributes:
        date (datetime.datetime): The date for checking poll availability. ISO-8601 date-time, the same format as
            `PollAvailabilityDTO.date`.
    """

    date: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "date": date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = datetime.datetime.fromisoformat(d.pop("date"))

        poll_availability_request_dto = cls(
            date=date,
        )

        return poll_availability_request_dto
