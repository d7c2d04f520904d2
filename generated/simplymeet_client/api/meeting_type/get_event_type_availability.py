import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx
from simplymeet_runtime import endpoint as _endpoint
from simplymeet_runtime.wire import check_int, format_date

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_dto import ErrorDTO
from ...models.event_type_availability_dto import EventTypeAvailabilityDTO
from ...models.validation_error_dto import ValidationErrorDTO
from ...types import UNSET, Response, Unset, encode_query_params, load_json

_OPERATION = "getEventTypeAvailability"
_DOCUMENTED_STATUSES = frozenset({200, 401, 403, 404, 422, 429, 500})


def _get_kwargs(
    id: int,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    timezone: str | Unset = UNSET,
    duration_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> dict[str, Any]:
    check_int(id, "id", 1, None)
    if not isinstance(duration_id, Unset):
        check_int(duration_id, "duration_id")
    if not isinstance(user_id, Unset):
        check_int(user_id, "user_id")

    params: dict[str, Any] = {}

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = format_date(start_date, "start_date")
    params["startDate"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = format_date(end_date, "end_date")
    params["endDate"] = json_end_date

    params["timezone"] = timezone

    params["durationId"] = duration_id

    params["userId"] = user_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/panel/api/event-type/availability/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": encode_query_params(params),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDTO | ValidationErrorDTO | list[EventTypeAvailabilityDTO] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = load_json(response.content)
        for response_200_item_data in _response_200:
            response_200_item = EventTypeAvailabilityDTO.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

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
) -> Response[ErrorDTO | ValidationErrorDTO | list[EventTypeAvailabilityDTO]]:
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
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    timezone: str | Unset = UNSET,
    duration_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Response[ErrorDTO | ValidationErrorDTO | list[EventTypeAvailabilityDTO]]:
    """Get event type availability

     Get event type availability by request params. `endDate` must not be before `startDate`, and the
    range spans at most 62 days; otherwise 422.

    Args:
        id (int): The id of the event type.
        start_date (datetime.date | Unset): The start date of the availability (`YYYY-MM-DD`).
        end_date (datetime.date | Unset): The end date of the availability (`YYYY-MM-DD`).
        timezone (str | Unset): The timezone of the availability (IANA name).
        duration_id (int | Unset): The id of the duration (`EventTypeDurationDTO.id`).
        user_id (int | Unset): The id of the user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDTO | ValidationErrorDTO | list[EventTypeAvailabilityDTO]]
    """

    kwargs = _get_kwargs(
        id=id,
        start_date=start_date,
        end_date=end_date,
        timezone=timezone,
        duration_id=duration_id,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(client: AuthenticatedClient | Client, response: httpx.Response) -> list[EventTypeAvailabilityDTO]:
    parse = lambda: _parse_response(client=client, response=response)  # noqa: E731
    return cast(
        list[EventTypeAvailabilityDTO],
        _endpoint.success(
            parse, response, _OPERATION, _DOCUMENTED_STATUSES, strict=client.strict_responses, has_body=True
        ),
    )


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    timezone: str | Unset = UNSET,
    duration_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> list[EventTypeAvailabilityDTO]:
    """Get event type availability

     Get event type availability by request params. `endDate` must not be before `startDate`, and the
    range spans at most 62 days; otherwise 422.

    Args:
        id (int): The id of the event type.
        start_date (datetime.date | Unset): The start date of the availability (`YYYY-MM-DD`).
        end_date (datetime.date | Unset): The end date of the availability (`YYYY-MM-DD`).
        timezone (str | Unset): The timezone of the availability (IANA name).
        duration_id (int | Unset): The id of the duration (`EventTypeDurationDTO.id`).
        user_id (int | Unset): The id of the user.

    Raises:
        errors.APIStatusError: On a non-2xx status; the subclass names it (AuthenticationError, NotFoundError,
            ValidationError, RateLimitError, ServerError, ...).
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[EventTypeAvailabilityDTO]
    """

    return _success(
        client,
        client.get_httpx_client().request(
            **_get_kwargs(
                id=id,
                start_date=start_date,
                end_date=end_date,
                timezone=timezone,
                duration_id=duration_id,
                user_id=user_id,
            )
        ),
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    timezone: str | Unset = UNSET,
    duration_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Response[ErrorDTO | ValidationErrorDTO | list[EventTypeAvailabilityDTO]]:
    """Get event type availability

     Get event type availability by request params. `endDate` must not be before `startDate`, and the
    range spans at most 62 days; otherwise 422.

    Args:
        id (int): The id of the event type.
        start_date (datetime.date | Unset): The start date of the availability (`YYYY-MM-DD`).
        end_date (datetime.date | Unset): The end date of the availability (`YYYY-MM-DD`).
        timezone (str | Unset): The timezone of the availability (IANA name).
        duration_id (int | Unset): The id of the duration (`EventTypeDurationDTO.id`).
        user_id (int | Unset): The id of the user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDTO | ValidationErrorDTO | list[EventTypeAvailabilityDTO]]
    """

    kwargs = _get_kwargs(
        id=id,
        start_date=start_date,
        end_date=end_date,
        timezone=timezone,
        duration_id=duration_id,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    timezone: str | Unset = UNSET,
    duration_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> list[EventTypeAvailabilityDTO]:
    """Get event type availability

     Get event type availability by request params. `endDate` must not be before `startDate`, and the
    range spans at most 62 days; otherwise 422.

    Args:
        id (int): The id of the event type.
        start_date (datetime.date | Unset): The start date of the availability (`YYYY-MM-DD`).
        end_date (datetime.date | Unset): The end date of the availability (`YYYY-MM-DD`).
        timezone (str | Unset): The timezone of the availability (IANA name).
        duration_id (int | Unset): The id of the duration (`EventTypeDurationDTO.id`).
        user_id (int | Unset): The id of the user.

    Raises:
        errors.APIStatusError: On a non-2xx status; the subclass names it (AuthenticationError, NotFoundError,
            ValidationError, RateLimitError, ServerError, ...).
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[EventTypeAvailabilityDTO]
    """

    return _success(
        client,
        await client.get_async_httpx_client().request(
            **_get_kwargs(
                id=id,
                start_date=start_date,
                end_date=end_date,
                timezone=timezone,
                duration_id=duration_id,
                user_id=user_id,
            )
        ),
    )
