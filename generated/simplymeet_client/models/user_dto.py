from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.organization_dto import OrganizationDTO


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
        connections (list[str] | None): List of OAuth connections. Item type not printed by the reference (`array`);
            connection provider names are strings.
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

    def to_dict(self) -> dict[str, Any]:
        from ..models.organization_dto import OrganizationDTO  # noqa: PLC0415

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
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        last_login: None | str
        if isinstance(self.last_login, datetime.datetime):
            last_login = self.last_login.isoformat()
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization_dto import OrganizationDTO  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        uuid = d.pop("uuid")

        email = d.pop("email")

        def _parse_full_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        full_name = _parse_full_name(d.pop("fullName"))

        def _parse_slug(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        slug = _parse_slug(d.pop("slug"))

        def _parse_subscription_users_limit(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        subscription_users_limit = _parse_subscription_users_limit(d.pop("subscriptionUsersLimit"))

        def _parse_is_second_factor_configured(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_second_factor_configured = _parse_is_second_factor_configured(d.pop("isSecondFactorConfigured"))

        def _parse_is_enabled(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_enabled = _parse_is_enabled(d.pop("isEnabled"))

        def _parse_date_format(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        date_format = _parse_date_format(d.pop("dateFormat"))

        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(d.pop("address"))

        def _parse_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        state = _parse_state(d.pop("state"))

        def _parse_city(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        city = _parse_city(d.pop("city"))

        def _parse_zip_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        zip_ = _parse_zip_(d.pop("zip"))

        def _parse_country_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country_id = _parse_country_id(d.pop("countryId"))

        def _parse_lat(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        lat = _parse_lat(d.pop("lat"))

        def _parse_lng(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        lng = _parse_lng(d.pop("lng"))

        def _parse_domain(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        domain = _parse_domain(d.pop("domain"))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        def _parse_company_logo_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        company_logo_name = _parse_company_logo_name(d.pop("companyLogoName"))

        def _parse_avatar_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        avatar_name = _parse_avatar_name(d.pop("avatarName"))

        def _parse_organization(data: object) -> None | OrganizationDTO:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                organization_type_0 = OrganizationDTO.from_dict(data)

                return organization_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrganizationDTO, data)

        organization = _parse_organization(d.pop("organization"))

        def _parse_created_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created_at = _parse_created_at(d.pop("createdAt"))

        def _parse_last_login(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_login_type_0 = datetime.datetime.fromisoformat(data)

                return last_login_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_login = _parse_last_login(d.pop("lastLogin"))

        def _parse_connections(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                connections_type_0 = cast(list[str], data)

                return connections_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        connections = _parse_connections(d.pop("connections"))

        def _parse_has_paid_subscription(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        has_paid_subscription = _parse_has_paid_subscription(d.pop("hasPaidSubscription"))

        def _parse_timezone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        timezone = _parse_timezone(d.pop("timezone"))

        def _parse_time_format(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        time_format = _parse_time_format(d.pop("timeFormat"))

        def _parse_timezone_offset(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        timezone_offset = _parse_timezone_offset(d.pop("timezoneOffset"))

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

        user_dto.additional_properties = d
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
