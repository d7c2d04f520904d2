from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.question_dto_config_type_0_item import QuestionDTOConfigType0Item


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
        from ..models.question_dto_config_type_0_item import QuestionDTOConfigType0Item  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))

        def _parse_type_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        type_ = _parse_type_(d.pop("type"))

        def _parse_required(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        required = _parse_required(d.pop("required"))

        def _parse_config(data: object) -> list[QuestionDTOConfigType0Item] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                config_type_0 = []
                _config_type_0 = data
                for config_type_0_item_data in _config_type_0:
                    config_type_0_item = QuestionDTOConfigType0Item.from_dict(config_type_0_item_data)

                    config_type_0.append(config_type_0_item)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[QuestionDTOConfigType0Item] | None, data)

        config = _parse_config(d.pop("config"))

        uuid = d.pop("uuid")

        def _parse_position(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        position = _parse_position(d.pop("position"))

        question_dto = cls(
            label=label,
            type_=type_,
            required=required,
            config=config,
            uuid=uuid,
            position=position,
        )

        question_dto.additional_properties = d
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
