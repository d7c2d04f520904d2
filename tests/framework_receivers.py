"""Webhook receivers in Flask and Starlette, as users write them: ``request.headers`` goes to ``webhooks.parse`` as
the framework gives it. ``make typecheck`` holds these to mypy --strict; tests/test_webhooks.py runs them."""

from __future__ import annotations

from flask import Flask
from flask import request as flask_request
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from simplymeet_client import errors, webhooks


def flask_app(secret: str) -> Flask:
    app = Flask(__name__)

    @app.post("/hooks")
    def receive() -> tuple[str, int]:
        try:
            delivery = webhooks.parse(flask_request.get_data(), flask_request.headers, secret=secret)
        except errors.InvalidWebhookSignature:
            return "invalid signature", 401
        return webhooks.event_of(delivery), 200

    return app


def starlette_app(secret: str) -> Starlette:
    async def receive(request: Request) -> PlainTextResponse:
        try:
            delivery = webhooks.parse(await request.body(), request.headers, secret=secret)
        except errors.InvalidWebhookSignature:
            return PlainTextResponse("invalid signature", status_code=401)
        return PlainTextResponse(webhooks.event_of(delivery))

    return Starlette(routes=[Route("/hooks", receive, methods=["POST"])])
