from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.wire import format_date

if TYPE_CHECKING:
    from ..models.event_type_availability_hours_dto import EventTypeAvailabilityHoursDTO


T = TypeVar("T", bound="EventTypeAvailabilityDTO")


@_attrs_define
class EventTypeAvailabilityDTO:
    """Event Type Availability

    Attributes:
        date (datetime.date): The date of the availability
        hours (list[EventTypeAvailabilityHoursDTO]): Array of availability hours
        available (bool): Indicates if the date is available
    """

    date: datetime.date
    hours: list[EventTypeAvailabilityHoursDTO]
    available: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = format_date(self.date, "date")

        hours = []
        for hours_item_data in self.hours:
            hours_item = hours_item_data.to_dict()
            hours.append(hours_item)

        available = self.available

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "hours": hours,
                "available": available,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_type_availability_hours_dto import EventTypeAvailabilityHoursDTO  # noqa: PLC0415

        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        hours = []
        _hours = d.pop("hours")
        for hours_item_data in _hours:
            hours_item = EventTypeAvailabilityHoursDTO.from_dict(hours_item_data)

            hours.append(hours_item)

        available = d.pop("available")

        event_type_availability_dto = cls(
            date=date,
            hours=hours,
            available=available,
        )

        event_type_availability_dto.additional_properties = d
        return event_type_availability_dto

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
