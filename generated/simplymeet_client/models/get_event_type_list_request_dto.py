from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.order_direction import OrderDirection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_event_type_list_filter_dto import GetEventTypeListFilterDTO


T = TypeVar("T", bound="GetEventTypeListRequestDTO")


@_attrs_define
class GetEventTypeListRequestDTO:
    """Get Event Type List Request. Sent in the query string, never as a body: its members are the query parameters of
    listEventTypes.

        Attributes:
            page (int | Unset): Page number for pagination. Should be greater than 0. Default: 1.
            on_page (int | Unset): Number of items per page. Should be greater than 0 and less than or equal to 100.
            order_field (str | Unset): Field to use for sorting.
            order_direction (OrderDirection | Unset): Sort direction.
            skip_pagination (bool | Unset): Flag to skip pagination.
            group_by (str | Unset): Field to use for grouping.
            filter_ (GetEventTypeListFilterDTO | Unset): Get Event Type List Filter. Sent in the query string, never as a
                body: its members are the query parameters of listEventTypes (the `filter` deepObject parameter).
    """

    page: int | Unset = 1
    on_page: int | Unset = UNSET
    order_field: str | Unset = UNSET
    order_direction: OrderDirection | Unset = UNSET
    skip_pagination: bool | Unset = UNSET
    group_by: str | Unset = UNSET
    filter_: GetEventTypeListFilterDTO | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        on_page = self.on_page

        order_field = self.order_field

        order_direction: str | Unset = UNSET
        if not isinstance(self.order_direction, Unset):
            order_direction = self.order_direction.value

        skip_pagination = self.skip_pagination

        group_by = self.group_by

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if on_page is not UNSET:
            field_dict["onPage"] = on_page
        if order_field is not UNSET:
            field_dict["orderField"] = order_field
        if order_direction is not UNSET:
            field_dict["orderDirection"] = order_direction
        if skip_pagination is not UNSET:
            field_dict["skipPagination"] = skip_pagination
        if group_by is not UNSET:
            field_dict["groupBy"] = group_by
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_event_type_list_filter_dto import GetEventTypeListFilterDTO  # noqa: PLC0415

        d = dict(src_dict)
        page = d.pop("page", UNSET)

        on_page = d.pop("onPage", UNSET)

        order_field = d.pop("orderField", UNSET)

        _order_direction = d.pop("orderDirection", UNSET)
        order_direction: OrderDirection | Unset
        if isinstance(_order_direction, Unset):
            order_direction = UNSET
        else:
            order_direction = OrderDirection(_order_direction)

        skip_pagination = d.pop("skipPagination", UNSET)

        group_by = d.pop("groupBy", UNSET)

        _filter_ = d.pop("filter", UNSET)
        filter_: GetEventTypeListFilterDTO | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = GetEventTypeListFilterDTO.from_dict(_filter_)

        get_event_type_list_request_dto = cls(
            page=page,
            on_page=on_page,
            order_field=order_field,
            order_direction=order_direction,
            skip_pagination=skip_pagination,
            group_by=group_by,
            filter_=filter_,
        )

        return get_event_type_list_request_dto
