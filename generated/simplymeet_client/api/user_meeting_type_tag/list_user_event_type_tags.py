from http import HTTPStatus
from typing import Any, cast

import httpx
from simplymeet_runtime import endpoint as _endpoint

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_dto import ErrorDTO
from ...models.user_event_type_tag_dto import UserEventTypeTagDTO
from ...models.validation_error_dto import ValidationErrorDTO
from ...types import Response, load_json

_OPERATION = "listUserEventTypeTags"
_DOCUMENTED_STATUSES = frozenset({200, 401, 403, 422, 429, 500})


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/panel/api/user-event-type-tag",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDTO | ValidationErrorDTO | list[UserEventTypeTagDTO] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = load_json(response.content)
        for response_200_item_data in _response_200:
            response_200_item = UserEventTypeTagDTO.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorDTO | ValidationErrorDTO | list[UserEventTypeTagDTO]]:
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
) -> Response[ErrorDTO | ValidationErrorDTO | list[UserEventTypeTagDTO]]:
    """Get user event type tag list

     Returns the list of user event type tags.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDTO | ValidationErrorDTO | list[UserEventTypeTagDTO]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(client: AuthenticatedClient | Client, response: httpx.Response) -> list[UserEventTypeTagDTO]:
    parse = lambda: _parse_response(client=client, response=response)  # noqa: E731
    return cast(
        list[UserEventTypeTagDTO],
        _endpoint.success(
            parse, response, _OPERATION, _DOCUMENTED_STATUSES, strict=client.strict_responses, has_body=True
        ),
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> list[UserEventTypeTagDTO]:
    """Get user event type tag list

     Returns the list of user event type tags.

    Raises:
        errors.APIStatusError: On a non-2xx status; the subclass names it (AuthenticationError, NotFoundError,
            ValidationError, RateLimitError, ServerError, ...).
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[UserEventTypeTagDTO]
    """

    return _success(client, client.get_httpx_client().request(**_get_kwargs()))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorDTO | ValidationErrorDTO | list[UserEventTypeTagDTO]]:
    """Get user event type tag list

     Returns the list of user event type tags.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDTO | ValidationErrorDTO | list[UserEventTypeTagDTO]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> list[UserEventTypeTagDTO]:
    """Get user event type tag list

     Returns the list of user event type tags.

    Raises:
        errors.APIStatusError: On a non-2xx status; the subclass names it (AuthenticationError, NotFoundError,
            ValidationError, RateLimitError, ServerError, ...).
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[UserEventTypeTagDTO]
    """

    return _success(client, await client.get_async_httpx_client().request(**_get_kwargs()))
