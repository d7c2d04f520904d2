from http import HTTPStatus
from typing import Any, cast

import httpx
from simplymeet_runtime import endpoint as _endpoint

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.availability_rule_request_dto import AvailabilityRuleRequestDTO
from ...models.error_dto import ErrorDTO
from ...models.validation_error_dto import ValidationErrorDTO
from ...types import Response

_OPERATION = "saveAvailabilityRule"
_DOCUMENTED_STATUSES = frozenset({200, 204, 401, 403, 422, 429, 500})


def _get_kwargs(
    *,
    body: AvailabilityRuleRequestDTO,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/panel/api/availability-rule",
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
    *,
    client: AuthenticatedClient | Client,
    body: AvailabilityRuleRequestDTO,
) -> Response[Any | ErrorDTO | ValidationErrorDTO]:
    """Save availability rule

     Saves the availability rule. An id in `eventTypeIds` of no event type, or an hour interval whose end
    is not after its start, is a 422 naming it, and nothing is saved.

    Args:
        body (AvailabilityRuleRequestDTO): Availability Rule Request

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDTO | ValidationErrorDTO]
    """

    kwargs = _get_kwargs(
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
    *,
    client: AuthenticatedClient | Client,
    body: AvailabilityRuleRequestDTO,
) -> None:
    """Save availability rule

     Saves the availability rule. An id in `eventTypeIds` of no event type, or an hour interval whose end
    is not after its start, is a 422 naming it, and nothing is saved.

    Args:
        body (AvailabilityRuleRequestDTO): Availability Rule Request

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
                body=body,
            )
        ),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AvailabilityRuleRequestDTO,
) -> Response[Any | ErrorDTO | ValidationErrorDTO]:
    """Save availability rule

     Saves the availability rule. An id in `eventTypeIds` of no event type, or an hour interval whose end
    is not after its start, is a 422 naming it, and nothing is saved.

    Args:
        body (AvailabilityRuleRequestDTO): Availability Rule Request

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDTO | ValidationErrorDTO]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AvailabilityRuleRequestDTO,
) -> None:
    """Save availability rule

     Saves the availability rule. An id in `eventTypeIds` of no event type, or an hour interval whose end
    is not after its start, is a 422 naming it, and nothing is saved.

    Args:
        body (AvailabilityRuleRequestDTO): Availability Rule Request

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
                body=body,
            )
        ),
    )
