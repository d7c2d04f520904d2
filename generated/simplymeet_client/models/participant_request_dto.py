from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..errors import SchemaMismatch, not_an_object

T = TypeVar("T", bound="ParticipantRequestDTO")


@_attrs_define
class ParticipantRequestDTO:
    """Participant request schema

    Attributes:
        email (str): Email
    """

    email: str
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "email",
        }
    )

    def to_dict(self) -> dict[str, Any]:

        email = self.email

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
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
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc

        # Positional, in the order the attributes are declared above (faster than keywords for wide models).
        participant_request_dto = cls(
            email,
        )

        return participant_request_dto
