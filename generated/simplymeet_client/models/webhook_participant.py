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

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookParticipant")


@_attrs_define
class WebhookParticipant:
    """An extra participant of a booking.

    Attributes:
        email (str): E-mail address.
        created_at (datetime.datetime | Unset): When the participant was added.
    """

    email: str
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "email",
            "created_at",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "email": "email",
        "created_at": "created_at",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = ("email",)
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = format_datetime(self.created_at, "created_at")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
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
            email = d["email"]
            if type(email) is not str:
                _f = "email"
                raise wrong_type("string", email)
            _f = "created_at"
            _v = d.get("created_at", UNSET)
            if _v is not UNSET and type(_v) is not str:
                _f = "created_at"
                raise wrong_type("string", _v)
            created_at = _v if isinstance(_v, Unset) else parse_datetime(_v)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        webhook_participant = cls(
            email=email,
            created_at=created_at,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            webhook_participant.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("WebhookParticipant", _extra)
        return webhook_participant

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
