from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_dto import UserDTO


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

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_dto import UserDTO  # noqa: PLC0415

        id = self.id

        rescheduler: None | str
        rescheduler = self.rescheduler

        reason: None | str
        reason = self.reason

        previously_scheduled_at: None | str
        if isinstance(self.previously_scheduled_at, datetime.datetime):
            previously_scheduled_at = self.previously_scheduled_at.isoformat()
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_dto import UserDTO  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_rescheduler(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rescheduler = _parse_rescheduler(d.pop("rescheduler"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_previously_scheduled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                previously_scheduled_at_type_0 = datetime.datetime.fromisoformat(data)

                return previously_scheduled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        previously_scheduled_at = _parse_previously_scheduled_at(d.pop("previouslyScheduledAt"))

        def _parse_previous_user(data: object) -> None | UserDTO:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                previous_user_type_0 = UserDTO.from_dict(data)

                return previous_user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UserDTO, data)

        previous_user = _parse_previous_user(d.pop("previousUser"))

        rescheduling_dto = cls(
            id=id,
            rescheduler=rescheduler,
            reason=reason,
            previously_scheduled_at=previously_scheduled_at,
            previous_user=previous_user,
        )

        rescheduling_dto.additional_properties = d
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
