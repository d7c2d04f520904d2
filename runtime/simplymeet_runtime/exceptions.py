"""The root of the client's exceptions, and those the transport raises (re-exported by ``simplymeet_client.errors``)."""

from __future__ import annotations

import json
from typing import Any, Self

import httpx

EXCERPT_LIMIT = 500
"""How many characters of a response body an exception message carries."""


_SECRETS: set[str] = set()
"""API keys this process has given a client: :func:`redact` takes them out of every error message."""
REDACTED = "***"


def register_secret(value: str) -> None:
    """Remember ``value`` (an API key) so that no error message of the client shows it, even if a server echoes it."""
    if len(value) >= 6:  # shorter strings are no key worth the name, and would redact ordinary words
        _SECRETS.update(secret_forms(value))


def secret_forms(value: str) -> set[str]:
    """``value`` and the forms a server's JSON may echo it in: escaped as ``json.dumps`` writes it, and with each
    ``/`` as ``\\/`` (PHP's ``json_encode`` by default)."""
    escaped = json.dumps(value)[1:-1]
    return {value, escaped, escaped.replace("/", "\\/")}


def redact(text: str) -> str:
    """``text`` with every registered secret replaced by ``***``."""
    for secret in sorted(_SECRETS, key=len, reverse=True):  # a longer form first: it may hold a shorter one
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


def body_excerpt(content: bytes, limit: int = EXCERPT_LIMIT) -> str:
    """The start of a response body as text, cut to ``limit`` characters, registered secrets redacted."""
    text = redact(content.decode("utf-8", errors="replace"))  # whole: a cut could halve a key before redaction
    return text if len(text) <= limit else text[:limit] + "…"


class SimplyMeetError(Exception):
    """Base class of every error raised by this client."""


class MissingApiKey(SimplyMeetError, ValueError):
    """No API key: neither ``api_key=`` nor the ``SIMPLYMEET_API_KEY`` environment variable."""


class InvalidApiKey(MissingApiKey):
    """The API key cannot be sent: whitespace around it (a key file's newline), or a character an HTTP header
    cannot carry. The message says which and where, never the key."""


class ResponseError(SimplyMeetError):
    """An HTTP response the client could not accept.

    Attributes:
        status_code: HTTP status of the response.
        method: HTTP method of the request (``GET``, ``PUT``, ...).
        path: Path of the request, without query string or host.
        content: The raw response body (for :class:`ResponseTooLarge`, the part read before giving up).
        headers: The response headers (``Retry-After``, rate-limit and diagnostic headers); not shown in
            ``str()``.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        content: bytes,
        method: str = "",
        path: str = "",
        headers: httpx.Headers | None = None,
    ) -> None:
        self.status_code = status_code
        self.content = content
        self.method = method
        self.path = path
        self.reason = redact(message)
        self.headers = headers if headers is not None else httpx.Headers()
        where = f" for {method} {path}" if method else ""
        super().__init__(redact(f"{message} (HTTP {status_code}{where}); body: {body_excerpt(content)!r}"))

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
            message,
            status_code=response.status_code,
            content=response.content,
            method=method,
            path=path,
            headers=response.headers,
            **kwargs,
        )


class ResponseTooLarge(ResponseError):
    """The response body (decoded) is larger than the client's ``max_response_bytes``.

    Raised while reading, as soon as the limit is passed, so a huge or decompression-bomb body is never held
    whole. ``limit`` is the limit in bytes; ``content`` holds the start of the body.
    """

    def __init__(self, message: str, *, limit: int, **kwargs: Any) -> None:
        self.limit = limit
        super().__init__(message, **kwargs)


class ResponseHeadTooLarge(ResponseTooLarge):
    """The response's status line and headers together are larger than the client's ``max_response_head_bytes``.

    Raised before the body is read; the headers are not kept (``headers`` is empty, ``content`` too).
    """


class DeadlineExceeded(httpx.TimeoutException, SimplyMeetError):
    """The call took longer than the client's ``deadline`` (all tries and waits together).

    An ``httpx.TimeoutException``, so code that handles timeouts handles this too.
    """
