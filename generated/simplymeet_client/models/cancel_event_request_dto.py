from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..errors import SchemaMismatch, not_an_object
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

    def to_dict(self) -> dict[str, Any]:

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason

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
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc

        # Positional, in the order the attributes are declared above (faster than keywords for wide models).
        cancel_event_request_dto = cls(
            reason,
        )

        return cancel_event_request_dto
