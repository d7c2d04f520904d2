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
    note_undeclared,
)

T = TypeVar("T", bound="IntegrationListDTO")


@_attrs_define
class IntegrationListDTO:
    """Integration list data transfer object

    Attributes:
        user (list[Any]): User integrations.
        organization (list[Any]): Organization integrations.
    """

    user: list[Any]
    organization: list[Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "user",
            "organization",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "user": "user",
        "organization": "organization",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "user",
        "organization",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        user = self.user

        organization = self.organization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "organization": organization,
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
            _f = "user"
            _v = d["user"]

            user = expect_list(_v)
            _f = "organization"
            _v = d["organization"]

            organization = expect_list(_v)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        integration_list_dto = cls(
            user=user,
            organization=organization,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            integration_list_dto.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("IntegrationListDTO", _extra)
        return integration_list_dto

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
