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

from ..models.location_type import LocationType

T = TypeVar("T", bound="EventTypeRequestLocationTypeDTO")


@_attrs_define
class EventTypeRequestLocationTypeDTO:
    """EventTypeRequestLocationTypeDTO

    Attributes:
        id (int): The unique identifier
        location_type (LocationType | None): Location type: 'custom', 'zoom', 'request', 'whereby', 'google_meet',
            'kopano_meet', 'microsoft_teams'
    """

    id: int
    location_type: LocationType | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "locationType",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "location_type": "locationType",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "locationType",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset(
        {
            "locationType",
        }
    )
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        location_type: None | str
        if isinstance(self.location_type, LocationType):
            location_type = self.location_type.value
        else:
            location_type = self.location_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "locationType": location_type,
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
            _f = "locationType"
            _v = d["locationType"]
            if _v is not None and type(_v) is not str:
                _f = "locationType"
                raise wrong_type("string or null", _v)
            location_type = _v if _v is None else LocationType(_v)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        event_type_request_location_type_dto = cls(
            id=id,
            location_type=location_type,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            event_type_request_location_type_dto.additional_properties = {
                key: value for key, value in d.items() if key in _extra
            }
            note_undeclared("EventTypeRequestLocationTypeDTO", _extra)
        return event_type_request_location_type_dto

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
