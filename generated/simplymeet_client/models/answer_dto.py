from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    fill_absent,
    not_an_object,
    note_undeclared,
    wrong_type,
)

T = TypeVar("T", bound="AnswerDTO")


@_attrs_define
class AnswerDTO:
    """Answer

    Attributes:
        id (int): The unique identifier of the answer.
        question_label (None | str): The label of the question.
        question_type (None | str): The type of the question.
        value (None | str): The value of the answer.
        plain_value (None | str): The plain value of the answer.
        question_uuid (None | str): questionUuid
    """

    id: int
    question_label: None | str
    question_type: None | str
    value: None | str
    plain_value: None | str
    question_uuid: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "questionLabel",
            "questionType",
            "value",
            "plainValue",
            "questionUuid",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "question_label": "questionLabel",
        "question_type": "questionType",
        "value": "value",
        "plain_value": "plainValue",
        "question_uuid": "questionUuid",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "questionLabel",
        "questionType",
        "value",
        "plainValue",
        "questionUuid",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset(
        {
            "questionLabel",
            "questionType",
            "value",
            "plainValue",
            "questionUuid",
        }
    )
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        question_label: None | str
        question_label = self.question_label

        question_type: None | str
        question_type = self.question_type

        value: None | str
        value = self.value

        plain_value: None | str
        plain_value = self.plain_value

        question_uuid: None | str
        question_uuid = self.question_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "questionLabel": question_label,
                "questionType": question_type,
                "value": value,
                "plainValue": plain_value,
                "questionUuid": question_uuid,
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
            question_label = d["questionLabel"]
            if question_label is not None and type(question_label) is not str:
                _f = "questionLabel"
                raise wrong_type("string or null", question_label)
            question_type = d["questionType"]
            if question_type is not None and type(question_type) is not str:
                _f = "questionType"
                raise wrong_type("string or null", question_type)
            value = d["value"]
            if value is not None and type(value) is not str:
                _f = "value"
                raise wrong_type("string or null", value)
            plain_value = d["plainValue"]
            if plain_value is not None and type(plain_value) is not str:
                _f = "plainValue"
                raise wrong_type("string or null", plain_value)
            question_uuid = d["questionUuid"]
            if question_uuid is not None and type(question_uuid) is not str:
                _f = "questionUuid"
                raise wrong_type("string or null", question_uuid)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        answer_dto = cls(
            id=id,
            question_label=question_label,
            question_type=question_type,
            value=value,
            plain_value=plain_value,
            question_uuid=question_uuid,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            answer_dto.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("AnswerDTO", _extra)
        return answer_dto

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
