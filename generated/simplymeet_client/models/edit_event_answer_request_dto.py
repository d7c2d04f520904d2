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

T = TypeVar("T", bound="EditEventAnswerRequestDTO")


@_attrs_define
class EditEventAnswerRequestDTO:
    """EditEventAnswerRequestDTO

    Attributes:
        id (int): Answer id.
        value (str): Answer value
    """

    id: int
    value: str
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "value",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "value": "value",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "value",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = False
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "value": value,
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
            value = d["value"]
            if type(value) is not str:
                _f = "value"
                raise wrong_type("string", value)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        edit_event_answer_request_dto = cls(
            id=id,
            value=value,
        )

        return edit_event_answer_request_dto
