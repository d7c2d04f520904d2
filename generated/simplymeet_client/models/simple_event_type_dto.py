from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SimpleEventTypeDTO")


@_attrs_define
class SimpleEventTypeDTO:
    """SimpleEventTypeDTO

    Attributes:
        id (int): id
        name (None | str): name
        color (None | str): color
        location_type (None | str): location_type
        timezone (None | str): timezone
        user_full_name (None | str): user_full_name
        localized (bool | None): localized
    """

    id: int
    name: None | str
    color: None | str
    location_type: None | str
    timezone: None | str
    user_full_name: None | str
    localized: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str
        name = self.name

        color: None | str
        color = self.color

        location_type: None | str
        location_type = self.location_type

        timezone: None | str
        timezone = self.timezone

        user_full_name: None | str
        user_full_name = self.user_full_name

        localized: bool | None
        localized = self.localized

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "color": color,
                "location_type": location_type,
                "timezone": timezone,
                "user_full_name": user_full_name,
                "localized": localized,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_color(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        color = _parse_color(d.pop("color"))

        def _parse_location_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location_type = _parse_location_type(d.pop("location_type"))

        def _parse_timezone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        timezone = _parse_timezone(d.pop("timezone"))

        def _parse_user_full_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_full_name = _parse_user_full_name(d.pop("user_full_name"))

        def _parse_localized(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        localized = _parse_localized(d.pop("localized"))

        simple_event_type_dto = cls(
            id=id,
            name=name,
            color=color,
            location_type=location_type,
            timezone=timezone,
            user_full_name=user_full_name,
            localized=localized,
        )

        simple_event_type_dto.additional_properties = d
        return simple_event_type_dto

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
