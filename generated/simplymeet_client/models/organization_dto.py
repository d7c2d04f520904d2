from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.social_link_dto import SocialLinkDTO


T = TypeVar("T", bound="OrganizationDTO")


@_attrs_define
class OrganizationDTO:
    """OrganizationDTO

    Attributes:
        id (int): The unique identifier of the organization.
        uuid (str): The unique UUID identifier of the organization.
        slug (None | str): Slug (unique identifier for the organization)
        name (None | str): The name of the organization.
        created_at (datetime.datetime | None): The date and time when the organization was created. ISO-8601 with
            offset, e.g. `2024-03-04T17:02:11+00:00`.
        locale (None | str): The locale of the organization.
        rtl (bool | None): The right-to-left layout of the organization.
        calendar_layout (None | str): The calendar layout of the organization.
        hide_unavailable_dates (bool | None): Hide unavailable dates.
        sunday_is_first_day (bool | None): Sunday is the first day of the week.
        email (None | str): The email associated with the organization.
        intro (None | str): The intro associated with the organization.
        domain (None | str): The custom domain associated with the organization.
        social_link (None | SocialLinkDTO): The social links associated with the organization.
    """

    id: int
    uuid: str
    slug: None | str
    name: None | str
    created_at: datetime.datetime | None
    locale: None | str
    rtl: bool | None
    calendar_layout: None | str
    hide_unavailable_dates: bool | None
    sunday_is_first_day: bool | None
    email: None | str
    intro: None | str
    domain: None | str
    social_link: None | SocialLinkDTO
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.social_link_dto import SocialLinkDTO  # noqa: PLC0415

        id = self.id

        uuid = self.uuid

        slug: None | str
        slug = self.slug

        name: None | str
        name = self.name

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        locale: None | str
        locale = self.locale

        rtl: bool | None
        rtl = self.rtl

        calendar_layout: None | str
        calendar_layout = self.calendar_layout

        hide_unavailable_dates: bool | None
        hide_unavailable_dates = self.hide_unavailable_dates

        sunday_is_first_day: bool | None
        sunday_is_first_day = self.sunday_is_first_day

        email: None | str
        email = self.email

        intro: None | str
        intro = self.intro

        domain: None | str
        domain = self.domain

        social_link: dict[str, Any] | None
        if isinstance(self.social_link, SocialLinkDTO):
            social_link = self.social_link.to_dict()
        else:
            social_link = self.social_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "uuid": uuid,
                "slug": slug,
                "name": name,
                "createdAt": created_at,
                "locale": locale,
                "rtl": rtl,
                "calendarLayout": calendar_layout,
                "hideUnavailableDates": hide_unavailable_dates,
                "sundayIsFirstDay": sunday_is_first_day,
                "email": email,
                "intro": intro,
                "domain": domain,
                "socialLink": social_link,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_link_dto import SocialLinkDTO  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        uuid = d.pop("uuid")

        def _parse_slug(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        slug = _parse_slug(d.pop("slug"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

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

        def _parse_locale(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        locale = _parse_locale(d.pop("locale"))

        def _parse_rtl(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        rtl = _parse_rtl(d.pop("rtl"))

        def _parse_calendar_layout(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        calendar_layout = _parse_calendar_layout(d.pop("calendarLayout"))

        def _parse_hide_unavailable_dates(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        hide_unavailable_dates = _parse_hide_unavailable_dates(d.pop("hideUnavailableDates"))

        def _parse_sunday_is_first_day(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        sunday_is_first_day = _parse_sunday_is_first_day(d.pop("sundayIsFirstDay"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_intro(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        intro = _parse_intro(d.pop("intro"))

        def _parse_domain(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        domain = _parse_domain(d.pop("domain"))

        def _parse_social_link(data: object) -> None | SocialLinkDTO:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                social_link_type_0 = SocialLinkDTO.from_dict(data)

                return social_link_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SocialLinkDTO, data)

        social_link = _parse_social_link(d.pop("socialLink"))

        organization_dto = cls(
            id=id,
            uuid=uuid,
            slug=slug,
            name=name,
            created_at=created_at,
            locale=locale,
            rtl=rtl,
            calendar_layout=calendar_layout,
            hide_unavailable_dates=hide_unavailable_dates,
            sunday_is_first_day=sunday_is_first_day,
            email=email,
            intro=intro,
            domain=domain,
            social_link=social_link,
        )

        organization_dto.additional_properties = d
        return organization_dto

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
