from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..errors import SchemaMismatch, not_an_object

T = TypeVar("T", bound="EventEditNotesRequestDTO")


@_attrs_define
class EventEditNotesRequestDTO:
    """Event edit notes request schema

    Attributes:
        notes (str): Notes.
    """

    notes: str
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "notes",
        }
    )

    def to_dict(self) -> dict[str, Any]:

        notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "notes": notes,
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
            notes = d["notes"]
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc

        # Positional, in the order the attributes are declared above (faster than keywords for wide models).
        event_edit_notes_request_dto = cls(
            notes,
        )

        return event_edit_notes_request_dto
