from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    fill_absent,
    not_an_object,
    wrong_type,
)

T = TypeVar("T", bound="HourIntervalDTO")


@_attrs_define
class HourIntervalDTO:
    """Hour Interval

    Attributes:
        start (str): The start time of the interval, `HH:MM` (24-hour).
        end (str): The end time of the interval, `HH:MM` (24-hour); after the start.
    """

    start: str
    end: str
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "start",
            "end",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "start": "start",
        "end": "end",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "start",
        "end",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = False
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

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
            start = d["start"]
            if type(start) is not str:
                _f = "start"
                raise wrong_type("string", start)
            end = d["end"]
            if type(end) is not str:
                _f = "end"
                raise wrong_type("string", end)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        hour_interval_dto = cls(
            start=start,
            end=end,
        )

        return hour_interval_dto
