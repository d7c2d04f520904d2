from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..errors import SchemaMismatch, expect_list, not_an_object
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventInviteParticipantsRequestDTO")


@_attrs_define
class EventInviteParticipantsRequestDTO:
    """Event invite participants request schema

    Attributes:
        emails (list[str]): Emails. Item type not printed by the reference (`array`); items are e-mail addresses.
        message (str | Unset): Message
    """

    emails: list[str]
    message: str | Unset = UNSET
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "emails",
            "message",
        }
    )

    def to_dict(self) -> dict[str, Any]:
        if len(self.emails) < 1:
            raise ValueError("emails must have at least 1 item(s), got " + str(len(self.emails)))

        emails = self.emails

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "emails": emails,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            raise not_an_object(src_dict)
        d = src_dict
        _f = ""
        _i = -1
        try:
            _f = "emails"
            _v = d["emails"]
            emails = expect_list(_v)
            message = d.get("message", UNSET)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc

        # Positional, in the order the attributes are declared above (faster than keywords for wide models).
        event_invite_participants_request_dto = cls(
            emails,
            message,
        )

        return event_invite_participants_request_dto
