from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.validation_error_dto_errors import ValidationErrorDTOErrors


T = TypeVar("T", bound="ValidationErrorDTO")


@_attrs_define
class ValidationErrorDTO:
    """Body of a 422 response: `{"message": "Invalid arguments", "errors": {"field": ["..."]}}`.

    Attributes:
        message (str): Always `Invalid arguments` for validation failures.
        errors (ValidationErrorDTOErrors): Validation messages by field name; nested fields use dotted or bracketed
            paths as the service prints them.
    """

    message: str
    errors: ValidationErrorDTOErrors
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validation_error_dto_errors import ValidationErrorDTOErrors  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        errors = ValidationErrorDTOErrors.from_dict(d.pop("errors"))

        validation_error_dto = cls(
            message=message,
            errors=errors,
        )

        validation_error_dto.additional_properties = d
        return validation_error_dto

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
