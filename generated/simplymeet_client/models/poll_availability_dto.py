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
    parse_datetime,
    wrong_type,
)
from simplymeet_runtime.wire import format_datetime

T = TypeVar("T", bound="PollAvailabilityDTO")


@_attrs_define
class PollAvailabilityDTO:
    """Data Transfer Object (DTO) for Poll Availability

    Attributes:
        id (int): Poll ID
        date (datetime.datetime): Poll date in ISO 8601 format (e.g., 2023-12-31T23:59:59+00:00). ISO-8601 with offset,
            e.g. `2024-03-04T17:02:11+00:00`.
        results (list[PollResultDTO]): Poll results.
    """

    id: int
    date: datetime.datetime
    results: list[PollResultDTO]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "date",
            "results",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "date": "date",
        "results": "results",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "date",
        "results",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        date = format_datetime(self.date, "date")

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "date": date,
                "results": results,
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
            id = d["id"]
            if type(id) is not int:
                _f = "id"
                raise wrong_type("integer", id)
            _f = "date"
            _v = d["date"]
            if type(_v) is not str:
                _f = "date"
                raise wrong_type("string", _v)
            date = parse_datetime(_v)
            _f = "results"
            _v = d["results"]
            results = []
            for _i, _x in enumerate(expect_list(_v)):
                results.append(PollResultDTO.from_dict(_x))
            _i = -1
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        poll_availability_dto = cls(
            id=id,
            date=date,
            results=results,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            poll_availability_dto.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("PollAvailabilityDTO", _extra)
        return poll_availability_dto

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


from ..models.poll_result_dto import PollResultDTO
