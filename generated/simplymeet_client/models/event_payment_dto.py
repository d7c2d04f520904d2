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
        overwrite_personal (bool | None): overwritePersonal.
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
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "provider": "provider",
        "amount": "amount",
        "currency": "currency",
        "status": "status",
        "system": "system",
        "reference_id": "referenceId",
        "overwrite_personal": "overwritePersonal",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "provider",
        "amount",
        "currency",
        "status",
        "system",
        "referenceId",
        "overwritePersonal",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset(
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
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

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
            provider = d["provider"]
            if provider is not None and type(provider) is not str:
                _f = "provider"
                raise wrong_type("string or null", provider)
            amount = d["amount"]
            if amount is not None and type(amount) is not float and type(amount) is not int:
                _f = "amount"
                raise wrong_type("number or null", amount)
            currency = d["currency"]
            if currency is not None and type(currency) is not str:
                _f = "currency"
                raise wrong_type("string or null", currency)
            status = d["status"]
            if status is not None and type(status) is not str:
                _f = "status"
                raise wrong_type("string or null", status)
            system = d["system"]
            if system is not None and type(system) is not str:
                _f = "system"
                raise wrong_type("string or null", system)
            reference_id = d["referenceId"]
            if reference_id is not None and type(reference_id) is not int:
                _f = "referenceId"
                raise wrong_type("integer or null", reference_id)
            overwrite_personal = d["overwritePersonal"]
            if overwrite_personal is not None and type(overwrite_personal) is not bool:
                _f = "overwritePersonal"
                raise wrong_type("boolean or null", overwrite_personal)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        event_payment_dto = cls(
            provider=provider,
            amount=amount,
            currency=currency,
            status=status,
            system=system,
            reference_id=reference_id,
            overwrite_personal=overwrite_personal,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            event_payment_dto.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("EventPaymentDTO", _extra)
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
