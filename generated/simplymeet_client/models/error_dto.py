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

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorDTO")


@_attrs_define
class ErrorDTO:
    """Error body returned by the service for 4xx/5xx responses.

    Attributes:
        message (str): Human-readable error message.
        errors (FieldErrors | None | Unset): Validation messages by field name (present on 422 responses).
    """

    message: str
    errors: FieldErrors | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "message",
            "errors",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "message": "message",
        "errors": "errors",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = ("message",)
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        errors: dict[str, Any] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, FieldErrors):
            errors = self.errors.to_dict()
        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors
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
            message = d["message"]
            if type(message) is not str:
                _f = "message"
                raise wrong_type("string", message)
            _f = "errors"
            _v = d.get("errors", UNSET)

            errors = _v if isinstance(_v, Unset) else _v if _v is None else FieldErrors.from_dict(_v)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        error_dto = cls(
            message=message,
            errors=errors,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            error_dto.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("ErrorDTO", _extra)
        return error_dto

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


from ..models.field_errors import FieldErrors
