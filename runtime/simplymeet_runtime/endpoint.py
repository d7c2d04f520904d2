"""What every generated operation does with a response, whatever its spec.

``_build_response`` (the ``*_detailed`` call styles) parses through :func:`parse`; ``sync``/``asyncio`` go through
:func:`success`, which raises for a non-2xx status and returns the success model.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from .drift import SchemaMismatch, parse_checked
from .errors import UnexpectedResponse, UnexpectedStatus, error_for_response, undocumented_status
from .exceptions import SimplyMeetError
from .mirror import load_model as load_model  # noqa: PLC0414 - re-exported: every generated operation calls it

T = TypeVar("T")

_NO_STREAM = httpx.ByteStream(b"")


def release(response: httpx.Response) -> None:
    """Break the reference cycle httpx leaves between a read response and its stream (``BoundSyncStream`` /
    ``BoundAsyncStream`` keep the response to set ``elapsed``: encode/httpx#3733), so the response and its body
    are freed as soon as they are dropped, not at the next full collection. Without it a listing held dozens of
    read bodies (0.6 MB each) until the collector came round, and the collector had them to traverse."""
    if response.is_closed:
        response.stream = _NO_STREAM  # the body has been read into response.content, which stays


def parse(parse_documented: Callable[[], T], response: httpx.Response, operation: str, strict: bool) -> T:
    """Run the generated ``_parse_response`` and make every way it can fail one documented error.

    A body that is not JSON or does not fit its model raises :class:`UnexpectedResponse` (with the field path
    when it was JSON); what the model tolerated is reported or, with ``strict``, raised (see
    :func:`~simplymeet_runtime.drift.parse_checked`). An :class:`UnexpectedStatus` gains method, path and headers.
    """
    release(response)
    try:
        return parse_checked(parse_documented, operation, strict)
    except UnexpectedStatus as exc:
        request = response.request
        raise UnexpectedStatus(
            exc.status_code, exc.content, method=request.method, path=request.url.path, headers=response.headers
        ) from None
    except SchemaMismatch as exc:
        raise UnexpectedResponse.from_mismatch(response, exc) from exc
    except SimplyMeetError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise UnexpectedResponse.from_response(
            response, f"Response does not match the spec: {type(exc).__name__}: {exc}"
        ) from exc


def success(
    parse_documented: Callable[[], Any],
    response: httpx.Response,
    operation: str,
    documented: frozenset[int],
    *,
    strict: bool,
    has_body: bool,
) -> Any:
    """The parsed success model of ``response`` (``None`` when the operation has no body), or the error.

    A non-2xx status raises the :class:`~simplymeet_runtime.errors.APIStatusError` subclass for it; one the spec
    does not ``documented`` for the operation is also drift (reported, or raised with ``strict``).
    """
    if 200 <= response.status_code < 300 and has_body:
        parsed = parse(parse_documented, response, operation, strict)  # releases the response
        if parsed is None:
            raise UnexpectedResponse.from_response(response, "Success status the spec does not document")
        return parsed
    release(response)
    if not 200 <= response.status_code < 300:
        if response.status_code not in documented:
            undocumented_status(response, operation, strict)
        raise error_for_response(response)
    return None
