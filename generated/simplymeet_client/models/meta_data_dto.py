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

T = TypeVar("T", bound="MetaDataDTO")


@_attrs_define
class MetaDataDTO:
    """Metadata for the paginated result

    Attributes:
        pages_count (int): The total number of pages
        items_per_page (int): The number of items per page
        items_count (int): The total number of items
        current_page (int): The current page
    """

    pages_count: int
    items_per_page: int
    items_count: int
    current_page: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "pagesCount",
            "itemsPerPage",
            "itemsCount",
            "currentPage",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "pages_count": "pagesCount",
        "items_per_page": "itemsPerPage",
        "items_count": "itemsCount",
        "current_page": "currentPage",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "pagesCount",
        "itemsPerPage",
        "itemsCount",
        "currentPage",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        pages_count = self.pages_count

        items_per_page = self.items_per_page

        items_count = self.items_count

        current_page = self.current_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagesCount": pages_count,
                "itemsPerPage": items_per_page,
                "itemsCount": items_count,
                "currentPage": current_page,
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
            pages_count = d["pagesCount"]
            if type(pages_count) is not int:
                _f = "pagesCount"
                raise wrong_type("integer", pages_count)
            items_per_page = d["itemsPerPage"]
            if type(items_per_page) is not int:
                _f = "itemsPerPage"
                raise wrong_type("integer", items_per_page)
            items_count = d["itemsCount"]
            if type(items_count) is not int:
                _f = "itemsCount"
                raise wrong_type("integer", items_count)
            current_page = d["currentPage"]
            if type(current_page) is not int:
                _f = "currentPage"
                raise wrong_type("integer", current_page)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        meta_data_dto = cls(
            pages_count=pages_count,
            items_per_page=items_per_page,
            items_count=items_count,
            current_page=current_page,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            meta_data_dto.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("MetaDataDTO", _extra)
        return meta_data_dto

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
