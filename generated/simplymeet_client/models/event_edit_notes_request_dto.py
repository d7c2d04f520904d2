from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="EventEditNotesRequestDTO")


@_attrs_define
class EventEditNotesRequestDTO:
    """Event edit notes request schema

    Attributes:
        notes (str): Notes.
    """

    notes: str

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
        d = dict(src_dict)
        notes = d.pop("notes")

        event_edit_notes_request_dto = cls(
            notes=notes,
        )

        return event_edit_notes_request_dto
