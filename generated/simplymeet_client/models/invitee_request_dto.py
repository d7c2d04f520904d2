from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    fill_absent,
    not_an_object,
    wrong_type,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="InviteeRequestDTO")


@_attrs_define
class InviteeRequestDTO:
    """Invitee request schema

    Attributes:
        full_name (str): Full name
        email (str): Email
        timezone (str | Unset): Timezone
        locale (str | Unset): Locale
        phone_number (str | Unset): Phone number
        cancellation_policy (str | Unset): Cancellation policy
    """

    full_name: str
    email: str
    timezone: str | Unset = UNSET
    locale: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    cancellation_policy: str | Unset = UNSET
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "fullName",
            "email",
            "timezone",
            "locale",
            "phoneNumber",
            "cancellationPolicy",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "full_name": "fullName",
        "email": "email",
        "timezone": "timezone",
        "locale": "locale",
        "phone_number": "phoneNumber",
        "cancellation_policy": "cancellationPolicy",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "fullName",
        "email",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = False
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        full_name = self.full_name

        email = self.email

        timezone = self.timezone

        locale = self.locale

        phone_number = self.phone_number

        cancellation_policy = self.cancellation_policy

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fullName": full_name,
                "email": email,
            }
        )
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if locale is not UNSET:
            field_dict["locale"] = locale
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if cancellation_policy is not UNSET:
            field_dict["cancellationPolicy"] = cancellation_policy
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
            full_name = d["fullName"]
            if type(full_name) is not str:
                _f = "fullName"
                raise wrong_type("string", full_name)
            email = d["email"]
            if type(email) is not str:
                _f = "email"
                raise wrong_type("string", email)
            timezone = d.get("timezone", UNSET)
            if timezone is not UNSET and type(timezone) is not str:
                _f = "timezone"
                raise wrong_type("string", timezone)
            locale = d.get("locale", UNSET)
            if locale is not UNSET and type(locale) is not str:
                _f = "locale"
                raise wrong_type("string", locale)
            phone_number = d.get("phoneNumber", UNSET)
            if phone_number is not UNSET and type(phone_number) is not str:
                _f = "phoneNumber"
                raise wrong_type("string", phone_number)
            cancellation_policy = d.get("cancellationPolicy", UNSET)
            if cancellation_policy is not UNSET and type(cancellation_policy) is not str:
                _f = "cancellationPolicy"
                raise wrong_type("string", cancellation_policy)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        invitee_request_dto = cls(
            full_name=full_name,
            email=email,
            timezone=timezone,
            locale=locale,
            phone_number=phone_number,
            cancellation_policy=cancellation_policy,
        )

        return invitee_request_dto
