from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    fill_absent,
    not_an_object,
    wrong_type,
)
from simplymeet_runtime.wire import format_local_datetime

from ..types import UNSET, Unset

T = TypeVar("T", bound="RescheduleEventRequestDTO")


@_attrs_define
class RescheduleEventRequestDTO:
    """Reschedule event request schema

    Attributes:
        start (datetime.datetime | str): Start date and time. Format: Y-m-d H:i:s. A timezone-aware datetime (sent in
            UTC) or a 'Y-m-d H:i:s' string in UTC; a naive datetime is refused.
        end (datetime.datetime | str): End date and time. Format: Y-m-d H:i:s. A timezone-aware datetime (sent in UTC)
            or a 'Y-m-d H:i:s' string in UTC; a naive datetime is refused.
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
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "start": "start",
        "end": "end",
        "event_type_id": "eventTypeId",
        "user_id": "userId",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "start",
        "end",
        "eventTypeId",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = False
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

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
            start = cast(datetime.datetime | str, d["start"])
            end = cast(datetime.datetime | str, d["end"])
            event_type_id = d["eventTypeId"]
            if type(event_type_id) is not int:
                _f = "eventTypeId"
                raise wrong_type("integer", event_type_id)
            user_id = d.get("userId", UNSET)
            if user_id is not UNSET and type(user_id) is not int:
                _f = "userId"
                raise wrong_type("integer", user_id)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        reschedule_event_request_dto = cls(
            start=start,
            end=end,
            event_type_id=event_type_id,
            user_id=user_id,
        )

        return reschedule_event_request_dto
