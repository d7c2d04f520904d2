from http import HTTPStatus
from typing import Any, cast

import httpx
from simplymeet_runtime import endpoint as _endpoint

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_dto import ErrorDTO
from ...models.poll_dto import PollDTO
from ...models.poll_request_dto import PollRequestDTO
from ...models.validation_error_dto import ValidationErrorDTO
from ...types import Response

_OPERATION = "createPoll"
_DOCUMENTED_STATUSES = frozenset({200, 401, 403, 422, 429, 500})


def _get_kwargs(
    *,
    body: PollRequestDTO,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/panel/api/poll",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDTO | PollDTO | ValidationErrorDTO | None:
    if response.status_code == 200:
        response_200 = _endpoint.load_model(PollDTO, response.content)
        return response_200

    if response.status_code == 401:
        response_401 = _endpoint.load_model(ErrorDTO, response.content)
        return response_401

    if response.status_code == 403:
        response_403 = _endpoint.load_model(ErrorDTO, response.content)
        return response_403

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
) -> Response[ErrorDTO | PollDTO | ValidationErrorDTO]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_endpoint.parse(
            lambda: _parse_response(client=client, response=response), response, _OPERATION, client.strict_responses
        ),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PollRequestDTO,
) -> Response[ErrorDTO | PollDTO | ValidationErrorDTO]:
    """Create a new poll

     Create a new poll with the provided request data. An event type (`eventTypeId`) that does not exist
    is a 422.

    Args:
        body (PollRequestDTO): Poll request schema

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDTO | PollDTO | ValidationErrorDTO]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(client: AuthenticatedClient | Client, response: httpx.Response) -> PollDTO:
    parse = lambda: _parse_response(client=client, response=response)  # noqa: E731
    return cast(
        PollDTO,
        _endpoint.success(
            parse, response, _OPERATION, _DOCUMENTED_STATUSES, strict=client.strict_responses, has_body=True
        ),
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PollRequestDTO,
) -> PollDTO:
    """Create a new poll

     Create a new poll with the provided request data. An event type (`eventTypeId`) that does not exist
    is a 422.

    Args:
        body (PollRequestDTO): Poll request schema

    Raises:
        errors.APIStatusError: On a non-2xx status; the subclass names it (AuthenticationError, NotFoundError,
            ValidationError, RateLimitError, ServerError, ...).
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PollDTO
    """

    return _success(
        client,
        client.get_httpx_client().request(
            **_get_kwargs(
                body=body,
            )
        ),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PollRequestDTO,
) -> Response[ErrorDTO | PollDTO | ValidationErrorDTO]:
    """Create a new poll

     Create a new poll with the provided request data. An event type (`eventTypeId`) that does not exist
    is a 422.

    Args:
        body (PollRequestDTO): Poll request schema

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDTO | PollDTO | ValidationErrorDTO]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PollRequestDTO,
) -> PollDTO:
    """Create a new poll

     Create a new poll with the provided request data. An event type (`eventTypeId`) that does not exist
    is a 422.

    Args:
        body (PollRequestDTO): Poll request schema

    Raises:
        errors.APIStatusError: On a non-2xx status; the subclass names it (AuthenticationError, NotFoundError,
            ValidationError, RateLimitError, ServerError, ...).
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PollDTO
    """

    return _success(
        client,
        await client.get_async_httpx_client().request(
            **_get_kwargs(
                body=body,
            )
        ),
    )
