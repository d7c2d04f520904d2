from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    not_an_object,
    wrong_type,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="CancelEventRequestDTO")


@_attrs_define
class CancelEventRequestDTO:
    """Cancel event request schema

    Attributes:
        reason (str | Unset): Reason of cancellation.
    """

    reason: str | Unset = UNSET
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "reason",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "reason": "reason",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = False
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
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
            reason = d.get("reason", UNSET)
            if reason is not UNSET and type(reason) is not str:
                _f = "reason"
                raise wrong_type("string", reason)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        cancel_event_request_dto = cls(
            reason=reason,
        )

        return cancel_event_request_dto
