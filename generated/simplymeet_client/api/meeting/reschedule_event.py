from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx
from simplymeet_runtime.drift import parse_checked
from simplymeet_runtime.wire import check_int

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_dto import ErrorDTO
from ...models.reschedule_event_request_dto import RescheduleEventRequestDTO
from ...models.validation_error_dto import ValidationErrorDTO
from ...types import Response, load_json


def _get_kwargs(
    id: int,
    *,
    body: RescheduleEventRequestDTO,
) -> dict[str, Any]:
    check_int(id, "id", 1, None)
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/panel/api/event/reschedule/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_DOCUMENTED_STATUSES = frozenset(
    {
        200,
        204,
        401,
        403,
        404,
        422,
        429,
        500,
    }
)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorDTO | ValidationErrorDTO | None:
    try:
        # Differences from the spec the model tolerated are reported (tolerant) or raised (strict_responses).
        return parse_checked(
            lambda: _parse_documented_response(client=client, response=response),
            "rescheduleEvent",
            client.strict_responses,
        )
    except errors.SchemaMismatch as exc:
        # JSON, but a value does not fit its model: name the place (items[3].user).
        raise errors.UnexpectedResponse.from_mismatch(response, exc) from exc
    except errors.SimplyMeetError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that is not JSON, or whose shape does not fit the spec's schema.
        raise errors.UnexpectedResponse.from_response(
            response, f"Response does not match the spec: {type(exc).__name__}: {exc}"
        ) from exc


def _parse_documented_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorDTO | ValidationErrorDTO | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = ErrorDTO.from_dict(load_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorDTO.from_dict(load_json(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorDTO.from_dict(load_json(response.content))

        return response_404

    if response.status_code == 422:
        response_422 = ValidationErrorDTO.from_dict(load_json(response.content))

        return response_422

    if response.status_code == 429:
        response_429 = ErrorDTO.from_dict(load_json(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = ErrorDTO.from_dict(load_json(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(
            response.status_code,
            response.content,
            method=response.request.method,
            path=response.request.url.path,
        )
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorDTO | ValidationErrorDTO]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: RescheduleEventRequestDTO,
) -> Response[Any | ErrorDTO | ValidationErrorDTO]:
    """Reschedule event

     Reschedule event by id.

    Args:
        id (int):
        body (RescheduleEventRequestDTO): Reschedule event request schema

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDTO | ValidationErrorDTO]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success_or_raise(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if not 200 <= response.status_code < 300:
        if response.status_code not in _DOCUMENTED_STATUSES:
            errors.undocumented_status(response, "rescheduleEvent", client.strict_responses)
        raise errors.error_for_response(response)
    return None


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: RescheduleEventRequestDTO,
) -> None:
    """Reschedule event

     Reschedule event by id.

    Args:
        id (int):
        body (RescheduleEventRequestDTO): Reschedule event request schema

    Raises:
        errors.APIStatusError: On a non-2xx status; the subclass names it (AuthenticationError, NotFoundError,
            ValidationError, RateLimitError, ServerError, ...).
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _success_or_raise(client=client, response=response)


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: RescheduleEventRequestDTO,
) -> Response[Any | ErrorDTO | ValidationErrorDTO]:
    """Reschedule event

     Reschedule event by id.

    Args:
        id (int):
        body (RescheduleEventRequestDTO): Reschedule event request schema

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDTO | ValidationErrorDTO]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: RescheduleEventRequestDTO,
) -> None:
    """Reschedule event

     Reschedule event by id.

    Args:
        id (int):
        body (RescheduleEventRequestDTO): Reschedule event request schema

    Raises:
        errors.APIStatusError: On a non-2xx status; the subclass names it (AuthenticationError, NotFoundError,
            ValidationError, RateLimitError, ServerError, ...).
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _success_or_raise(client=client, response=response)
