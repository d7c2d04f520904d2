from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch, not_an_object

T = TypeVar("T", bound="PollResultDTO")


@_attrs_define
class PollResultDTO:
    """Data Transfer Object (DTO) for Poll Result. The reference prints this block under the duplicate title
    `PollAvailabilityDTO`; it is the type that `PollAvailabilityDTO.results` names `PollResultDTO`, so it is named
    `PollResultDTO` here.

        Attributes:
            email (str): Email address of the client
            comment (None | str): Comment of the client
    """

    email: str
    comment: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "email",
            "comment",
        }
    )

    def to_dict(self) -> dict[str, Any]:

        email = self.email

        comment: None | str
        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "comment": comment,
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
            email = d["email"]
            comment = d["comment"]
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc

        # Positional, in the order the attributes are declared above (faster than keywords for wide models).
        poll_result_dto = cls(
            email,
            comment,
        )

        # Every known field is required and was found, so there are extras only if there are more keys.
        _extra = d.keys() - cls._KNOWN_FIELDS if len(d) > 2 else ()
        poll_result_dto.additional_properties = {key: d[key] for key in _extra} if _extra else {}
        return poll_result_dto

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
