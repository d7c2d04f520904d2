from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    expect_list,
    not_an_object,
    wrong_type,
)
from simplymeet_runtime.wire import format_date, warn_unknown

from ..models.event_type_kind import EventTypeKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetEventListFilterDTO")


@_attrs_define
class GetEventListFilterDTO:
    """Get Event List Filter. Sent in the query string, never as a body: its members are the query parameters of listEvents
    (the `filter` deepObject parameter).

        Attributes:
            ids (list[int] | Unset): Event ids.
            event_type_type (EventTypeKind | Unset): Kind of event type: regular, round-robin or collective.
            state (str | Unset): Event state. Known values: `new` (booked; a rescheduled event stays `new`, its moves in
                `rescheduling`), `canceled` (see `canceledAt` and `cancellation`) and `no_show` (marked as not attended). The
                set is open: another value may appear, and is kept as given. Filters on one state.
            payment_status (str | Unset): Payment status
            invitee (str | Unset): Invitee (email or name)
            uuid (str | Unset): Event uuid
            event_type_list (list[int] | Unset): Event type ids.
            user_list (list[int] | Unset): User ids.
            organization_tag_list (list[int] | Unset): Organization tag ids.
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
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "ids": "ids",
        "event_type_type": "eventTypeType",
        "state": "state",
        "payment_status": "paymentStatus",
        "invitee": "invitee",
        "uuid": "uuid",
        "event_type_list": "eventTypeList",
        "user_list": "userList",
        "organization_tag_list": "organizationTagList",
        "scheduled_at_from": "scheduledAtFrom",
        "scheduled_at_to": "scheduledAtTo",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = False
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        ids: list[int] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        event_type_type: str | Unset = UNSET
        if not isinstance(self.event_type_type, Unset):
            event_type_type = self.event_type_type.value

        if not isinstance(self.state, Unset):
            warn_unknown(self.state, ("new", "canceled", "no_show"), "state")
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
            scheduled_at_from = format_date(self.scheduled_at_from, "scheduled_at_from")

        scheduled_at_to: str | Unset = UNSET
        if not isinstance(self.scheduled_at_to, Unset):
            scheduled_at_to = format_date(self.scheduled_at_to, "scheduled_at_to")

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
            _f = "ids"
            _v = d.get("ids", UNSET)
            ids: list[int] | Unset = UNSET
            if _v is not UNSET:
                ids = []
                for _i, _x in enumerate(expect_list(_v)):
                    if type(_x) is not int:
                        raise wrong_type("integer", _x)
                    ids.append(_x)
                _i = -1
            _f = "eventTypeType"
            _v = d.get("eventTypeType", UNSET)
            if _v is not UNSET and type(_v) is not str:
                _f = "eventTypeType"
                raise wrong_type("string", _v)
            event_type_type = _v if isinstance(_v, Unset) else EventTypeKind(_v)
            state = d.get("state", UNSET)
            if state is not UNSET and type(state) is not str:
                _f = "state"
                raise wrong_type("string", state)
            payment_status = d.get("paymentStatus", UNSET)
            if payment_status is not UNSET and type(payment_status) is not str:
                _f = "paymentStatus"
                raise wrong_type("string", payment_status)
            invitee = d.get("invitee", UNSET)
            if invitee is not UNSET and type(invitee) is not str:
                _f = "invitee"
                raise wrong_type("string", invitee)
            uuid = d.get("uuid", UNSET)
            if uuid is not UNSET and type(uuid) is not str:
                _f = "uuid"
                raise wrong_type("string", uuid)
            _f = "eventTypeList"
            _v = d.get("eventTypeList", UNSET)
            event_type_list: list[int] | Unset = UNSET
            if _v is not UNSET:
                event_type_list = []
                for _i, _x in enumerate(expect_list(_v)):
                    if type(_x) is not int:
                        raise wrong_type("integer", _x)
                    event_type_list.append(_x)
                _i = -1
            _f = "userList"
            _v = d.get("userList", UNSET)
            user_list: list[int] | Unset = UNSET
            if _v is not UNSET:
                user_list = []
                for _i, _x in enumerate(expect_list(_v)):
                    if type(_x) is not int:
                        raise wrong_type("integer", _x)
                    user_list.append(_x)
                _i = -1
            _f = "organizationTagList"
            _v = d.get("organizationTagList", UNSET)
            organization_tag_list: list[int] | Unset = UNSET
            if _v is not UNSET:
                organization_tag_list = []
                for _i, _x in enumerate(expect_list(_v)):
                    if type(_x) is not int:
                        raise wrong_type("integer", _x)
                    organization_tag_list.append(_x)
                _i = -1
            _f = "scheduledAtFrom"
            _v = d.get("scheduledAtFrom", UNSET)
            if _v is not UNSET and type(_v) is not str:
                _f = "scheduledAtFrom"
                raise wrong_type("string", _v)
            scheduled_at_from = _v if isinstance(_v, Unset) else datetime.date.fromisoformat(_v)
            _f = "scheduledAtTo"
            _v = d.get("scheduledAtTo", UNSET)
            if _v is not UNSET and type(_v) is not str:
                _f = "scheduledAtTo"
                raise wrong_type("string", _v)
            scheduled_at_to = _v if isinstance(_v, Unset) else datetime.date.fromisoformat(_v)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        get_event_list_filter_dto = cls(
            ids=ids,
            event_type_type=event_type_type,
            state=state,
            payment_status=payment_status,
            invitee=invitee,
            uuid=uuid,
            event_type_list=event_type_list,
            user_list=user_list,
            organization_tag_list=organization_tag_list,
            scheduled_at_from=scheduled_at_from,
            scheduled_at_to=scheduled_at_to,
        )

        return get_event_list_filter_dto
