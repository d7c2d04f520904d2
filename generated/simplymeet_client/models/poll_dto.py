from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.poll_availability_dto import PollAvailabilityDTO
    from ..models.simple_event_type_dto import SimpleEventTypeDTO
    from ..models.simple_user_dto import SimpleUserDTO


T = TypeVar("T", bound="PollDTO")


@_attrs_define
class PollDTO:
    """Data Transfer Object (DTO) for Poll

    Attributes:
        id (int): Poll ID
        uuid (str): Poll UUID
        user (None | SimpleUserDTO): user. The reference prints the type as `user` (not a DTO name); resolved to
            `SimpleUserDTO`, the only user shape otherwise unused.
        event_type (None | SimpleEventTypeDTO): eventType. The reference prints the type as `eventType` (not a DTO
            name); resolved to `SimpleEventTypeDTO`, the only event-type shape otherwise unused.
        vote_visibility (bool | None): Visibility of the poll vote
        comment_visibility (bool | None): Visibility of the poll comment
        email_notification (bool | None): Email notification for the poll
        duration (int | None): Duration of the poll in minutes
        name (None | str): Name of the poll
        created_at (datetime.datetime | None): Creation date of the poll in ISO 8601 format. ISO-8601 with offset, e.g.
            `2024-03-04T17:02:11+00:00`.
        availability (list[PollAvailabilityDTO]): Array of availability slots for the poll. The reference prints the
            type as `PollAvailabilityDTO">PollAvailabilityDTO[]` (an HTML-escaping defect); resolved to an array of
            `PollAvailabilityDTO`.
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

    def to_dict(self) -> dict[str, Any]:
        from ..models.simple_event_type_dto import SimpleEventTypeDTO  # noqa: PLC0415
        from ..models.simple_user_dto import SimpleUserDTO  # noqa: PLC0415

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
            created_at = self.created_at.isoformat()
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.poll_availability_dto import PollAvailabilityDTO  # noqa: PLC0415
        from ..models.simple_event_type_dto import SimpleEventTypeDTO  # noqa: PLC0415
        from ..models.simple_user_dto import SimpleUserDTO  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        uuid = d.pop("uuid")

        def _parse_user(data: object) -> None | SimpleUserDTO:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = SimpleUserDTO.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SimpleUserDTO, data)

        user = _parse_user(d.pop("user"))

        def _parse_event_type(data: object) -> None | SimpleEventTypeDTO:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_type_type_0 = SimpleEventTypeDTO.from_dict(data)

                return event_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SimpleEventTypeDTO, data)

        event_type = _parse_event_type(d.pop("eventType"))

        def _parse_vote_visibility(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        vote_visibility = _parse_vote_visibility(d.pop("voteVisibility"))

        def _parse_comment_visibility(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        comment_visibility = _parse_comment_visibility(d.pop("commentVisibility"))

        def _parse_email_notification(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        email_notification = _parse_email_notification(d.pop("emailNotification"))

        def _parse_duration(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        duration = _parse_duration(d.pop("duration"))

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

        availability = []
        _availability = d.pop("availability")
        for availability_item_data in _availability:
            availability_item = PollAvailabilityDTO.from_dict(availability_item_data)

            availability.append(availability_item)

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

        poll_dto.additional_properties = d
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
