from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch, not_an_object
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorDTO")


@_attrs_define
class ErrorDTO:
    """Error body returned by the service for 4xx/5xx responses.

    Attributes:
        message (str): Human-readable error message.
        errors (ErrorDTOErrorsType0 | None | Unset): Validation messages by field name (present on 422 responses).
    """

    message: str
    errors: ErrorDTOErrorsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "message",
            "errors",
        }
    )

    def to_dict(self) -> dict[str, Any]:

        message = self.message

        errors: dict[str, Any] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, ErrorDTOErrorsType0):
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
            _f = "errors"
            _v = d.get("errors", UNSET)
            errors = _v if _v is UNSET else _v if _v is None else ErrorDTOErrorsType0.from_dict(_v)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc

        # Positional, in the order the attributes are declared above (faster than keywords for wide models).
        error_dto = cls(
            message,
            errors,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        error_dto.additional_properties = {key: d[key] for key in _extra} if _extra else {}
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


# Imported last: models refer to each other in cycles, and by now this module's class exists.
from ..models.error_dto_errors_type_0 import ErrorDTOErrorsType0
