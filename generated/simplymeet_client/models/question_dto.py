from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch, expect_list, not_an_object

T = TypeVar("T", bound="QuestionDTO")


@_attrs_define
class QuestionDTO:
    """QuestionDTO

    Attributes:
        label (None | str): The label of the question.
        type_ (None | str): The type of the question.
        required (bool | None): Determines if the question is required or not.
        config (list[QuestionDTOConfigType0Item] | None): Question config. [{label: 'value'}, {label: 'value'}]
        uuid (str): The unique identifier of the question.
        position (int | None): The position/order of the question.
    """

    label: None | str
    type_: None | str
    required: bool | None
    config: list[QuestionDTOConfigType0Item] | None
    uuid: str
    position: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "label",
            "type",
            "required",
            "config",
            "uuid",
            "position",
        }
    )

    def to_dict(self) -> dict[str, Any]:

        label: None | str
        label = self.label

        type_: None | str
        type_ = self.type_

        required: bool | None
        required = self.required

        config: list[dict[str, Any]] | None
        if isinstance(self.config, list):
            config = []
            for config_type_0_item_data in self.config:
                config_type_0_item = config_type_0_item_data.to_dict()
                config.append(config_type_0_item)

        else:
            config = self.config

        uuid = self.uuid

        position: int | None
        position = self.position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "type": type_,
                "required": required,
                "config": config,
                "uuid": uuid,
                "position": position,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            raise not_an_object(src_dict)
        d = src_dict
        _f = ""
        _i = -1
        try:
            label = d["label"]
            type_ = d["type"]
            required = d["required"]
            _f = "config"
            _v = d["config"]
            config = _v if _v is None else [QuestionDTOConfigType0Item.from_dict(_x) for _x in expect_list(_v)]
            uuid = d["uuid"]
            position = d["position"]
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc

        # Positional, in the order the attributes are declared above (faster than keywords for wide models).
        question_dto = cls(
            label,
            type_,
            required,
            config,
            uuid,
            position,
        )

        # Every known field is required and was found, so there are extras only if there are more keys.
        _extra = d.keys() - cls._KNOWN_FIELDS if len(d) > 6 else ()
        question_dto.additional_properties = {key: d[key] for key in _extra} if _extra else {}
        return question_dto

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


# Imported last: models refer to each other in cycles, and by now this module's class exists.
from ..models.question_dto_config_type_0_item import QuestionDTOConfigType0Item
