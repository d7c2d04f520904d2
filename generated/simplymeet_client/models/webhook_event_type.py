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

T = TypeVar("T", bound="WebhookEventType")


@_attrs_define
class WebhookEventType:
    """The event type of a booking, as a delivery carries it (snake_case).

    Attributes:
        name (str): Name of the event type.
        slug (str): Slug of the event type's booking page.
        duration (int): Duration in minutes.
        description (None | str | Unset): Description of the event type.
        location (None | str | Unset): Location of the event type.
        location_label (None | str | Unset): Label of the location.
        is_secret (bool | Unset): Whether the event type is hidden from the public profile.
        confirmation_page_type (str | Unset): What the invitee sees after booking (`internal` or a redirect).
        confirmation_page_url (None | str | Unset): Redirect URL after booking, for a redirecting confirmation page.
        notification_type (str | Unset): How the owner is notified (`email`, `calendar`).
        pass_details_to_redirected_page (bool | Unset): Whether booking details are passed to the redirect URL.
        type_ (str | Unset): Kind of event type (`regular`, `round-robin`, `collective`).
        position (int | Unset): Position on the booking page.
        duration_type (str | Unset): Duration type (`fixed` or variable).
        allow_cancel (bool | Unset): Whether invitees may cancel.
        allow_reschedule (bool | Unset): Whether invitees may reschedule.
        calendar_as_availability (bool | Unset): Whether the calendar decides availability.
        client_can_add_participants (bool | Unset): Whether invitees may add participants.
        multiple_meeting (bool | Unset): Whether several meetings can be booked at once.
    """

    name: str
    slug: str
    duration: int
    description: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    location_label: None | str | Unset = UNSET
    is_secret: bool | Unset = UNSET
    confirmation_page_type: str | Unset = UNSET
    confirmation_page_url: None | str | Unset = UNSET
    notification_type: str | Unset = UNSET
    pass_details_to_redirected_page: bool | Unset = UNSET
    type_: str | Unset = UNSET
    position: int | Unset = UNSET
    duration_type: str | Unset = UNSET
    allow_cancel: bool | Unset = UNSET
    allow_reschedule: bool | Unset = UNSET
    calendar_as_availability: bool | Unset = UNSET
    client_can_add_participants: bool | Unset = UNSET
    multiple_meeting: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "slug",
            "duration",
            "description",
            "location",
            "location_label",
            "is_secret",
            "confirmation_page_type",
            "confirmation_page_url",
            "notification_type",
            "pass_details_to_redirected_page",
            "type",
            "position",
            "duration_type",
            "allow_cancel",
            "allow_reschedule",
            "calendar_as_availability",
            "client_can_add_participants",
            "multiple_meeting",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "name": "name",
        "slug": "slug",
        "duration": "duration",
        "description": "description",
        "location": "location",
        "location_label": "location_label",
        "is_secret": "is_secret",
        "confirmation_page_type": "confirmation_page_type",
        "confirmation_page_url": "confirmation_page_url",
        "notification_type": "notification_type",
        "pass_details_to_redirected_page": "pass_details_to_redirected_page",
        "type_": "type",
        "position": "position",
        "duration_type": "duration_type",
        "allow_cancel": "allow_cancel",
        "allow_reschedule": "allow_reschedule",
        "calendar_as_availability": "calendar_as_availability",
        "client_can_add_participants": "client_can_add_participants",
        "multiple_meeting": "multiple_meeting",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "name",
        "slug",
        "duration",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug = self.slug

        duration = self.duration

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        location_label: None | str | Unset
        if isinstance(self.location_label, Unset):
            location_label = UNSET
        else:
            location_label = self.location_label

        is_secret = self.is_secret

        confirmation_page_type = self.confirmation_page_type

        confirmation_page_url: None | str | Unset
        if isinstance(self.confirmation_page_url, Unset):
            confirmation_page_url = UNSET
        else:
            confirmation_page_url = self.confirmation_page_url

        notification_type = self.notification_type

        pass_details_to_redirected_page = self.pass_details_to_redirected_page

        type_ = self.type_

        position = self.position

        duration_type = self.duration_type

        allow_cancel = self.allow_cancel

        allow_reschedule = self.allow_reschedule

        calendar_as_availability = self.calendar_as_availability

        client_can_add_participants = self.client_can_add_participants

        multiple_meeting = self.multiple_meeting

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "slug": slug,
                "duration": duration,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if location is not UNSET:
            field_dict["location"] = location
        if location_label is not UNSET:
            field_dict["location_label"] = location_label
        if is_secret is not UNSET:
            field_dict["is_secret"] = is_secret
        if confirmation_page_type is not UNSET:
            field_dict["confirmation_page_type"] = confirmation_page_type
        if confirmation_page_url is not UNSET:
            field_dict["confirmation_page_url"] = confirmation_page_url
        if notification_type is not UNSET:
            field_dict["notification_type"] = notification_type
        if pass_details_to_redirected_page is not UNSET:
            field_dict["pass_details_to_redirected_page"] = pass_details_to_redirected_page
        if type_ is not UNSET:
            field_dict["type"] = type_
        if position is not UNSET:
            field_dict["position"] = position
        if duration_type is not UNSET:
            field_dict["duration_type"] = duration_type
        if allow_cancel is not UNSET:
            field_dict["allow_cancel"] = allow_cancel
        if allow_reschedule is not UNSET:
            field_dict["allow_reschedule"] = allow_reschedule
        if calendar_as_availability is not UNSET:
            field_dict["calendar_as_availability"] = calendar_as_availability
        if client_can_add_participants is not UNSET:
            field_dict["client_can_add_participants"] = client_can_add_participants
        if multiple_meeting is not UNSET:
            field_dict["multiple_meeting"] = multiple_meeting
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
            name = d["name"]
            if type(name) is not str:
                _f = "name"
                raise wrong_type("string", name)
            slug = d["slug"]
            if type(slug) is not str:
                _f = "slug"
                raise wrong_type("string", slug)
            duration = d["duration"]
            if type(duration) is not int:
                _f = "duration"
                raise wrong_type("integer", duration)
            description = d.get("description", UNSET)
            if description is not UNSET and description is not None and type(description) is not str:
                _f = "description"
                raise wrong_type("string or null", description)
            location = d.get("location", UNSET)
            if location is not UNSET and location is not None and type(location) is not str:
                _f = "location"
                raise wrong_type("string or null", location)
            location_label = d.get("location_label", UNSET)
            if location_label is not UNSET and location_label is not None and type(location_label) is not str:
                _f = "location_label"
                raise wrong_type("string or null", location_label)
            is_secret = d.get("is_secret", UNSET)
            if is_secret is not UNSET and type(is_secret) is not bool:
                _f = "is_secret"
                raise wrong_type("boolean", is_secret)
            confirmation_page_type = d.get("confirmation_page_type", UNSET)
            if confirmation_page_type is not UNSET and type(confirmation_page_type) is not str:
                _f = "confirmation_page_type"
                raise wrong_type("string", confirmation_page_type)
            confirmation_page_url = d.get("confirmation_page_url", UNSET)
            if (
                confirmation_page_url is not UNSET
                and confirmation_page_url is not None
                and type(confirmation_page_url) is not str
            ):
                _f = "confirmation_page_url"
                raise wrong_type("string or null", confirmation_page_url)
            notification_type = d.get("notification_type", UNSET)
            if notification_type is not UNSET and type(notification_type) is not str:
                _f = "notification_type"
                raise wrong_type("string", notification_type)
            pass_details_to_redirected_page = d.get("pass_details_to_redirected_page", UNSET)
            if pass_details_to_redirected_page is not UNSET and type(pass_details_to_redirected_page) is not bool:
                _f = "pass_details_to_redirected_page"
                raise wrong_type("boolean", pass_details_to_redirected_page)
            type_ = d.get("type", UNSET)
            if type_ is not UNSET and type(type_) is not str:
                _f = "type"
                raise wrong_type("string", type_)
            position = d.get("position", UNSET)
            if position is not UNSET and type(position) is not int:
                _f = "position"
                raise wrong_type("integer", position)
            duration_type = d.get("duration_type", UNSET)
            if duration_type is not UNSET and type(duration_type) is not str:
                _f = "duration_type"
                raise wrong_type("string", duration_type)
            allow_cancel = d.get("allow_cancel", UNSET)
            if allow_cancel is not UNSET and type(allow_cancel) is not bool:
                _f = "allow_cancel"
                raise wrong_type("boolean", allow_cancel)
            allow_reschedule = d.get("allow_reschedule", UNSET)
            if allow_reschedule is not UNSET and type(allow_reschedule) is not bool:
                _f = "allow_reschedule"
                raise wrong_type("boolean", allow_reschedule)
            calendar_as_availability = d.get("calendar_as_availability", UNSET)
            if calendar_as_availability is not UNSET and type(calendar_as_availability) is not bool:
                _f = "calendar_as_availability"
                raise wrong_type("boolean", calendar_as_availability)
            client_can_add_participants = d.get("client_can_add_participants", UNSET)
            if client_can_add_participants is not UNSET and type(client_can_add_participants) is not bool:
                _f = "client_can_add_participants"
                raise wrong_type("boolean", client_can_add_participants)
            multiple_meeting = d.get("multiple_meeting", UNSET)
            if multiple_meeting is not UNSET and type(multiple_meeting) is not bool:
                _f = "multiple_meeting"
                raise wrong_type("boolean", multiple_meeting)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        webhook_event_type = cls(
            name=name,
            slug=slug,
            duration=duration,
            description=description,
            location=location,
            location_label=location_label,
            is_secret=is_secret,
            confirmation_page_type=confirmation_page_type,
            confirmation_page_url=confirmation_page_url,
            notification_type=notification_type,
            pass_details_to_redirected_page=pass_details_to_redirected_page,
            type_=type_,
            position=position,
            duration_type=duration_type,
            allow_cancel=allow_cancel,
            allow_reschedule=allow_reschedule,
            calendar_as_availability=calendar_as_availability,
            client_can_add_participants=client_can_add_participants,
            multiple_meeting=multiple_meeting,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            webhook_event_type.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("WebhookEventType", _extra)
        return webhook_event_type

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
