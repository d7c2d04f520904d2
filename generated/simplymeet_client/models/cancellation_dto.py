from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CancellationDTO")


@_attrs_define
class CancellationDTO:
    """Cancellation

    Attributes:
        id (int): The unique identifier of the cancellation.
        canceler (None | str): The user of the cancellation.
        reason (None | str): The reason of the cancellation.
    """

    id: int
    canceler: None | str
    reason: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        canceler: None | str
        canceler = self.canceler

        reason: None | str
        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "canceler": canceler,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_canceler(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        canceler = _parse_canceler(d.pop("canceler"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        cancellation_dto = cls(
            id=id,
            canceler=canceler,
            reason=reason,
        )

        cancellation_dto.additional_properties = d
        return cancellation_dto

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
