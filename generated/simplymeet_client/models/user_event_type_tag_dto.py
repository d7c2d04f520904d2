from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_dto import UserDTO


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

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_dto import UserDTO  # noqa: PLC0415

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
        from ..models.user_dto import UserDTO  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_color(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        color = _parse_color(d.pop("color"))

        def _parse_position(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        position = _parse_position(d.pop("position"))

        def _parse_user(data: object) -> None | UserDTO:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = UserDTO.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UserDTO, data)

        user = _parse_user(d.pop("user"))

        user_event_type_tag_dto = cls(
            id=id,
            name=name,
            color=color,
            position=position,
            user=user,
        )

        user_event_type_tag_dto.additional_properties = d
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
