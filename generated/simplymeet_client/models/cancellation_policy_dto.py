from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cancellation_policy_type import CancellationPolicyType

T = TypeVar("T", bound="CancellationPolicyDTO")


@_attrs_define
class CancellationPolicyDTO:
    """Cancellation policy data transfer object

    Attributes:
        enabled (bool): Enabled status
        period (int | None): Cancellation policy period in minutes
        label (None | str): Cancellation policy label
        text (None | str): Cancellation policy text
        version (int | None): Version
        type_ (CancellationPolicyType): Owner of a cancellation policy.
        overwrite_personal (bool | None): Overwrite personal cancellation policy. Printed in snake_case by the reference
            (the request DTO uses `overwritePersonal`); kept as printed.
    """

    enabled: bool
    period: int | None
    label: None | str
    text: None | str
    version: int | None
    type_: CancellationPolicyType
    overwrite_personal: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        period: int | None
        period = self.period

        label: None | str
        label = self.label

        text: None | str
        text = self.text

        version: int | None
        version = self.version

        type_ = self.type_.value

        overwrite_personal: bool | None
        overwrite_personal = self.overwrite_personal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "period": period,
                "label": label,
                "text": text,
                "version": version,
                "type": type_,
                "overwrite_personal": overwrite_personal,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        def _parse_period(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        period = _parse_period(d.pop("period"))

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))

        def _parse_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        text = _parse_text(d.pop("text"))

        def _parse_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        version = _parse_version(d.pop("version"))

        type_ = CancellationPolicyType(d.pop("type"))

        def _parse_overwrite_personal(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        overwrite_personal = _parse_overwrite_personal(d.pop("overwrite_personal"))

        cancellation_policy_dto = cls(
            enabled=enabled,
            period=period,
            label=label,
            text=text,
            version=version,
            type_=type_,
            overwrite_personal=overwrite_personal,
        )

        cancellation_policy_dto.additional_properties = d
        return cancellation_policy_dto

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
