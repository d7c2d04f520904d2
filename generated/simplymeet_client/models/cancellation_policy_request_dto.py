from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..errors import SchemaMismatch, not_an_object
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
            period = d.get("period", UNSET)
            label = d.get("label", UNSET)
            text = d.get("text", UNSET)
            overwrite_personal = d.get("overwritePersonal", UNSET)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc

        # Positional, in the order the attributes are declared above (faster than keywords for wide models).
        cancellation_policy_request_dto = cls(
            enabled,
            period,
            label,
            text,
            overwrite_personal,
        )

        return cancellation_policy_request_dto
