"""Exceptions raised by the SimplyMeet client.

Every exception the client raises on purpose derives from :class:`SimplyMeetError`. Parsing a
response never lets a bare ``KeyError``/``TypeError``/``ValueError`` escape: a body that is not
JSON or does not fit the spec raises :class:`UnexpectedResponse`.
"""

from typing import Any, Self

import httpx

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


class UnexpectedStatus(ResponseError):
    """The response has a status code the spec does not document for this operation.

    Raised when ``Client.raise_on_unexpected_status`` is true.
    """

    def __init__(self, status_code: int, content: bytes, *, method: str = "", path: str = "") -> None:
        super().__init__(
            f"Unexpected status code: {status_code}", status_code=status_code, content=content, method=method, path=path
        )


class UnexpectedResponse(ResponseError):
    """The response body is not JSON, or does not fit the schema the spec declares for it."""


__all__ = [
    "EXCERPT_LIMIT",
    "ResponseError",
    "SimplyMeetError",
    "UnexpectedResponse",
    "UnexpectedStatus",
    "body_excerpt",
]
