from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..errors import SchemaMismatch, not_an_object

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
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "start",
            "end",
        }
    )

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
        if not isinstance(src_dict, dict):
            raise not_an_object(src_dict)
        d = src_dict
        _f = ""
        _i = -1
        try:
            start = d["start"]
            end = d["end"]
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc

        # Positional, in the order the attributes are declared above (faster than keywords for wide models).
        hour_interval_dto = cls(
            start,
            end,
        )

        return hour_interval_dto
