from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch, not_an_object
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
            _f = "locationType"
            _v = d["locationType"]
            location_type = _v if _v is None else LocationType(_v)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc

        # Positional, in the order the attributes are declared above (faster than keywords for wide models).
        event_type_request_location_type_dto = cls(
            id,
            location_type,
        )

        # Every known field is required and was found, so there are extras only if there are more keys.
        _extra = d.keys() - cls._KNOWN_FIELDS if len(d) > 2 else ()
        event_type_request_location_type_dto.additional_properties = {key: d[key] for key in _extra} if _extra else {}
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
