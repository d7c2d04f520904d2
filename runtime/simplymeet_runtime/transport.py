"""The client's httpx transport: the key stays with the API's origin, bounded bodies, retries, a total deadline.

:class:`ApiTransport` wraps the real transport of the ``httpx.Client``/``httpx.AsyncClient`` the generated client
builds (:func:`transport_args`), so every operation gets the same guarantees:

* **The key stays with the API.** The API key header is removed from any request whose scheme, host and port
  differ from the base URL's, whoever built it (a redirect to another host included); :class:`ApiKeyAuth` adds
  it only to requests for the API's origin in the first place.
* **A bounded head.** The status line and headers together may hold ``max_response_head_bytes`` (64 KiB); a
  larger head raises :class:`~simplymeet_runtime.exceptions.ResponseHeadTooLarge` before the body is read
  (httpcore bounds a head only while it is incomplete: one that arrives in one read of 64 KiB or so is accepted).
* **Bounded bodies.** The body is read here, decoded as it arrives (``gzip``/``deflate``; only those are
  offered in ``Accept-Encoding``), and counted: past ``max_response_bytes`` decoded bytes the call raises
  :class:`~simplymeet_runtime.exceptions.ResponseTooLarge` at once, so a decompression bomb is never inflated.
* **Retries** by the :class:`~simplymeet_runtime.retry.RetryPolicy`; since the body is read inside the
  transport, a connection lost mid-body is a connection failure like any other (retried for idempotent
  methods, never for POST).
* **Proxies** as httpx reads them from the environment (``HTTPS_PROXY``, ``HTTP_PROXY``, ``ALL_PROXY``,
  ``NO_PROXY``; :func:`env_proxy`), unless ``trust_env=False``; an explicit ``proxy`` wins. httpx ignores the
  environment once it is handed a transport, and the client always hands it one (this), so the choice is made
  here, once, for the base URL. A loopback base URL is never sent to a proxy from the environment (no proxy can
  reach this machine's loopback). Through a proxy an ``https://`` API is reached inside a ``CONNECT`` tunnel: the
  proxy sees the host name, never the key.
* **A total deadline** (``deadline`` seconds) for the whole call: tries, reads and backoff waits. Each try's
  connect/read/write/pool timeouts are cut to what is left, so a server that drip-feeds bytes cannot hold the
  call; past it the call raises :class:`~simplymeet_runtime.exceptions.DeadlineExceeded`, an
  ``httpx.TimeoutException``.
"""

from __future__ import annotations

import functools
import importlib.metadata
import ipaddress
import os
import platform
import ssl
import time
import zlib
from collections.abc import Callable, Generator
from typing import Any

import httpx

from .exceptions import EXCERPT_LIMIT, DeadlineExceeded, ResponseHeadTooLarge, ResponseTooLarge
from .retry import RetryPolicy, retry_delay

DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
"""32 MiB of decoded body: a 100-event page is about 0.6 MB."""
DEFAULT_MAX_RESPONSE_HEAD_BYTES = 64 * 1024
"""64 KiB of status line and headers: the API's heads are well under 2 KiB."""
DEFAULT_DEADLINE = 300.0
"""Seconds for one call, all retries and waits included."""
ACCEPT_ENCODING = "gzip, deflate"


@functools.cache
def user_agent() -> str:
    """``simplymeet-client/<version> python/<version>``, sent unless the caller set a User-Agent.

    Looked up on the first request, not at import: reading package metadata scans ``sys.path``.
    """
    try:
        version = importlib.metadata.version("simplymeet-client")
    except importlib.metadata.PackageNotFoundError:  # a checkout, not an installed wheel
        version = "0+checkout"
    return f"simplymeet-client/{version} python/{platform.python_version()}"


"""The encodings the transport decodes (and counts) itself."""

# httpx applies these only to the transport it builds itself; the client builds that transport (to wrap it),
# so they are handed to it instead of to httpx.Client.
_TRANSPORT_ARGS = ("cert", "http1", "http2", "limits", "proxy", "retries", "local_address", "uds", "socket_options")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    """Scheme, host and port (the default port made explicit) of ``url``."""
    return url.scheme, url.host, url.port or _DEFAULT_PORTS.get(url.scheme)


class ApiKeyAuth(httpx.Auth):
    """Adds the API key header to requests for the API's origin, and to no other.

    The key lives only here, never in the client's default headers, so it is absent from ``repr()`` of the
    client, of httpx objects and of this class.
    """

    def __init__(self, header_name: str, value: str, api_origin: tuple[str, str, int | None] | None = None) -> None:
        self._header_name = header_name
        self._value = value
        self._origin = api_origin

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._origin is None or origin(request.url) == self._origin:
            request.headers[self._header_name] = self._value
        yield request

    def __repr__(self) -> str:
        return f"ApiKeyAuth(header_name={self._header_name!r}, value='***')"


class _Body:
    """Collects a response body, decoding ``gzip``/``deflate`` as it arrives, and refuses more than ``limit``."""

    def __init__(self, encoding: str, limit: int | None) -> None:
        self.decoder = zlib.decompressobj(zlib.MAX_WBITS | 32) if encoding in ("gzip", "x-gzip", "deflate") else None
        self.limit = limit
        self.chunks: list[bytes] = []
        self.size = 0

    def _add(self, data: bytes) -> bool:
        """Keep ``data``; false once the limit is passed (the caller then refuses the response)."""
        if data:
            self.chunks.append(data)
            self.size += len(data)
        return self.limit is None or self.size <= self.limit

    def feed(self, raw: bytes) -> bool:
        if self.decoder is None:
            return self._add(raw)
        # Never inflate more than one byte past the limit, however much one compressed chunk expands to.
        budget = 0 if self.limit is None else self.limit - self.size + 1
        data = self.decoder.decompress(raw, budget)
        while True:
            if not self._add(data):
                return False
            if not self.decoder.unconsumed_tail:
                return True
            budget = 0 if self.limit is None else self.limit - self.size + 1
            data = self.decoder.decompress(self.decoder.unconsumed_tail, budget)

    def finish(self) -> bool:
        return self._add(self.decoder.flush()) if self.decoder is not None else True

    def content(self) -> bytes:
        return b"".join(self.chunks)

    def head(self, size: int) -> bytes:
        """The first ``size`` bytes, without joining the whole body (it may be the limit's worth)."""
        taken: list[bytes] = []
        for chunk in self.chunks:
            if size <= 0:
                break
            taken.append(chunk[:size])
            size -= len(taken[-1])
        return b"".join(taken)


class ApiTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """See the module's docstring. ``clock`` (monotonic seconds) is injectable for tests."""

    def __init__(
        self,
        *,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        retry: RetryPolicy | None = None,
        api_origin: tuple[str, str, int | None] | None = None,
        key_header: str | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        deadline: float | None = DEFAULT_DEADLINE,
        clock: Callable[[], float] = time.monotonic,
        max_response_head_bytes: int | None = DEFAULT_MAX_RESPONSE_HEAD_BYTES,
    ) -> None:
        for name, limit in (
            ("max_response_bytes", max_response_bytes),
            ("max_response_head_bytes", max_response_head_bytes),
        ):
            if limit is not None and limit < 1:
                raise ValueError(f"{name} must be at least 1 (or None), got {limit}")
        if deadline is not None and deadline <= 0:
            raise ValueError(f"deadline must be positive seconds (or None), got {deadline}")
        self._transport = transport
        self._async_transport = async_transport
        self.retry = retry
        self.api_origin = api_origin
        self.key_header = key_header
        self.max_response_bytes = max_response_bytes
        self.max_response_head_bytes = max_response_head_bytes
        self.deadline = deadline
        self.clock = clock

    # ------------------------------------------------------------------------------------------ per request

    def _prepare(self, request: httpx.Request) -> float | None:
        """Guard the key, offer only the encodings decoded here; return the deadline (clock time) or None."""
        if self.key_header and self.api_origin is not None and origin(request.url) != self.api_origin:
            request.headers.pop(self.key_header, None)
        request.headers["Accept-Encoding"] = ACCEPT_ENCODING
        if request.headers.get("User-Agent", "").startswith("python-httpx/"):  # not one the caller chose
            request.headers["User-Agent"] = user_agent()
        return None if self.deadline is None else self.clock() + self.deadline

    def _fit_timeouts(self, request: httpx.Request, deadline_at: float | None) -> None:
        """Cut this try's timeouts to the time left; none left is :class:`DeadlineExceeded`."""
        if deadline_at is None:
            return
        left = deadline_at - self.clock()
        if left <= 0:
            raise self._deadline_error(request)
        timeouts: dict[str, float | None] = dict(request.extensions.get("timeout") or {})
        for key in ("connect", "read", "write", "pool"):
            current = timeouts.get(key)
            timeouts[key] = left if current is None else min(current, left)
        request.extensions = {**request.extensions, "timeout": timeouts}

    def _deadline_error(self, request: httpx.Request) -> DeadlineExceeded:
        return DeadlineExceeded(
            f"{request.method} {request.url.path} did not finish within the client's deadline of {self.deadline:g} s",
            request=request,
        )

    def _too_large(self, request: httpx.Request, response: httpx.Response, body: _Body) -> ResponseTooLarge:
        return ResponseTooLarge(
            f"Response body is larger than max_response_bytes ({self.max_response_bytes:,} bytes decoded)",
            limit=self.max_response_bytes or 0,
            status_code=response.status_code,
            content=body.head(EXCERPT_LIMIT * 4),  # enough bytes for the excerpt of str()
            method=request.method,
            path=request.url.path,
            headers=response.headers,
        )

    def _check_head(self, request: httpx.Request, response: httpx.Response) -> None:
        """Refuse a status line and headers larger than ``max_response_head_bytes`` (as sent: ``name: value``
        and CRLF each)."""
        if self.max_response_head_bytes is None:
            return
        size = 15 + len(response.extensions.get("reason_phrase", b""))  # "HTTP/1.1 200 OK\r\n" and the blank line
        size += sum(len(name) + len(value) + 4 for name, value in response.headers.raw)
        if size > self.max_response_head_bytes:
            raise ResponseHeadTooLarge(
                f"Response head (status line and headers) is larger than max_response_head_bytes "
                f"({self.max_response_head_bytes:,} bytes)",
                limit=self.max_response_head_bytes,
                status_code=response.status_code,
                content=b"",
                method=request.method,
                path=request.url.path,
            )

    def _finish(self, request: httpx.Request, response: httpx.Response, body: _Body) -> httpx.Response:
        headers = response.headers.copy()
        if body.decoder is not None:
            del headers["Content-Encoding"]
            headers.pop("Content-Length", None)
        return httpx.Response(
            response.status_code,
            headers=headers,
            content=body.content(),
            extensions=response.extensions,
            request=request,
        )

    def _after(
        self, request: httpx.Request, attempt: int, outcome: httpx.Response | Exception, deadline_at: float | None
    ) -> float | None:
        """Seconds to wait before the next try, or None to stop with ``outcome``."""
        if isinstance(outcome, httpx.TimeoutException) and deadline_at is not None and self.clock() >= deadline_at:
            raise self._deadline_error(request) from outcome
        if self.retry is None or isinstance(outcome, (ResponseTooLarge, DeadlineExceeded)):
            return None
        delay = retry_delay(self.retry, request, attempt, outcome)
        if delay is not None and deadline_at is not None and self.clock() + delay >= deadline_at:
            return None  # the wait alone would pass the deadline: stop with what we have
        return delay

    # ------------------------------------------------------------------------------------------------- sync

    def _read(self, request: httpx.Request, response: httpx.Response, deadline_at: float | None) -> httpx.Response:
        body = _Body(response.headers.get("Content-Encoding", "").strip().lower(), self.max_response_bytes)
        try:
            self._check_head(request, response)
            for chunk in response.stream:  # type: ignore[union-attr]
                if not body.feed(chunk):
                    raise self._too_large(request, response, body)
                if deadline_at is not None and self.clock() > deadline_at:
                    raise self._deadline_error(request)
            if not body.finish():
                raise self._too_large(request, response, body)
        except zlib.error as exc:
            raise httpx.DecodingError(f"Could not decode the response body: {exc}", request=request) from exc
        finally:
            response.close()
        return self._finish(request, response, body)

    @property
    def inner(self) -> httpx.BaseTransport | httpx.AsyncBaseTransport | None:
        """The transport this one wraps (the connection pool): the sync one if given, else the async one."""
        return self._transport if self._transport is not None else self._async_transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._transport is None:
            raise RuntimeError("ApiTransport was built without a sync transport")
        deadline_at = self._prepare(request)
        attempt = 1
        while True:
            self._fit_timeouts(request, deadline_at)
            outcome: httpx.Response | Exception
            try:
                outcome = self._read(request, self._transport.handle_request(request), deadline_at)
            except Exception as exc:  # noqa: BLE001 - weighed by the retry policy below, re-raised unless retried
                outcome = exc
            delay = self._after(request, attempt, outcome, deadline_at)
            if delay is None:
                if isinstance(outcome, Exception):
                    raise outcome
                return outcome
            if self.retry is not None:
                self.retry.sleep(delay)
            attempt += 1

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()

    # ------------------------------------------------------------------------------------------------ async

    async def _aread(
        self, request: httpx.Request, response: httpx.Response, deadline_at: float | None
    ) -> httpx.Response:
        body = _Body(response.headers.get("Content-Encoding", "").strip().lower(), self.max_response_bytes)
        try:
            self._check_head(request, response)
            async for chunk in response.stream:  # type: ignore[union-attr]
                if not body.feed(chunk):
                    raise self._too_large(request, response, body)
                if deadline_at is not None and self.clock() > deadline_at:
                    raise self._deadline_error(request)
            if not body.finish():
                raise self._too_large(request, response, body)
        except zlib.error as exc:
            raise httpx.DecodingError(f"Could not decode the response body: {exc}", request=request) from exc
        finally:
            await response.aclose()
        return self._finish(request, response, body)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._async_transport is None:
            raise RuntimeError("ApiTransport was built without an async transport")
        deadline_at = self._prepare(request)
        attempt = 1
        while True:
            self._fit_timeouts(request, deadline_at)
            outcome: httpx.Response | Exception
            try:
                response = await self._async_transport.handle_async_request(request)
                outcome = await self._aread(request, response, deadline_at)
            except Exception as exc:  # noqa: BLE001 - weighed by the retry policy below, re-raised unless retried
                outcome = exc
            delay = self._after(request, attempt, outcome, deadline_at)
            if delay is None:
                if isinstance(outcome, Exception):
                    raise outcome
                return outcome
            if self.retry is not None:
                await self.retry.asleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        if self._async_transport is not None:
            await self._async_transport.aclose()


def env_proxy(url: httpx.URL) -> str | None:
    """The proxy httpx would use for ``url`` from the environment, or None (none set, ``NO_PROXY``, loopback)."""
    if url.host == "localhost" or _is_loopback(url.host):
        return None
    # httpx's own reading of the variables (private helpers, pinned by httpx<0.29 and tested with a real proxy), so
    # the client follows exactly the rules a plain httpx.Client follows.
    from httpx._utils import URLPattern, get_environment_proxies

    for pattern, proxy in sorted((URLPattern(key), proxy) for key, proxy in get_environment_proxies().items()):
        if pattern.matches(url):
            return proxy
    return None


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@functools.cache
def default_ssl_context(cert_file: str | None, cert_dir: str | None) -> ssl.SSLContext:
    """The verifying SSL context httpx would build (certifi, or ``SSL_CERT_FILE``/``SSL_CERT_DIR``: the key), built
    once and shared by every client: building one loads the CA bundle, 40-60 ms per client on this machine."""
    return httpx.create_ssl_context()


def transport_args(
    httpx_args: dict[str, Any],
    verify: Any,
    *,
    is_async: bool,
    base_url: str,
    retry: RetryPolicy | None,
    key_header: str | None,
    max_response_bytes: int | None,
    deadline: float | None,
    max_response_head_bytes: int | None = DEFAULT_MAX_RESPONSE_HEAD_BYTES,
) -> dict[str, Any]:
    """``httpx_args`` with its transport (given, or the default one httpx would build) wrapped in
    an :class:`ApiTransport`."""
    args = dict(httpx_args)
    inner = args.pop("transport", None)
    if inner is None:
        options = {key: args.pop(key) for key in _TRANSPORT_ARGS if key in args}
        if options.get("proxy") is None and args.get("trust_env", True):
            options["proxy"] = env_proxy(httpx.URL(base_url))
        if verify is True and "cert" not in options:
            verify = default_ssl_context(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
        inner = (
            httpx.AsyncHTTPTransport(verify=verify, **options)
            if is_async
            else httpx.HTTPTransport(verify=verify, **options)
        )
    wrapped = "async_transport" if is_async else "transport"
    args["transport"] = ApiTransport(
        **{wrapped: inner},
        retry=retry,
        api_origin=origin(httpx.URL(base_url)),
        key_header=key_header,
        max_response_bytes=max_response_bytes,
        max_response_head_bytes=max_response_head_bytes,
        deadline=deadline,
    )
    return args
