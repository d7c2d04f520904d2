from __future__ import annotations

import datetime
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
    parse_datetime,
    wrong_type,
)
from simplymeet_runtime.wire import format_datetime

T = TypeVar("T", bound="PollDTO")


@_attrs_define
class PollDTO:
    """Data Transfer Object (DTO) for Poll

    Attributes:
        id (int): Poll ID
        uuid (str): Poll UUID
        user (None | SimpleUserDTO): user.
        event_type (None | SimpleEventTypeDTO): eventType.
        vote_visibility (bool | None): Visibility of the poll vote
        comment_visibility (bool | None): Visibility of the poll comment
        email_notification (bool | None): Email notification for the poll
        duration (int | None): Duration of the poll in minutes
        name (None | str): Name of the poll
        created_at (datetime.datetime | None): Creation date of the poll in ISO 8601 format. ISO-8601 with offset, e.g.
            `2024-03-04T17:02:11+00:00`.
        availability (list[PollAvailabilityDTO]): Array of availability slots for the poll.
    """

    id: int
    uuid: str
    user: None | SimpleUserDTO
    event_type: None | SimpleEventTypeDTO
    vote_visibility: bool | None
    comment_visibility: bool | None
    email_notification: bool | None
    duration: int | None
    name: None | str
    created_at: datetime.datetime | None
    availability: list[PollAvailabilityDTO]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "uuid",
            "user",
            "eventType",
            "voteVisibility",
            "commentVisibility",
            "emailNotification",
            "duration",
            "name",
            "createdAt",
            "availability",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "uuid": "uuid",
        "user": "user",
        "event_type": "eventType",
        "vote_visibility": "voteVisibility",
        "comment_visibility": "commentVisibility",
        "email_notification": "emailNotification",
        "duration": "duration",
        "name": "name",
        "created_at": "createdAt",
        "availability": "availability",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "uuid",
        "user",
        "eventType",
        "voteVisibility",
        "commentVisibility",
        "emailNotification",
        "duration",
        "name",
        "createdAt",
        "availability",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset(
        {
            "user",
            "eventType",
            "voteVisibility",
            "commentVisibility",
            "emailNotification",
            "duration",
            "name",
            "createdAt",
        }
    )
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uuid = self.uuid

        user: dict[str, Any] | None
        if isinstance(self.user, SimpleUserDTO):
            user = self.user.to_dict()
        else:
            user = self.user

        event_type: dict[str, Any] | None
        if isinstance(self.event_type, SimpleEventTypeDTO):
            event_type = self.event_type.to_dict()
        else:
            event_type = self.event_type

        vote_visibility: bool | None
        vote_visibility = self.vote_visibility

        comment_visibility: bool | None
        comment_visibility = self.comment_visibility

        email_notification: bool | None
        email_notification = self.email_notification

        duration: int | None
        duration = self.duration

        name: None | str
        name = self.name

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = format_datetime(self.created_at, "created_at_type_0")
        else:
            created_at = self.created_at

        availability = []
        for availability_item_data in self.availability:
            availability_item = availability_item_data.to_dict()
            availability.append(availability_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "uuid": uuid,
                "user": user,
                "eventType": event_type,
                "voteVisibility": vote_visibility,
                "commentVisibility": comment_visibility,
                "emailNotification": email_notification,
                "duration": duration,
                "name": name,
                "createdAt": created_at,
                "availability": availability,
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
            _f = "user"
            _v = d["user"]

            user = _v if _v is None else SimpleUserDTO.from_dict(_v)
            _f = "eventType"
            _v = d["eventType"]

            event_type = _v if _v is None else SimpleEventTypeDTO.from_dict(_v)
            vote_visibility = d["voteVisibility"]
            if vote_visibility is not None and type(vote_visibility) is not bool:
                _f = "voteVisibility"
                raise wrong_type("boolean or null", vote_visibility)
            comment_visibility = d["commentVisibility"]
            if comment_visibility is not None and type(comment_visibility) is not bool:
                _f = "commentVisibility"
                raise wrong_type("boolean or null", comment_visibility)
            email_notification = d["emailNotification"]
            if email_notification is not None and type(email_notification) is not bool:
                _f = "emailNotification"
                raise wrong_type("boolean or null", email_notification)
            duration = d["duration"]
            if duration is not None and type(duration) is not int:
                _f = "duration"
                raise wrong_type("integer or null", duration)
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
            _f = "availability"
            _v = d["availability"]
            availability = []
            for _i, _x in enumerate(expect_list(_v)):
                availability.append(PollAvailabilityDTO.from_dict(_x))
            _i = -1
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        poll_dto = cls(
            id=id,
            uuid=uuid,
            user=user,
            event_type=event_type,
            vote_visibility=vote_visibility,
            comment_visibility=comment_visibility,
            email_notification=email_notification,
            duration=duration,
            name=name,
            created_at=created_at,
            availability=availability,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            poll_dto.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("PollDTO", _extra)
        return poll_dto

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


from ..models.poll_availability_dto import PollAvailabilityDTO
from ..models.simple_event_type_dto import SimpleEventTypeDTO
from ..models.simple_user_dto import SimpleUserDTO
