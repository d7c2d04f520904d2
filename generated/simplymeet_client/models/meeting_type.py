from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    fill_absent,
    not_an_object,
    note_undeclared,
    wrong_type,
)

T = TypeVar("T", bound="MeetingType")


@_attrs_define
class MeetingType:
    """A meeting type (event type) as the `/api/` namespace lists it.

    Attributes:
        uuid (UUID): UUID of the meeting type (what `createSingleUseLinkByUuid` takes).
        name (str): Name of the meeting type.
    """

    uuid: UUID
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "uuid",
            "name",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "uuid": "uuid",
        "name": "name",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "uuid",
        "name",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "name": name,
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
            _f = "uuid"
            uuid = UUID(d["uuid"])

            name = d["name"]
            if type(name) is not str:
                _f = "name"
                raise wrong_type("string", name)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        meeting_type = cls(
            uuid=uuid,
            name=name,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            meeting_type.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("MeetingType", _extra)
        return meeting_type

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
