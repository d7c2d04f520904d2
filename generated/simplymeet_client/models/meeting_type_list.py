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

T = TypeVar("T", bound="MeetingTypeList")


@_attrs_define
class MeetingTypeList:
    """One page of meeting types (HAL).

    Attributes:
        page (int): This page's number (from 1).
        limit (int): Meeting types per page.
        pages (int): Number of pages.
        total (int): Number of meeting types.
        embedded (MeetingTypeListEmbedded): The meeting types of a page.
        links (HalPageLinks): Links of a HAL page.
    """

    page: int
    limit: int
    pages: int
    total: int
    embedded: MeetingTypeListEmbedded
    links: HalPageLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "page",
            "limit",
            "pages",
            "total",
            "_embedded",
            "_links",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "page": "page",
        "limit": "limit",
        "pages": "pages",
        "total": "total",
        "embedded": "_embedded",
        "links": "_links",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "page",
        "limit",
        "pages",
        "total",
        "_embedded",
        "_links",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        limit = self.limit

        pages = self.pages

        total = self.total

        embedded = self.embedded.to_dict()

        links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "limit": limit,
                "pages": pages,
                "total": total,
                "_embedded": embedded,
                "_links": links,
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
            page = d["page"]
            if type(page) is not int:
                _f = "page"
                raise wrong_type("integer", page)
            limit = d["limit"]
            if type(limit) is not int:
                _f = "limit"
                raise wrong_type("integer", limit)
            pages = d["pages"]
            if type(pages) is not int:
                _f = "pages"
                raise wrong_type("integer", pages)
            total = d["total"]
            if type(total) is not int:
                _f = "total"
                raise wrong_type("integer", total)
            _f = "_embedded"
            _v = d["_embedded"]

            embedded = MeetingTypeListEmbedded.from_dict(_v)
            _f = "_links"
            _v = d["_links"]

            links = HalPageLinks.from_dict(_v)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        meeting_type_list = cls(
            page=page,
            limit=limit,
            pages=pages,
            total=total,
            embedded=embedded,
            links=links,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            meeting_type_list.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("MeetingTypeList", _extra)
        return meeting_type_list

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


from ..models.hal_page_links import HalPageLinks
from ..models.meeting_type_list_embedded import MeetingTypeListEmbedded
