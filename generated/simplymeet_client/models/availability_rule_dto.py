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

T = TypeVar("T", bound="AvailabilityRuleDTO")


@_attrs_define
class AvailabilityRuleDTO:
    """Availability Rule

    Attributes:
        type_ (str): The type of the availability rule.
        hour_intervals (list[HourIntervalDTO]): The hour intervals of the availability rule.
        config (AvailabilityRuleConfig | Unset): The configuration of an availability rule, by rule type: `{date:
            '2023-11-16'}` for a `date` rule, `{weekday: 'wednesday'}` for a `weekday` rule.
    """

    type_: str
    hour_intervals: list[HourIntervalDTO]
    config: AvailabilityRuleConfig | Unset = UNSET
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "hourIntervals",
            "config",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "type_": "type",
        "hour_intervals": "hourIntervals",
        "config": "config",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "type",
        "hourIntervals",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = False
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

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
            type_ = d["type"]
            if type(type_) is not str:
                _f = "type"
                raise wrong_type("string", type_)
            _f = "hourIntervals"
            _v = d["hourIntervals"]
            hour_intervals = []
            for _i, _x in enumerate(expect_list(_v)):
                hour_intervals.append(HourIntervalDTO.from_dict(_x))
            _i = -1
            _f = "config"
            _v = d.get("config", UNSET)

            config = _v if isinstance(_v, Unset) else AvailabilityRuleConfig.from_dict(_v)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        availability_rule_dto = cls(
            type_=type_,
            hour_intervals=hour_intervals,
            config=config,
        )

        return availability_rule_dto


from ..models.availability_rule_config import AvailabilityRuleConfig
from ..models.hour_interval_dto import HourIntervalDTO
