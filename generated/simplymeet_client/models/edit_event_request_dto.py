from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.edit_event_answer_request_dto import EditEventAnswerRequestDTO
    from ..models.edit_event_invitee_request_dto import EditEventInviteeRequestDTO


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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.edit_event_answer_request_dto import EditEventAnswerRequestDTO  # noqa: PLC0415
        from ..models.edit_event_invitee_request_dto import EditEventInviteeRequestDTO  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _invitee = d.pop("invitee", UNSET)
        invitee: EditEventInviteeRequestDTO | Unset
        if isinstance(_invitee, Unset):
            invitee = UNSET
        else:
            invitee = EditEventInviteeRequestDTO.from_dict(_invitee)

        _answers = d.pop("answers", UNSET)
        answers: list[EditEventAnswerRequestDTO] | Unset = UNSET
        if _answers is not UNSET:
            answers = []
            for answers_item_data in _answers:
                answers_item = EditEventAnswerRequestDTO.from_dict(answers_item_data)

                answers.append(answers_item)

        edit_event_request_dto = cls(
            id=id,
            invitee=invitee,
            answers=answers,
        )

        return edit_event_request_dto
