from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch, not_an_object

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
        if not isinstance(src_dict, dict):
            raise not_an_object(src_dict)
        d = src_dict
        _f = ""
        _i = -1
        try:
            id = d["id"]
            question_label = d["questionLabel"]
            question_type = d["questionType"]
            value = d["value"]
            plain_value = d["plainValue"]
            question_uuid = d["questionUuid"]
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc

        # Positional, in the order the attributes are declared above (faster than keywords for wide models).
        answer_dto = cls(
            id,
            question_label,
            question_type,
            value,
            plain_value,
            question_uuid,
        )

        # Every known field is required and was found, so there are extras only if there are more keys.
        _extra = d.keys() - cls._KNOWN_FIELDS if len(d) > 6 else ()
        answer_dto.additional_properties = {key: d[key] for key in _extra} if _extra else {}
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
