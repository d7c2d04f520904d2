from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from simplymeet_runtime.wire import format_date

from ..errors import SchemaMismatch, expect_list, not_an_object
from ..models.event_type_kind import EventTypeKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetEventListFilterDTO")


@_attrs_define
class GetEventListFilterDTO:
    """Get Event List Filter. Sent in the query string, never as a body: its members are the query parameters of listEvents
    (the `filter` deepObject parameter).

        Attributes:
            ids (list[int] | Unset): Event ids. Item type not printed by the reference (`array`); ids are integers.
            event_type_type (EventTypeKind | Unset): Kind of event type ("Type: regular, round-robin, collective" in the
                reference).
            state (str | Unset): Event state
            payment_status (str | Unset): Payment status
            invitee (str | Unset): Invitee (email or name)
            uuid (str | Unset): Event uuid
            event_type_list (list[int] | Unset): Event type ids. Item type not printed by the reference (`array`); ids are
                integers.
            user_list (list[int] | Unset): User ids. Item type not printed by the reference (`array`); ids are integers.
            organization_tag_list (list[int] | Unset): Organization tag ids. Item type not printed by the reference
                (`array`); ids are integers.
            scheduled_at_from (datetime.date | Unset): Scheduled at from: YYYY-MM-DD
            scheduled_at_to (datetime.date | Unset): Scheduled at to: YYYY-MM-DD
    """

    ids: list[int] | Unset = UNSET
    event_type_type: EventTypeKind | Unset = UNSET
    state: str | Unset = UNSET
    payment_status: str | Unset = UNSET
    invitee: str | Unset = UNSET
    uuid: str | Unset = UNSET
    event_type_list: list[int] | Unset = UNSET
    user_list: list[int] | Unset = UNSET
    organization_tag_list: list[int] | Unset = UNSET
    scheduled_at_from: datetime.date | Unset = UNSET
    scheduled_at_to: datetime.date | Unset = UNSET
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "ids",
            "eventTypeType",
            "state",
            "paymentStatus",
            "invitee",
            "uuid",
            "eventTypeList",
            "userList",
            "organizationTagList",
            "scheduledAtFrom",
            "scheduledAtTo",
        }
    )

    def to_dict(self) -> dict[str, Any]:

        ids: list[int] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        event_type_type: str | Unset = UNSET
        if not isinstance(self.event_type_type, Unset):
            event_type_type = self.event_type_type.value

        state = self.state

        payment_status = self.payment_status

        invitee = self.invitee

        uuid = self.uuid

        event_type_list: list[int] | Unset = UNSET
        if not isinstance(self.event_type_list, Unset):
            event_type_list = self.event_type_list

        user_list: list[int] | Unset = UNSET
        if not isinstance(self.user_list, Unset):
            user_list = self.user_list

        organization_tag_list: list[int] | Unset = UNSET
        if not isinstance(self.organization_tag_list, Unset):
            organization_tag_list = self.organization_tag_list

        scheduled_at_from: str | Unset = UNSET
        if not isinstance(self.scheduled_at_from, Unset):
            scheduled_at_from = format_date(self.scheduled_at_from, "scheduledAtFrom")

        scheduled_at_to: str | Unset = UNSET
        if not isinstance(self.scheduled_at_to, Unset):
            scheduled_at_to = format_date(self.scheduled_at_to, "scheduledAtTo")

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if event_type_type is not UNSET:
            field_dict["eventTypeType"] = event_type_type
        if state is not UNSET:
            field_dict["state"] = state
        if payment_status is not UNSET:
            field_dict["paymentStatus"] = payment_status
        if invitee is not UNSET:
            field_dict["invitee"] = invitee
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if event_type_list is not UNSET:
            field_dict["eventTypeList"] = event_type_list
        if user_list is not UNSET:
            field_dict["userList"] = user_list
        if organization_tag_list is not UNSET:
            field_dict["organizationTagList"] = organization_tag_list
        if scheduled_at_from is not UNSET:
            field_dict["scheduledAtFrom"] = scheduled_at_from
        if scheduled_at_to is not UNSET:
            field_dict["scheduledAtTo"] = scheduled_at_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            raise not_an_object(src_dict)
        d = src_dict
        _f = ""
        _i = -1
        try:
            _f = "ids"
            _v = d.get("ids", UNSET)
            ids = _v if _v is UNSET else expect_list(_v)
            _f = "eventTypeType"
            _v = d.get("eventTypeType", UNSET)
            event_type_type = _v if _v is UNSET else EventTypeKind(_v)
            state = d.get("state", UNSET)
            payment_status = d.get("paymentStatus", UNSET)
            invitee = d.get("invitee", UNSET)
            uuid = d.get("uuid", UNSET)
            _f = "eventTypeList"
            _v = d.get("eventTypeList", UNSET)
            event_type_list = _v if _v is UNSET else expect_list(_v)
            _f = "userList"
            _v = d.get("userList", UNSET)
            user_list = _v if _v is UNSET else expect_list(_v)
            _f = "organizationTagList"
            _v = d.get("organizationTagList", UNSET)
            organization_tag_list = _v if _v is UNSET else expect_list(_v)
            _f = "scheduledAtFrom"
            _v = d.get("scheduledAtFrom", UNSET)
            scheduled_at_from = _v if _v is UNSET else datetime.date.fromisoformat(_v)
            _f = "scheduledAtTo"
            _v = d.get("scheduledAtTo", UNSET)
            scheduled_at_to = _v if _v is UNSET else datetime.date.fromisoformat(_v)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc

        # Positional, in the order the attributes are declared above (faster than keywords for wide models).
        get_event_list_filter_dto = cls(
            ids,
            event_type_type,
            state,
            payment_status,
            invitee,
            uuid,
            event_type_list,
            user_list,
            organization_tag_list,
            scheduled_at_from,
            scheduled_at_to,
        )

        return get_event_list_filter_dto
