from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserEventTypeTagRequestDTO")


@_attrs_define
class UserEventTypeTagRequestDTO:
    """User Event Type Tag Request

    Attributes:
        name (str): The name of the event type tag.
        position (int | Unset): The position of the event type tag.
        color (str | Unset): The color of the event type tag.
    """

    name: str
    position: int | Unset = UNSET
    color: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        position = self.position

        color = self.color

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if position is not UNSET:
            field_dict["position"] = position
        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        position = d.pop("position", UNSET)

        color = d.pop("color", UNSET)

        user_event_type_tag_request_dto = cls(
            name=name,
            position=position,
            color=color,
        )

        return user_event_type_tag_request_dto
