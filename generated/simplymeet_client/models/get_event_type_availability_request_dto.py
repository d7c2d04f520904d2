from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    not_an_object,
    wrong_type,
)
from simplymeet_runtime.wire import format_date

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetEventTypeAvailabilityRequestDTO")


@_attrs_define
class GetEventTypeAvailabilityRequestDTO:
    """Get Event Type Availability Request. Sent in the query string, never as a body: its members are the query parameters
    of getEventTypeAvailability.

        Attributes:
            id (int | Unset): The id of the event type.
            start_date (datetime.date | Unset): The start date of the availability
            end_date (datetime.date | Unset): The end date of the availability
            timezone (str | Unset): The timezone of the availability
            duration_id (int | Unset): The id of the duration
            user_id (int | Unset): The id of the user
    """

    id: int | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    end_date: datetime.date | Unset = UNSET
    timezone: str | Unset = UNSET
    duration_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "startDate",
            "endDate",
            "timezone",
            "durationId",
            "userId",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "start_date": "startDate",
        "end_date": "endDate",
        "timezone": "timezone",
        "duration_id": "durationId",
        "user_id": "userId",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = False
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = format_date(self.start_date, "start_date")

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = format_date(self.end_date, "end_date")

        timezone = self.timezone

        duration_id = self.duration_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if duration_id is not UNSET:
            field_dict["durationId"] = duration_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
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
            id = d.get("id", UNSET)
            if id is not UNSET and type(id) is not int:
                _f = "id"
                raise wrong_type("integer", id)
            _f = "startDate"
            _v = d.get("startDate", UNSET)
            if _v is not UNSET and type(_v) is not str:
                _f = "startDate"
                raise wrong_type("string", _v)
            start_date = _v if isinstance(_v, Unset) else datetime.date.fromisoformat(_v)
            _f = "endDate"
            _v = d.get("endDate", UNSET)
            if _v is not UNSET and type(_v) is not str:
                _f = "endDate"
                raise wrong_type("string", _v)
            end_date = _v if isinstance(_v, Unset) else datetime.date.fromisoformat(_v)
            timezone = d.get("timezone", UNSET)
            if timezone is not UNSET and type(timezone) is not str:
                _f = "timezone"
                raise wrong_type("string", timezone)
            duration_id = d.get("durationId", UNSET)
            if duration_id is not UNSET and type(duration_id) is not int:
                _f = "durationId"
                raise wrong_type("integer", duration_id)
            user_id = d.get("userId", UNSET)
            if user_id is not UNSET and type(user_id) is not int:
                _f = "userId"
                raise wrong_type("integer", user_id)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        get_event_type_availability_request_dto = cls(
            id=id,
            start_date=start_date,
            end_date=end_date,
            timezone=timezone,
            duration_id=duration_id,
            user_id=user_id,
        )

        return get_event_type_availability_request_dto
