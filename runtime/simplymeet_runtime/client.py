"""What the generated ``Client``/``AuthenticatedClient`` add to upstream's: base-URL check and httpx wiring.

The generated classes keep their fields (attrs); they hand themselves to :func:`httpx_args` when they build their
``httpx.Client``/``httpx.AsyncClient``.
"""

from __future__ import annotations

import ipaddress
from typing import Any

import httpx

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
        deadline=client.deadline,
    )
    if key_header is not None:
        value = f"{client.prefix} {client.token}" if client.prefix else client.token
        args["auth"] = ApiKeyAuth(key_header, value, origin(httpx.URL(client._base_url)))
    return args
