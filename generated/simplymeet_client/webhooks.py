"""Verify and parse SimplyMeet.me webhook deliveries (the spec's `webhooks`); rules: :mod:`simplymeet_runtime.webhooks`."""

from collections.abc import Mapping

from simplymeet_runtime import webhooks as _webhooks
from simplymeet_runtime.errors import InvalidWebhookPayload, InvalidWebhookSignature
from simplymeet_runtime.webhooks import event_of, sign, verify

from .models.webhook_delivery import WebhookDelivery

SIGNATURE_HEADER = "webhook-signature"
EVENTS = (
    "meetingScheduled",
    "meetingCancelled",
    "meetingRescheduled",
)


def parse(
    body: bytes, headers: Mapping[str, str] | None = None, *, secret: str | None = None, strict: bool = False
) -> WebhookDelivery:
    """Verify the delivery's signature when ``secret`` is given, then parse it into a ``WebhookDelivery``.

    Raises:
        errors.InvalidWebhookSignature: ``secret`` given and the ``webhook-signature`` header is missing or wrong.
        errors.InvalidWebhookPayload: The body is not JSON or does not fit the spec (with the field path).
    """
    return _webhooks.parse(
        WebhookDelivery.from_dict, body, headers, header_name=SIGNATURE_HEADER, secret=secret, strict=strict
    )


__all__ = [
    "EVENTS",
    "SIGNATURE_HEADER",
    "InvalidWebhookPayload",
    "InvalidWebhookSignature",
    "event_of",
    "parse",
    "sign",
    "verify",
]
