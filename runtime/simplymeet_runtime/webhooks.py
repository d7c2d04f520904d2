"""Verify and parse webhook deliveries: base64(HMAC-SHA256(secret, raw body)) in a signature header.

The generated ``simplymeet_client.webhooks`` binds :func:`parse` to the spec's delivery model and signature header
(``webhook-signature``); these functions need only the model's ``from_dict`` and the header's name.

* :func:`verify` compares in constant time (:func:`hmac.compare_digest`) over the **raw** body: the bytes as
  received, before any JSON decoding (a signature over re-serialised JSON does not match).
* A missing or wrong signature raises :class:`~simplymeet_runtime.errors.InvalidWebhookSignature`, whose message
  never contains the secret or the expected signature.
* No secret (``None``, ``""``: an unset environment variable) is
  :class:`~simplymeet_runtime.errors.MissingWebhookSecret`, never a skipped check; parsing an unverified body takes
  the explicit ``insecure_skip_verification=True``, meant for tests.
* :func:`parse` reads the body as tolerantly as responses: differences from the spec are reported as
  :class:`~simplymeet_runtime.drift.SpecDriftWarning` (``strict=True`` raises instead).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from .drift import SchemaMismatch, parse_checked
from .errors import InvalidWebhookPayload, InvalidWebhookSignature, MissingWebhookSecret
from .mirror import read_fast
from .wire import Unset, load_json

T = TypeVar("T")

_BYTES = (bytes, bytearray, memoryview)


class Headers(Protocol):
    """What :func:`parse` needs of a request's headers: ``get(name)``. Flask's and Starlette's ``request.headers``,
    Django's ``request.headers``, ``http.server``'s ``self.headers``, a WSGI ``environ`` and a plain ``dict`` all
    have it."""

    def get(self, key: str, /) -> Any: ...


def _raw(body: object) -> bytes:
    if not isinstance(body, _BYTES):
        raise TypeError(
            f"body must be the raw request body as bytes (before any JSON decoding), got {type(body).__name__}"
        )
    return bytes(body)


def _secret(secret: object) -> bytes:
    """The secret as bytes; ``None``, empty or blank is :class:`MissingWebhookSecret` (one message for all)."""
    if secret is None or (isinstance(secret, str) and not secret.strip()):
        raise MissingWebhookSecret(
            "no webhook secret (None or empty; is the environment variable that holds it set?): a delivery cannot "
            "be verified without it, so none is accepted. Pass the secret the webhook was created with; to parse "
            "without verifying, in tests only, pass insecure_skip_verification=True"
        )
    if not isinstance(secret, str):
        raise TypeError(f"secret must be a str, got {type(secret).__name__}")
    return secret.encode()


def sign(body: bytes, secret: str | None) -> str:
    """The signature SimplyMeet.me sends for ``body``: base64(HMAC-SHA256(key=secret, message=body))."""
    digest = hmac.new(_secret(secret), _raw(body), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def verify(body: bytes, signature: str | None, secret: str | None) -> None:
    """Raise :class:`InvalidWebhookSignature` unless ``signature`` is ``body``'s signature under ``secret``
    (:class:`MissingWebhookSecret` when ``secret`` is ``None`` or empty)."""
    expected = sign(body, secret)
    if signature is None or not signature.strip():
        raise InvalidWebhookSignature("the delivery has no signature header: it cannot be verified")
    given = signature.strip().encode("utf-8", "replace")
    if not hmac.compare_digest(expected.encode("ascii"), given):
        raise InvalidWebhookSignature(
            "the signature header does not match the body and the secret (wrong secret, a body changed in transit, "
            "or a signature over re-serialised JSON instead of the raw bytes)"
        )


def header(headers: Headers | None, name: str) -> str | None:
    """Header ``name`` from a request's headers: their own (case-insensitive) ``get`` first, then, for a plain
    mapping, any spelling of the name and the WSGI ``environ`` key (``HTTP_WEBHOOK_SIGNATURE``)."""
    if headers is None:
        return None
    value = headers.get(name)
    if value is None and callable(items := getattr(headers, "items", None)):
        wanted = {name.lower(), "http-" + name.lower()}
        value = next(
            (item for key, item in items() if isinstance(key, str) and key.lower().replace("_", "-") in wanted), None
        )
    if value is None:
        return None
    return value.decode("latin-1") if isinstance(value, bytes) else str(value)


def parse(
    from_dict: Callable[[dict[str, Any]], T],
    body: bytes,
    headers: Headers | None = None,
    *,
    header_name: str,
    secret: str | None = None,
    strict: bool = False,
    insecure_skip_verification: bool = False,
    operation: str = "webhook delivery",
) -> T:
    """Verify ``body`` against ``secret`` and parse it with ``from_dict``.

    A missing or empty ``secret`` is an error, not a reason to skip the check; only
    ``insecure_skip_verification=True`` (for tests, with no secret) parses an unverified body.

    Raises:
        MissingWebhookSecret: ``secret`` is ``None`` or empty and verification was not explicitly skipped.
        InvalidWebhookSignature: The signature is missing or wrong.
        InvalidWebhookPayload: The body is not JSON, or does not fit the delivery schema (with its path).
    """
    raw = _raw(body)
    if insecure_skip_verification:
        if secret is not None:
            raise TypeError("pass either secret= (to verify) or insecure_skip_verification=True, not both")
    else:
        verify(raw, header(headers, header_name), secret)
    model = getattr(from_dict, "__self__", None)  # a model's from_dict: msgspec reads what it can (mirror.py)
    if isinstance(model, type):
        try:
            fast = parse_checked(lambda: read_fast(model, raw), operation, strict)
        except SchemaMismatch as exc:
            raise InvalidWebhookPayload(
                f"the delivery does not fit the spec at {exc}", field_path=exc.path, content=raw
            ) from exc
        if fast is not None:
            return fast
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


class Deliveries(Generic[T]):
    """:func:`parse` bound to a delivery model and its signature header (the generated ``webhooks.parse``)."""

    def __init__(self, from_dict: Callable[[dict[str, Any]], T], header_name: str) -> None:
        self._from_dict = from_dict
        self.header_name = header_name

    def parse(
        self,
        body: bytes,
        headers: Headers | None = None,
        *,
        secret: str | None = None,
        strict: bool = False,
        insecure_skip_verification: bool = False,
    ) -> T:
        """Verify the delivery's signature (its header in ``headers``) against ``secret``, then parse the body.

        ``headers`` is the request's headers as the web framework gives them (anything with ``get``). A missing or
        empty ``secret`` raises :class:`MissingWebhookSecret`; ``insecure_skip_verification=True`` (tests only,
        without a secret) parses an unverified body. ``strict=True`` refuses any difference from the spec.

        Raises:
            errors.MissingWebhookSecret: No secret, and verification was not explicitly skipped.
            errors.InvalidWebhookSignature: The signature header is missing or wrong.
            errors.InvalidWebhookPayload: The body is not JSON or does not fit the spec (with the field path).
        """
        return parse(
            self._from_dict,
            body,
            headers,
            header_name=self.header_name,
            secret=secret,
            strict=strict,
            insecure_skip_verification=insecure_skip_verification,
        )


def is_set(value: object) -> bool:
    """Whether a model's property holds a value: neither absent (``UNSET``) nor ``null`` (``None``)."""
    return value is not None and not isinstance(value, Unset)


def event_of(delivery: Any) -> str:
    """Which event a delivery is about, from the booking alone (the body names no event).

    ``canceled_at`` or ``cancellation`` set (present and not ``null``): ``meetingCancelled``; else ``rescheduling``
    set: ``meetingRescheduled``; else ``meetingScheduled``. A property that is absent counts as not set, like
    ``null``. Registering one webhook per event, each with its own URL, says it for certain.
    """
    data = delivery.data
    if is_set(getattr(data, "canceled_at", None)) or is_set(getattr(data, "cancellation", None)):
        return "meetingCancelled"
    if is_set(getattr(data, "rescheduling", None)):
        return "meetingRescheduled"
    return "meetingScheduled"
