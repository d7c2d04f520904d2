from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch, not_an_object

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
            email = d["email"]
            full_name = d["fullName"]
            timezone = d["timezone"]
            phone_number = d["phoneNumber"]
            locale = d["locale"]
            cancellation_policy = d["cancellationPolicy"]
            uuid = d["uuid"]
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc

        # Positional, in the order the attributes are declared above (faster than keywords for wide models).
        invitee_dto = cls(
            id,
            email,
            full_name,
            timezone,
            phone_number,
            locale,
            cancellation_policy,
            uuid,
        )

        # Every known field is required and was found, so there are extras only if there are more keys.
        _extra = d.keys() - cls._KNOWN_FIELDS if len(d) > 8 else ()
        invitee_dto.additional_properties = {key: d[key] for key in _extra} if _extra else {}
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
