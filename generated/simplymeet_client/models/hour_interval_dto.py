from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="HourIntervalDTO")


@_attrs_define
class HourIntervalDTO:
    """Hour Interval

    Attributes:
        start (str): The start time of the interval.
        end (str): The end time of the interval.
    """

    start: str
    end: str

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "start": start,
                "end": end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start = d.pop("start")

        end = d.pop("end")

        hour_interval_dto = cls(
            start=start,
            end=end,
        )

        return hour_interval_dto
