from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any, cast

import httpx
from simplymeet_runtime.drift import parse_checked
from simplymeet_runtime.pagination import DEFAULT_CONCURRENCY, MAX_ON_PAGE, aiterate_pages, iterate_pages
from simplymeet_runtime.wire import check_int

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_dto import ErrorDTO
from ...models.order_direction import OrderDirection
from ...models.poll_dto import PollDTO
from ...models.poll_list_dto import PollListDTO
from ...models.validation_error_dto import ValidationErrorDTO
from ...types import UNSET, Response, Unset, encode_query_params, load_json


def _get_kwargs(
    *,
    page: int | Unset = 1,
    on_page: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
    skip_pagination: bool | Unset = UNSET,
    group_by: str | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(page, Unset):
        check_int(page, "page", 1, None)
    if not isinstance(on_page, Unset):
        check_int(on_page, "on_page", 1, 100)

    params: dict[str, Any] = {}

    params["page"] = page

    params["onPage"] = on_page

    params["orderField"] = order_field

    json_order_direction: str | Unset = UNSET
    if not isinstance(order_direction, Unset):
        json_order_direction = order_direction.value

    params["orderDirection"] = json_order_direction

    params["skipPagination"] = skip_pagination

    params["groupBy"] = group_by

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/panel/api/poll",
        "params": encode_query_params(params),
    }

    return _kwargs


_DOCUMENTED_STATUSES = frozenset(
    {
        200,
        401,
        403,
        422,
        429,
        500,
    }
)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDTO | PollListDTO | ValidationErrorDTO | None:
    try:
        # Differences from the spec the model tolerated are reported (tolerant) or raised (strict_responses).
        return parse_checked(
            lambda: _parse_documented_response(client=client, response=response),
            "listPolls",
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
) -> ErrorDTO | PollListDTO | ValidationErrorDTO | None:
    if response.status_code == 200:
        response_200 = PollListDTO.from_dict(load_json(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = ErrorDTO.from_dict(load_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorDTO.from_dict(load_json(response.content))

        return response_403

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
) -> Response[ErrorDTO | PollListDTO | ValidationErrorDTO]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    on_page: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
    skip_pagination: bool | Unset = UNSET,
    group_by: str | Unset = UNSET,
) -> Response[ErrorDTO | PollListDTO | ValidationErrorDTO]:
    """Get list of polls

     Get list of polls by request params. The reference passes `GetPollListRequestDTO` as `request` (not
    `query`) and leaves `Return:` blank; its members are query parameters here and the paginated
    envelope `{meta: MetaDataDTO, items: PollDTO[]}` is inferred.

    Args:
        page (int | Unset):  Default: 1.
        on_page (int | Unset):
        order_field (str | Unset):
        order_direction (OrderDirection | Unset): Sort direction.
        skip_pagination (bool | Unset):
        group_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDTO | PollListDTO | ValidationErrorDTO]
    """

    kwargs = _get_kwargs(
        page=page,
        on_page=on_page,
        order_field=order_field,
        order_direction=order_direction,
        skip_pagination=skip_pagination,
        group_by=group_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success_or_raise(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PollListDTO:
    if not 200 <= response.status_code < 300:
        if response.status_code not in _DOCUMENTED_STATUSES:
            errors.undocumented_status(response, "listPolls", client.strict_responses)
        raise errors.error_for_response(response)
    parsed = _parse_response(client=client, response=response)
    if parsed is None:
        raise errors.UnexpectedResponse.from_response(response, "Success status the spec does not document")
    return cast(PollListDTO, parsed)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    on_page: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
    skip_pagination: bool | Unset = UNSET,
    group_by: str | Unset = UNSET,
) -> PollListDTO:
    """Get list of polls

     Get list of polls by request params. The reference passes `GetPollListRequestDTO` as `request` (not
    `query`) and leaves `Return:` blank; its members are query parameters here and the paginated
    envelope `{meta: MetaDataDTO, items: PollDTO[]}` is inferred.

    Args:
        page (int | Unset):  Default: 1.
        on_page (int | Unset):
        order_field (str | Unset):
        order_direction (OrderDirection | Unset): Sort direction.
        skip_pagination (bool | Unset):
        group_by (str | Unset):

    Raises:
        errors.APIStatusError: On a non-2xx status; the subclass names it (AuthenticationError, NotFoundError,
            ValidationError, RateLimitError, ServerError, ...).
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PollListDTO
    """

    kwargs = _get_kwargs(
        page=page,
        on_page=on_page,
        order_field=order_field,
        order_direction=order_direction,
        skip_pagination=skip_pagination,
        group_by=group_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _success_or_raise(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    on_page: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
    skip_pagination: bool | Unset = UNSET,
    group_by: str | Unset = UNSET,
) -> Response[ErrorDTO | PollListDTO | ValidationErrorDTO]:
    """Get list of polls

     Get list of polls by request params. The reference passes `GetPollListRequestDTO` as `request` (not
    `query`) and leaves `Return:` blank; its members are query parameters here and the paginated
    envelope `{meta: MetaDataDTO, items: PollDTO[]}` is inferred.

    Args:
        page (int | Unset):  Default: 1.
        on_page (int | Unset):
        order_field (str | Unset):
        order_direction (OrderDirection | Unset): Sort direction.
        skip_pagination (bool | Unset):
        group_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDTO | PollListDTO | ValidationErrorDTO]
    """

    kwargs = _get_kwargs(
        page=page,
        on_page=on_page,
        order_field=order_field,
        order_direction=order_direction,
        skip_pagination=skip_pagination,
        group_by=group_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    on_page: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
    skip_pagination: bool | Unset = UNSET,
    group_by: str | Unset = UNSET,
) -> PollListDTO:
    """Get list of polls

     Get list of polls by request params. The reference passes `GetPollListRequestDTO` as `request` (not
    `query`) and leaves `Return:` blank; its members are query parameters here and the paginated
    envelope `{meta: MetaDataDTO, items: PollDTO[]}` is inferred.

    Args:
        page (int | Unset):  Default: 1.
        on_page (int | Unset):
        order_field (str | Unset):
        order_direction (OrderDirection | Unset): Sort direction.
        skip_pagination (bool | Unset):
        group_by (str | Unset):

    Raises:
        errors.APIStatusError: On a non-2xx status; the subclass names it (AuthenticationError, NotFoundError,
            ValidationError, RateLimitError, ServerError, ...).
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PollListDTO
    """

    kwargs = _get_kwargs(
        page=page,
        on_page=on_page,
        order_field=order_field,
        order_direction=order_direction,
        skip_pagination=skip_pagination,
        group_by=group_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _success_or_raise(client=client, response=response)


def iterate(
    *,
    client: AuthenticatedClient | Client,
    on_page: int = MAX_ON_PAGE,
    order_field: str | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
    group_by: str | Unset = UNSET,
) -> Iterator[PollDTO]:
    """Every PollDTO of `list_polls`, across all pages, in page order.

    Takes the operation's arguments except ``page`` and ``skip_pagination``; ``on_page`` (1..100, default 100,
    the fewest requests) is checked before any request. Pages are fetched lazily, one at a time, while you iterate.

    Raises:
        ValueError: ``on_page`` outside 1..100.
        errors.APIStatusError: On a non-2xx status for any page.
        errors.UnexpectedResponse: If a page's body does not fit the spec.
    """

    def fetch(page: int) -> PollListDTO:
        return sync(
            client=client,
            page=page,
            on_page=on_page,
            order_field=order_field,
            order_direction=order_direction,
            group_by=group_by,
        )

    return iterate_pages(fetch, on_page=on_page)


def aiterate(
    *,
    client: AuthenticatedClient | Client,
    on_page: int = MAX_ON_PAGE,
    order_field: str | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
    group_by: str | Unset = UNSET,
    concurrency: int = DEFAULT_CONCURRENCY,
) -> AsyncIterator[PollDTO]:
    """Every PollDTO of `list_polls`, across all pages, in page order (async).

    Page 1 is fetched first; once its ``meta.pagesCount`` is known the remaining pages are fetched
    concurrently, at most ``concurrency`` (default 4) requests in flight, and their items are still yielded in
    page order. Arguments and checks as for :func:`iterate`; leaving the loop early (use
    ``contextlib.aclosing``) cancels the requests in flight.

    Raises:
        ValueError: ``on_page`` outside 1..100, or ``concurrency`` below 1.
        errors.APIStatusError: On a non-2xx status for any page.
        errors.UnexpectedResponse: If a page's body does not fit the spec.
    """

    async def fetch(page: int) -> httpx.Response:
        # The network part only: parse() runs as the consumer reaches the page, in page order.
        kwargs = _get_kwargs(
            page=page,
            on_page=on_page,
            order_field=order_field,
            order_direction=order_direction,
            group_by=group_by,
        )
        return await client.get_async_httpx_client().request(**kwargs)

    def parse(response: httpx.Response) -> PollListDTO:
        return _success_or_raise(client=client, response=response)

    return aiterate_pages(fetch, parse, on_page=on_page, concurrency=concurrency)
