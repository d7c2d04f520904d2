from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.availability_rule_dto import AvailabilityRuleDTO
    from ..models.availability_rule_request_dto_period_type_config import AvailabilityRuleRequestDTOPeriodTypeConfig


T = TypeVar("T", bound="AvailabilityRuleRequestDTO")


@_attrs_define
class AvailabilityRuleRequestDTO:
    """Availability Rule Request

    Attributes:
        event_type_ids (list[int]): The event type IDs. Item type not printed by the reference (`array`); ids are
            integers.
        availability_rules (list[AvailabilityRuleDTO]): The availability rules.
        period_type (str | Unset): The type of the period.
        period_type_config (AvailabilityRuleRequestDTOPeriodTypeConfig | Unset): The configuration of the period type.
            Example: {start: '2022-01-01', end: '2022-12-31'}
        availability_type (str | Unset): Save only for weekday or date availability type. If not set, it will be saved
            for both types
    """

    event_type_ids: list[int]
    availability_rules: list[AvailabilityRuleDTO]
    period_type: str | Unset = UNSET
    period_type_config: AvailabilityRuleRequestDTOPeriodTypeConfig | Unset = UNSET
    availability_type: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        event_type_ids = self.event_type_ids

        availability_rules = []
        for availability_rules_item_data in self.availability_rules:
            availability_rules_item = availability_rules_item_data.to_dict()
            availability_rules.append(availability_rules_item)

        period_type = self.period_type

        period_type_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.period_type_config, Unset):
            period_type_config = self.period_type_config.to_dict()

        availability_type = self.availability_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "eventTypeIds": event_type_ids,
                "availabilityRules": availability_rules,
            }
        )
        if period_type is not UNSET:
            field_dict["periodType"] = period_type
        if period_type_config is not UNSET:
            field_dict["periodTypeConfig"] = period_type_config
        if availability_type is not UNSET:
            field_dict["availabilityType"] = availability_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.availability_rule_dto import AvailabilityRuleDTO  # noqa: PLC0415
        from ..models.availability_rule_request_dto_period_type_config import AvailabilityRuleRequestDTOPeriodTypeConfig  # noqa: PLC0415

        d = dict(src_dict)
        event_type_ids = cast(list[int], d.pop("eventTypeIds"))

        availability_rules = []
        _availability_rules = d.pop("availabilityRules")
        for availability_rules_item_data in _availability_rules:
            availability_rules_item = AvailabilityRuleDTO.from_dict(availability_rules_item_data)

            availability_rules.append(availability_rules_item)

        period_type = d.pop("periodType", UNSET)

        _period_type_config = d.pop("periodTypeConfig", UNSET)
        period_type_config: AvailabilityRuleRequestDTOPeriodTypeConfig | Unset
        if isinstance(_period_type_config, Unset):
            period_type_config = UNSET
        else:
            period_type_config = AvailabilityRuleRequestDTOPeriodTypeConfig.from_dict(_period_type_config)

        availability_type = d.pop("availabilityType", UNSET)

        availability_rule_request_dto = cls(
            event_type_ids=event_type_ids,
            availability_rules=availability_rules,
            period_type=period_type,
            period_type_config=period_type_config,
            availability_type=availability_type,
        )

        return availability_rule_request_dto
