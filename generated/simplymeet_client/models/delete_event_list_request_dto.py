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

T = TypeVar("T", bound="DeleteEventListRequestDTO")


@_attrs_define
class DeleteEventListRequestDTO:
    """Delete event list request schema

    Attributes:
        ids (list[int]): Event ids.
    """

    ids: list[int]
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "ids",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "ids": "ids",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = ("ids",)
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = False
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if len(self.ids) < 1:
            raise ValueError("ids must have at least 1 item(s), got " + str(len(self.ids)))
        ids = self.ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ids": ids,
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
            _f = "ids"
            _v = d["ids"]
            ids = []
            for _i, _x in enumerate(expect_list(_v)):
                if type(_x) is not int:
                    raise wrong_type("integer", _x)
                ids.append(_x)
            _i = -1
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        delete_event_list_request_dto = cls(
            ids=ids,
        )

        return delete_event_list_request_dto
