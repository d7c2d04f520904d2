from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..errors import SchemaMismatch, not_an_object
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
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "position",
            "color",
        }
    )

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
        if not isinstance(src_dict, dict):
            raise not_an_object(src_dict)
        d = src_dict
        _f = ""
        _i = -1
        try:
            name = d["name"]
            position = d.get("position", UNSET)
            color = d.get("color", UNSET)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc

        # Positional, in the order the attributes are declared above (faster than keywords for wide models).
        user_event_type_tag_request_dto = cls(
            name,
            position,
            color,
        )

        return user_event_type_tag_request_dto
