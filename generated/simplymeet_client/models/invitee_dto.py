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

T = TypeVar("T", bound="InviteeDTO")


@_attrs_define
class InviteeDTO:
    """Invitee

    Attributes:
        id (int): The unique identifier of the invitee.
        email (str): The email address of the invitee.
        full_name (None | str): The full name of the invitee.
        timezone (None | str): The timezone of the invitee.
        phone_number (None | str): The phone number of the invitee.
        locale (None | str): The locale of the invitee.
        cancellation_policy (None | str): The cancellation policy of the invitee.
        uuid (str): The UUID of the invitee
    """

    id: int
    email: str
    full_name: None | str
    timezone: None | str
    phone_number: None | str
    locale: None | str
    cancellation_policy: None | str
    uuid: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "email",
            "fullName",
            "timezone",
            "phoneNumber",
            "locale",
            "cancellationPolicy",
            "uuid",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "email": "email",
        "full_name": "fullName",
        "timezone": "timezone",
        "phone_number": "phoneNumber",
        "locale": "locale",
        "cancellation_policy": "cancellationPolicy",
        "uuid": "uuid",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "email",
        "fullName",
        "timezone",
        "phoneNumber",
        "locale",
        "cancellationPolicy",
        "uuid",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset(
        {
            "fullName",
            "timezone",
            "phoneNumber",
            "locale",
            "cancellationPolicy",
        }
    )
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        full_name: None | str
        full_name = self.full_name

        timezone: None | str
        timezone = self.timezone

        phone_number: None | str
        phone_number = self.phone_number

        locale: None | str
        locale = self.locale

        cancellation_policy: None | str
        cancellation_policy = self.cancellation_policy

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "fullName": full_name,
                "timezone": timezone,
                "phoneNumber": phone_number,
                "locale": locale,
                "cancellationPolicy": cancellation_policy,
                "uuid": uuid,
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
            full_name = d["fullName"]
            if full_name is not None and type(full_name) is not str:
                _f = "fullName"
                raise wrong_type("string or null", full_name)
            timezone = d["timezone"]
            if timezone is not None and type(timezone) is not str:
                _f = "timezone"
                raise wrong_type("string or null", timezone)
            phone_number = d["phoneNumber"]
            if phone_number is not None and type(phone_number) is not str:
                _f = "phoneNumber"
                raise wrong_type("string or null", phone_number)
            locale = d["locale"]
            if locale is not None and type(locale) is not str:
                _f = "locale"
                raise wrong_type("string or null", locale)
            cancellation_policy = d["cancellationPolicy"]
            if cancellation_policy is not None and type(cancellation_policy) is not str:
                _f = "cancellationPolicy"
                raise wrong_type("string or null", cancellation_policy)
            uuid = d["uuid"]
            if type(uuid) is not str:
                _f = "uuid"
                raise wrong_type("string", uuid)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        invitee_dto = cls(
            id=id,
            email=email,
            full_name=full_name,
            timezone=timezone,
            phone_number=phone_number,
            locale=locale,
            cancellation_policy=cancellation_policy,
            uuid=uuid,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            invitee_dto.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("InviteeDTO", _extra)
        return invitee_dto

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
