from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx
from simplymeet_runtime import endpoint as _endpoint
from simplymeet_runtime.wire import check_int

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edit_event_request_dto import EditEventRequestDTO
from ...models.error_dto import ErrorDTO
from ...models.validation_error_dto import ValidationErrorDTO
from ...types import Response

_OPERATION = "editEvent"
_DOCUMENTED_STATUSES = frozenset({200, 204, 401, 403, 404, 422, 429, 500})


def _get_kwargs(
    id: int,
    *,
    body: EditEventRequestDTO,
) -> dict[str, Any]:
    check_int(id, "id", 1, None)
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/panel/api/event/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorDTO | ValidationErrorDTO | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = _endpoint.load_model(ErrorDTO, response.content)
        return response_401

    if response.status_code == 403:
        response_403 = _endpoint.load_model(ErrorDTO, response.content)
        return response_403

    if response.status_code == 404:
        response_404 = _endpoint.load_model(ErrorDTO, response.content)
        return response_404

    if response.status_code == 422:
        response_422 = _endpoint.load_model(ValidationErrorDTO, response.content)
        return response_422

    if response.status_code == 429:
        response_429 = _endpoint.load_model(ErrorDTO, response.content)
        return response_429

    if response.status_code == 500:
        response_500 = _endpoint.load_model(ErrorDTO, response.content)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorDTO | ValidationErrorDTO]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_endpoint.parse(
            lambda: _parse_response(client=client, response=response), response, _OPERATION, client.strict_responses
        ),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: EditEventRequestDTO,
) -> Response[Any | ErrorDTO | ValidationErrorDTO]:
    """Edit event

     Edit event by request params and ID. An answer `id` that is not one of the event's answers is a 422
    naming it.

    Args:
        id (int): The id of the event.
        body (EditEventRequestDTO): EditEventRequestDTO

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


def _success(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    parse = lambda: _parse_response(client=client, response=response)  # noqa: E731
    return cast(
        None,
        _endpoint.success(
            parse, response, _OPERATION, _DOCUMENTED_STATUSES, strict=client.strict_responses, has_body=False
        ),
    )


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: EditEventRequestDTO,
) -> None:
    """Edit event

     Edit event by request params and ID. An answer `id` that is not one of the event's answers is a 422
    naming it.

    Args:
        id (int): The id of the event.
        body (EditEventRequestDTO): EditEventRequestDTO

    Raises:
        errors.APIStatusError: On a non-2xx status; the subclass names it (AuthenticationError, NotFoundError,
            ValidationError, RateLimitError, ServerError, ...).
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return _success(
        client,
        client.get_httpx_client().request(
            **_get_kwargs(
                id=id,
                body=body,
            )
        ),
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: EditEventRequestDTO,
) -> Response[Any | ErrorDTO | ValidationErrorDTO]:
    """Edit event

     Edit event by request params and ID. An answer `id` that is not one of the event's answers is a 422
    naming it.

    Args:
        id (int): The id of the event.
        body (EditEventRequestDTO): EditEventRequestDTO

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
    body: EditEventRequestDTO,
) -> None:
    """Edit event

     Edit event by request params and ID. An answer `id` that is not one of the event's answers is a 422
    naming it.

    Args:
        id (int): The id of the event.
        body (EditEventRequestDTO): EditEventRequestDTO

    Raises:
        errors.APIStatusError: On a non-2xx status; the subclass names it (AuthenticationError, NotFoundError,
            ValidationError, RateLimitError, ServerError, ...).
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return _success(
        client,
        await client.get_async_httpx_client().request(
            **_get_kwargs(
                id=id,
                body=body,
            )
        ),
    )
