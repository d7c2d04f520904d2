"""The machinery of the resource-style client (``SimplyMeet().events.list(...)``), whatever the spec.

The generated ``simplymeet_client.resources`` declares the resources and their typed methods (from the spec and
``openapi/resources.yaml``), one module each; each method calls one entry point of :class:`Resource` with what its
operation's generated module builds and parses, and ``.with_raw_response`` wraps the same methods
(:func:`to_raw_response_wrapper`). What is the same for all of them lives here: configuration from the environment, building request models from keyword arguments (enum strings,
plain dicts for nested objects), copies with other options that share the connection pool, closing, logging.
"""

from __future__ import annotations

import copy
import functools
import logging
import os
import re
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any, ClassVar, Concatenate, ParamSpec, Self, TypeVar, cast

import attrs
import httpx

from .client import check_api_key, pool
from .drift import route_to_logging
from .errors import AuthenticationError, MissingApiKey
from .pagination import HalList, Page, aiterate_pages, hal_page, iterate_pages
from .retry import RetryPolicy
from .transport import DEFAULT_DEADLINE, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_RESPONSE_HEAD_BYTES
from .wire import UNSET, Unset, check_uuid

ENV_API_KEY = "SIMPLYMEET_API_KEY"
ENV_BASE_URL = "SIMPLYMEET_BASE_URL"
ENV_LOG = "SIMPLYMEET_LOG"
_LOGGER = "simplymeet_client"
_UNCHANGED: Any = object()

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
Success = Callable[[Any, httpx.Response], R]
"""An operation's ``_success(client, response)``: the parsed success model, or the error raised."""


def configure_logging(level: str | None = None) -> None:
    """``SIMPLYMEET_LOG=debug|info``: the library's own log records (retries, spec drift) to stderr.

    Only the ``simplymeet_client`` loggers are touched; they never log headers, so the key is never shown. Spec
    drift is then logged instead of warned about (:func:`~simplymeet_runtime.drift.route_to_logging`).
    """
    wanted = (level if level is not None else os.environ.get(ENV_LOG, "")).strip().lower()
    if not wanted:
        return
    if wanted not in ("debug", "info"):
        raise ValueError(f"{ENV_LOG} must be 'debug' or 'info', got {wanted!r}")
    route_to_logging()
    logger = logging.getLogger(_LOGGER)
    logger.setLevel(logging.DEBUG if wanted == "debug" else logging.INFO)
    if not any(getattr(handler, "_simplymeet", False) for handler in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler._simplymeet = True  # type: ignore[attr-defined]
        logger.addHandler(handler)


# ------------------------------------------------------------------------------------------ building requests


def convert(value: Any, kind: tuple[str, Any] | None, name: str) -> Any:
    """``value`` as the generated function wants it: an enum from its string, a model from a plain dict."""
    if kind is not None and kind[0] == "uuid" and value is not UNSET:  # not nullable: None is no UUID either
        return check_uuid(value, name)
    if kind is None or value is UNSET or value is None:
        return value
    form, cls = kind
    if form.startswith("list_"):
        if not isinstance(value, (list, tuple)):
            raise TypeError(f"{name} must be a list, got {type(value).__name__}")
        return [
            convert(item, (form.removeprefix("list_"), cls), f"{name}[{index}]") for index, item in enumerate(value)
        ]
    if isinstance(value, cls):
        return value
    if form == "enum":
        allowed = [member.value for member in cls]
        if value not in allowed:  # an argument is checked strictly (responses keep unknown values instead)
            raise ValueError(f"{name} must be one of {', '.join(map(repr, allowed))}, got {value!r}")
        return cls(value)
    if isinstance(value, Mapping):
        try:
            return cls.from_dict(dict(value))
        except ValueError as exc:  # SchemaMismatch names the key inside the dict
            raise ValueError(f"{name}: {exc}") from None
    raise TypeError(f"{name} must be a {cls.__name__} or a dict of its JSON keys, got {type(value).__name__}")


def build(
    cls: type[Any],
    given: Any,
    fields: dict[str, Any],
    kinds: Mapping[str, tuple[str, Any]],
    *,
    what: str,
    optional: bool = False,
) -> Any:
    """A request model from keyword arguments (``fields``, by Python name), or ``given`` (``body=``) as is.

    Missing required fields are a ``TypeError`` naming them, before any request; so is giving both.
    """
    values = {key: value for key, value in fields.items() if value is not UNSET}
    if given is not None:
        if values:
            raise TypeError(f"{what}: pass either body= or the fields ({', '.join(sorted(values))}), not both")
        if not isinstance(given, cls):
            raise TypeError(f"{what}: body must be a {cls.__name__}, got {type(given).__name__}")
        return given
    if not values and optional:
        return UNSET
    required = set(getattr(cls, "_REQUIRED", ()))
    wire = getattr(cls, "_WIRE_NAMES", {})
    missing = [py for py, name in wire.items() if name in required and py not in values]
    if missing:
        raise TypeError(f"{what}: missing required argument(s): {', '.join(missing)}")
    not_null = [key for key, value in values.items() if value is None and key not in _nullable(cls)]
    if not_null:  # UNSET (leave it out) omits a key; None would send a null the spec does not allow
        raise TypeError(f"{what}: {', '.join(not_null)} cannot be None (leave the argument out to omit it)")
    return cls(**{key: convert(value, kinds.get(key), key) for key, value in values.items()})


_NULLABLE: dict[type[Any], frozenset[str]] = {}


def _nullable(cls: type[Any]) -> frozenset[str]:
    """The fields of a generated request model that take ``None`` (their annotation has ``None`` or ``Any``)."""
    if cls not in _NULLABLE:
        _NULLABLE[cls] = frozenset(f.name for f in attrs.fields(cls) if re.search(r"\b(None|Any)\b", str(f.type)))
    return _NULLABLE[cls]


def enum_arg(cls: type[Enum], value: Any, name: str) -> Any:
    """A query argument given as an enum's string value becomes the enum."""
    return convert(value, ("enum", cls), name)


# ------------------------------------------------------------------------------------------------- clients


class _Base:
    """What ``SimplyMeet`` and ``AsyncSimplyMeet`` share. The generated subclasses set the class attributes."""

    _client_class: ClassVar[type[Any]]
    _default_base_url: ClassVar[str]
    _is_async: ClassVar[bool] = False
    # The resource and method ``check_key()`` calls: a cheap authenticated GET (set by the generated subclass).
    _key_check: ClassVar[tuple[str, str]]

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: httpx.Timeout | float | None = _UNCHANGED,
        retry: RetryPolicy | None = _UNCHANGED,
        deadline: float | None = DEFAULT_DEADLINE,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        max_response_head_bytes: int | None = DEFAULT_MAX_RESPONSE_HEAD_BYTES,
        strict_responses: bool = False,
        follow_redirects: bool = False,
        allow_insecure_http: bool = False,
        proxy: str | httpx.Proxy | None = None,
        trust_env: bool = True,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        key = api_key if api_key is not None else os.environ.get(ENV_API_KEY)
        if not key:
            raise MissingApiKey(f"no API key: pass api_key= or set the {ENV_API_KEY} environment variable")
        check_api_key(key, "api_key" if api_key is not None else f"the {ENV_API_KEY} environment variable")
        configure_logging()
        options: dict[str, Any] = {
            "base_url": base_url or os.environ.get(ENV_BASE_URL) or self._default_base_url,
            "deadline": deadline,
            "max_response_bytes": max_response_bytes,
            "max_response_head_bytes": max_response_head_bytes,
            "strict_responses": strict_responses,
            "follow_redirects": follow_redirects,
            "allow_insecure_http": allow_insecure_http,
            "httpx_args": {
                **({"proxy": proxy} if proxy is not None else {}),
                "trust_env": trust_env,
                **(httpx_args or {}),
            },
        }
        if timeout is not _UNCHANGED:
            options["timeout"] = (
                timeout if isinstance(timeout, httpx.Timeout) or timeout is None else httpx.Timeout(timeout)
            )
        if retry is not _UNCHANGED:
            options["retry"] = retry
        self._options = options
        self._key = key
        self._client = self._client_class(token=key, **options)
        # The httpx client every call sends through (with the ApiTransport: retries, limits), fetched once.
        self._http: Any = self._client.get_async_httpx_client() if self._is_async else self._client.get_httpx_client()
        self._resources()

    def _resources(self) -> None:  # set by the generated subclass
        pass

    @property
    def base_url(self) -> str:
        return str(self._options["base_url"])

    def with_options(self, **changes: Any) -> Self:
        """A copy with other options (``timeout``, ``retry``, ``deadline``, ``strict_responses``,
        ``max_response_bytes``, ``max_response_head_bytes``, ``base_url``, ``api_key``) that shares this client's connection pool
        (unless ``base_url`` changes). Closing either closes the pool."""
        allowed = {
            "timeout",
            "retry",
            "deadline",
            "strict_responses",
            "max_response_bytes",
            "max_response_head_bytes",
            "base_url",
            "api_key",
        }
        unknown = sorted(set(changes) - allowed)
        if unknown:
            raise TypeError(
                f"with_options() got unknown option(s): {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}"
            )
        options = {**self._options, "api_key": self._key}
        if "timeout" not in changes and "timeout" in options:
            changes.setdefault("timeout", options["timeout"])
        options.update(changes)
        if options["base_url"] == self._options["base_url"] and (shared := self._pool()) is not None:
            options["httpx_args"] = {**options["httpx_args"], "transport": shared}
        return type(self)(**options)

    def _pool(self) -> Any:
        """The transport under the client's ``ApiTransport``: the connection pool (public API only)."""
        return pool(self._client, is_async=self._is_async)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"


@dataclass(frozen=True)
class KeyCheck:
    """The answer of ``check_key()``: true when the API accepted the key.

    ``status_code`` is the API's answer (200 or 401); ``user`` is the key's user when it was accepted, else None.
    The key is sent only in the ``X-API-KEY`` header, never in a URL."""

    valid: bool
    status_code: int
    user: Any = None

    def __bool__(self) -> bool:
        return self.valid


class SyncClient(_Base):
    def check_key(self) -> KeyCheck:
        """Whether the API accepts this client's key, by one cheap authenticated GET (the key stays in the header).

        Returns ``KeyCheck(valid=True, 200, user)`` or ``KeyCheck(valid=False, 401)``; any other answer raises as
        every call does (a 403, a 5xx after retries, a network error): it says nothing about the key."""
        resource, method = self._key_check
        try:
            user = getattr(getattr(self, resource), method)()
        except AuthenticationError as exc:
            return KeyCheck(False, exc.status_code)
        return KeyCheck(True, 200, user)

    def close(self) -> None:
        self._client.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncClient(_Base):
    _is_async = True

    async def check_key(self) -> KeyCheck:
        """Whether the API accepts this client's key (see ``SimplyMeet.check_key``)."""
        resource, method = self._key_check
        try:
            user = await getattr(getattr(self, resource), method)()
        except AuthenticationError as exc:
            return KeyCheck(False, exc.status_code)
        return KeyCheck(True, 200, user)

    async def close(self) -> None:
        await self._client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


class Resource:
    """A group of operations (one of the spec's tags) on a client: every method of a generated resource calls one
    of the entry points below, which send the request its operation's ``_get_kwargs`` built through the client's
    transport and parse the answer with the operation's ``_success`` (or, raw, ``_build_response``)."""

    _raw = False  # the twin :func:`to_raw_response_wrapper` calls answers with the whole response

    def __init__(self, owner: _Base) -> None:
        self._owner = owner

    @property
    def _client(self) -> Any:
        return self._owner._client

    def _raw_twin(self) -> Self:
        twin = copy.copy(self)
        twin._raw = True
        return twin

    def _call(self, success: Success[R], detailed: Callable[..., Any], request: dict[str, Any]) -> R:
        """Send one request and parse its answer: the success model (raising for an error status), or raw the
        whole response, whatever its status."""
        client = self._owner._client
        response = self._owner._http.request(**request)
        if self._raw:
            return cast(R, detailed(client=client, response=response))
        return success(client, response)

    async def _acall(self, success: Success[R], detailed: Callable[..., Any], request: dict[str, Any]) -> R:
        client = self._owner._client
        response = await self._owner._http.request(**request)
        if self._raw:
            return cast(R, detailed(client=client, response=response))
        return success(client, response)

    def _iterate(self, success: Success[Page[T]], request: Callable[..., dict[str, Any]], on_page: int) -> Iterator[T]:
        """Every item of a listing, page by page (:func:`~simplymeet_runtime.pagination.iterate_pages`)."""
        client, http = self._owner._client, self._owner._http
        return iterate_pages(lambda page: success(client, http.request(**request(page=page))), on_page=on_page)

    def _iterate_hal(
        self, success: Success[HalList[T]], request: Callable[..., dict[str, Any]], on_page: int
    ) -> Iterator[T]:
        return self._iterate(lambda client, response: hal_page(success(client, response)), request, on_page)

    def _aiterate(
        self, success: Success[Page[T]], request: Callable[..., dict[str, Any]], on_page: int, concurrency: int
    ) -> AsyncIterator[T]:
        """As :meth:`_iterate`, async (:func:`~simplymeet_runtime.pagination.aiterate_pages`)."""
        client, http = self._owner._client, self._owner._http

        async def fetch(page: int) -> httpx.Response:
            response: httpx.Response = await http.request(**request(page=page))
            return response

        return aiterate_pages(
            fetch, lambda response: success(client, response), on_page=on_page, concurrency=concurrency
        )

    def _aiterate_hal(
        self, success: Success[HalList[T]], request: Callable[..., dict[str, Any]], on_page: int, concurrency: int
    ) -> AsyncIterator[T]:
        return self._aiterate(
            lambda client, response: hal_page(success(client, response)), request, on_page, concurrency
        )


# ---------------------------------------------------------------------------------------------- raw responses


def _unbound(method: Callable[..., Any]) -> tuple[Callable[..., Any], Resource]:
    resource = getattr(method, "__self__")  # noqa: B009 - a bound method of a Resource, typed as a plain callable
    return getattr(method, "__func__"), resource._raw_twin()  # noqa: B009


def to_raw_response_wrapper(method: Callable[P, Any], returns: type[R]) -> Callable[P, R]:
    """``method`` (bound to a resource) answering with the whole response (status_code, headers, parsed),
    whatever its status, as ``returns`` says: the resource's ``.with_raw_response.<method>``."""
    function, twin = _unbound(method)

    @functools.wraps(method)
    def raw(*args: P.args, **kwargs: P.kwargs) -> R:
        return cast(R, function(twin, *args, **kwargs))

    return raw


def async_to_raw_response_wrapper(method: Callable[P, Awaitable[Any]], returns: type[R]) -> Callable[P, Awaitable[R]]:
    """:func:`to_raw_response_wrapper` of an async method."""
    function, twin = _unbound(method)

    @functools.wraps(method)
    async def raw(*args: P.args, **kwargs: P.kwargs) -> R:
        return cast(R, await function(twin, *args, **kwargs))

    return raw


def to_raw_first_page(page: Callable[Concatenate[int, P], Any], returns: type[R]) -> Callable[P, R]:
    """A listing's ``.with_raw_response.list``: its first page as the whole response, from its ``page`` method
    (the page size is the API's default unless ``on_page`` is given)."""
    function, twin = _unbound(page)

    @functools.wraps(page)
    def raw(*args: P.args, **kwargs: P.kwargs) -> R:
        return cast(R, function(twin, 1, *args, **{"on_page": UNSET, **kwargs}))

    return raw


def async_to_raw_first_page(
    page: Callable[Concatenate[int, P], Awaitable[Any]], returns: type[R]
) -> Callable[P, Awaitable[R]]:
    """:func:`to_raw_first_page` of an async ``page``."""
    function, twin = _unbound(page)

    @functools.wraps(page)
    async def raw(*args: P.args, **kwargs: P.kwargs) -> R:
        return cast(R, await function(twin, 1, *args, **{"on_page": UNSET, **kwargs}))

    return raw


__all__ = [
    "ENV_API_KEY",
    "ENV_BASE_URL",
    "ENV_LOG",
    "UNSET",
    "AsyncClient",
    "KeyCheck",
    "MissingApiKey",
    "Resource",
    "SyncClient",
    "Unset",
    "async_to_raw_first_page",
    "async_to_raw_response_wrapper",
    "build",
    "configure_logging",
    "convert",
    "enum_arg",
    "to_raw_first_page",
    "to_raw_response_wrapper",
]
