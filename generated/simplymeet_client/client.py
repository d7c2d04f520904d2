import ipaddress
import ssl
from types import TracebackType
from typing import Any, Self

import httpx
from attrs import define, evolve, field
from simplymeet_runtime.retry import RetryPolicy
from simplymeet_runtime.transport import (
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    ApiKeyAuth,
    origin,
    transport_args,
)

DEFAULT_BASE_URL = "https://secure.simplymeet.me"
"""The production server of the SimplyMeet.me API (the spec's ``servers`` entry)."""


DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""30 s to read a response (list pages with nested events can be slow), 10 s to connect."""


def check_base_url(base_url: str, allow_insecure_http: bool = False) -> None:
    """Refuse a plain ``http://`` base URL unless its host is loopback or the caller opted in.

    The API key travels in a header on every request; over plain HTTP anyone on the path could read it.
    """
    url = httpx.URL(base_url)
    if url.scheme == "https":
        return
    if url.scheme != "http":
        raise ValueError(f"base_url must be an http(s) URL, got {base_url!r}")
    host = url.host
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not (loopback or allow_insecure_http):
        raise ValueError(
            f"base_url {base_url!r} uses plain http:// to a non-loopback host, which would expose the API key; "
            "use https:// or pass allow_insecure_http=True"
        )


@define
class Client:
    """A class for keeping track of data related to the API

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.

        ``retry``: The :class:`~simplymeet_runtime.retry.RetryPolicy` (4 attempts, exponential backoff with jitter,
        ``Retry-After`` honoured up to 60 s); ``None`` turns retries off.

        ``allow_insecure_http``: Allow a plain ``http://`` base URL to a non-loopback host.

        ``strict_responses``: ``False`` (the default, tolerant) reads a response that differs from the spec in a
        recoverable way (a missing nullable property, an undeclared property, an unknown enum value, an
        undocumented error status) and reports each difference as a ``errors.SpecDriftWarning`` and on the
        ``simplymeet_client.drift`` logger; ``True`` raises ``errors.UnexpectedResponse`` for any difference.
        A wrong type, an unexpected null or a missing non-nullable property is an error in both modes.

        ``max_response_bytes``: The most a response body may hold, decoded (default 32 MiB); past it the call
        raises ``errors.ResponseTooLarge`` while reading. ``None`` for no limit.

        ``deadline``: Seconds one call may take in all, retries and waits included (default 300); past it the
        call raises ``errors.DeadlineExceeded`` (an ``httpx.TimeoutException``). ``None`` for no deadline.


    Attributes:
        raise_on_unexpected_status: Whether or not to raise an errors.UnexpectedStatus if the API returns a
            status code that was not documented in the source OpenAPI document. Can also be provided as a keyword
            argument to the constructor.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(default=DEFAULT_BASE_URL, alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    allow_insecure_http: bool = field(default=False, kw_only=True)
    retry: RetryPolicy | None = field(factory=RetryPolicy, kw_only=True)
    strict_responses: bool = field(default=False, kw_only=True)
    max_response_bytes: int | None = field(default=DEFAULT_MAX_RESPONSE_BYTES, kw_only=True)
    deadline: float | None = field(default=DEFAULT_DEADLINE, kw_only=True)
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def __attrs_post_init__(self) -> None:
        check_base_url(self._base_url, self.allow_insecure_http)

    def with_headers(self, headers: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "Client":
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **transport_args(
                    self._httpx_args,
                    self._verify_ssl,
                    is_async=False,
                    base_url=self._base_url,
                    retry=self.retry,
                    key_header=None,
                    max_response_bytes=self.max_response_bytes,
                    deadline=self.deadline,
                ),
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(exc_type, exc_value, traceback)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **transport_args(
                    self._httpx_args,
                    self._verify_ssl,
                    is_async=True,
                    base_url=self._base_url,
                    retry=self.retry,
                    key_header=None,
                    max_response_bytes=self.max_response_bytes,
                    deadline=self.deadline,
                ),
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(exc_type, exc_value, traceback)


@define
class AuthenticatedClient:
    """A Client which has been authenticated for use on secured endpoints

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.

        ``retry``: The :class:`~simplymeet_runtime.retry.RetryPolicy` (4 attempts, exponential backoff with jitter,
        ``Retry-After`` honoured up to 60 s); ``None`` turns retries off.

        ``allow_insecure_http``: Allow a plain ``http://`` base URL to a non-loopback host.

        ``strict_responses``: ``False`` (the default, tolerant) reads a response that differs from the spec in a
        recoverable way (a missing nullable property, an undeclared property, an unknown enum value, an
        undocumented error status) and reports each difference as a ``errors.SpecDriftWarning`` and on the
        ``simplymeet_client.drift`` logger; ``True`` raises ``errors.UnexpectedResponse`` for any difference.
        A wrong type, an unexpected null or a missing non-nullable property is an error in both modes.

        ``max_response_bytes``: The most a response body may hold, decoded (default 32 MiB); past it the call
        raises ``errors.ResponseTooLarge`` while reading. ``None`` for no limit.

        ``deadline``: Seconds one call may take in all, retries and waits included (default 300); past it the
        call raises ``errors.DeadlineExceeded`` (an ``httpx.TimeoutException``). ``None`` for no deadline.


    Attributes:
        raise_on_unexpected_status: Whether or not to raise an errors.UnexpectedStatus if the API returns a
            status code that was not documented in the source OpenAPI document. Can also be provided as a keyword
            argument to the constructor.
        token: The API key (sent in the ``X-API-KEY`` header; never shown in ``repr``)
        prefix: A prefix for the header value (none for this API)
        auth_header_name: The name of the header that carries the API key
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(default=DEFAULT_BASE_URL, alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    allow_insecure_http: bool = field(default=False, kw_only=True)
    retry: RetryPolicy | None = field(factory=RetryPolicy, kw_only=True)
    strict_responses: bool = field(default=False, kw_only=True)
    max_response_bytes: int | None = field(default=DEFAULT_MAX_RESPONSE_BYTES, kw_only=True)
    deadline: float | None = field(default=DEFAULT_DEADLINE, kw_only=True)
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    token: str = field(kw_only=True, repr=False)
    prefix: str = field(default="", kw_only=True)
    auth_header_name: str = field(default="X-API-KEY", kw_only=True)

    def __attrs_post_init__(self) -> None:
        check_base_url(self._base_url, self.allow_insecure_http)

    def with_headers(self, headers: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "AuthenticatedClient":
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def _auth(self) -> ApiKeyAuth:
        value = f"{self.prefix} {self.token}" if self.prefix else self.token
        return ApiKeyAuth(self.auth_header_name, value, origin(httpx.URL(self._base_url)))

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                auth=self._auth(),
                **transport_args(
                    self._httpx_args,
                    self._verify_ssl,
                    is_async=False,
                    base_url=self._base_url,
                    retry=self.retry,
                    key_header=self.auth_header_name,
                    max_response_bytes=self.max_response_bytes,
                    deadline=self.deadline,
                ),
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(exc_type, exc_value, traceback)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                auth=self._auth(),
                **transport_args(
                    self._httpx_args,
                    self._verify_ssl,
                    is_async=True,
                    base_url=self._base_url,
                    retry=self.retry,
                    key_header=self.auth_header_name,
                    max_response_bytes=self.max_response_bytes,
                    deadline=self.deadline,
                ),
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(exc_type, exc_value, traceback)
