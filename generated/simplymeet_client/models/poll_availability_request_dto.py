from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    fill_absent,
    not_an_object,
    parse_datetime,
    wrong_type,
)
from simplymeet_runtime.wire import format_datetime

T = TypeVar("T", bound="PollAvailabilityRequestDTO")


@_attrs_define
class PollAvailabilityRequestDTO:
    """Poll availability request schema

    Attributes:
        date (datetime.datetime): The date for checking poll availability. ISO-8601 date-time, the same format as
            `PollAvailabilityDTO.date`.
    """

    date: datetime.datetime
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "date",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "date": "date",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = ("date",)
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = False
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        date = format_datetime(self.date, "date")

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "date": date,
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
            date = parse_datetime(_v)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        poll_availability_request_dto = cls(
            date=date,
        )

        return poll_availability_request_dto
