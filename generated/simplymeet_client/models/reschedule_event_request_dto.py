from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from simplymeet_runtime.wire import format_local_datetime

from ..types import UNSET, Unset

T = TypeVar("T", bound="RescheduleEventRequestDTO")


@_attrs_define
class RescheduleEventRequestDTO:
    """Reschedule event request schema

    Attributes:
        start (str): Start date and time. Format: Y-m-d H:i:s
        end (str): End date and time. Format: Y-m-d H:i:s
        event_type_id (int): Event type id assigned to event.
        user_id (int | Unset): User id assigned to event.
    """

    start: datetime.datetime | str
    end: datetime.datetime | str
    event_type_id: int
    user_id: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        start = format_local_datetime(self.start, "start")

        end = format_local_datetime(self.end, "end")

        event_type_id = self.event_type_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "start": start,
                "end": end,
                "eventTypeId": event_type_id,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start = cast(datetime.datetime | str, d.pop("start"))

        end = cast(datetime.datetime | str, d.pop("end"))

        event_type_id = d.pop("eventTypeId")

        user_id = d.pop("userId", UNSET)

        reschedule_event_request_dto = cls(
            start=start,
            end=end,
            event_type_id=event_type_id,
            user_id=user_id,
        )

        return reschedule_event_request_dto
