from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch, not_an_object

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
            items_per_page = d["itemsPerPage"]
            items_count = d["itemsCount"]
            current_page = d["currentPage"]
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc

        # Positional, in the order the attributes are declared above (faster than keywords for wide models).
        meta_data_dto = cls(
            pages_count,
            items_per_page,
            items_count,
            current_page,
        )

        # Every known field is required and was found, so there are extras only if there are more keys.
        _extra = d.keys() - cls._KNOWN_FIELDS if len(d) > 4 else ()
        meta_data_dto.additional_properties = {key: d[key] for key in _extra} if _extra else {}
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
