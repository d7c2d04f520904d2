from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..errors import SchemaMismatch, not_an_object

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
        if not isinstance(src_dict, dict):
            raise not_an_object(src_dict)
        d = src_dict
        _f = ""
        _i = -1
        try:
            _f = "date"
            _v = d["date"]
            date = datetime.datetime.fromisoformat(_v)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc

        # Positional, in the order the attributes are declared above (faster than keywords for wide models).
        poll_availability_request_dto = cls(
            date,
        )

        return poll_availability_request_dto
