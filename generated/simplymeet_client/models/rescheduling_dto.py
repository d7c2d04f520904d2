from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    fill_absent,
    not_an_object,
    note_undeclared,
    parse_datetime,
    wrong_type,
)
from simplymeet_runtime.wire import format_datetime

T = TypeVar("T", bound="ReschedulingDTO")


@_attrs_define
class ReschedulingDTO:
    """Rescheduling

    Attributes:
        id (int): The unique identifier of the rescheduling.
        rescheduler (None | str): The user of the rescheduling.
        reason (None | str): The reason of the rescheduling.
        previously_scheduled_at (datetime.datetime | None): The date and time of the rescheduling. ISO-8601 with offset,
            e.g. `2024-03-04T17:02:11+00:00`.
        previous_user (None | UserDTO): The user of the previous appointment.
    """

    id: int
    rescheduler: None | str
    reason: None | str
    previously_scheduled_at: datetime.datetime | None
    previous_user: None | UserDTO
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "rescheduler",
            "reason",
            "previouslyScheduledAt",
            "previousUser",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "rescheduler": "rescheduler",
        "reason": "reason",
        "previously_scheduled_at": "previouslyScheduledAt",
        "previous_user": "previousUser",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "rescheduler",
        "reason",
        "previouslyScheduledAt",
        "previousUser",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset(
        {
            "rescheduler",
            "reason",
            "previouslyScheduledAt",
            "previousUser",
        }
    )
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        rescheduler: None | str
        rescheduler = self.rescheduler

        reason: None | str
        reason = self.reason

        previously_scheduled_at: None | str
        if isinstance(self.previously_scheduled_at, datetime.datetime):
            previously_scheduled_at = format_datetime(self.previously_scheduled_at, "previously_scheduled_at_type_0")
        else:
            previously_scheduled_at = self.previously_scheduled_at

        previous_user: dict[str, Any] | None
        if isinstance(self.previous_user, UserDTO):
            previous_user = self.previous_user.to_dict()
        else:
            previous_user = self.previous_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "rescheduler": rescheduler,
                "reason": reason,
                "previouslyScheduledAt": previously_scheduled_at,
                "previousUser": previous_user,
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
            rescheduler = d["rescheduler"]
            if rescheduler is not None and type(rescheduler) is not str:
                _f = "rescheduler"
                raise wrong_type("string or null", rescheduler)
            reason = d["reason"]
            if reason is not None and type(reason) is not str:
                _f = "reason"
                raise wrong_type("string or null", reason)
            _f = "previouslyScheduledAt"
            _v = d["previouslyScheduledAt"]
            if _v is not None and type(_v) is not str:
                _f = "previouslyScheduledAt"
                raise wrong_type("string or null", _v)
            previously_scheduled_at = _v if _v is None else parse_datetime(_v)
            _f = "previousUser"
            _v = d["previousUser"]

            previous_user = _v if _v is None else UserDTO.from_dict(_v)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        rescheduling_dto = cls(
            id=id,
            rescheduler=rescheduler,
            reason=reason,
            previously_scheduled_at=previously_scheduled_at,
            previous_user=previous_user,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            rescheduling_dto.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("ReschedulingDTO", _extra)
        return rescheduling_dto

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


from ..models.user_dto import UserDTO
