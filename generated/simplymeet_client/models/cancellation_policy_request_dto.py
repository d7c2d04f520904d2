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

from ..types import UNSET, Unset

T = TypeVar("T", bound="CancellationPolicyRequestDTO")


@_attrs_define
class CancellationPolicyRequestDTO:
    """Cancellation policy request DTO

    Attributes:
        enabled (bool): Enabled status
        period (int | Unset): Cancellation policy period in minutes
        label (str | Unset): Cancellation policy label
        text (str | Unset): Cancellation policy text
        overwrite_personal (bool | Unset): Overwrite personal cancellation policy
    """

    enabled: bool
    period: int | Unset = UNSET
    label: str | Unset = UNSET
    text: str | Unset = UNSET
    overwrite_personal: bool | Unset = UNSET
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "enabled",
            "period",
            "label",
            "text",
            "overwritePersonal",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "enabled": "enabled",
        "period": "period",
        "label": "label",
        "text": "text",
        "overwrite_personal": "overwritePersonal",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = ("enabled",)
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = False
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        period = self.period

        label = self.label

        text = self.text

        overwrite_personal = self.overwrite_personal

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if period is not UNSET:
            field_dict["period"] = period
        if label is not UNSET:
            field_dict["label"] = label
        if text is not UNSET:
            field_dict["text"] = text
        if overwrite_personal is not UNSET:
            field_dict["overwritePersonal"] = overwrite_personal
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
            period = d.get("period", UNSET)
            if period is not UNSET and type(period) is not int:
                _f = "period"
                raise wrong_type("integer", period)
            label = d.get("label", UNSET)
            if label is not UNSET and type(label) is not str:
                _f = "label"
                raise wrong_type("string", label)
            text = d.get("text", UNSET)
            if text is not UNSET and type(text) is not str:
                _f = "text"
                raise wrong_type("string", text)
            overwrite_personal = d.get("overwritePersonal", UNSET)
            if overwrite_personal is not UNSET and type(overwrite_personal) is not bool:
                _f = "overwritePersonal"
                raise wrong_type("boolean", overwrite_personal)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        cancellation_policy_request_dto = cls(
            enabled=enabled,
            period=period,
            label=label,
            text=text,
            overwrite_personal=overwrite_personal,
        )

        return cancellation_policy_request_dto
