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

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookAnswer")


@_attrs_define
class WebhookAnswer:
    """The invitee's answer to a booking question.

    Attributes:
        question_label (str): The question.
        value (None | str): The answer.
        question_type (str | Unset): Kind of question (`text`, `textarea`, ...).
    """

    question_label: str
    value: None | str
    question_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "question_label",
            "value",
            "question_type",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "question_label": "question_label",
        "value": "value",
        "question_type": "question_type",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "question_label",
        "value",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset(
        {
            "value",
        }
    )
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        question_label = self.question_label

        value: None | str
        value = self.value

        question_type = self.question_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "question_label": question_label,
                "value": value,
            }
        )
        if question_type is not UNSET:
            field_dict["question_type"] = question_type
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
            question_label = d["question_label"]
            if type(question_label) is not str:
                _f = "question_label"
                raise wrong_type("string", question_label)
            value = d["value"]
            if value is not None and type(value) is not str:
                _f = "value"
                raise wrong_type("string or null", value)
            question_type = d.get("question_type", UNSET)
            if question_type is not UNSET and type(question_type) is not str:
                _f = "question_type"
                raise wrong_type("string", question_type)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        webhook_answer = cls(
            question_label=question_label,
            value=value,
            question_type=question_type,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            webhook_answer.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("WebhookAnswer", _extra)
        return webhook_answer

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
