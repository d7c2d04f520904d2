from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    fill_absent,
    not_an_object,
    note_undeclared,
    wrong_type,
)

T = TypeVar("T", bound="CancellationDTO")


@_attrs_define
class CancellationDTO:
    """Cancellation

    Attributes:
        id (int): The unique identifier of the cancellation.
        canceler (None | str): The user of the cancellation.
        reason (None | str): The reason of the cancellation.
    """

    id: int
    canceler: None | str
    reason: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "canceler",
            "reason",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "canceler": "canceler",
        "reason": "reason",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "canceler",
        "reason",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset(
        {
            "canceler",
            "reason",
        }
    )
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        canceler: None | str
        canceler = self.canceler

        reason: None | str
        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "canceler": canceler,
                "reason": reason,
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
            id = d["id"]
            if type(id) is not int:
                _f = "id"
                raise wrong_type("integer", id)
            canceler = d["canceler"]
            if canceler is not None and type(canceler) is not str:
                _f = "canceler"
                raise wrong_type("string or null", canceler)
            reason = d["reason"]
            if reason is not None and type(reason) is not str:
                _f = "reason"
                raise wrong_type("string or null", reason)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        cancellation_dto = cls(
            id=id,
            canceler=canceler,
            reason=reason,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            cancellation_dto.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("CancellationDTO", _extra)
        return cancellation_dto

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
