from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..errors import SchemaMismatch, not_an_object
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
            email = d["email"]
            timezone = d.get("timezone", UNSET)
            locale = d.get("locale", UNSET)
            phone_number = d.get("phoneNumber", UNSET)
            cancellation_policy = d.get("cancellationPolicy", UNSET)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc

        # Positional, in the order the attributes are declared above (faster than keywords for wide models).
        invitee_request_dto = cls(
            full_name,
            email,
            timezone,
            locale,
            phone_number,
            cancellation_policy,
        )

        return invitee_request_dto
