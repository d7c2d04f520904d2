from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="NoShowEventListRequestDTO")


@_attrs_define
class NoShowEventListRequestDTO:
    """No show event list request schema

    Attributes:
        ids (list[int]): Event ids. Item type not printed by the reference (`array`); ids are integers.
    """

    ids: list[int]

    def to_dict(self) -> dict[str, Any]:
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
        d = dict(src_dict)
        ids = cast(list[int], d.pop("ids"))

        no_show_event_list_request_dto = cls(
            ids=ids,
        )

        return no_show_event_list_request_dto
