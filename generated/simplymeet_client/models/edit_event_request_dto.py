from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    expect_list,
    not_an_object,
    wrong_type,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="EditEventRequestDTO")


@_attrs_define
class EditEventRequestDTO:
    """EditEventRequestDTO

    Attributes:
        id (int | Unset): Event id. Ignore this field: the id is taken from the path.
        invitee (EditEventInviteeRequestDTO | Unset): EditEventInviteeRequestDTO
        answers (list[EditEventAnswerRequestDTO] | Unset): Answers
    """

    id: int | Unset = UNSET
    invitee: EditEventInviteeRequestDTO | Unset = UNSET
    answers: list[EditEventAnswerRequestDTO] | Unset = UNSET
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "invitee",
            "answers",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "invitee": "invitee",
        "answers": "answers",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = False
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        invitee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invitee, Unset):
            invitee = self.invitee.to_dict()

        answers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.answers, Unset):
            answers = []
            for answers_item_data in self.answers:
                answers_item = answers_item_data.to_dict()
                answers.append(answers_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if invitee is not UNSET:
            field_dict["invitee"] = invitee
        if answers is not UNSET:
            field_dict["answers"] = answers
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
            id = d.get("id", UNSET)
            if id is not UNSET and type(id) is not int:
                _f = "id"
                raise wrong_type("integer", id)
            _f = "invitee"
            _v = d.get("invitee", UNSET)

            invitee = _v if isinstance(_v, Unset) else EditEventInviteeRequestDTO.from_dict(_v)
            _f = "answers"
            _v = d.get("answers", UNSET)
            answers: list[EditEventAnswerRequestDTO] | Unset = UNSET
            if _v is not UNSET:
                answers = []
                for _i, _x in enumerate(expect_list(_v)):
                    answers.append(EditEventAnswerRequestDTO.from_dict(_x))
                _i = -1
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        edit_event_request_dto = cls(
            id=id,
            invitee=invitee,
            answers=answers,
        )

        return edit_event_request_dto


from ..models.edit_event_answer_request_dto import EditEventAnswerRequestDTO
from ..models.edit_event_invitee_request_dto import EditEventInviteeRequestDTO
