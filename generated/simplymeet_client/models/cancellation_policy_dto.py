from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch, not_an_object
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
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "enabled",
            "period",
            "label",
            "text",
            "version",
            "type",
            "overwrite_personal",
        }
    )

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
        if not isinstance(src_dict, dict):
            raise not_an_object(src_dict)
        d = src_dict
        _f = ""
        _i = -1
        try:
            enabled = d["enabled"]
            period = d["period"]
            label = d["label"]
            text = d["text"]
            version = d["version"]
            _f = "type"
            _v = d["type"]
            type_ = CancellationPolicyType(_v)
            overwrite_personal = d["overwrite_personal"]
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc

        # Positional, in the order the attributes are declared above (faster than keywords for wide models).
        cancellation_policy_dto = cls(
            enabled,
            period,
            label,
            text,
            version,
            type_,
            overwrite_personal,
        )

        # Every known field is required and was found, so there are extras only if there are more keys.
        _extra = d.keys() - cls._KNOWN_FIELDS if len(d) > 7 else ()
        cancellation_policy_dto.additional_properties = {key: d[key] for key in _extra} if _extra else {}
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
