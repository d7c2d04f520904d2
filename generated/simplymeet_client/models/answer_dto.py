from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_question_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        question_label = _parse_question_label(d.pop("questionLabel"))

        def _parse_question_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        question_type = _parse_question_type(d.pop("questionType"))

        def _parse_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        value = _parse_value(d.pop("value"))

        def _parse_plain_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        plain_value = _parse_plain_value(d.pop("plainValue"))

        def _parse_question_uuid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        question_uuid = _parse_question_uuid(d.pop("questionUuid"))

        answer_dto = cls(
            id=id,
            question_label=question_label,
            question_type=question_type,
            value=value,
            plain_value=plain_value,
            question_uuid=question_uuid,
        )

        answer_dto.additional_properties = d
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
