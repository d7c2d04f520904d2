from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any, cast

import httpx
from simplymeet_runtime import endpoint as _endpoint
from simplymeet_runtime.pagination import DEFAULT_CONCURRENCY, MAX_ON_PAGE, aiterate_pages, hal_page, iterate_pages
from simplymeet_runtime.wire import check_int

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_dto import ErrorDTO
from ...models.meeting_type import MeetingType
from ...models.meeting_type_list import MeetingTypeList
from ...models.meeting_type_sorting_dto import MeetingTypeSortingDTO
from ...models.validation_error_dto import ValidationErrorDTO
from ...types import UNSET, Response, Unset, encode_query_params

_OPERATION = "listMeetingTypes"
_DOCUMENTED_STATUSES = frozenset({200, 401, 403, 422, 429, 500})


def _get_kwargs(
    *,
    page: int | Unset = 1,
    limit: int | Unset = UNSET,
    sorting: MeetingTypeSortingDTO | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(page, Unset):
        check_int(page, "page", 1, None)
    if not isinstance(limit, Unset):
        check_int(limit, "limit", 1, None)

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    json_sorting: dict[str, Any] | Unset = UNSET
    if not isinstance(sorting, Unset):
        json_sorting = sorting.to_dict()
    params["sorting"] = json_sorting

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/users/me/meeting-types",
        "params": encode_query_params(params),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDTO | MeetingTypeList | ValidationErrorDTO | None:
    if response.status_code == 200:
        response_200 = _endpoint.load_model(MeetingTypeList, response.content)
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
) -> Response[ErrorDTO | MeetingTypeList | ValidationErrorDTO]:
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
    limit: int | Unset = UNSET,
    sorting: MeetingTypeSortingDTO | Unset = UNSET,
) -> Response[ErrorDTO | MeetingTypeList | ValidationErrorDTO]:
    """List my meeting types

     Lists the meeting types (event types) of the key's user, one page at a time, as a HAL page
    (`_embedded.items`, `_links`), each with the UUID that `createSingleUseLinkByUuid` takes. Served
    under `/api/` on the same host and key as the other operations.

    Args:
        page (int | Unset): Page number for pagination. Should be greater than 0. Default: 1.
        limit (int | Unset): Number of meeting types per page.
        sorting (MeetingTypeSortingDTO | Unset): How to order meeting types. Sent in the query
            string, never as a body: its members are the `sorting` deepObject parameter of
            listMeetingTypes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDTO | MeetingTypeList | ValidationErrorDTO]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        sorting=sorting,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(client: AuthenticatedClient | Client, response: httpx.Response) -> MeetingTypeList:
    parse = lambda: _parse_response(client=client, response=response)  # noqa: E731
    return cast(
        MeetingTypeList,
        _endpoint.success(
            parse, response, _OPERATION, _DOCUMENTED_STATUSES, strict=client.strict_responses, has_body=True
        ),
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = UNSET,
    sorting: MeetingTypeSortingDTO | Unset = UNSET,
) -> MeetingTypeList:
    """List my meeting types

     Lists the meeting types (event types) of the key's user, one page at a time, as a HAL page
    (`_embedded.items`, `_links`), each with the UUID that `createSingleUseLinkByUuid` takes. Served
    under `/api/` on the same host and key as the other operations.

    Args:
        page (int | Unset): Page number for pagination. Should be greater than 0. Default: 1.
        limit (int | Unset): Number of meeting types per page.
        sorting (MeetingTypeSortingDTO | Unset): How to order meeting types. Sent in the query
            string, never as a body: its members are the `sorting` deepObject parameter of
            listMeetingTypes.

    Raises:
        errors.APIStatusError: On a non-2xx status; the subclass names it (AuthenticationError, NotFoundError,
            ValidationError, RateLimitError, ServerError, ...).
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeetingTypeList
    """

    return _success(
        client,
        client.get_httpx_client().request(
            **_get_kwargs(
                page=page,
                limit=limit,
                sorting=sorting,
            )
        ),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = UNSET,
    sorting: MeetingTypeSortingDTO | Unset = UNSET,
) -> Response[ErrorDTO | MeetingTypeList | ValidationErrorDTO]:
    """List my meeting types

     Lists the meeting types (event types) of the key's user, one page at a time, as a HAL page
    (`_embedded.items`, `_links`), each with the UUID that `createSingleUseLinkByUuid` takes. Served
    under `/api/` on the same host and key as the other operations.

    Args:
        page (int | Unset): Page number for pagination. Should be greater than 0. Default: 1.
        limit (int | Unset): Number of meeting types per page.
        sorting (MeetingTypeSortingDTO | Unset): How to order meeting types. Sent in the query
            string, never as a body: its members are the `sorting` deepObject parameter of
            listMeetingTypes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDTO | MeetingTypeList | ValidationErrorDTO]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        sorting=sorting,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = UNSET,
    sorting: MeetingTypeSortingDTO | Unset = UNSET,
) -> MeetingTypeList:
    """List my meeting types

     Lists the meeting types (event types) of the key's user, one page at a time, as a HAL page
    (`_embedded.items`, `_links`), each with the UUID that `createSingleUseLinkByUuid` takes. Served
    under `/api/` on the same host and key as the other operations.

    Args:
        page (int | Unset): Page number for pagination. Should be greater than 0. Default: 1.
        limit (int | Unset): Number of meeting types per page.
        sorting (MeetingTypeSortingDTO | Unset): How to order meeting types. Sent in the query
            string, never as a body: its members are the `sorting` deepObject parameter of
            listMeetingTypes.

    Raises:
        errors.APIStatusError: On a non-2xx status; the subclass names it (AuthenticationError, NotFoundError,
            ValidationError, RateLimitError, ServerError, ...).
        errors.UnexpectedResponse: If the body is not JSON or does not fit the spec.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeetingTypeList
    """

    return _success(
        client,
        await client.get_async_httpx_client().request(
            **_get_kwargs(
                page=page,
                limit=limit,
                sorting=sorting,
            )
        ),
    )


def iterate(
    *,
    client: AuthenticatedClient | Client,
    on_page: int = MAX_ON_PAGE,
    sorting: MeetingTypeSortingDTO | Unset = UNSET,
) -> Iterator[MeetingType]:
    """Every MeetingType, across all pages, in order, fetched lazily page by page (see
    :func:`simplymeet_runtime.pagination.iterate_pages`). Arguments as for :func:`sync` but ``page`` and
    ``skip_pagination``; ``on_page`` (1..100, default 100) is checked before any request."""
    return iterate_pages(
        lambda page: hal_page(
            sync(
                client=client,
                page=page,
                limit=on_page,
                sorting=sorting,
            )
        ),
        on_page=on_page,
    )


def aiterate(
    *,
    client: AuthenticatedClient | Client,
    on_page: int = MAX_ON_PAGE,
    sorting: MeetingTypeSortingDTO | Unset = UNSET,
    concurrency: int = DEFAULT_CONCURRENCY,
) -> AsyncIterator[MeetingType]:
    """As :func:`iterate`, async: after page 1, at most ``concurrency`` pages in flight, items still in page order
    (see :func:`simplymeet_runtime.pagination.aiterate_pages`; leave early with ``contextlib.aclosing``)."""

    async def fetch(page: int) -> httpx.Response:
        return await client.get_async_httpx_client().request(
            **_get_kwargs(
                page=page,
                limit=on_page,
                sorting=sorting,
            )
        )

    return aiterate_pages(
        fetch, lambda response: hal_page(_success(client, response)), on_page=on_page, concurrency=concurrency
    )
