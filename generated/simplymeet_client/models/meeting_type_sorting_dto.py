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

from ..models.order_direction import OrderDirection
from ..types import UNSET, Unset

T = TypeVar("T", bound="MeetingTypeSortingDTO")


@_attrs_define
class MeetingTypeSortingDTO:
    """How to order meeting types. Sent in the query string, never as a body: its members are the `sorting` deepObject
    parameter of listMeetingTypes.

        Attributes:
            created_at (OrderDirection | Unset): Sort direction.
    """

    created_at: OrderDirection | Unset = UNSET
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "created_at",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = False
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
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
            _f = "created_at"
            _v = d.get("created_at", UNSET)
            if _v is not UNSET and type(_v) is not str:
                _f = "created_at"
                raise wrong_type("string", _v)
            created_at = _v if isinstance(_v, Unset) else OrderDirection(_v)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        meeting_type_sorting_dto = cls(
            created_at=created_at,
        )

        return meeting_type_sorting_dto
