"""Exceptions raised by the SimplyMeet client.

Every exception the client raises on purpose derives from :class:`SimplyMeetError`. Parsing a
response never lets a bare ``KeyError``/``TypeError``/``ValueError`` escape: a body that is not
JSON or does not fit the spec raises :class:`UnexpectedResponse`.
"""

from typing import Any, Self

import httpx
from simplymeet_runtime.retry import parse_retry_after

from .types import load_json

EXCERPT_LIMIT = 500
"""How many characters of a response body an exception message carries."""


def body_excerpt(content: bytes, limit: int = EXCERPT_LIMIT) -> str:
    """The start of a response body as text, cut to ``limit`` characters."""
    text = content[: limit * 4].decode("utf-8", errors="replace")
    return text if len(text) <= limit else text[:limit] + "…"


class SimplyMeetError(Exception):
    """Base class of every error raised by this client."""


class ResponseError(SimplyMeetError):
    """An HTTP response the client could not accept.

    Attributes:
        status_code: HTTP status of the response.
        method: HTTP method of the request (``GET``, ``PUT``, ...).
        path: Path of the request, without query string or host.
        content: The raw response body.
    """

    def __init__(self, message: str, *, status_code: int, content: bytes, method: str = "", path: str = "") -> None:
        self.status_code = status_code
        self.content = content
        self.method = method
        self.path = path
        self.reason = message
        where = f" for {method} {path}" if method else ""
        super().__init__(f"{message} (HTTP {status_code}{where}); body: {body_excerpt(content)!r}")

    @property
    def excerpt(self) -> str:
        """The start of the response body (at most ``EXCERPT_LIMIT`` characters)."""
        return body_excerpt(self.content)

    @classmethod
    def from_response(cls, response: httpx.Response, message: str, **kwargs: Any) -> Self:
        """Build the error from a response, taking method and path from its request."""
        try:
            method, path = response.request.method, response.request.url.path
        except RuntimeError:  # a Response built without a request
            method, path = "", ""
        return cls(
            message, status_code=response.status_code, content=response.content, method=method, path=path, **kwargs
        )


class APIStatusError(ResponseError):
    """The API answered with a non-2xx status (raised by ``sync``/``asyncio``; ``*_detailed`` return it).

    Attributes:
        message: The ``message`` of the service's error body, or ``""`` when it has none.
    """

    def __init__(self, message: str, *, status_code: int, content: bytes, method: str = "", path: str = "") -> None:
        self.message = message
        super().__init__(
            message or f"HTTP {status_code}", status_code=status_code, content=content, method=method, path=path
        )


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
        self.errors: dict[str, list[str]] = errors or {}
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

    def __init__(self, status_code: int, content: bytes, *, method: str = "", path: str = "") -> None:
        super().__init__(
            f"Unexpected status code: {status_code}", status_code=status_code, content=content, method=method, path=path
        )


class UnexpectedResponse(ResponseError):
    """The response body is not JSON, or does not fit the schema the spec declares for it.

    ``field_path`` names where it does not fit (``items[3].user``) when the body was JSON.
    """

    field_path: str | None = None


class SchemaMismatch(SimplyMeetError, ValueError):
    """Raised by a model's ``from_dict`` when the data does not fit it; ``path`` names the place (``items[3].user``).

    The API functions turn it into :class:`UnexpectedResponse`, carrying status, body excerpt and this path.
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path or '(top level)'}: {reason}")

    def nested(self, field: str, index: int = -1) -> "SchemaMismatch":
        """This error as seen from the object that holds it in ``field`` (at list ``index`` when >= 0)."""
        prefix = f"{field}[{index}]" if index >= 0 else field
        path = f"{prefix}.{self.path}" if self.path and not self.path.startswith("[") else f"{prefix}{self.path}"
        return SchemaMismatch(path, self.reason)

    @classmethod
    def from_error(cls, field: str, index: int, error: Exception) -> "SchemaMismatch":
        """The error of ``from_dict`` at ``field`` (list ``index``) for a KeyError/TypeError/ValueError there."""
        if isinstance(error, KeyError) and index < 0:
            # from_dict only tracks fields it converts; a missing field's KeyError names the field itself.
            missing = error.args[0] if error.args and isinstance(error.args[0], str) else field
            return (
                cls("", "required field is missing").nested(missing)
                if missing
                else cls("", "required field is missing")
            )
        reason = f"{type(error).__name__}: {error}"
        return cls("", reason).nested(field, index) if field else cls("", reason)


def expect_list(value: Any) -> list[Any]:
    """``value`` if it is a JSON array, else a TypeError (turned into SchemaMismatch with its field path)."""
    if not isinstance(value, list):
        raise TypeError(f"expected an array, got {type(value).__name__}")
    return value


def not_an_object(value: object) -> SchemaMismatch:
    return SchemaMismatch(
        "", f"expected an object, got {type(value).__name__}: {body_excerpt(repr(value).encode(), 80)}"
    )


__all__ = [
    "APIStatusError",
    "AuthenticationError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "ValidationError",
    "error_for_response",
    "parse_retry_after",
    "EXCERPT_LIMIT",
    "ResponseError",
    "SimplyMeetError",
    "SchemaMismatch",
    "UnexpectedResponse",
    "expect_list",
    "not_an_object",
    "UnexpectedStatus",
    "body_excerpt",
]
