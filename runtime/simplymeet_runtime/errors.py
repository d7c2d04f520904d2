"""The errors of the SimplyMeet client, re-exported whole by ``simplymeet_client.errors``.

Every exception the client raises on purpose derives from :class:`SimplyMeetError`. Parsing a response never
lets a bare ``KeyError``/``TypeError``/``ValueError`` escape: a body that is not JSON or does not fit the spec
raises :class:`UnexpectedResponse`. Nothing here depends on the spec.
"""

from __future__ import annotations

from typing import Any, Self

import httpx

from .drift import GATEWAY_STATUSES, Drift, SchemaMismatch, SpecDriftWarning, expect_list, not_an_object, report
from .exceptions import (
    EXCERPT_LIMIT,
    DeadlineExceeded,
    InvalidApiKey,
    MissingApiKey,
    ResponseError,
    ResponseHeadTooLarge,
    ResponseTooLarge,
    SimplyMeetError,
    body_excerpt,
    redact,
)
from .retry import parse_retry_after
from .wire import load_json


class APIStatusError(ResponseError):
    """The API answered with a non-2xx status (raised by ``sync``/``asyncio``; ``*_detailed`` return it).

    Attributes:
        message: The ``message`` of the service's error body, or ``""`` when it has none (registered API keys
            redacted, as in every attribute of the client's errors but ``content``).
    """

    def __init__(self, message: str, *, status_code: int, **kwargs: Any) -> None:
        message = redact(message)
        self.message = message
        super().__init__(message or f"HTTP {status_code}", status_code=status_code, **kwargs)


class AuthenticationError(APIStatusError):
    """401: the ``X-API-KEY`` header is missing or invalid (or the plan has no API access)."""


class PermissionDeniedError(APIStatusError):
    """403: the key is valid but may not access this resource."""


class NotFoundError(APIStatusError):
    """404: no resource with this id."""


class ValidationError(APIStatusError):
    """422: the service rejected the arguments.

    Attributes:
        errors: Messages by field name, e.g. ``{"scheduledAt": ["This value is not a valid datetime."]}``.
    """

    def __init__(self, message: str, *, errors: dict[str, list[str]] | None = None, **kwargs: Any) -> None:
        self.errors: dict[str, list[str]] = {
            redact(name): [redact(text) for text in texts] for name, texts in (errors or {}).items()
        }
        super().__init__(message, **kwargs)

    def __str__(self) -> str:
        fields = "; ".join(f"{name}: {', '.join(messages)}" for name, messages in self.errors.items())
        return f"{super().__str__()}" + (f" [{fields}]" if fields else "")


class RateLimitError(APIStatusError):
    """429: too many requests.

    Attributes:
        retry_after: Seconds to wait according to ``Retry-After`` (seconds or HTTP date), or ``None``.
    """

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        super().__init__(message, **kwargs)


class ServerError(APIStatusError):
    """5xx: the service failed."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: ValidationError,
    429: RateLimitError,
}


def error_for_response(response: httpx.Response) -> APIStatusError:
    """The exception for a non-2xx response: the subclass for its status, with the body's message."""
    try:
        body = load_json(response.content)
    except ValueError:
        body = None
    message = body.get("message") if isinstance(body, dict) else None
    kwargs: dict[str, Any] = {}
    status = response.status_code
    if status == 422:
        raw = body.get("errors") if isinstance(body, dict) else None
        if isinstance(raw, dict):
            kwargs["errors"] = {
                str(k): [str(m) for m in v] if isinstance(v, list) else [str(v)] for k, v in raw.items()
            }
    if status == 429:
        kwargs["retry_after"] = parse_retry_after(response.headers.get("Retry-After"))
    cls = _STATUS_ERRORS.get(status, ServerError if status >= 500 else APIStatusError)
    return cls.from_response(response, message if isinstance(message, str) else "", **kwargs)


class UnexpectedStatus(ResponseError):
    """The response has a status code the spec does not document for this operation.

    Raised when ``Client.raise_on_unexpected_status`` is true.
    """

    def __init__(self, status_code: int, content: bytes, **kwargs: Any) -> None:
        super().__init__(f"Unexpected status code: {status_code}", status_code=status_code, content=content, **kwargs)


class UnexpectedResponse(ResponseError):
    """The response is not JSON, does not fit the schema the spec declares for it, or has a status the spec
    does not document.

    Attributes:
        field_path: Where the body does not fit (``items[3].user``), when it was JSON; else ``None``.
        kind: What differs, as ``make drift`` spells it (``type-mismatch``, ``missing-property``,
            ``unexpected-null``, ``format-mismatch``, ``undeclared-property``, ``unknown-enum-value``,
            ``undocumented-status``), or ``None`` for a body that is not JSON.
    """

    field_path: str | None = None
    kind: str | None = None

    @classmethod
    def from_mismatch(cls, response: httpx.Response, mismatch: SchemaMismatch) -> Self:
        """The error for a JSON body whose value at ``mismatch.path`` does not fit the spec."""
        error = cls.from_response(response, f"Response does not match the spec at {mismatch}")
        error.field_path = mismatch.path
        error.kind = mismatch.kind
        return error


def undocumented_status(response: httpx.Response, operation: str, strict: bool) -> None:
    """A non-2xx status the spec does not document for ``operation`` (gateway statuses 502/503/504 aside):
    strict raises UnexpectedResponse;
    tolerant reports it (SpecDriftWarning and the ``simplymeet_client.drift`` log) and the caller raises the
    usual APIStatusError subclass."""
    if response.status_code in GATEWAY_STATUSES:
        return
    if strict:
        error = UnexpectedResponse.from_response(
            response, f"Status {response.status_code} is not documented for {operation}"
        )
        error.kind = "undocumented-status"
        raise error
    report([Drift(operation, str(response.status_code), "undocumented-status", "", "(status)")], operation)


class InvalidWebhookSignature(SimplyMeetError, ValueError):
    """A webhook delivery's signature is missing or does not match its body and the secret.

    The message says which, never the secret or the expected signature. Answer such a request with 401 and do not
    act on it.
    """


class MissingWebhookSecret(SimplyMeetError, ValueError):
    """No webhook secret was given (``None`` or empty): a delivery cannot be verified, so it is not accepted.

    Raised by ``webhooks.parse``/``verify``/``sign`` before the body is looked at, with one message whether the
    secret was ``None`` (an unset environment variable) or ``""``. Skipping verification is the explicit
    ``insecure_skip_verification=True`` of ``webhooks.parse``, meant for tests.
    """


class InvalidWebhookPayload(SimplyMeetError, ValueError):
    """A webhook delivery's body is not JSON or does not fit the spec's delivery schema.

    Attributes:
        field_path: Where the body does not fit (``data.invitee.email``), when it was JSON; else ``None``.
        excerpt: The start of the body.
    """

    def __init__(self, message: str, *, field_path: str | None = None, content: bytes = b"") -> None:
        self.field_path = field_path
        self.excerpt = body_excerpt(content)
        super().__init__(f"{message}; body: {self.excerpt!r}")


__all__ = [
    "EXCERPT_LIMIT",
    "APIStatusError",
    "AuthenticationError",
    "DeadlineExceeded",
    "InvalidApiKey",
    "InvalidWebhookPayload",
    "InvalidWebhookSignature",
    "MissingApiKey",
    "MissingWebhookSecret",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseError",
    "ResponseHeadTooLarge",
    "ResponseTooLarge",
    "SchemaMismatch",
    "ServerError",
    "SimplyMeetError",
    "SpecDriftWarning",
    "UnexpectedResponse",
    "UnexpectedStatus",
    "ValidationError",
    "body_excerpt",
    "error_for_response",
    "expect_list",
    "not_an_object",
    "parse_retry_after",
    "undocumented_status",
]
