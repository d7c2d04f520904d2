from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..errors import SchemaMismatch, not_an_object

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
            value = d["value"]
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc

        # Positional, in the order the attributes are declared above (faster than keywords for wide models).
        edit_event_answer_request_dto = cls(
            id,
            value,
        )

        return edit_event_answer_request_dto
