from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch, not_an_object

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
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "color",
            "location_type",
            "timezone",
            "user_full_name",
            "localized",
        }
    )

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
        if not isinstance(src_dict, dict):
            raise not_an_object(src_dict)
        d = src_dict
        _f = ""
        _i = -1
        try:
            id = d["id"]
            name = d["name"]
            color = d["color"]
            location_type = d["location_type"]
            timezone = d["timezone"]
            user_full_name = d["user_full_name"]
            localized = d["localized"]
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc

        # Positional, in the order the attributes are declared above (faster than keywords for wide models).
        simple_event_type_dto = cls(
            id,
            name,
            color,
            location_type,
            timezone,
            user_full_name,
            localized,
        )

        # Every known field is required and was found, so there are extras only if there are more keys.
        _extra = d.keys() - cls._KNOWN_FIELDS if len(d) > 7 else ()
        simple_event_type_dto.additional_properties = {key: d[key] for key in _extra} if _extra else {}
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
