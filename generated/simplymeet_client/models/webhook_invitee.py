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

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookInvitee")


@_attrs_define
class WebhookInvitee:
    """The invitee of a booking, as a delivery carries it.

    Attributes:
        email (str): E-mail address.
        full_name (str): Full name.
        first_name (None | str | Unset): First name.
        timezone (None | str | Unset): IANA time zone of the invitee.
        phone_number (None | str | Unset): Phone number (E.164).
        locale (None | str | Unset): Language of the invitee.
        cancellation_policy (None | Unset | WebhookRecord): The cancellation policy the invitee accepted, if any; its
            shape is not documented.
    """

    email: str
    full_name: str
    first_name: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    locale: None | str | Unset = UNSET
    cancellation_policy: None | Unset | WebhookRecord = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "email",
            "full_name",
            "first_name",
            "timezone",
            "phone_number",
            "locale",
            "cancellation_policy",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "email": "email",
        "full_name": "full_name",
        "first_name": "first_name",
        "timezone": "timezone",
        "phone_number": "phone_number",
        "locale": "locale",
        "cancellation_policy": "cancellation_policy",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "email",
        "full_name",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        full_name = self.full_name

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        cancellation_policy: dict[str, Any] | None | Unset
        if isinstance(self.cancellation_policy, Unset):
            cancellation_policy = UNSET
        elif isinstance(self.cancellation_policy, WebhookRecord):
            cancellation_policy = self.cancellation_policy.to_dict()
        else:
            cancellation_policy = self.cancellation_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "full_name": full_name,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if locale is not UNSET:
            field_dict["locale"] = locale
        if cancellation_policy is not UNSET:
            field_dict["cancellation_policy"] = cancellation_policy
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
            full_name = d["full_name"]
            if type(full_name) is not str:
                _f = "full_name"
                raise wrong_type("string", full_name)
            first_name = d.get("first_name", UNSET)
            if first_name is not UNSET and first_name is not None and type(first_name) is not str:
                _f = "first_name"
                raise wrong_type("string or null", first_name)
            timezone = d.get("timezone", UNSET)
            if timezone is not UNSET and timezone is not None and type(timezone) is not str:
                _f = "timezone"
                raise wrong_type("string or null", timezone)
            phone_number = d.get("phone_number", UNSET)
            if phone_number is not UNSET and phone_number is not None and type(phone_number) is not str:
                _f = "phone_number"
                raise wrong_type("string or null", phone_number)
            locale = d.get("locale", UNSET)
            if locale is not UNSET and locale is not None and type(locale) is not str:
                _f = "locale"
                raise wrong_type("string or null", locale)
            _f = "cancellation_policy"
            _v = d.get("cancellation_policy", UNSET)

            cancellation_policy = _v if isinstance(_v, Unset) else _v if _v is None else WebhookRecord.from_dict(_v)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        webhook_invitee = cls(
            email=email,
            full_name=full_name,
            first_name=first_name,
            timezone=timezone,
            phone_number=phone_number,
            locale=locale,
            cancellation_policy=cancellation_policy,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            webhook_invitee.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("WebhookInvitee", _extra)
        return webhook_invitee

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


from ..models.webhook_record import WebhookRecord
