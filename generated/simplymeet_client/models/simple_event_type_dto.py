from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    fill_absent,
    not_an_object,
    note_undeclared,
    wrong_type,
)

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
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "color": "color",
        "location_type": "location_type",
        "timezone": "timezone",
        "user_full_name": "user_full_name",
        "localized": "localized",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "color",
        "location_type",
        "timezone",
        "user_full_name",
        "localized",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "color",
            "location_type",
            "timezone",
            "user_full_name",
            "localized",
        }
    )
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

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
            id = d["id"]
            if type(id) is not int:
                _f = "id"
                raise wrong_type("integer", id)
            name = d["name"]
            if name is not None and type(name) is not str:
                _f = "name"
                raise wrong_type("string or null", name)
            color = d["color"]
            if color is not None and type(color) is not str:
                _f = "color"
                raise wrong_type("string or null", color)
            location_type = d["location_type"]
            if location_type is not None and type(location_type) is not str:
                _f = "location_type"
                raise wrong_type("string or null", location_type)
            timezone = d["timezone"]
            if timezone is not None and type(timezone) is not str:
                _f = "timezone"
                raise wrong_type("string or null", timezone)
            user_full_name = d["user_full_name"]
            if user_full_name is not None and type(user_full_name) is not str:
                _f = "user_full_name"
                raise wrong_type("string or null", user_full_name)
            localized = d["localized"]
            if localized is not None and type(localized) is not bool:
                _f = "localized"
                raise wrong_type("boolean or null", localized)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        simple_event_type_dto = cls(
            id=id,
            name=name,
            color=color,
            location_type=location_type,
            timezone=timezone,
            user_full_name=user_full_name,
            localized=localized,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            simple_event_type_dto.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("SimpleEventTypeDTO", _extra)
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
