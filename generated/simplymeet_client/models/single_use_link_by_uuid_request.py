from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    fill_absent,
    not_an_object,
)

T = TypeVar("T", bound="SingleUseLinkByUuidRequest")


@_attrs_define
class SingleUseLinkByUuidRequest:
    """The meeting type of a single-use link, by UUID.

    Attributes:
        meeting_type_uuid (UUID): UUID of the existing meeting type.
    """

    meeting_type_uuid: UUID
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "meeting_type_uuid",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "meeting_type_uuid": "meeting_type_uuid",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = ("meeting_type_uuid",)
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = False
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        meeting_type_uuid = str(self.meeting_type_uuid)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "meeting_type_uuid": meeting_type_uuid,
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
            _f = "meeting_type_uuid"
            meeting_type_uuid = UUID(d["meeting_type_uuid"])

        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        single_use_link_by_uuid_request = cls(
            meeting_type_uuid=meeting_type_uuid,
        )

        return single_use_link_by_uuid_request
