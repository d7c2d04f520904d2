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

T = TypeVar("T", bound="EventInviteParticipantsRequestDTO")


@_attrs_define
class EventInviteParticipantsRequestDTO:
    """Event invite participants request schema

    Attributes:
        emails (list[str]): Emails.
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
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "emails": "emails",
        "message": "message",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = ("emails",)
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = False
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

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
            _f = "emails"
            _v = d["emails"]
            emails = []
            for _i, _x in enumerate(expect_list(_v)):
                if type(_x) is not str:
                    raise wrong_type("string", _x)
                emails.append(_x)
            _i = -1
            message = d.get("message", UNSET)
            if message is not UNSET and type(message) is not str:
                _f = "message"
                raise wrong_type("string", message)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        event_invite_participants_request_dto = cls(
            emails=emails,
            message=message,
        )

        return event_invite_participants_request_dto
