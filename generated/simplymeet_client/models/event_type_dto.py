from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.duration_type import DurationType
from ..models.event_type_kind import EventTypeKind
from ..models.location_type import LocationType

if TYPE_CHECKING:
    from ..models.event_type_duration_dto import EventTypeDurationDTO
    from ..models.event_type_request_location_type_dto import EventTypeRequestLocationTypeDTO
    from ..models.question_dto import QuestionDTO
    from ..models.user_dto import UserDTO


T = TypeVar("T", bound="EventTypeDTO")


@_attrs_define
class EventTypeDTO:
    """Event type DTO

    Attributes:
        id (int): Unique identifier for the event type
        name (None | str): Name of the event type
        color (None | str): Color
        user (None | UserDTO): User DTO object (event type owner)
        type_ (EventTypeKind | None): Type: regular, round-robin, collective
        duration (int | None): Duration in minutes
        slug (None | str): Slug (unique identifier for the event type)
        amount (float | None): Amount
        currency (None | str): Currency
        location_type (LocationType | None): Location type: 'custom', 'zoom', 'request', 'whereby', 'google_meet',
            'kopano_meet', 'microsoft_teams'
        location (None | str): Event location - custom text
        is_enabled (bool | None): Flag to indicate if the event type is enabled
        is_secret (bool | None): Flag to indicate if the event type is secret
        users (list[UserDTO]): Array of UserDTO objects assigned to the event type
        timezone (None | str): Timezone
        is_localized (bool | None): Flag to indicate if the event type show booking page in client timezone
        duration_type (DurationType | None): Duration type: fixed or flexible
        event_type_durations (list[EventTypeDurationDTO]): Flexible durations
        position (int | None): Position
        event_type_request_location_types (list[EventTypeRequestLocationTypeDTO]): Request location types
        uuid (str): UUID attribute
        is_allow_cancel (bool | None): Display cancellation link in notifications
        is_allow_reschedule (bool | None): Display reschedule link in notifications
        is_show_phone (bool | None): Flag to indicate if phone is to be shown
        is_phone_field_required (bool | None): Flag to indicate if phone field is required
        questions (list[QuestionDTO]): Event type questions
        is_multiple_meeting (bool | None): Flag to indicate if multiple events are allowed (Allow clients to book
            multiple event slots)
        location_label (None | str): Location question if location type = request
        group_meeting_limit (int | None): Group meeting limit
        show_group_meeting_rest (bool | None): Show group meeting rest
    """

    id: int
    name: None | str
    color: None | str
    user: None | UserDTO
    type_: EventTypeKind | None
    duration: int | None
    slug: None | str
    amount: float | None
    currency: None | str
    location_type: LocationType | None
    location: None | str
    is_enabled: bool | None
    is_secret: bool | None
    users: list[UserDTO]
    timezone: None | str
    is_localized: bool | None
    duration_type: DurationType | None
    event_type_durations: list[EventTypeDurationDTO]
    position: int | None
    event_type_request_location_types: list[EventTypeRequestLocationTypeDTO]
    uuid: str
    is_allow_cancel: bool | None
    is_allow_reschedule: bool | None
    is_show_phone: bool | None
    is_phone_field_required: bool | None
    questions: list[QuestionDTO]
    is_multiple_meeting: bool | None
    location_label: None | str
    group_meeting_limit: int | None
    show_group_meeting_rest: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_dto import UserDTO  # noqa: PLC0415

        id = self.id

        name: None | str
        name = self.name

        color: None | str
        color = self.color

        user: dict[str, Any] | None
        if isinstance(self.user, UserDTO):
            user = self.user.to_dict()
        else:
            user = self.user

        type_: None | str
        if isinstance(self.type_, EventTypeKind):
            type_ = self.type_.value
        else:
            type_ = self.type_

        duration: int | None
        duration = self.duration

        slug: None | str
        slug = self.slug

        amount: float | None
        amount = self.amount

        currency: None | str
        currency = self.currency

        location_type: None | str
        if isinstance(self.location_type, LocationType):
            location_type = self.location_type.value
        else:
            location_type = self.location_type

        location: None | str
        location = self.location

        is_enabled: bool | None
        is_enabled = self.is_enabled

        is_secret: bool | None
        is_secret = self.is_secret

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        timezone: None | str
        timezone = self.timezone

        is_localized: bool | None
        is_localized = self.is_localized

        duration_type: None | str
        if isinstance(self.duration_type, DurationType):
            duration_type = self.duration_type.value
        else:
            duration_type = self.duration_type

        event_type_durations = []
        for event_type_durations_item_data in self.event_type_durations:
            event_type_durations_item = event_type_durations_item_data.to_dict()
            event_type_durations.append(event_type_durations_item)

        position: int | None
        position = self.position

        event_type_request_location_types = []
        for event_type_request_location_types_item_data in self.event_type_request_location_types:
            event_type_request_location_types_item = event_type_request_location_types_item_data.to_dict()
            event_type_request_location_types.append(event_type_request_location_types_item)

        uuid = self.uuid

        is_allow_cancel: bool | None
        is_allow_cancel = self.is_allow_cancel

        is_allow_reschedule: bool | None
        is_allow_reschedule = self.is_allow_reschedule

        is_show_phone: bool | None
        is_show_phone = self.is_show_phone

        is_phone_field_required: bool | None
        is_phone_field_required = self.is_phone_field_required

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)

        is_multiple_meeting: bool | None
        is_multiple_meeting = self.is_multiple_meeting

        location_label: None | str
        location_label = self.location_label

        group_meeting_limit: int | None
        group_meeting_limit = self.group_meeting_limit

        show_group_meeting_rest: bool | None
        show_group_meeting_rest = self.show_group_meeting_rest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "color": color,
                "user": user,
                "type": type_,
                "duration": duration,
                "slug": slug,
                "amount": amount,
                "currency": currency,
                "locationType": location_type,
                "location": location,
                "isEnabled": is_enabled,
                "isSecret": is_secret,
                "users": users,
                "timezone": timezone,
                "isLocalized": is_localized,
                "durationType": duration_type,
                "eventTypeDurations": event_type_durations,
                "position": position,
                "eventTypeRequestLocationTypes": event_type_request_location_types,
                "uuid": uuid,
                "isAllowCancel": is_allow_cancel,
                "isAllowReschedule": is_allow_reschedule,
                "isShowPhone": is_show_phone,
                "isPhoneFieldRequired": is_phone_field_required,
                "questions": questions,
                "isMultipleMeeting": is_multiple_meeting,
                "locationLabel": location_label,
                "groupMeetingLimit": group_meeting_limit,
                "showGroupMeetingRest": show_group_meeting_rest,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_type_duration_dto import EventTypeDurationDTO  # noqa: PLC0415
        from ..models.event_type_request_location_type_dto import EventTypeRequestLocationTypeDTO  # noqa: PLC0415
        from ..models.question_dto import QuestionDTO  # noqa: PLC0415
        from ..models.user_dto import UserDTO  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_color(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        color = _parse_color(d.pop("color"))

        def _parse_user(data: object) -> None | UserDTO:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = UserDTO.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UserDTO, data)

        user = _parse_user(d.pop("user"))

        def _parse_type_(data: object) -> EventTypeKind | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = EventTypeKind(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventTypeKind | None, data)

        type_ = _parse_type_(d.pop("type"))

        def _parse_duration(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        duration = _parse_duration(d.pop("duration"))

        def _parse_slug(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        slug = _parse_slug(d.pop("slug"))

        def _parse_amount(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        amount = _parse_amount(d.pop("amount"))

        def _parse_currency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        currency = _parse_currency(d.pop("currency"))

        def _parse_location_type(data: object) -> LocationType | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                location_type_type_0 = LocationType(data)

                return location_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocationType | None, data)

        location_type = _parse_location_type(d.pop("locationType"))

        def _parse_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location = _parse_location(d.pop("location"))

        def _parse_is_enabled(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_enabled = _parse_is_enabled(d.pop("isEnabled"))

        def _parse_is_secret(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_secret = _parse_is_secret(d.pop("isSecret"))

        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = UserDTO.from_dict(users_item_data)

            users.append(users_item)

        def _parse_timezone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        timezone = _parse_timezone(d.pop("timezone"))

        def _parse_is_localized(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_localized = _parse_is_localized(d.pop("isLocalized"))

        def _parse_duration_type(data: object) -> DurationType | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                duration_type_type_0 = DurationType(data)

                return duration_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DurationType | None, data)

        duration_type = _parse_duration_type(d.pop("durationType"))

        event_type_durations = []
        _event_type_durations = d.pop("eventTypeDurations")
        for event_type_durations_item_data in _event_type_durations:
            event_type_durations_item = EventTypeDurationDTO.from_dict(event_type_durations_item_data)

            event_type_durations.append(event_type_durations_item)

        def _parse_position(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        position = _parse_position(d.pop("position"))

        event_type_request_location_types = []
        _event_type_request_location_types = d.pop("eventTypeRequestLocationTypes")
        for event_type_request_location_types_item_data in _event_type_request_location_types:
            event_type_request_location_types_item = EventTypeRequestLocationTypeDTO.from_dict(
                event_type_request_location_types_item_data
            )

            event_type_request_location_types.append(event_type_request_location_types_item)

        uuid = d.pop("uuid")

        def _parse_is_allow_cancel(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_allow_cancel = _parse_is_allow_cancel(d.pop("isAllowCancel"))

        def _parse_is_allow_reschedule(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_allow_reschedule = _parse_is_allow_reschedule(d.pop("isAllowReschedule"))

        def _parse_is_show_phone(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_show_phone = _parse_is_show_phone(d.pop("isShowPhone"))

        def _parse_is_phone_field_required(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_phone_field_required = _parse_is_phone_field_required(d.pop("isPhoneFieldRequired"))

        questions = []
        _questions = d.pop("questions")
        for questions_item_data in _questions:
            questions_item = QuestionDTO.from_dict(questions_item_data)

            questions.append(questions_item)

        def _parse_is_multiple_meeting(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_multiple_meeting = _parse_is_multiple_meeting(d.pop("isMultipleMeeting"))

        def _parse_location_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location_label = _parse_location_label(d.pop("locationLabel"))

        def _parse_group_meeting_limit(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        group_meeting_limit = _parse_group_meeting_limit(d.pop("groupMeetingLimit"))

        def _parse_show_group_meeting_rest(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        show_group_meeting_rest = _parse_show_group_meeting_rest(d.pop("showGroupMeetingRest"))

        event_type_dto = cls(
            id=id,
            name=name,
            color=color,
            user=user,
            type_=type_,
            duration=duration,
            slug=slug,
            amount=amount,
            currency=currency,
            location_type=location_type,
            location=location,
            is_enabled=is_enabled,
            is_secret=is_secret,
            users=users,
            timezone=timezone,
            is_localized=is_localized,
            duration_type=duration_type,
            event_type_durations=event_type_durations,
            position=position,
            event_type_request_location_types=event_type_request_location_types,
            uuid=uuid,
            is_allow_cancel=is_allow_cancel,
            is_allow_reschedule=is_allow_reschedule,
            is_show_phone=is_show_phone,
            is_phone_field_required=is_phone_field_required,
            questions=questions,
            is_multiple_meeting=is_multiple_meeting,
            location_label=location_label,
            group_meeting_limit=group_meeting_limit,
            show_group_meeting_rest=show_group_meeting_rest,
        )

        event_type_dto.additional_properties = d
        return event_type_dto

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
