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

T = TypeVar("T", bound="AvailabilityRuleRequestDTO")


@_attrs_define
class AvailabilityRuleRequestDTO:
    """Availability Rule Request

    Attributes:
        event_type_ids (list[int]): The event type IDs.
        availability_rules (list[AvailabilityRuleDTO]): The availability rules.
        period_type (str | Unset): The type of the period.
        period_type_config (PeriodTypeConfig | Unset): The configuration of an availability period type, e.g. `{start:
            '2022-01-01', end: '2022-12-31'}` for `date_range`.
        availability_type (str | Unset): Save only for weekday or date availability type. If not set, it will be saved
            for both types
    """

    event_type_ids: list[int]
    availability_rules: list[AvailabilityRuleDTO]
    period_type: str | Unset = UNSET
    period_type_config: PeriodTypeConfig | Unset = UNSET
    availability_type: str | Unset = UNSET
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "eventTypeIds",
            "availabilityRules",
            "periodType",
            "periodTypeConfig",
            "availabilityType",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "event_type_ids": "eventTypeIds",
        "availability_rules": "availabilityRules",
        "period_type": "periodType",
        "period_type_config": "periodTypeConfig",
        "availability_type": "availabilityType",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "eventTypeIds",
        "availabilityRules",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = False
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

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
            _f = "eventTypeIds"
            _v = d["eventTypeIds"]
            event_type_ids = []
            for _i, _x in enumerate(expect_list(_v)):
                if type(_x) is not int:
                    raise wrong_type("integer", _x)
                event_type_ids.append(_x)
            _i = -1
            _f = "availabilityRules"
            _v = d["availabilityRules"]
            availability_rules = []
            for _i, _x in enumerate(expect_list(_v)):
                availability_rules.append(AvailabilityRuleDTO.from_dict(_x))
            _i = -1
            period_type = d.get("periodType", UNSET)
            if period_type is not UNSET and type(period_type) is not str:
                _f = "periodType"
                raise wrong_type("string", period_type)
            _f = "periodTypeConfig"
            _v = d.get("periodTypeConfig", UNSET)

            period_type_config = _v if isinstance(_v, Unset) else PeriodTypeConfig.from_dict(_v)
            availability_type = d.get("availabilityType", UNSET)
            if availability_type is not UNSET and type(availability_type) is not str:
                _f = "availabilityType"
                raise wrong_type("string", availability_type)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        availability_rule_request_dto = cls(
            event_type_ids=event_type_ids,
            availability_rules=availability_rules,
            period_type=period_type,
            period_type_config=period_type_config,
            availability_type=availability_type,
        )

        return availability_rule_request_dto


from ..models.availability_rule_dto import AvailabilityRuleDTO
from ..models.period_type_config import PeriodTypeConfig
