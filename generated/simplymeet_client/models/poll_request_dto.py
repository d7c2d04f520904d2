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
    wrong_type,
)

from ..types import UNSET, Unset

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
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "eventTypeId",
            "duration",
            "name",
            "availability",
            "voteVisibility",
            "commentVisibility",
            "emailNotification",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "event_type_id": "eventTypeId",
        "duration": "duration",
        "name": "name",
        "availability": "availability",
        "vote_visibility": "voteVisibility",
        "comment_visibility": "commentVisibility",
        "email_notification": "emailNotification",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "eventTypeId",
        "duration",
        "name",
        "availability",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = False
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

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
            event_type_id = d["eventTypeId"]
            if type(event_type_id) is not int:
                _f = "eventTypeId"
                raise wrong_type("integer", event_type_id)
            duration = d["duration"]
            if type(duration) is not int:
                _f = "duration"
                raise wrong_type("integer", duration)
            name = d["name"]
            if type(name) is not str:
                _f = "name"
                raise wrong_type("string", name)
            _f = "availability"
            _v = d["availability"]
            availability = []
            for _i, _x in enumerate(expect_list(_v)):
                availability.append(PollAvailabilityRequestDTO.from_dict(_x))
            _i = -1
            vote_visibility = d.get("voteVisibility", UNSET)
            if vote_visibility is not UNSET and type(vote_visibility) is not bool:
                _f = "voteVisibility"
                raise wrong_type("boolean", vote_visibility)
            comment_visibility = d.get("commentVisibility", UNSET)
            if comment_visibility is not UNSET and type(comment_visibility) is not bool:
                _f = "commentVisibility"
                raise wrong_type("boolean", comment_visibility)
            email_notification = d.get("emailNotification", UNSET)
            if email_notification is not UNSET and type(email_notification) is not bool:
                _f = "emailNotification"
                raise wrong_type("boolean", email_notification)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
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


from ..models.poll_availability_request_dto import PollAvailabilityRequestDTO
