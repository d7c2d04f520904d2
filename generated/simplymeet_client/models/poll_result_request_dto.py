from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..errors import SchemaMismatch, expect_list, not_an_object
from ..types import UNSET, Unset

T = TypeVar("T", bound="PollResultRequestDTO")


@_attrs_define
class PollResultRequestDTO:
    """Poll result request schema

    Attributes:
        uuid (str): Poll UUID
        availability (list[int]): Availability ids. Item type not printed by the reference (`array`); items are
            `PollAvailabilityDTO.id` values (integers).
        email (str): email
        comment (str | Unset): comment
    """

    uuid: str
    availability: list[int]
    email: str
    comment: str | Unset = UNSET
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "uuid",
            "availability",
            "email",
            "comment",
        }
    )

    def to_dict(self) -> dict[str, Any]:

        uuid = self.uuid

        if len(self.availability) < 1:
            raise ValueError("availability must have at least 1 item(s), got " + str(len(self.availability)))

        availability = self.availability

        email = self.email

        comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "uuid": uuid,
                "availability": availability,
                "email": email,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            raise not_an_object(src_dict)
        d = src_dict
        _f = ""
        _i = -1
        try:
            uuid = d["uuid"]
            _f = "availability"
            _v = d["availability"]
            availability = expect_list(_v)
            email = d["email"]
            comment = d.get("comment", UNSET)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc

        # Positional, in the order the attributes are declared above (faster than keywords for wide models).
        poll_result_request_dto = cls(
            uuid,
            availability,
            email,
            comment,
        )

        return poll_result_request_dto
