from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..errors import SchemaMismatch, expect_list, not_an_object

T = TypeVar("T", bound="NoShowEventListRequestDTO")


@_attrs_define
class NoShowEventListRequestDTO:
    """No show event list request schema

    Attributes:
        ids (list[int]): Event ids. Item type not printed by the reference (`array`); ids are integers.
    """

    ids: list[int]
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "ids",
        }
    )

    def to_dict(self) -> dict[str, Any]:
        if len(self.ids) < 1:
            raise ValueError("ids must have at least 1 item(s), got " + str(len(self.ids)))

        ids = self.ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ids": ids,
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
            _f = "ids"
            _v = d["ids"]
            ids = expect_list(_v)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc

        # Positional, in the order the attributes are declared above (faster than keywords for wide models).
        no_show_event_list_request_dto = cls(
            ids,
        )

        return no_show_event_list_request_dto
