from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from simplymeet_runtime.wire import format_local_datetime

from ..errors import SchemaMismatch, not_an_object
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
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "start",
            "end",
            "eventTypeId",
            "userId",
        }
    )

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
        if not isinstance(src_dict, dict):
            raise not_an_object(src_dict)
        d = src_dict
        _f = ""
        _i = -1
        try:
            start = cast(datetime.datetime | str, d["start"])
            end = cast(datetime.datetime | str, d["end"])
            event_type_id = d["eventTypeId"]
            user_id = d.get("userId", UNSET)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc

        # Positional, in the order the attributes are declared above (faster than keywords for wide models).
        reschedule_event_request_dto = cls(
            start,
            end,
            event_type_id,
            user_id,
        )

        return reschedule_event_request_dto
