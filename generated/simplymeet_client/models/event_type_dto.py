from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    expect_list,
    fill_absent,
    not_an_object,
    note_undeclared,
    wrong_type,
)

from ..models.duration_type import DurationType
from ..models.event_type_kind import EventTypeKind
from ..models.location_type import LocationType

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
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "color",
            "user",
            "type",
            "duration",
            "slug",
            "amount",
            "currency",
            "locationType",
            "location",
            "isEnabled",
            "isSecret",
            "users",
            "timezone",
            "isLocalized",
            "durationType",
            "eventTypeDurations",
            "position",
            "eventTypeRequestLocationTypes",
            "uuid",
            "isAllowCancel",
            "isAllowReschedule",
            "isShowPhone",
            "isPhoneFieldRequired",
            "questions",
            "isMultipleMeeting",
            "locationLabel",
            "groupMeetingLimit",
            "showGroupMeetingRest",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "color": "color",
        "user": "user",
        "type_": "type",
        "duration": "duration",
        "slug": "slug",
        "amount": "amount",
        "currency": "currency",
        "location_type": "locationType",
        "location": "location",
        "is_enabled": "isEnabled",
        "is_secret": "isSecret",
        "users": "users",
        "timezone": "timezone",
        "is_localized": "isLocalized",
        "duration_type": "durationType",
        "event_type_durations": "eventTypeDurations",
        "position": "position",
        "event_type_request_location_types": "eventTypeRequestLocationTypes",
        "uuid": "uuid",
        "is_allow_cancel": "isAllowCancel",
        "is_allow_reschedule": "isAllowReschedule",
        "is_show_phone": "isShowPhone",
        "is_phone_field_required": "isPhoneFieldRequired",
        "questions": "questions",
        "is_multiple_meeting": "isMultipleMeeting",
        "location_label": "locationLabel",
        "group_meeting_limit": "groupMeetingLimit",
        "show_group_meeting_rest": "showGroupMeetingRest",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "color",
        "user",
        "type",
        "duration",
        "slug",
        "amount",
        "currency",
        "locationType",
        "location",
        "isEnabled",
        "isSecret",
        "users",
        "timezone",
        "isLocalized",
        "durationType",
        "eventTypeDurations",
        "position",
        "eventTypeRequestLocationTypes",
        "uuid",
        "isAllowCancel",
        "isAllowReschedule",
        "isShowPhone",
        "isPhoneFieldRequired",
        "questions",
        "isMultipleMeeting",
        "locationLabel",
        "groupMeetingLimit",
        "showGroupMeetingRest",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "color",
            "user",
            "type",
            "duration",
            "slug",
            "amount",
            "currency",
            "locationType",
            "location",
            "isEnabled",
            "isSecret",
            "timezone",
            "isLocalized",
            "durationType",
            "position",
            "isAllowCancel",
            "isAllowReschedule",
            "isShowPhone",
            "isPhoneFieldRequired",
            "isMultipleMeeting",
            "locationLabel",
            "groupMeetingLimit",
            "showGroupMeetingRest",
        }
    )
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
            name = d["name"]
            if name is not None and type(name) is not str:
                _f = "name"
                raise wrong_type("string or null", name)
            color = d["color"]
            if color is not None and type(color) is not str:
                _f = "color"
                raise wrong_type("string or null", color)
            _f = "user"
            _v = d["user"]

            user = _v if _v is None else UserDTO.from_dict(_v)
            _f = "type"
            _v = d["type"]
            if _v is not None and type(_v) is not str:
                _f = "type"
                raise wrong_type("string or null", _v)
            type_ = _v if _v is None else EventTypeKind(_v)
            duration = d["duration"]
            if duration is not None and type(duration) is not int:
                _f = "duration"
                raise wrong_type("integer or null", duration)
            slug = d["slug"]
            if slug is not None and type(slug) is not str:
                _f = "slug"
                raise wrong_type("string or null", slug)
            amount = d["amount"]
            if amount is not None and type(amount) is not float and type(amount) is not int:
                _f = "amount"
                raise wrong_type("number or null", amount)
            currency = d["currency"]
            if currency is not None and type(currency) is not str:
                _f = "currency"
                raise wrong_type("string or null", currency)
            _f = "locationType"
            _v = d["locationType"]
            if _v is not None and type(_v) is not str:
                _f = "locationType"
                raise wrong_type("string or null", _v)
            location_type = _v if _v is None else LocationType(_v)
            location = d["location"]
            if location is not None and type(location) is not str:
                _f = "location"
                raise wrong_type("string or null", location)
            is_enabled = d["isEnabled"]
            if is_enabled is not None and type(is_enabled) is not bool:
                _f = "isEnabled"
                raise wrong_type("boolean or null", is_enabled)
            is_secret = d["isSecret"]
            if is_secret is not None and type(is_secret) is not bool:
                _f = "isSecret"
                raise wrong_type("boolean or null", is_secret)
            _f = "users"
            _v = d["users"]
            users = []
            for _i, _x in enumerate(expect_list(_v)):
                users.append(UserDTO.from_dict(_x))
            _i = -1
            timezone = d["timezone"]
            if timezone is not None and type(timezone) is not str:
                _f = "timezone"
                raise wrong_type("string or null", timezone)
            is_localized = d["isLocalized"]
            if is_localized is not None and type(is_localized) is not bool:
                _f = "isLocalized"
                raise wrong_type("boolean or null", is_localized)
            _f = "durationType"
            _v = d["durationType"]
            if _v is not None and type(_v) is not str:
                _f = "durationType"
                raise wrong_type("string or null", _v)
            duration_type = _v if _v is None else DurationType(_v)
            _f = "eventTypeDurations"
            _v = d["eventTypeDurations"]
            event_type_durations = []
            for _i, _x in enumerate(expect_list(_v)):
                event_type_durations.append(EventTypeDurationDTO.from_dict(_x))
            _i = -1
            position = d["position"]
            if position is not None and type(position) is not int:
                _f = "position"
                raise wrong_type("integer or null", position)
            _f = "eventTypeRequestLocationTypes"
            _v = d["eventTypeRequestLocationTypes"]
            event_type_request_location_types = []
            for _i, _x in enumerate(expect_list(_v)):
                event_type_request_location_types.append(EventTypeRequestLocationTypeDTO.from_dict(_x))
            _i = -1
            uuid = d["uuid"]
            if type(uuid) is not str:
                _f = "uuid"
                raise wrong_type("string", uuid)
            is_allow_cancel = d["isAllowCancel"]
            if is_allow_cancel is not None and type(is_allow_cancel) is not bool:
                _f = "isAllowCancel"
                raise wrong_type("boolean or null", is_allow_cancel)
            is_allow_reschedule = d["isAllowReschedule"]
            if is_allow_reschedule is not None and type(is_allow_reschedule) is not bool:
                _f = "isAllowReschedule"
                raise wrong_type("boolean or null", is_allow_reschedule)
            is_show_phone = d["isShowPhone"]
            if is_show_phone is not None and type(is_show_phone) is not bool:
                _f = "isShowPhone"
                raise wrong_type("boolean or null", is_show_phone)
            is_phone_field_required = d["isPhoneFieldRequired"]
            if is_phone_field_required is not None and type(is_phone_field_required) is not bool:
                _f = "isPhoneFieldRequired"
                raise wrong_type("boolean or null", is_phone_field_required)
            _f = "questions"
            _v = d["questions"]
            questions = []
            for _i, _x in enumerate(expect_list(_v)):
                questions.append(QuestionDTO.from_dict(_x))
            _i = -1
            is_multiple_meeting = d["isMultipleMeeting"]
            if is_multiple_meeting is not None and type(is_multiple_meeting) is not bool:
                _f = "isMultipleMeeting"
                raise wrong_type("boolean or null", is_multiple_meeting)
            location_label = d["locationLabel"]
            if location_label is not None and type(location_label) is not str:
                _f = "locationLabel"
                raise wrong_type("string or null", location_label)
            group_meeting_limit = d["groupMeetingLimit"]
            if group_meeting_limit is not None and type(group_meeting_limit) is not int:
                _f = "groupMeetingLimit"
                raise wrong_type("integer or null", group_meeting_limit)
            show_group_meeting_rest = d["showGroupMeetingRest"]
            if show_group_meeting_rest is not None and type(show_group_meeting_rest) is not bool:
                _f = "showGroupMeetingRest"
                raise wrong_type("boolean or null", show_group_meeting_rest)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
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

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            event_type_dto.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("EventTypeDTO", _extra)
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


from ..models.event_type_duration_dto import EventTypeDurationDTO
from ..models.event_type_request_location_type_dto import EventTypeRequestLocationTypeDTO
from ..models.question_dto import QuestionDTO
from ..models.user_dto import UserDTO
