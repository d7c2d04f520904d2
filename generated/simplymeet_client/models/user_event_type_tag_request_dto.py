from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    fill_absent,
    not_an_object,
    wrong_type,
)

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
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "name": "name",
        "position": "position",
        "color": "color",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = ("name",)
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = False
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

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
            name = d["name"]
            if type(name) is not str:
                _f = "name"
                raise wrong_type("string", name)
            position = d.get("position", UNSET)
            if position is not UNSET and type(position) is not int:
                _f = "position"
                raise wrong_type("integer", position)
            color = d.get("color", UNSET)
            if color is not UNSET and type(color) is not str:
                _f = "color"
                raise wrong_type("string", color)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        user_event_type_tag_request_dto = cls(
            name=name,
            position=position,
            color=color,
        )

        return user_event_type_tag_request_dto
