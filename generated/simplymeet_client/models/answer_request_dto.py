from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    fill_absent,
    not_an_object,
    wrong_type,
)

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
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "value",
            "question",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "value": "value",
        "question": "question",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "value",
        "question",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = False
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

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
            value = d["value"]
            if type(value) is not str:
                _f = "value"
                raise wrong_type("string", value)
            question = d["question"]
            if type(question) is not str:
                _f = "question"
                raise wrong_type("string", question)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        answer_request_dto = cls(
            value=value,
            question=question,
        )

        return answer_request_dto
