from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.event_type_dto import EventTypeDTO
    from ..models.meta_data_dto import MetaDataDTO


T = TypeVar("T", bound="EventTypeListDTO")


@_attrs_define
class EventTypeListDTO:
    """One page of EventTypeDTO items, as returned by `listEventTypes`. The reference prints this envelope as `{meta:
    MetaDataDTO, items: EventTypeDTO[]}` for events only; the same envelope is inferred for this paginated list.

        Attributes:
            meta (MetaDataDTO): Metadata for the paginated result
            items (list[EventTypeDTO]): The EventTypeDTO items of this page.
    """

    meta: MetaDataDTO
    items: list[EventTypeDTO]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_type_dto import EventTypeDTO  # noqa: PLC0415
        from ..models.meta_data_dto import MetaDataDTO  # noqa: PLC0415

        d = dict(src_dict)
        meta = MetaDataDTO.from_dict(d.pop("meta"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = EventTypeDTO.from_dict(items_item_data)

            items.append(items_item)

        event_type_list_dto = cls(
            meta=meta,
            items=items,
        )

        event_type_list_dto.additional_properties = d
        return event_type_list_dto

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
