from __future__ import annotations

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

from ..models.event_type_kind import EventTypeKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetEventTypeListFilterDTO")


@_attrs_define
class GetEventTypeListFilterDTO:
    """Get Event Type List Filter. Sent in the query string, never as a body: its members are the query parameters of
    listEventTypes (the `filter` deepObject parameter).

        Attributes:
            ids (list[int] | Unset): Event type ids.
            for_current_user (bool | Unset): Get event types for current user
            manage_round_robin (bool | Unset): To retrieve a list of event types that a user can edit.
            type_ (EventTypeKind | Unset): Kind of event type: regular, round-robin or collective.
    """

    ids: list[int] | Unset = UNSET
    for_current_user: bool | Unset = UNSET
    manage_round_robin: bool | Unset = UNSET
    type_: EventTypeKind | Unset = UNSET
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "ids",
            "forCurrentUser",
            "manageRoundRobin",
            "type",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "ids": "ids",
        "for_current_user": "forCurrentUser",
        "manage_round_robin": "manageRoundRobin",
        "type_": "type",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = False
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        ids: list[int] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        for_current_user = self.for_current_user

        manage_round_robin = self.manage_round_robin

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if for_current_user is not UNSET:
            field_dict["forCurrentUser"] = for_current_user
        if manage_round_robin is not UNSET:
            field_dict["manageRoundRobin"] = manage_round_robin
        if type_ is not UNSET:
            field_dict["type"] = type_
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
            for_current_user = d.get("forCurrentUser", UNSET)
            if for_current_user is not UNSET and type(for_current_user) is not bool:
                _f = "forCurrentUser"
                raise wrong_type("boolean", for_current_user)
            manage_round_robin = d.get("manageRoundRobin", UNSET)
            if manage_round_robin is not UNSET and type(manage_round_robin) is not bool:
                _f = "manageRoundRobin"
                raise wrong_type("boolean", manage_round_robin)
            _f = "type"
            _v = d.get("type", UNSET)
            if _v is not UNSET and type(_v) is not str:
                _f = "type"
                raise wrong_type("string", _v)
            type_ = _v if isinstance(_v, Unset) else EventTypeKind(_v)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        get_event_type_list_filter_dto = cls(
            ids=ids,
            for_current_user=for_current_user,
            manage_round_robin=manage_round_robin,
            type_=type_,
        )

        return get_event_type_list_filter_dto
