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
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="HalPageLinks")


@_attrs_define
class HalPageLinks:
    """Links of a HAL page.

    Attributes:
        self_ (HalLink): A HAL link.
        first (HalLink): A HAL link.
        last (HalLink): A HAL link.
        next_ (HalLink | Unset): A HAL link.
        previous (HalLink | Unset): A HAL link.
    """

    self_: HalLink
    first: HalLink
    last: HalLink
    next_: HalLink | Unset = UNSET
    previous: HalLink | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "self",
            "first",
            "last",
            "next",
            "previous",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "self_": "self",
        "first": "first",
        "last": "last",
        "next_": "next",
        "previous": "previous",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "self",
        "first",
        "last",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_.to_dict()

        first = self.first.to_dict()

        last = self.last.to_dict()

        next_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_, Unset):
            next_ = self.next_.to_dict()

        previous: dict[str, Any] | Unset = UNSET
        if not isinstance(self.previous, Unset):
            previous = self.previous.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
                "first": first,
                "last": last,
            }
        )
        if next_ is not UNSET:
            field_dict["next"] = next_
        if previous is not UNSET:
            field_dict["previous"] = previous
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
            _f = "self"
            _v = d["self"]

            self_ = HalLink.from_dict(_v)
            _f = "first"
            _v = d["first"]

            first = HalLink.from_dict(_v)
            _f = "last"
            _v = d["last"]

            last = HalLink.from_dict(_v)
            _f = "next"
            _v = d.get("next", UNSET)

            next_ = _v if isinstance(_v, Unset) else HalLink.from_dict(_v)
            _f = "previous"
            _v = d.get("previous", UNSET)

            previous = _v if isinstance(_v, Unset) else HalLink.from_dict(_v)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        hal_page_links = cls(
            self_=self_,
            first=first,
            last=last,
            next_=next_,
            previous=previous,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            hal_page_links.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("HalPageLinks", _extra)
        return hal_page_links

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


from ..models.hal_link import HalLink
