from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    expect_items,
    fill_absent,
    not_an_object,
    note_undeclared,
    parse_datetime,
    wrong_type,
)
from simplymeet_runtime.wire import format_datetime

T = TypeVar("T", bound="UserDTO")


@_attrs_define
class UserDTO:
    """User

    Attributes:
        id (int): The unique identifier of the user.
        uuid (str): The UUID of the user
        email (str): The email address of the user.
        full_name (None | str): The full name of the user.
        slug (None | str): Slug (unique identifier for the user)
        subscription_users_limit (int | None): The limit of users that can be added to the subscription.
        is_second_factor_configured (bool | None): Determines if the second factor authentication is configured for the
            user.
        is_enabled (bool | None): Determines if the user account is enabled or not.
        date_format (None | str): The date format of the user.
        address (None | str): The address of the user.
        state (None | str): The state of the user's address.
        city (None | str): The city of the user's address.
        zip_ (None | str): The zip code of the user's address.
        country_id (None | str): The country ID of the user's address.
        lat (float | None): The latitude coordinate of the user's location.
        lng (float | None): The longitude coordinate of the user's location.
        domain (None | str): The custom domain associated with the user.
        phone (None | str): The phone number associated with the user.
        company_logo_name (None | str): The name of the company logo associated with the user.
        avatar_name (None | str): The name of the avatar associated with the user.
        organization (None | OrganizationDTO): The organization details associated with the user.
        created_at (datetime.datetime | None): The date and time when the user was created. ISO-8601 with offset, e.g.
            `2024-03-04T17:02:11+00:00`.
        last_login (datetime.datetime | None): The date and time of the user's last login. ISO-8601 with offset, e.g.
            `2024-03-04T17:02:11+00:00`.
        connections (list[str] | None): List of OAuth connections.
        has_paid_subscription (bool | None): Determines if the user has a paid subscription.
        timezone (None | str): timezone
        time_format (None | str): timeFormat
        timezone_offset (None | str): timezoneOffset
    """

    id: int
    uuid: str
    email: str
    full_name: None | str
    slug: None | str
    subscription_users_limit: int | None
    is_second_factor_configured: bool | None
    is_enabled: bool | None
    date_format: None | str
    address: None | str
    state: None | str
    city: None | str
    zip_: None | str
    country_id: None | str
    lat: float | None
    lng: float | None
    domain: None | str
    phone: None | str
    company_logo_name: None | str
    avatar_name: None | str
    organization: None | OrganizationDTO
    created_at: datetime.datetime | None
    last_login: datetime.datetime | None
    connections: list[str] | None
    has_paid_subscription: bool | None
    timezone: None | str
    time_format: None | str
    timezone_offset: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "uuid",
            "email",
            "fullName",
            "slug",
            "subscriptionUsersLimit",
            "isSecondFactorConfigured",
            "isEnabled",
            "dateFormat",
            "address",
            "state",
            "city",
            "zip",
            "countryId",
            "lat",
            "lng",
            "domain",
            "phone",
            "companyLogoName",
            "avatarName",
            "organization",
            "createdAt",
            "lastLogin",
            "connections",
            "hasPaidSubscription",
            "timezone",
            "timeFormat",
            "timezoneOffset",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "uuid": "uuid",
        "email": "email",
        "full_name": "fullName",
        "slug": "slug",
        "subscription_users_limit": "subscriptionUsersLimit",
        "is_second_factor_configured": "isSecondFactorConfigured",
        "is_enabled": "isEnabled",
        "date_format": "dateFormat",
        "address": "address",
        "state": "state",
        "city": "city",
        "zip_": "zip",
        "country_id": "countryId",
        "lat": "lat",
        "lng": "lng",
        "domain": "domain",
        "phone": "phone",
        "company_logo_name": "companyLogoName",
        "avatar_name": "avatarName",
        "organization": "organization",
        "created_at": "createdAt",
        "last_login": "lastLogin",
        "connections": "connections",
        "has_paid_subscription": "hasPaidSubscription",
        "timezone": "timezone",
        "time_format": "timeFormat",
        "timezone_offset": "timezoneOffset",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "uuid",
        "email",
        "fullName",
        "slug",
        "subscriptionUsersLimit",
        "isSecondFactorConfigured",
        "isEnabled",
        "dateFormat",
        "address",
        "state",
        "city",
        "zip",
        "countryId",
        "lat",
        "lng",
        "domain",
        "phone",
        "companyLogoName",
        "avatarName",
        "organization",
        "createdAt",
        "lastLogin",
        "connections",
        "hasPaidSubscription",
        "timezone",
        "timeFormat",
        "timezoneOffset",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset(
        {
            "fullName",
            "slug",
            "subscriptionUsersLimit",
            "isSecondFactorConfigured",
            "isEnabled",
            "dateFormat",
            "address",
            "state",
            "city",
            "zip",
            "countryId",
            "lat",
            "lng",
            "domain",
            "phone",
            "companyLogoName",
            "avatarName",
            "organization",
            "createdAt",
            "lastLogin",
            "connections",
            "hasPaidSubscription",
            "timezone",
            "timeFormat",
            "timezoneOffset",
        }
    )
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uuid = self.uuid

        email = self.email

        full_name: None | str
        full_name = self.full_name

        slug: None | str
        slug = self.slug

        subscription_users_limit: int | None
        subscription_users_limit = self.subscription_users_limit

        is_second_factor_configured: bool | None
        is_second_factor_configured = self.is_second_factor_configured

        is_enabled: bool | None
        is_enabled = self.is_enabled

        date_format: None | str
        date_format = self.date_format

        address: None | str
        address = self.address

        state: None | str
        state = self.state

        city: None | str
        city = self.city

        zip_: None | str
        zip_ = self.zip_

        country_id: None | str
        country_id = self.country_id

        lat: float | None
        lat = self.lat

        lng: float | None
        lng = self.lng

        domain: None | str
        domain = self.domain

        phone: None | str
        phone = self.phone

        company_logo_name: None | str
        company_logo_name = self.company_logo_name

        avatar_name: None | str
        avatar_name = self.avatar_name

        organization: dict[str, Any] | None
        if isinstance(self.organization, OrganizationDTO):
            organization = self.organization.to_dict()
        else:
            organization = self.organization

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = format_datetime(self.created_at, "created_at_type_0")
        else:
            created_at = self.created_at

        last_login: None | str
        if isinstance(self.last_login, datetime.datetime):
            last_login = format_datetime(self.last_login, "last_login_type_0")
        else:
            last_login = self.last_login

        connections: list[str] | None
        if isinstance(self.connections, list):
            connections = self.connections

        else:
            connections = self.connections

        has_paid_subscription: bool | None
        has_paid_subscription = self.has_paid_subscription

        timezone: None | str
        timezone = self.timezone

        time_format: None | str
        time_format = self.time_format

        timezone_offset: None | str
        timezone_offset = self.timezone_offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "uuid": uuid,
                "email": email,
                "fullName": full_name,
                "slug": slug,
                "subscriptionUsersLimit": subscription_users_limit,
                "isSecondFactorConfigured": is_second_factor_configured,
                "isEnabled": is_enabled,
                "dateFormat": date_format,
                "address": address,
                "state": state,
                "city": city,
                "zip": zip_,
                "countryId": country_id,
                "lat": lat,
                "lng": lng,
                "domain": domain,
                "phone": phone,
                "companyLogoName": company_logo_name,
                "avatarName": avatar_name,
                "organization": organization,
                "createdAt": created_at,
                "lastLogin": last_login,
                "connections": connections,
                "hasPaidSubscription": has_paid_subscription,
                "timezone": timezone,
                "timeFormat": time_format,
                "timezoneOffset": timezone_offset,
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
            uuid = d["uuid"]
            if type(uuid) is not str:
                _f = "uuid"
                raise wrong_type("string", uuid)
            email = d["email"]
            if type(email) is not str:
                _f = "email"
                raise wrong_type("string", email)
            full_name = d["fullName"]
            if full_name is not None and type(full_name) is not str:
                _f = "fullName"
                raise wrong_type("string or null", full_name)
            slug = d["slug"]
            if slug is not None and type(slug) is not str:
                _f = "slug"
                raise wrong_type("string or null", slug)
            subscription_users_limit = d["subscriptionUsersLimit"]
            if subscription_users_limit is not None and type(subscription_users_limit) is not int:
                _f = "subscriptionUsersLimit"
                raise wrong_type("integer or null", subscription_users_limit)
            is_second_factor_configured = d["isSecondFactorConfigured"]
            if is_second_factor_configured is not None and type(is_second_factor_configured) is not bool:
                _f = "isSecondFactorConfigured"
                raise wrong_type("boolean or null", is_second_factor_configured)
            is_enabled = d["isEnabled"]
            if is_enabled is not None and type(is_enabled) is not bool:
                _f = "isEnabled"
                raise wrong_type("boolean or null", is_enabled)
            date_format = d["dateFormat"]
            if date_format is not None and type(date_format) is not str:
                _f = "dateFormat"
                raise wrong_type("string or null", date_format)
            address = d["address"]
            if address is not None and type(address) is not str:
                _f = "address"
                raise wrong_type("string or null", address)
            state = d["state"]
            if state is not None and type(state) is not str:
                _f = "state"
                raise wrong_type("string or null", state)
            city = d["city"]
            if city is not None and type(city) is not str:
                _f = "city"
                raise wrong_type("string or null", city)
            zip_ = d["zip"]
            if zip_ is not None and type(zip_) is not str:
                _f = "zip"
                raise wrong_type("string or null", zip_)
            country_id = d["countryId"]
            if country_id is not None and type(country_id) is not str:
                _f = "countryId"
                raise wrong_type("string or null", country_id)
            lat = d["lat"]
            if lat is not None and type(lat) is not float and type(lat) is not int:
                _f = "lat"
                raise wrong_type("number or null", lat)
            lng = d["lng"]
            if lng is not None and type(lng) is not float and type(lng) is not int:
                _f = "lng"
                raise wrong_type("number or null", lng)
            domain = d["domain"]
            if domain is not None and type(domain) is not str:
                _f = "domain"
                raise wrong_type("string or null", domain)
            phone = d["phone"]
            if phone is not None and type(phone) is not str:
                _f = "phone"
                raise wrong_type("string or null", phone)
            company_logo_name = d["companyLogoName"]
            if company_logo_name is not None and type(company_logo_name) is not str:
                _f = "companyLogoName"
                raise wrong_type("string or null", company_logo_name)
            avatar_name = d["avatarName"]
            if avatar_name is not None and type(avatar_name) is not str:
                _f = "avatarName"
                raise wrong_type("string or null", avatar_name)
            _f = "organization"
            _v = d["organization"]

            organization = _v if _v is None else OrganizationDTO.from_dict(_v)
            _f = "createdAt"
            _v = d["createdAt"]
            if _v is not None and type(_v) is not str:
                _f = "createdAt"
                raise wrong_type("string or null", _v)
            created_at = _v if _v is None else parse_datetime(_v)
            _f = "lastLogin"
            _v = d["lastLogin"]
            if _v is not None and type(_v) is not str:
                _f = "lastLogin"
                raise wrong_type("string or null", _v)
            last_login = _v if _v is None else parse_datetime(_v)
            _f = "connections"
            _v = d["connections"]

            connections = _v if _v is None else expect_items(_v, (str,), "string")
            has_paid_subscription = d["hasPaidSubscription"]
            if has_paid_subscription is not None and type(has_paid_subscription) is not bool:
                _f = "hasPaidSubscription"
                raise wrong_type("boolean or null", has_paid_subscription)
            timezone = d["timezone"]
            if timezone is not None and type(timezone) is not str:
                _f = "timezone"
                raise wrong_type("string or null", timezone)
            time_format = d["timeFormat"]
            if time_format is not None and type(time_format) is not str:
                _f = "timeFormat"
                raise wrong_type("string or null", time_format)
            timezone_offset = d["timezoneOffset"]
            if timezone_offset is not None and type(timezone_offset) is not str:
                _f = "timezoneOffset"
                raise wrong_type("string or null", timezone_offset)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        user_dto = cls(
            id=id,
            uuid=uuid,
            email=email,
            full_name=full_name,
            slug=slug,
            subscription_users_limit=subscription_users_limit,
            is_second_factor_configured=is_second_factor_configured,
            is_enabled=is_enabled,
            date_format=date_format,
            address=address,
            state=state,
            city=city,
            zip_=zip_,
            country_id=country_id,
            lat=lat,
            lng=lng,
            domain=domain,
            phone=phone,
            company_logo_name=company_logo_name,
            avatar_name=avatar_name,
            organization=organization,
            created_at=created_at,
            last_login=last_login,
            connections=connections,
            has_paid_subscription=has_paid_subscription,
            timezone=timezone,
            time_format=time_format,
            timezone_offset=timezone_offset,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            user_dto.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("UserDTO", _extra)
        return user_dto

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


from ..models.organization_dto import OrganizationDTO
