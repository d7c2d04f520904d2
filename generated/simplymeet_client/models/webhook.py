from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    expect_list,
    fill_absent,
    not_an_object,
    note_undeclared,
    parse_datetime,
    wrong_type,
)
from simplymeet_runtime.wire import format_datetime

from ..models.webhook_event_name import WebhookEventName

T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """A webhook endpoint.

    Attributes:
        events (list[WebhookEventName]): The events delivered to this endpoint.
        url (str): The URL deliveries are POSTed to.
        secret (None | str): The signing secret; `null` for a webhook created without one (its deliveries are unsigned).
        created_at (datetime.datetime): When the webhook was created (ISO 8601 with offset).
        uuid (UUID): Unique identifier (UUID v4): the `id` of `deleteWebhook`.
    """

    events: list[WebhookEventName]
    url: str
    secret: None | str
    created_at: datetime.datetime
    uuid: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "events",
            "url",
            "secret",
            "created_at",
            "uuid",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "events": "events",
        "url": "url",
        "secret": "secret",
        "created_at": "created_at",
        "uuid": "uuid",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "events",
        "url",
        "secret",
        "created_at",
        "uuid",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset(
        {
            "secret",
        }
    )
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        events = []
        for events_item_data in self.events:
            events_item = events_item_data.value
            events.append(events_item)

        url = self.url

        secret: None | str
        secret = self.secret

        created_at = format_datetime(self.created_at, "created_at")

        uuid = str(self.uuid)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "events": events,
                "url": url,
                "secret": secret,
                "created_at": created_at,
                "uuid": uuid,
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
            _f = "events"
            _v = d["events"]
            events = []
            for _i, _x in enumerate(expect_list(_v)):
                if type(_x) is not str:
                    raise wrong_type("string", _x)
                events.append(WebhookEventName(_x))
            _i = -1
            url = d["url"]
            if type(url) is not str:
                _f = "url"
                raise wrong_type("string", url)
            secret = d["secret"]
            if secret is not None and type(secret) is not str:
                _f = "secret"
                raise wrong_type("string or null", secret)
            _f = "created_at"
            _v = d["created_at"]
            if type(_v) is not str:
                _f = "created_at"
                raise wrong_type("string", _v)
            created_at = parse_datetime(_v)
            _f = "uuid"
            uuid = UUID(d["uuid"])

        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        webhook = cls(
            events=events,
            url=url,
            secret=secret,
            created_at=created_at,
            uuid=uuid,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            webhook.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("Webhook", _extra)
        return webhook

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
