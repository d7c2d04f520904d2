from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)

        def _parse_provider(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        provider = _parse_provider(d.pop("provider"))

        def _parse_amount(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        amount = _parse_amount(d.pop("amount"))

        def _parse_currency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        currency = _parse_currency(d.pop("currency"))

        def _parse_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status = _parse_status(d.pop("status"))

        def _parse_system(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        system = _parse_system(d.pop("system"))

        def _parse_reference_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        reference_id = _parse_reference_id(d.pop("referenceId"))

        def _parse_overwrite_personal(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        overwrite_personal = _parse_overwrite_personal(d.pop("overwritePersonal"))

        event_payment_dto = cls(
            provider=provider,
            amount=amount,
            currency=currency,
            status=status,
            system=system,
            reference_id=reference_id,
            overwrite_personal=overwrite_personal,
        )

        event_payment_dto.additional_properties = d
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
