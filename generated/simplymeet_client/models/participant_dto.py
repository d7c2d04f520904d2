from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    fill_absent,
    not_an_object,
    note_undeclared,
    parse_datetime,
    wrong_type,
)
from simplymeet_runtime.wire import format_datetime

T = TypeVar("T", bound="ParticipantDTO")


@_attrs_define
class ParticipantDTO:
    """Participant

    Attributes:
        id (int): The unique identifier of the participant.
        email (str): The email address of the participant.
        created_at (datetime.datetime | None): The creation date of the participant. ISO-8601 with offset, e.g.
            `2024-03-04T17:02:11+00:00`.
    """

    id: int
    email: str
    created_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "email",
            "createdAt",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "email": "email",
        "created_at": "createdAt",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "email",
        "createdAt",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset(
        {
            "createdAt",
        }
    )
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = format_datetime(self.created_at, "created_at_type_0")
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "createdAt": created_at,
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
            email = d["email"]
            if type(email) is not str:
                _f = "email"
                raise wrong_type("string", email)
            _f = "createdAt"
            _v = d["createdAt"]
            if _v is not None and type(_v) is not str:
                _f = "createdAt"
                raise wrong_type("string or null", _v)
            created_at = _v if _v is None else parse_datetime(_v)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        participant_dto = cls(
            id=id,
            email=email,
            created_at=created_at,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            participant_dto.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("ParticipantDTO", _extra)
        return participant_dto

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
