from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.memory_record_result import MemoryRecordResult
    from ..models.message import Message
    from ..models.system_message import SystemMessage


T = TypeVar("T", bound="MemoryPromptResponse")


@_attrs_define
class MemoryPromptResponse:
    """
    Attributes:
        messages (list[Message | SystemMessage]):
        long_term_memories (list[MemoryRecordResult] | None | Unset):
    """

    messages: list[Message | SystemMessage]
    long_term_memories: list[MemoryRecordResult] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.message import Message

        messages = []
        for messages_item_data in self.messages:
            messages_item: dict[str, Any]
            if isinstance(messages_item_data, Message):
                messages_item = messages_item_data.to_dict()
            else:
                messages_item = messages_item_data.to_dict()

            messages.append(messages_item)

        long_term_memories: list[dict[str, Any]] | None | Unset
        if isinstance(self.long_term_memories, Unset):
            long_term_memories = UNSET
        elif isinstance(self.long_term_memories, list):
            long_term_memories = []
            for long_term_memories_type_0_item_data in self.long_term_memories:
                long_term_memories_type_0_item = (
                    long_term_memories_type_0_item_data.to_dict()
                )
                long_term_memories.append(long_term_memories_type_0_item)

        else:
            long_term_memories = self.long_term_memories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
            }
        )
        if long_term_memories is not UNSET:
            field_dict["long_term_memories"] = long_term_memories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.memory_record_result import MemoryRecordResult
        from ..models.message import Message
        from ..models.system_message import SystemMessage

        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:

            def _parse_messages_item(data: object) -> Message | SystemMessage:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    messages_item_type_0 = Message.from_dict(data)

                    return messages_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                messages_item_type_1 = SystemMessage.from_dict(data)

                return messages_item_type_1

            messages_item = _parse_messages_item(messages_item_data)

            messages.append(messages_item)

        def _parse_long_term_memories(
            data: object,
        ) -> list[MemoryRecordResult] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                long_term_memories_type_0 = []
                _long_term_memories_type_0 = data
                for long_term_memories_type_0_item_data in _long_term_memories_type_0:
                    long_term_memories_type_0_item = MemoryRecordResult.from_dict(
                        long_term_memories_type_0_item_data
                    )

                    long_term_memories_type_0.append(long_term_memories_type_0_item)

                return long_term_memories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MemoryRecordResult] | None | Unset, data)

        long_term_memories = _parse_long_term_memories(
            d.pop("long_term_memories", UNSET)
        )

        memory_prompt_response = cls(
            messages=messages,
            long_term_memories=long_term_memories,
        )

        memory_prompt_response.additional_properties = d
        return memory_prompt_response

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
