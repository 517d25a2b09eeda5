from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extracted_memory_record import ExtractedMemoryRecord


T = TypeVar("T", bound="CreateMemoryRecordRequest")


@_attrs_define
class CreateMemoryRecordRequest:
    """Payload for creating memory records

    Attributes:
        memories (list[ExtractedMemoryRecord]):
        deduplicate (bool | Unset): Whether to deduplicate memories before indexing Default: True.
    """

    memories: list[ExtractedMemoryRecord]
    deduplicate: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        memories = []
        for memories_item_data in self.memories:
            memories_item = memories_item_data.to_dict()
            memories.append(memories_item)

        deduplicate = self.deduplicate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "memories": memories,
            }
        )
        if deduplicate is not UNSET:
            field_dict["deduplicate"] = deduplicate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.extracted_memory_record import ExtractedMemoryRecord

        d = dict(src_dict)
        memories = []
        _memories = d.pop("memories")
        for memories_item_data in _memories:
            memories_item = ExtractedMemoryRecord.from_dict(memories_item_data)

            memories.append(memories_item)

        deduplicate = d.pop("deduplicate", UNSET)

        create_memory_record_request = cls(
            memories=memories,
            deduplicate=deduplicate,
        )

        create_memory_record_request.additional_properties = d
        return create_memory_record_request

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
