from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    not_an_object,
    wrong_type,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="EditEventInviteeRequestDTO")


@_attrs_define
class EditEventInviteeRequestDTO:
    """EditEventInviteeRequestDTO

    Attributes:
        full_name (str | Unset): The full name of the invitee.
        phone_number (str | Unset): The phone number of the invitee.
    """

    full_name: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "fullName",
            "phoneNumber",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "full_name": "fullName",
        "phone_number": "phoneNumber",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = False
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        full_name = self.full_name

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
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
            full_name = d.get("fullName", UNSET)
            if full_name is not UNSET and type(full_name) is not str:
                _f = "fullName"
                raise wrong_type("string", full_name)
            phone_number = d.get("phoneNumber", UNSET)
            if phone_number is not UNSET and type(phone_number) is not str:
                _f = "phoneNumber"
                raise wrong_type("string", phone_number)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        edit_event_invitee_request_dto = cls(
            full_name=full_name,
            phone_number=phone_number,
        )

        return edit_event_invitee_request_dto
