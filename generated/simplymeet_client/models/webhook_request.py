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
    wrong_type,
)

from ..models.webhook_event_name import WebhookEventName

T = TypeVar("T", bound="WebhookRequest")


@_attrs_define
class WebhookRequest:
    """A webhook to create.

    Attributes:
        events (list[WebhookEventName]): The events to deliver to this endpoint.
        url (str): The URL deliveries are POSTed to.
        secret (str): The key of the HMAC-SHA256 signature in each delivery's `webhook-signature` header. Keep it
            secret.
    """

    events: list[WebhookEventName]
    url: str
    secret: str
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "events",
            "url",
            "secret",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "events": "events",
        "url": "url",
        "secret": "secret",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "events",
        "url",
        "secret",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = False
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if len(self.events) < 1:
            raise ValueError("events must have at least 1 item(s), got " + str(len(self.events)))
        events = []
        for events_item_data in self.events:
            events_item = events_item_data.value
            events.append(events_item)

        url = self.url

        secret = self.secret

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "events": events,
                "url": url,
                "secret": secret,
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
            if type(secret) is not str:
                _f = "secret"
                raise wrong_type("string", secret)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        webhook_request = cls(
            events=events,
            url=url,
            secret=secret,
        )

        return webhook_request
