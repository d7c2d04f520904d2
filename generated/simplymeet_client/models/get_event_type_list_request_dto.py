from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    not_an_object,
    wrong_type,
)

from ..models.order_direction import OrderDirection
from ..types import UNSET, Unset

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
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "page",
            "onPage",
            "orderField",
            "orderDirection",
            "skipPagination",
            "groupBy",
            "filter",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "page": "page",
        "on_page": "onPage",
        "order_field": "orderField",
        "order_direction": "orderDirection",
        "skip_pagination": "skipPagination",
        "group_by": "groupBy",
        "filter_": "filter",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _NULLABLE: ClassVar[frozenset[str]] = frozenset({})
    _UNDECLARED_EXTRAS: ClassVar[bool] = False
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

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
        for key in self._absent:
            if field_dict.get(key) is None:
                field_dict.pop(key, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            raise not_an_object(src_dict)
        d = src_dict
        _f = ""
        _i = -1
        try:
            page = d.get("page", UNSET)
            if page is not UNSET and type(page) is not int:
                _f = "page"
                raise wrong_type("integer", page)
            on_page = d.get("onPage", UNSET)
            if on_page is not UNSET and type(on_page) is not int:
                _f = "onPage"
                raise wrong_type("integer", on_page)
            order_field = d.get("orderField", UNSET)
            if order_field is not UNSET and type(order_field) is not str:
                _f = "orderField"
                raise wrong_type("string", order_field)
            _f = "orderDirection"
            _v = d.get("orderDirection", UNSET)
            if _v is not UNSET and type(_v) is not str:
                _f = "orderDirection"
                raise wrong_type("string", _v)
            order_direction = _v if isinstance(_v, Unset) else OrderDirection(_v)
            skip_pagination = d.get("skipPagination", UNSET)
            if skip_pagination is not UNSET and type(skip_pagination) is not bool:
                _f = "skipPagination"
                raise wrong_type("boolean", skip_pagination)
            group_by = d.get("groupBy", UNSET)
            if group_by is not UNSET and type(group_by) is not str:
                _f = "groupBy"
                raise wrong_type("string", group_by)
            _f = "filter"
            _v = d.get("filter", UNSET)

            filter_ = _v if isinstance(_v, Unset) else GetEventTypeListFilterDTO.from_dict(_v)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
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


from ..models.get_event_type_list_filter_dto import GetEventTypeListFilterDTO
