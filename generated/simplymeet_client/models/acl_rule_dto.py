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
    wrong_type,
)

T = TypeVar("T", bound="AclRuleDTO")


@_attrs_define
class AclRuleDTO:
    """Access Control List Rule schema

    Attributes:
        resource (str): Resource name
        attributes (list[str]): Resource attributes.
        allowed_attributes (list[str]): Allowed attributes for current user.
    """

    resource: str
    attributes: list[str]
    allowed_attributes: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "resource",
            "attributes",
            "allowedAttributes",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "resource": "resource",
        "attributes": "attributes",
        "allowed_attributes": "allowedAttributes",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "resource",
        "attributes",
        "allowedAttributes",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        resource = self.resource

        attributes = self.attributes

        allowed_attributes = self.allowed_attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource": resource,
                "attributes": attributes,
                "allowedAttributes": allowed_attributes,
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
            resource = d["resource"]
            if type(resource) is not str:
                _f = "resource"
                raise wrong_type("string", resource)
            _f = "attributes"
            _v = d["attributes"]
            attributes = []
            for _i, _x in enumerate(expect_list(_v)):
                if type(_x) is not str:
                    raise wrong_type("string", _x)
                attributes.append(_x)
            _i = -1
            _f = "allowedAttributes"
            _v = d["allowedAttributes"]
            allowed_attributes = []
            for _i, _x in enumerate(expect_list(_v)):
                if type(_x) is not str:
                    raise wrong_type("string", _x)
                allowed_attributes.append(_x)
            _i = -1
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        acl_rule_dto = cls(
            resource=resource,
            attributes=attributes,
            allowed_attributes=allowed_attributes,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            acl_rule_dto.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("AclRuleDTO", _extra)
        return acl_rule_dto

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
