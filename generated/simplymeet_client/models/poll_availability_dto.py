from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.poll_result_dto import PollResultDTO


T = TypeVar("T", bound="PollAvailabilityDTO")


@_attrs_define
class PollAvailabilityDTO:
    """Data Transfer Object (DTO) for Poll Availability

    Attributes:
        id (int): Poll ID
        date (datetime.datetime): Poll date in ISO 8601 format (e.g., 2023-12-31T23:59:59+00:00). ISO-8601 with offset,
            e.g. `2024-03-04T17:02:11+00:00`.
        results (list[PollResultDTO]): Poll results. The reference names this `PollResultDTO[]`; its block is printed
            under the duplicate title `PollAvailabilityDTO` and is `PollResultDTO` here.
    """

    id: int
    date: datetime.datetime
    results: list[PollResultDTO]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        date = self.date.isoformat()

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.poll_result_dto import PollResultDTO  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        date = datetime.datetime.fromisoformat(d.pop("date"))

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = PollResultDTO.from_dict(results_item_data)

            results.append(results_item)

        poll_availability_dto = cls(
            id=id,
            date=date,
            results=results,
        )

        poll_availability_dto.additional_properties = d
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
