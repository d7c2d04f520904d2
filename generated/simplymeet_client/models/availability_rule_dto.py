from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.availability_rule_dto_config import AvailabilityRuleDTOConfig
    from ..models.hour_interval_dto import HourIntervalDTO


T = TypeVar("T", bound="AvailabilityRuleDTO")


@_attrs_define
class AvailabilityRuleDTO:
    """Availability Rule

    Attributes:
        type_ (str): The type of the availability rule.
        hour_intervals (list[HourIntervalDTO]): The hour intervals of the availability rule.
        config (AvailabilityRuleDTOConfig | Unset): The configuration of the availability rule. Example: {date:
            '2023-11-16'} or {weekday: 'wednesday'}
    """

    type_: str
    hour_intervals: list[HourIntervalDTO]
    config: AvailabilityRuleDTOConfig | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        hour_intervals = []
        for hour_intervals_item_data in self.hour_intervals:
            hour_intervals_item = hour_intervals_item_data.to_dict()
            hour_intervals.append(hour_intervals_item)

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "hourIntervals": hour_intervals,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.availability_rule_dto_config import AvailabilityRuleDTOConfig  # noqa: PLC0415
        from ..models.hour_interval_dto import HourIntervalDTO  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        hour_intervals = []
        _hour_intervals = d.pop("hourIntervals")
        for hour_intervals_item_data in _hour_intervals:
            hour_intervals_item = HourIntervalDTO.from_dict(hour_intervals_item_data)

            hour_intervals.append(hour_intervals_item)

        _config = d.pop("config", UNSET)
        config: AvailabilityRuleDTOConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = AvailabilityRuleDTOConfig.from_dict(_config)

        availability_rule_dto = cls(
            type_=type_,
            hour_intervals=hour_intervals,
            config=config,
        )

        return availability_rule_dto
