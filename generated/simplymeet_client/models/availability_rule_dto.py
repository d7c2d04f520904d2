from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..errors import SchemaMismatch, expect_list, not_an_object
from ..types import UNSET, Unset

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
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "hourIntervals",
            "config",
        }
    )

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
        if not isinstance(src_dict, dict):
            raise not_an_object(src_dict)
        d = src_dict
        _f = ""
        _i = -1
        try:
            type_ = d["type"]
            _f = "hourIntervals"
            _v = d["hourIntervals"]
            hour_intervals = []
            for _i, _x in enumerate(expect_list(_v)):
                hour_intervals.append(HourIntervalDTO.from_dict(_x))
            _i = -1
            _f = "config"
            _v = d.get("config", UNSET)
            config = _v if _v is UNSET else AvailabilityRuleDTOConfig.from_dict(_v)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc

        # Positional, in the order the attributes are declared above (faster than keywords for wide models).
        availability_rule_dto = cls(
            type_,
            hour_intervals,
            config,
        )

        return availability_rule_dto


# Imported last: models refer to each other in cycles, and by now this module's class exists.
from ..models.availability_rule_dto_config import AvailabilityRuleDTOConfig
from ..models.hour_interval_dto import HourIntervalDTO
