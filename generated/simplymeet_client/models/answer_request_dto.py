from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AnswerRequestDTO")


@_attrs_define
class AnswerRequestDTO:
    """Answer request schema

    Attributes:
        value (str): Answer value
        question (str): Question UUID
    """

    value: str
    question: str

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        question = self.question

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "value": value,
                "question": question,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        question = d.pop("question")

        answer_request_dto = cls(
            value=value,
            question=question,
        )

        return answer_request_dto
