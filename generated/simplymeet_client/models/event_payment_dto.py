from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import SchemaMismatch, not_an_object

T = TypeVar("T", bound="EventPaymentDTO")


@_attrs_define
class EventPaymentDTO:
    """EventPaymentDTO

    Attributes:
        provider (None | str): provider
        amount (float | None): amount
        currency (None | str): currency
        status (None | str): status
        system (None | str): system
        reference_id (int | None): referenceId
        overwrite_personal (bool | None): overwritePersonal. Listed by the reference on the payment DTO without further
            meaning; kept as printed.
    """

    provider: None | str
    amount: float | None
    currency: None | str
    status: None | str
    system: None | str
    reference_id: int | None
    overwrite_personal: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "provider",
            "amount",
            "currency",
            "status",
            "system",
            "referenceId",
            "overwritePersonal",
        }
    )

    def to_dict(self) -> dict[str, Any]:

        provider: None | str
        provider = self.provider

        amount: float | None
        amount = self.amount

        currency: None | str
        currency = self.currency

        status: None | str
        status = self.status

        system: None | str
        system = self.system

        reference_id: int | None
        reference_id = self.reference_id

        overwrite_personal: bool | None
        overwrite_personal = self.overwrite_personal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "amount": amount,
                "currency": currency,
                "status": status,
                "system": system,
                "referenceId": reference_id,
                "overwritePersonal": overwrite_personal,
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
            provider = d["provider"]
            amount = d["amount"]
            currency = d["currency"]
            status = d["status"]
            system = d["system"]
            reference_id = d["referenceId"]
            overwrite_personal = d["overwritePersonal"]
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc

        # Positional, in the order the attributes are declared above (faster than keywords for wide models).
        event_payment_dto = cls(
            provider,
            amount,
            currency,
            status,
            system,
            reference_id,
            overwrite_personal,
        )

        # Every known field is required and was found, so there are extras only if there are more keys.
        _extra = d.keys() - cls._KNOWN_FIELDS if len(d) > 7 else ()
        event_payment_dto.additional_properties = {key: d[key] for key in _extra} if _extra else {}
        return event_payment_dto

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
