from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    expect_list,
    fill_absent,
    not_an_object,
    wrong_type,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="PollResultRequestDTO")


@_attrs_define
class PollResultRequestDTO:
    """Poll result request schema

    Attributes:
        uuid (str): Poll UUID
        availability (list[int]): Availability ids.
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
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "uuid": "uuid",
        "availability": "availability",
        "email": "email",
        "comment": "comment",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "uuid",
        "availability",
        "email",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = False
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

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
            uuid = d["uuid"]
            if type(uuid) is not str:
                _f = "uuid"
                raise wrong_type("string", uuid)
            _f = "availability"
            _v = d["availability"]
            availability = []
            for _i, _x in enumerate(expect_list(_v)):
                if type(_x) is not int:
                    raise wrong_type("integer", _x)
                availability.append(_x)
            _i = -1
            email = d["email"]
            if type(email) is not str:
                _f = "email"
                raise wrong_type("string", email)
            comment = d.get("comment", UNSET)
            if comment is not UNSET and type(comment) is not str:
                _f = "comment"
                raise wrong_type("string", comment)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        poll_result_request_dto = cls(
            uuid=uuid,
            availability=availability,
            email=email,
            comment=comment,
        )

        return poll_result_request_dto
