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
    wrong_type,
)
from simplymeet_runtime.wire import format_date

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
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "date",
            "hours",
            "available",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "date": "date",
        "hours": "hours",
        "available": "available",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "date",
        "hours",
        "available",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

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
            _f = "date"
            _v = d["date"]
            if type(_v) is not str:
                _f = "date"
                raise wrong_type("string", _v)
            date = datetime.date.fromisoformat(_v)
            _f = "hours"
            _v = d["hours"]
            hours = []
            for _i, _x in enumerate(expect_list(_v)):
                hours.append(EventTypeAvailabilityHoursDTO.from_dict(_x))
            _i = -1
            available = d["available"]
            if type(available) is not bool:
                _f = "available"
                raise wrong_type("boolean", available)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        event_type_availability_dto = cls(
            date=date,
            hours=hours,
            available=available,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            event_type_availability_dto.additional_properties = {
                key: value for key, value in d.items() if key in _extra
            }
            note_undeclared("EventTypeAvailabilityDTO", _extra)
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


from ..models.event_type_availability_hours_dto import EventTypeAvailabilityHoursDTO
