"""Receive SimplyMeet.me webhook deliveries: verify the signature over the raw body, parse, then act.

Standard library only (``http.server``). The same call fits any framework, as long as it gets the raw bytes:

* Flask: ``webhooks.parse(request.get_data(), request.headers, secret=SECRET)``
* FastAPI/Starlette: ``webhooks.parse(await request.body(), request.headers, secret=SECRET)``

Answer 2xx quickly and do slow work elsewhere; a 401 for a bad signature, 400 for a body that does not parse.

    SIMPLYMEET_WEBHOOK_SECRET=... python examples/webhook_receiver.py 8080

Register it with ``create_webhook`` (see the README); one URL per event (``/hooks?event=meetingCancelled``) says
which event a delivery is about; without it, ``webhooks.event_of`` infers it from the booking.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from simplymeet_client import errors, webhooks
from simplymeet_client.models import WebhookDelivery

MAX_BODY = 1024 * 1024
"""A delivery is a few KB; refuse anything far larger before reading it."""

OnDelivery = Callable[[str, WebhookDelivery], None]


def print_delivery(event: str, delivery: WebhookDelivery) -> None:
    booking = delivery.data
    print(f"{event}: {booking.uuid} {booking.event_type.name} at {booking.scheduled_at:%Y-%m-%d %H:%M %Z}", flush=True)
    print(f"  invitee: {booking.invitee.full_name} <{booking.invitee.email}>", flush=True)


def make_handler(secret: str, on_delivery: OnDelivery) -> type[BaseHTTPRequestHandler]:
    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = self.body_length()
            if length is None:
                return
            body = self.rfile.read(length)  # the raw bytes: the signature is over exactly these
            try:
                delivery = webhooks.parse(body, self.headers, secret=secret)
            except errors.InvalidWebhookSignature:
                self.answer(401, b"invalid signature")
                return
            except errors.InvalidWebhookPayload:
                self.answer(400, b"invalid payload")
                return
            named = parse_qs(urlsplit(self.path).query).get("event", [])
            event = named[0] if named and named[0] in webhooks.EVENTS else webhooks.event_of(delivery)
            on_delivery(event, delivery)
            self.answer(204, b"")

        def body_length(self) -> int | None:
            """The body's length, or None once refused: no length (chunked) 411, a length that is not one number
            400, over MAX_BODY 413 (before reading any of it)."""
            values = {value.strip() for value in self.headers.get_all("Content-Length", [])}
            value = min(values, default="")
            if not values:
                self.answer(411, b"Content-Length required")
            elif len(values) > 1 or not (value.isascii() and value.isdigit()):  # several, negative, not a number
                self.answer(400, b"invalid Content-Length")
            elif int(value) > MAX_BODY:
                self.answer(413, b"too large")
            else:
                return int(value)
            self.close_connection = True  # the body, if any, is not read
            return None

        def answer(self, status: int, text: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Length", str(len(text)))
            self.end_headers()
            self.wfile.write(text)

        def log_message(self, format: str, *args: object) -> None:  # no request lines on stderr
            pass

    return Receiver


def serve(
    port: int, secret: str, on_delivery: OnDelivery = print_delivery, host: str = "127.0.0.1"
) -> ThreadingHTTPServer:
    """A receiver on ``host:port`` (0: any free port); call ``serve_forever()`` on it."""
    return ThreadingHTTPServer((host, port), make_handler(secret, on_delivery))


if __name__ == "__main__":
    secret = os.environ.get("SIMPLYMEET_WEBHOOK_SECRET")
    if not secret:
        sys.exit("set SIMPLYMEET_WEBHOOK_SECRET to the webhook's signing secret")
    server = serve(int(sys.argv[1]) if len(sys.argv) > 1 else 8080, secret)
    host, port = server.server_address[:2]
    print(f"receiving on http://{host!s}:{port}/", flush=True)
    server.serve_forever()
