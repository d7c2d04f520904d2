from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.poll_availability_request_dto import PollAvailabilityRequestDTO


T = TypeVar("T", bound="PollRequestDTO")


@_attrs_define
class PollRequestDTO:
    """Poll request schema

    Attributes:
        event_type_id (int): Event type ID for the poll
        duration (int): Duration of the poll in minutes
        name (str): Name of the poll
        availability (list[PollAvailabilityRequestDTO]): Array of availability slots for the poll
        vote_visibility (bool | Unset): Visibility of the poll vote
        comment_visibility (bool | Unset): Visibility of the poll comment
        email_notification (bool | Unset): Email notification for the poll
    """

    event_type_id: int
    duration: int
    name: str
    availability: list[PollAvailabilityRequestDTO]
    vote_visibility: bool | Unset = UNSET
    comment_visibility: bool | Unset = UNSET
    email_notification: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        event_type_id = self.event_type_id

        duration = self.duration

        name = self.name

        availability = []
        for availability_item_data in self.availability:
            availability_item = availability_item_data.to_dict()
            availability.append(availability_item)

        vote_visibility = self.vote_visibility

        comment_visibility = self.comment_visibility

        email_notification = self.email_notification

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "eventTypeId": event_type_id,
                "duration": duration,
                "name": name,
                "availability": availability,
            }
        )
        if vote_visibility is not UNSET:
            field_dict["voteVisibility"] = vote_visibility
        if comment_visibility is not UNSET:
            field_dict["commentVisibility"] = comment_visibility
        if email_notification is not UNSET:
            field_dict["emailNotification"] = email_notification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.poll_availability_request_dto import PollAvailabilityRequestDTO  # noqa: PLC0415

        d = dict(src_dict)
        event_type_id = d.pop("eventTypeId")

        duration = d.pop("duration")

        name = d.pop("name")

        availability = []
        _availability = d.pop("availability")
        for availability_item_data in _availability:
            availability_item = PollAvailabilityRequestDTO.from_dict(availability_item_data)

            availability.append(availability_item)

        vote_visibility = d.pop("voteVisibility", UNSET)

        comment_visibility = d.pop("commentVisibility", UNSET)

        email_notification = d.pop("emailNotification", UNSET)

        poll_request_dto = cls(
            event_type_id=event_type_id,
            duration=duration,
            name=name,
            availability=availability,
            vote_visibility=vote_visibility,
            comment_visibility=comment_visibility,
            email_notification=email_notification,
        )

        return poll_request_dto
