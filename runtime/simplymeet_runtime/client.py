"""What the generated ``Client``/``AuthenticatedClient`` add to upstream's: base-URL check and httpx wiring.

The generated classes keep their fields (attrs); they hand themselves to :func:`httpx_args` when they build their
``httpx.Client``/``httpx.AsyncClient``.
"""

from __future__ import annotations

import ipaddress
import unicodedata
from typing import Any

import httpx

from .exceptions import InvalidApiKey, MissingApiKey, register_secret
from .transport import ApiKeyAuth, origin, transport_args

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


def _kind(char: str) -> str:
    if char.isspace():
        return "whitespace"
    if unicodedata.category(char) == "Cc":
        return "a control character"
    return "a non-ASCII character"


def check_api_key(key: object, source: str = "token") -> None:
    """Refuse, at construction, a key that cannot travel in a header, without ever showing it.

    A key is visible ASCII (``!`` to ``~``). Whitespace around it is almost always a key file's trailing newline
    (``echo $KEY > file``); inside it, or a control or non-ASCII character, h11 or httpx would refuse later with
    the whole key in the message. ``source`` names where the key came from (``api_key``, the environment variable).
    """
    if not isinstance(key, str):
        raise TypeError(f"{source} must be a str, got {type(key).__name__}")
    if not key:
        raise MissingApiKey(f"{source} is empty: no API key")
    if key != key.strip():
        raise InvalidApiKey(
            f"the API key ({source}) has whitespace or a newline at its start or end, as a key file written by echo "
            "does; strip it (the key is not shown here)"
        )
    for position, char in enumerate(key, 1):
        if not "!" <= char <= "~":
            raise InvalidApiKey(
                f"the API key ({source}) holds {_kind(char)} at position {position} of {len(key)}, which an HTTP header "
                "cannot carry; copy the key again (it is not shown here)"
            )
    register_secret(key)


_REPLACED_BY_HTTPX_ARGS = {"timeout": "_timeout", "verify": "_verify_ssl", "follow_redirects": "_follow_redirects"}


def init_client(client: Any) -> None:
    """``__attrs_post_init__`` of the generated ``Client``/``AuthenticatedClient``: check the base URL and the key,
    and fold what ``httpx_args`` gives for arguments the constructor also sets into them (httpx would otherwise get
    them twice): ``headers``/``cookies`` are merged (the constructor's own entries win), ``timeout``, ``verify`` and
    ``follow_redirects`` replace the constructor's. ``base_url`` belongs to the constructor alone."""
    args = dict(client._httpx_args)
    if "base_url" in args:
        raise TypeError("pass base_url= to the client, not inside httpx_args")
    if "headers" in args:
        headers = httpx.Headers(args.pop("headers"))
        headers.update(client._headers)  # case-insensitively: one User-Agent, not two
        client._headers = dict(headers.items())
    if "cookies" in args:
        client._cookies = {**dict(args.pop("cookies")), **client._cookies}
    for name, attribute in _REPLACED_BY_HTTPX_ARGS.items():
        if name in args:
            setattr(client, attribute, args.pop(name))
    client._httpx_args = args
    check_base_url(client._base_url, client.allow_insecure_http)
    if hasattr(client, "token"):
        check_api_key(client.token)


def httpx_args(client: Any, *, is_async: bool) -> dict[str, Any]:
    """The generated client's ``httpx_args`` with its transport wrapped in an
    :class:`~simplymeet_runtime.transport.ApiTransport` and, for an ``AuthenticatedClient``, the key's
    :class:`~simplymeet_runtime.transport.ApiKeyAuth` (only for the API's origin)."""
    key_header = getattr(client, "auth_header_name", None)
    args = transport_args(
        client._httpx_args,
        client._verify_ssl,
        is_async=is_async,
        base_url=client._base_url,
        retry=client.retry,
        key_header=key_header,
        max_response_bytes=client.max_response_bytes,
        max_response_head_bytes=client.max_response_head_bytes,
        deadline=client.deadline,
    )
    if key_header is not None:
        value = f"{client.prefix} {client.token}" if client.prefix else client.token
        args["auth"] = ApiKeyAuth(key_header, value, origin(httpx.URL(client._base_url)))
    client._api_transports[is_async] = args["transport"]  # for pool(): httpx has no public getter of it
    return args


def pool(client: Any, *, is_async: bool) -> Any:
    """The connection pool under the generated client's ``ApiTransport`` (its httpx client built first, if not
    yet), as it was built (httpx offers no public way to read a client's transport back); ``None`` when the httpx
    client was given with ``set_httpx_client`` rather than built here."""
    client.get_async_httpx_client() if is_async else client.get_httpx_client()
    built = client._api_transports.get(is_async)
    return built.inner if built is not None else None
