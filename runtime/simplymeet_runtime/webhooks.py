"""Verify and parse webhook deliveries: base64(HMAC-SHA256(secret, raw body)) in a signature header.

The generated ``simplymeet_client.webhooks`` binds :func:`parse` to the spec's delivery model and signature header
(``webhook-signature``); these functions need only the model's ``from_dict`` and the header's name.

* :func:`verify` compares in constant time (:func:`hmac.compare_digest`) over the **raw** body: the bytes as
  received, before any JSON decoding (a signature over re-serialised JSON does not match).
* A missing or wrong signature raises :class:`~simplymeet_runtime.errors.InvalidWebhookSignature`, whose message
  never contains the secret or the expected signature.
* :func:`parse` reads the body as tolerantly as responses: differences from the spec are reported as
  :class:`~simplymeet_runtime.drift.SpecDriftWarning` (``strict=True`` raises instead).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from .drift import SchemaMismatch, parse_checked
from .errors import InvalidWebhookPayload, InvalidWebhookSignature
from .wire import load_json

T = TypeVar("T")

_BYTES = (bytes, bytearray, memoryview)


def _raw(body: object) -> bytes:
    if not isinstance(body, _BYTES):
        raise TypeError(
            f"body must be the raw request body as bytes (before any JSON decoding), got {type(body).__name__}"
        )
    return bytes(body)


def sign(body: bytes, secret: str) -> str:
    """The signature SimplyMeet.me sends for ``body``: base64(HMAC-SHA256(key=secret, message=body))."""
    if not isinstance(secret, str) or not secret:
        raise ValueError("secret must be the webhook's non-empty signing secret")
    digest = hmac.new(secret.encode(), _raw(body), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def verify(body: bytes, signature: str | None, secret: str) -> None:
    """Raise :class:`InvalidWebhookSignature` unless ``signature`` is ``body``'s signature under ``secret``."""
    expected = sign(body, secret)
    if signature is None or not signature.strip():
        raise InvalidWebhookSignature("the delivery has no signature header: it cannot be verified")
    given = signature.strip().encode("utf-8", "replace")
    if not hmac.compare_digest(expected.encode("ascii"), given):
        raise InvalidWebhookSignature(
            "the signature header does not match the body and the secret (wrong secret, a body changed in transit, "
            "or a signature over re-serialised JSON instead of the raw bytes)"
        )


def header(headers: Mapping[str, str] | None, name: str) -> str | None:
    """Header ``name`` from any mapping of headers: case-insensitive, and WSGI ``environ`` keys
    (``HTTP_WEBHOOK_SIGNATURE``) too."""
    if not headers:
        return None
    wanted = {name.lower(), "http-" + name.lower()}
    for key, value in headers.items():
        if isinstance(key, str) and key.lower().replace("_", "-") in wanted:
            return str(value)
    return None


def parse(
    from_dict: Callable[[dict[str, Any]], T],
    body: bytes,
    headers: Mapping[str, str] | None = None,
    *,
    header_name: str,
    secret: str | None = None,
    strict: bool = False,
    operation: str = "webhook delivery",
) -> T:
    """Verify ``body`` (when ``secret`` is given) and parse it with ``from_dict``.

    Raises:
        InvalidWebhookSignature: ``secret`` given and the signature is missing or wrong.
        InvalidWebhookPayload: The body is not JSON, or does not fit the delivery schema (with its path).
    """
    raw = _raw(body)
    if secret is not None:
        verify(raw, header(headers, header_name), secret)
    try:
        data = load_json(raw)
    except ValueError as exc:
        raise InvalidWebhookPayload(f"the delivery is not JSON: {exc}", content=raw) from None
    try:
        return parse_checked(lambda: from_dict(data), operation, strict)
    except SchemaMismatch as exc:
        raise InvalidWebhookPayload(
            f"the delivery does not fit the spec at {exc}", field_path=exc.path, content=raw
        ) from exc


def event_of(delivery: Any) -> str:
    """Which event a delivery is about, from the booking alone (the body names no event).

    ``canceled_at`` or ``cancellation`` set: ``meetingCancelled``; else ``rescheduling`` set: ``meetingRescheduled``;
    else ``meetingScheduled``. Registering one webhook per event, each with its own URL, says it for certain.
    """
    data = delivery.data
    if getattr(data, "canceled_at", None) is not None or getattr(data, "cancellation", None) is not None:
        return "meetingCancelled"
    if getattr(data, "rescheduling", None) is not None:
        return "meetingRescheduled"
    return "meetingScheduled"
