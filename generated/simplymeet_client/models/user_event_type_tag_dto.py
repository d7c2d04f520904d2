from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch, not_an_object

T = TypeVar("T", bound="UserEventTypeTagDTO")


@_attrs_define
class UserEventTypeTagDTO:
    """User Event Type Tag

    Attributes:
        id (int): The unique identifier of the event type tag.
        name (str): The name of the event type tag.
        color (None | str): The color of the event type tag.
        position (int | None): The position of the event type tag.
        user (None | UserDTO): The user associated with the event type tag.
    """

    id: int
    name: str
    color: None | str
    position: int | None
    user: None | UserDTO
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "color",
            "position",
            "user",
        }
    )

    def to_dict(self) -> dict[str, Any]:

        id = self.id

        name = self.name

        color: None | str
        color = self.color

        position: int | None
        position = self.position

        user: dict[str, Any] | None
        if isinstance(self.user, UserDTO):
            user = self.user.to_dict()
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "color": color,
                "position": position,
                "user": user,
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
            id = d["id"]
            name = d["name"]
            color = d["color"]
            position = d["position"]
            _f = "user"
            _v = d["user"]
            user = _v if _v is None else UserDTO.from_dict(_v)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc

        # Positional, in the order the attributes are declared above (faster than keywords for wide models).
        user_event_type_tag_dto = cls(
            id,
            name,
            color,
            position,
            user,
        )

        # Every known field is required and was found, so there are extras only if there are more keys.
        _extra = d.keys() - cls._KNOWN_FIELDS if len(d) > 5 else ()
        user_event_type_tag_dto.additional_properties = {key: d[key] for key in _extra} if _extra else {}
        return user_event_type_tag_dto

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


# Imported last: models refer to each other in cycles, and by now this module's class exists.
from ..models.user_dto import UserDTO
