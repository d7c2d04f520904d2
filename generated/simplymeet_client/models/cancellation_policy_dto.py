from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    fill_absent,
    not_an_object,
    note_undeclared,
    wrong_type,
)

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
        overwrite_personal (bool | None): Overwrite personal cancellation policy.
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
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "enabled": "enabled",
        "period": "period",
        "label": "label",
        "text": "text",
        "version": "version",
        "type_": "type",
        "overwrite_personal": "overwrite_personal",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "enabled",
        "period",
        "label",
        "text",
        "version",
        "type",
        "overwrite_personal",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset(
        {
            "period",
            "label",
            "text",
            "version",
            "overwrite_personal",
        }
    )
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

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
            enabled = d["enabled"]
            if type(enabled) is not bool:
                _f = "enabled"
                raise wrong_type("boolean", enabled)
            period = d["period"]
            if period is not None and type(period) is not int:
                _f = "period"
                raise wrong_type("integer or null", period)
            label = d["label"]
            if label is not None and type(label) is not str:
                _f = "label"
                raise wrong_type("string or null", label)
            text = d["text"]
            if text is not None and type(text) is not str:
                _f = "text"
                raise wrong_type("string or null", text)
            version = d["version"]
            if version is not None and type(version) is not int:
                _f = "version"
                raise wrong_type("integer or null", version)
            _f = "type"
            _v = d["type"]
            if type(_v) is not str:
                _f = "type"
                raise wrong_type("string", _v)
            type_ = CancellationPolicyType(_v)
            overwrite_personal = d["overwrite_personal"]
            if overwrite_personal is not None and type(overwrite_personal) is not bool:
                _f = "overwrite_personal"
                raise wrong_type("boolean or null", overwrite_personal)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        cancellation_policy_dto = cls(
            enabled=enabled,
            period=period,
            label=label,
            text=text,
            version=version,
            type_=type_,
            overwrite_personal=overwrite_personal,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            cancellation_policy_dto.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("CancellationPolicyDTO", _extra)
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
