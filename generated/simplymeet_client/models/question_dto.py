from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    convert_items,
    fill_absent,
    not_an_object,
    note_undeclared,
    wrong_type,
)

T = TypeVar("T", bound="QuestionDTO")


@_attrs_define
class QuestionDTO:
    """QuestionDTO

    Attributes:
        label (None | str): The label of the question.
        type_ (None | str): The type of the question.
        required (bool | None): Determines if the question is required or not.
        config (list[QuestionConfigOption] | None): Question config. [{label: 'value'}, {label: 'value'}]
        uuid (str): The unique identifier of the question.
        position (int | None): The position/order of the question.
    """

    label: None | str
    type_: None | str
    required: bool | None
    config: list[QuestionConfigOption] | None
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
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "label": "label",
        "type_": "type",
        "required": "required",
        "config": "config",
        "uuid": "uuid",
        "position": "position",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "label",
        "type",
        "required",
        "config",
        "uuid",
        "position",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset(
        {
            "label",
            "type",
            "required",
            "config",
            "position",
        }
    )
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

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
            label = d["label"]
            if label is not None and type(label) is not str:
                _f = "label"
                raise wrong_type("string or null", label)
            type_ = d["type"]
            if type_ is not None and type(type_) is not str:
                _f = "type"
                raise wrong_type("string or null", type_)
            required = d["required"]
            if required is not None and type(required) is not bool:
                _f = "required"
                raise wrong_type("boolean or null", required)
            _f = "config"
            _v = d["config"]

            config = _v if _v is None else convert_items(_v, lambda _x: QuestionConfigOption.from_dict(_x))
            uuid = d["uuid"]
            if type(uuid) is not str:
                _f = "uuid"
                raise wrong_type("string", uuid)
            position = d["position"]
            if position is not None and type(position) is not int:
                _f = "position"
                raise wrong_type("integer or null", position)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        question_dto = cls(
            label=label,
            type_=type_,
            required=required,
            config=config,
            uuid=uuid,
            position=position,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            question_dto.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("QuestionDTO", _extra)
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


from ..models.question_config_option import QuestionConfigOption
