from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    expect_list,
    fill_absent,
    not_an_object,
    note_undeclared,
)

T = TypeVar("T", bound="MeetingTypeListEmbedded")


@_attrs_define
class MeetingTypeListEmbedded:
    """The meeting types of a page.

    Attributes:
        items (list[MeetingType]): Meeting types of this page.
    """

    items: list[MeetingType]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "items",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "items": "items",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = ("items",)
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
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
            _f = "items"
            _v = d["items"]
            items = []
            for _i, _x in enumerate(expect_list(_v)):
                items.append(MeetingType.from_dict(_x))
            _i = -1
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        meeting_type_list_embedded = cls(
            items=items,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            meeting_type_list_embedded.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("MeetingTypeListEmbedded", _extra)
        return meeting_type_list_embedded

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


from ..models.meeting_type import MeetingType
