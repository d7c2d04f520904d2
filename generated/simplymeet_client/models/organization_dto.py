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
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "uuid",
            "slug",
            "name",
            "createdAt",
            "locale",
            "rtl",
            "calendarLayout",
            "hideUnavailableDates",
            "sundayIsFirstDay",
            "email",
            "intro",
            "domain",
            "socialLink",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "uuid": "uuid",
        "slug": "slug",
        "name": "name",
        "created_at": "createdAt",
        "locale": "locale",
        "rtl": "rtl",
        "calendar_layout": "calendarLayout",
        "hide_unavailable_dates": "hideUnavailableDates",
        "sunday_is_first_day": "sundayIsFirstDay",
        "email": "email",
        "intro": "intro",
        "domain": "domain",
        "social_link": "socialLink",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "uuid",
        "slug",
        "name",
        "createdAt",
        "locale",
        "rtl",
        "calendarLayout",
        "hideUnavailableDates",
        "sundayIsFirstDay",
        "email",
        "intro",
        "domain",
        "socialLink",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset(
        {
            "slug",
            "name",
            "createdAt",
            "locale",
            "rtl",
            "calendarLayout",
            "hideUnavailableDates",
            "sundayIsFirstDay",
            "email",
            "intro",
            "domain",
            "socialLink",
        }
    )
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uuid = self.uuid

        slug: None | str
        slug = self.slug

        name: None | str
        name = self.name

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = format_datetime(self.created_at, "created_at_type_0")
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
            slug = d["slug"]
            if slug is not None and type(slug) is not str:
                _f = "slug"
                raise wrong_type("string or null", slug)
            name = d["name"]
            if name is not None and type(name) is not str:
                _f = "name"
                raise wrong_type("string or null", name)
            _f = "createdAt"
            _v = d["createdAt"]
            if _v is not None and type(_v) is not str:
                _f = "createdAt"
                raise wrong_type("string or null", _v)
            created_at = _v if _v is None else parse_datetime(_v)
            locale = d["locale"]
            if locale is not None and type(locale) is not str:
                _f = "locale"
                raise wrong_type("string or null", locale)
            rtl = d["rtl"]
            if rtl is not None and type(rtl) is not bool:
                _f = "rtl"
                raise wrong_type("boolean or null", rtl)
            calendar_layout = d["calendarLayout"]
            if calendar_layout is not None and type(calendar_layout) is not str:
                _f = "calendarLayout"
                raise wrong_type("string or null", calendar_layout)
            hide_unavailable_dates = d["hideUnavailableDates"]
            if hide_unavailable_dates is not None and type(hide_unavailable_dates) is not bool:
                _f = "hideUnavailableDates"
                raise wrong_type("boolean or null", hide_unavailable_dates)
            sunday_is_first_day = d["sundayIsFirstDay"]
            if sunday_is_first_day is not None and type(sunday_is_first_day) is not bool:
                _f = "sundayIsFirstDay"
                raise wrong_type("boolean or null", sunday_is_first_day)
            email = d["email"]
            if email is not None and type(email) is not str:
                _f = "email"
                raise wrong_type("string or null", email)
            intro = d["intro"]
            if intro is not None and type(intro) is not str:
                _f = "intro"
                raise wrong_type("string or null", intro)
            domain = d["domain"]
            if domain is not None and type(domain) is not str:
                _f = "domain"
                raise wrong_type("string or null", domain)
            _f = "socialLink"
            _v = d["socialLink"]

            social_link = _v if _v is None else SocialLinkDTO.from_dict(_v)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
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

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            organization_dto.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("OrganizationDTO", _extra)
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


from ..models.social_link_dto import SocialLinkDTO
