"""When to retry, and how long to wait: the policy :class:`~simplymeet_runtime.transport.ApiTransport` follows.

The transport wraps the real one of the ``httpx.Client``/``httpx.AsyncClient`` the generated client builds, so
every operation (raising or ``*_detailed``) gets the same policy:

* connection errors, timeouts and dropped connections (mid-body too: the transport reads the body), and the
  statuses 429, 502, 503 and 504 are retried;
* after a response (or an error once the request may have reached the server) only idempotent methods
  (GET, PUT, DELETE, HEAD, OPTIONS) are retried; a POST is retried only when the connection could not be
  opened at all (``httpx.ConnectError``/``ConnectTimeout``/``PoolTimeout``: nothing was sent);
* the wait is exponential backoff with full jitter, ``min(backoff_max, backoff_base * 2**(n-1))`` scaled by
  a random factor in ``[0, 1)``; a ``Retry-After`` header (seconds or HTTP date) replaces it, and when it
  asks for longer than ``retry_after_max`` the response is returned at once (the caller gets a
  ``RateLimitError`` carrying ``retry_after``) instead of sleeping for minutes;
* ``max_attempts`` counts every try, the first included.

``sleep``/``asleep``, ``clock`` and ``random`` are injectable so tests run without waiting.
"""

from __future__ import annotations

import datetime
import email.utils
import logging
import random as _random
import time
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass, field

import httpx

logger = logging.getLogger("simplymeet_client.retry")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({429, 502, 503, 504})

# Errors raised before any byte of the request left this machine: safe to retry for every method.
_NOT_SENT_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Errors after which the server may have seen the request: retried for idempotent methods only.
_MAYBE_SENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
)


async def _asleep(seconds: float) -> None:
    import asyncio  # only async users pay for importing asyncio

    await asyncio.sleep(seconds)


def _utcnow() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def parse_retry_after(value: str | None, now: datetime.datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header holding seconds or an HTTP date; ``None`` if absent/invalid."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.UTC)
    current = now or _utcnow()
    return max(0.0, (when - current).total_seconds())


@dataclass(frozen=True, kw_only=True)
class RetryPolicy:
    """When and how long to retry. Pass ``retry=None`` to the client to turn retries off."""

    max_attempts: int = 4
    """Total tries per request, the first one included (1 = no retries)."""
    backoff_base: float = 0.5
    """Seconds before the first retry (before jitter); doubled for every further retry."""
    backoff_max: float = 30.0
    """Cap on one backoff wait, in seconds."""
    retry_after_max: float = 60.0
    """Longest ``Retry-After`` the client will sleep for; a longer one is handed back to the caller."""
    retry_statuses: Collection[int] = RETRY_STATUSES
    idempotent_methods: Collection[str] = IDEMPOTENT_METHODS
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, compare=False)
    asleep: Callable[[float], Awaitable[None]] = field(default=_asleep, repr=False, compare=False)
    clock: Callable[[], datetime.datetime] = field(default=_utcnow, repr=False, compare=False)
    random: Callable[[], float] = field(default=_random.random, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError(f"max_attempts must be at least 1, got {self.max_attempts}")
        for name in ("backoff_base", "backoff_max", "retry_after_max"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative, got {getattr(self, name)}")

    def backoff(self, retry_number: int) -> float:
        """Wait before retry number ``retry_number`` (1 for the first retry): exponential, full jitter."""
        ceiling = min(self.backoff_max, self.backoff_base * 2 ** (retry_number - 1))
        return float(ceiling * self.random())

    def delay_after_error(self, method: str, exc: Exception, attempt: int) -> float | None:
        """Seconds to wait before retrying after ``exc``, or ``None`` to give up and re-raise it."""
        if attempt >= self.max_attempts:
            return None
        if isinstance(exc, _NOT_SENT_ERRORS) or (
            isinstance(exc, _MAYBE_SENT_ERRORS) and method.upper() in self.idempotent_methods
        ):
            return self.backoff(attempt)
        return None

    def delay_after_response(self, method: str, response: httpx.Response, attempt: int) -> float | None:
        """Seconds to wait before retrying after ``response``, or ``None`` to return it."""
        if (
            attempt >= self.max_attempts
            or response.status_code not in self.retry_statuses
            or method.upper() not in self.idempotent_methods
        ):
            return None
        retry_after = parse_retry_after(response.headers.get("Retry-After"), self.clock())
        if retry_after is None:
            return self.backoff(attempt)
        if retry_after > self.retry_after_max:
            return None
        return retry_after


def retry_delay(
    policy: RetryPolicy, request: httpx.Request, attempt: int, outcome: httpx.Response | Exception
) -> float | None:
    """Seconds to wait before the next attempt (logged), or ``None`` to stop with this outcome."""
    if isinstance(outcome, httpx.Response):
        delay = policy.delay_after_response(request.method, outcome, attempt)
        cause = str(outcome.status_code)
    else:
        delay = policy.delay_after_error(request.method, outcome, attempt)
        cause = type(outcome).__name__
    if delay is not None:
        # Method and path only: headers (the API key) and the query string are never logged.
        logger.info(
            "Retrying %s %s after %s (attempt %d of %d) in %.2fs",
            request.method,
            request.url.path,
            cause,
            attempt + 1,
            policy.max_attempts,
            delay,
        )
    return delay
