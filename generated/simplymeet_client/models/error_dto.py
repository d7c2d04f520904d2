from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_dto_errors_type_0 import ErrorDTOErrorsType0


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

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_dto_errors_type_0 import ErrorDTOErrorsType0  # noqa: PLC0415

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
        from ..models.error_dto_errors_type_0 import ErrorDTOErrorsType0  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        def _parse_errors(data: object) -> ErrorDTOErrorsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                errors_type_0 = ErrorDTOErrorsType0.from_dict(data)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorDTOErrorsType0 | None | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))

        error_dto = cls(
            message=message,
            errors=errors,
        )

        error_dto.additional_properties = d
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
