from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CancelEventListRequestDTO")


@_attrs_define
class CancelEventListRequestDTO:
    """Cancel event list request schema

    Attributes:
        ids (list[int]): Event ids. Item type not printed by the reference (`array`); ids are integers.
        reason (str | Unset): Reason of cancellation.
    """

    ids: list[int]
    reason: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ids = self.ids

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ids": ids,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ids = cast(list[int], d.pop("ids"))

        reason = d.pop("reason", UNSET)

        cancel_event_list_request_dto = cls(
            ids=ids,
            reason=reason,
        )

        return cancel_event_list_request_dto
