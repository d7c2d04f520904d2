from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any, cast

import httpx
from simplymeet_runtime import endpoint as _endpoint
from simplymeet_runtime.pagination import DEFAULT_CONCURRENCY, MAX_ON_PAGE, aiterate_pages, iterate_pages
from simplymeet_runtime.wire import check_enum, check_int

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_dto import ErrorDTO
from ...models.event_dto import EventDTO
from ...models.event_list_dto import EventListDTO
from ...models.event_order_field import EventOrderField
from ...models.get_event_list_filter_dto import GetEventListFilterDTO
from ...models.order_direction import OrderDirection
from ...models.validation_error_dto import ValidationErrorDTO
from ...types import UNSET, Response, Unset, encode_query_params

_OPERATION = "listEvents"
_DOCUMENTED_STATUSES = frozenset({200, 401, 403, 422, 429, 500})


def _get_kwargs(
    *,
    page: int | Unset = 1,
    on_page: int | Unset = UNSET,
    order_field: EventOrderField | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
    skip_pagination: bool | Unset = UNSET,
    group_by: str | Unset = UNSET,
    filter_: GetEventListFilterDTO | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(order_field, Unset):
        order_field = check_enum(EventOrderField, order_field, "order_field")
    if not isinstance(order_direction, Unset):
        order_direction = check_enum(OrderDirection, order_direction, "order_direction")
    if not isinstance(page, Unset):
        check_int(page, "page", 1, None)
    if not isinstance(on_page, Unset):
        check_int(on_page, "on_page", 1, 100)

    params: dict[str, Any] = {}

    params["page"] = page

    params["onPage"] = on_page

    json_order_field: str | Unset = UNSET
    if not isinstance(order_field, Unset):
        json_order_field = order_field.value

    params["orderField"] = json_order_field

    json_order_direction: str | Unset = UNSET
    if not isinstance(order_direction, Unset):
        json_order_direction = order_direction.value

    params["orderDirection"] = json_order_direction

    params["skipPagination"] = skip_pagination

    params["groupBy"] = group_by

    json_filter_: dict[str, Any] | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_.to_dict()
    params["filter"] = json_filter_

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/panel/api/event/",
        "params": encode_query_params(params),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDTO | EventListDTO | ValidationErrorDTO | None:
    if response.status_code == 200:
        response_200 = _endpoint.load_model(EventListDTO, response.content)
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
) -> Response[ErrorDTO | EventListDTO | ValidationErrorDTO]:
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
    page: int | Unset = 1,
    on_page: int | Unset = UNSET,
    order_field: EventOrderField | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
    skip_pagination: bool | Unset = UNSET,
    group_by: str | Unset = UNSET,
    filter_: GetEventListFilterDTO | Unset = UNSET,
) -> Response[ErrorDTO | EventListDTO | ValidationErrorDTO]:
    """Get list of events

     Get list of events by request params.

    Args:
        page (int | Unset): Page number for pagination. Should be greater than 0. Default: 1.
        on_page (int | Unset): Number of items per page. Should be greater than 0 and less than or
            equal to 100.
        order_field (EventOrderField | Unset): A scalar property of `EventDTO` to sort events by.
        order_direction (OrderDirection | Unset): Sort direction.
        skip_pagination (bool | Unset): Flag to skip pagination.
        group_by (str | Unset): Field to use for grouping.
        filter_ (GetEventListFilterDTO | Unset): Get Event List Filter. Sent in the query string,
            never as a body: its members are the query parameters of listEvents (the `filter`
            deepObject parameter).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDTO | EventListDTO | ValidationErrorDTO]
    """

    kwargs = _get_kwargs(
        page=page,
        on_page=on_page,
        order_field=order_field,
        order_direction=order_direction,
        skip_pagination=skip_pagination,
        group_by=group_by,
        filter_=filter_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(client: AuthenticatedClient | Client, response: httpx.Response) -> EventListDTO:
    parse = lambda: _parse_response(client=client, response=response)  # noqa: E731
    return cast(
        EventListDTO,
        _endpoint.success(
            parse, response, _OPERATION, _DOCUMENTED_STATUSES, strict=client.strict_responses, has_body=True
        ),
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    on_page: int | Unset = UNSET,
    order_field: EventOrderField | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
    skip_pagination: bool | Unset = UNSET,
    group_by: str | Unset = UNSET,
    filter_: GetEventListFilterDTO | Unset = UNSET,
) -> EventListDTO:
    """Get list of events

     Get list of events by request params.

    Args:
        page (int | Unset): Page number for pagination. Should be greater than 0. Default: 1.
        on_page (int | Unset): Number of items per page. Should be greater than 0 and less than or
            equal to 100.
        order_field (EventOrderField | Unset): A scalar property of `EventDTO` to sort events by.
        order_direction (OrderDirection | Unset): Sort direction.
        skip_pagination (bool | Unset): Flag to skip pagination.
        group_by (str | Unset): Field to use for grouping.
        filter_ (GetEventListFilterDTO | Unset): Get Event List Filter. Sent in the query string,
            never as a body: its members are the query parameters of listEvents (the `filter`
            deepObject parameter).

    Raises:
        errors.APIStatusError: On a non-2xx status; the subclass names it (AuthenticationError, NotFoundError,
            ValidationError, RateLimitError, ServerError, ...).
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventListDTO
    """

    return _success(
        client,
        client.get_httpx_client().request(
            **_get_kwargs(
                page=page,
                on_page=on_page,
                order_field=order_field,
                order_direction=order_direction,
                skip_pagination=skip_pagination,
                group_by=group_by,
                filter_=filter_,
            )
        ),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    on_page: int | Unset = UNSET,
    order_field: EventOrderField | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
    skip_pagination: bool | Unset = UNSET,
    group_by: str | Unset = UNSET,
    filter_: GetEventListFilterDTO | Unset = UNSET,
) -> Response[ErrorDTO | EventListDTO | ValidationErrorDTO]:
    """Get list of events

     Get list of events by request params.

    Args:
        page (int | Unset): Page number for pagination. Should be greater than 0. Default: 1.
        on_page (int | Unset): Number of items per page. Should be greater than 0 and less than or
            equal to 100.
        order_field (EventOrderField | Unset): A scalar property of `EventDTO` to sort events by.
        order_direction (OrderDirection | Unset): Sort direction.
        skip_pagination (bool | Unset): Flag to skip pagination.
        group_by (str | Unset): Field to use for grouping.
        filter_ (GetEventListFilterDTO | Unset): Get Event List Filter. Sent in the query string,
            never as a body: its members are the query parameters of listEvents (the `filter`
            deepObject parameter).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDTO | EventListDTO | ValidationErrorDTO]
    """

    kwargs = _get_kwargs(
        page=page,
        on_page=on_page,
        order_field=order_field,
        order_direction=order_direction,
        skip_pagination=skip_pagination,
        group_by=group_by,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    on_page: int | Unset = UNSET,
    order_field: EventOrderField | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
    skip_pagination: bool | Unset = UNSET,
    group_by: str | Unset = UNSET,
    filter_: GetEventListFilterDTO | Unset = UNSET,
) -> EventListDTO:
    """Get list of events

     Get list of events by request params.

    Args:
        page (int | Unset): Page number for pagination. Should be greater than 0. Default: 1.
        on_page (int | Unset): Number of items per page. Should be greater than 0 and less than or
            equal to 100.
        order_field (EventOrderField | Unset): A scalar property of `EventDTO` to sort events by.
        order_direction (OrderDirection | Unset): Sort direction.
        skip_pagination (bool | Unset): Flag to skip pagination.
        group_by (str | Unset): Field to use for grouping.
        filter_ (GetEventListFilterDTO | Unset): Get Event List Filter. Sent in the query string,
            never as a body: its members are the query parameters of listEvents (the `filter`
            deepObject parameter).

    Raises:
        errors.APIStatusError: On a non-2xx status; the subclass names it (AuthenticationError, NotFoundError,
            ValidationError, RateLimitError, ServerError, ...).
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventListDTO
    """

    return _success(
        client,
        await client.get_async_httpx_client().request(
            **_get_kwargs(
                page=page,
                on_page=on_page,
                order_field=order_field,
                order_direction=order_direction,
                skip_pagination=skip_pagination,
                group_by=group_by,
                filter_=filter_,
            )
        ),
    )


def iterate(
    *,
    client: AuthenticatedClient | Client,
    on_page: int = MAX_ON_PAGE,
    order_field: EventOrderField | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
    group_by: str | Unset = UNSET,
    filter_: GetEventListFilterDTO | Unset = UNSET,
) -> Iterator[EventDTO]:
    """Every EventDTO, across all pages, in order, fetched lazily page by page (see
    :func:`simplymeet_runtime.pagination.iterate_pages`). Arguments as for :func:`sync` but ``page`` and
    ``skip_pagination``; ``on_page`` (1..100, default 100) is checked before any request."""
    return iterate_pages(
        lambda page: sync(
            client=client,
            page=page,
            on_page=on_page,
            order_field=order_field,
            order_direction=order_direction,
            group_by=group_by,
            filter_=filter_,
        ),
        on_page=on_page,
    )


def aiterate(
    *,
    client: AuthenticatedClient | Client,
    on_page: int = MAX_ON_PAGE,
    order_field: EventOrderField | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
    group_by: str | Unset = UNSET,
    filter_: GetEventListFilterDTO | Unset = UNSET,
    concurrency: int = DEFAULT_CONCURRENCY,
) -> AsyncIterator[EventDTO]:
    """As :func:`iterate`, async: after page 1, at most ``concurrency`` pages in flight, items still in page order
    (see :func:`simplymeet_runtime.pagination.aiterate_pages`; leave early with ``contextlib.aclosing``)."""

    async def fetch(page: int) -> httpx.Response:
        return await client.get_async_httpx_client().request(
            **_get_kwargs(
                page=page,
                on_page=on_page,
                order_field=order_field,
                order_direction=order_direction,
                group_by=group_by,
                filter_=filter_,
            )
        )

    return aiterate_pages(fetch, lambda response: _success(client, response), on_page=on_page, concurrency=concurrency)
