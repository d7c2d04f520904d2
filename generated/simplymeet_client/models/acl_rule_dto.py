from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch, expect_list, not_an_object

T = TypeVar("T", bound="AclRuleDTO")


@_attrs_define
class AclRuleDTO:
    """Access Control List Rule schema

    Attributes:
        resource (str): Resource name
        attributes (list[str]): Resource attributes. Item type not printed by the reference (`array`); attribute names
            are strings.
        allowed_attributes (list[str]): Allowed attributes for current user. Item type not printed by the reference
            (`array`); attribute names are strings.
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
            _f = "attributes"
            _v = d["attributes"]
            attributes = expect_list(_v)
            _f = "allowedAttributes"
            _v = d["allowedAttributes"]
            allowed_attributes = expect_list(_v)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc

        # Positional, in the order the attributes are declared above (faster than keywords for wide models).
        acl_rule_dto = cls(
            resource,
            attributes,
            allowed_attributes,
        )

        # Every known field is required and was found, so there are extras only if there are more keys.
        _extra = d.keys() - cls._KNOWN_FIELDS if len(d) > 3 else ()
        acl_rule_dto.additional_properties = {key: d[key] for key in _extra} if _extra else {}
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
