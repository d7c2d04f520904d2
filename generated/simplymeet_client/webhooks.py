"""Verify and parse SimplyMeet.me webhook deliveries (the spec's `webhooks`); rules: :mod:`simplymeet_runtime.webhooks`."""

from simplymeet_runtime.errors import InvalidWebhookPayload, InvalidWebhookSignature, MissingWebhookSecret
from simplymeet_runtime.webhooks import Deliveries, Headers, event_of, is_set, sign, verify

from .models.webhook_delivery import WebhookDelivery

SIGNATURE_HEADER = "webhook-signature"
EVENTS = (
    "meetingScheduled",
    "meetingCancelled",
    "meetingRescheduled",
)
parse = Deliveries(WebhookDelivery.from_dict, SIGNATURE_HEADER).parse
"""Verify the ``webhook-signature`` signature, then parse the body into a ``WebhookDelivery``: see ``Deliveries.parse``."""

__all__ = [
    "EVENTS",
    "SIGNATURE_HEADER",
    "Headers",
    "InvalidWebhookPayload",
    "InvalidWebhookSignature",
    "MissingWebhookSecret",
    "event_of",
    "is_set",
    "parse",
    "sign",
    "verify",
]
