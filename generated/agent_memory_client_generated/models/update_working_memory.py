from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_memory_record import ClientMemoryRecord
    from ..models.memory_message import MemoryMessage
    from ..models.memory_record import MemoryRecord
    from ..models.memory_strategy_config import MemoryStrategyConfig
    from ..models.update_working_memory_data_type_0 import UpdateWorkingMemoryDataType0


T = TypeVar("T", bound="UpdateWorkingMemory")


@_attrs_define
class UpdateWorkingMemory:
    """Working memory update payload for PUT requests - session_id comes from URL path

    Attributes:
        context (None | str | Unset): Summary of past session messages if server has auto-summarized
        created_at (datetime.datetime | Unset): Datetime when the working memory was created
        data (None | Unset | UpdateWorkingMemoryDataType0): Arbitrary JSON data storage (key-value pairs)
        last_accessed (datetime.datetime | Unset): Datetime when the working memory was last accessed
        long_term_memory_strategy (MemoryStrategyConfig | Unset): Configuration for memory extraction strategy.
        memories (list[ClientMemoryRecord | MemoryRecord] | Unset): Structured memory records for promotion to long-term
            storage
        messages (list[MemoryMessage] | Unset): Conversation messages (role/content pairs)
        namespace (None | str | Unset): Optional namespace for the working memory
        tokens (int | Unset): Optional number of tokens in the working memory Default: 0.
        ttl_seconds (int | None | Unset): TTL for the working memory in seconds
        updated_at (datetime.datetime | Unset): Datetime when the working memory was last updated
        user_id (None | str | Unset): Optional user ID for the working memory
    """

    context: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    data: None | Unset | UpdateWorkingMemoryDataType0 = UNSET
    last_accessed: datetime.datetime | Unset = UNSET
    long_term_memory_strategy: MemoryStrategyConfig | Unset = UNSET
    memories: list[ClientMemoryRecord | MemoryRecord] | Unset = UNSET
    messages: list[MemoryMessage] | Unset = UNSET
    namespace: None | str | Unset = UNSET
    tokens: int | Unset = 0
    ttl_seconds: int | None | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.memory_record import MemoryRecord
        from ..models.update_working_memory_data_type_0 import (
            UpdateWorkingMemoryDataType0,
        )

        context: None | str | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        else:
            context = self.context

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, UpdateWorkingMemoryDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        last_accessed: str | Unset = UNSET
        if not isinstance(self.last_accessed, Unset):
            last_accessed = self.last_accessed.isoformat()

        long_term_memory_strategy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.long_term_memory_strategy, Unset):
            long_term_memory_strategy = self.long_term_memory_strategy.to_dict()

        memories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.memories, Unset):
            memories = []
            for memories_item_data in self.memories:
                memories_item: dict[str, Any]
                if isinstance(memories_item_data, MemoryRecord):
                    memories_item = memories_item_data.to_dict()
                else:
                    memories_item = memories_item_data.to_dict()

                memories.append(memories_item)

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        tokens = self.tokens

        ttl_seconds: int | None | Unset
        if isinstance(self.ttl_seconds, Unset):
            ttl_seconds = UNSET
        else:
            ttl_seconds = self.ttl_seconds

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if context is not UNSET:
            field_dict["context"] = context
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if data is not UNSET:
            field_dict["data"] = data
        if last_accessed is not UNSET:
            field_dict["last_accessed"] = last_accessed
        if long_term_memory_strategy is not UNSET:
            field_dict["long_term_memory_strategy"] = long_term_memory_strategy
        if memories is not UNSET:
            field_dict["memories"] = memories
        if messages is not UNSET:
            field_dict["messages"] = messages
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if ttl_seconds is not UNSET:
            field_dict["ttl_seconds"] = ttl_seconds
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_memory_record import ClientMemoryRecord
        from ..models.memory_message import MemoryMessage
        from ..models.memory_record import MemoryRecord
        from ..models.memory_strategy_config import MemoryStrategyConfig
        from ..models.update_working_memory_data_type_0 import (
            UpdateWorkingMemoryDataType0,
        )

        d = dict(src_dict)

        def _parse_context(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        context = _parse_context(d.pop("context", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except ValueError:
                created_at = isoparse(_created_at)

        def _parse_data(data: object) -> None | Unset | UpdateWorkingMemoryDataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = UpdateWorkingMemoryDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateWorkingMemoryDataType0, data)

        data = _parse_data(d.pop("data", UNSET))

        _last_accessed = d.pop("last_accessed", UNSET)
        last_accessed: datetime.datetime | Unset
        if isinstance(_last_accessed, Unset):
            last_accessed = UNSET
        else:
            try:
                last_accessed = datetime.datetime.fromisoformat(_last_accessed)
            except ValueError:
                last_accessed = isoparse(_last_accessed)

        _long_term_memory_strategy = d.pop("long_term_memory_strategy", UNSET)
        long_term_memory_strategy: MemoryStrategyConfig | Unset
        if isinstance(_long_term_memory_strategy, Unset):
            long_term_memory_strategy = UNSET
        else:
            long_term_memory_strategy = MemoryStrategyConfig.from_dict(
                _long_term_memory_strategy
            )

        _memories = d.pop("memories", UNSET)
        memories: list[ClientMemoryRecord | MemoryRecord] | Unset = UNSET
        if _memories is not UNSET:
            memories = []
            for memories_item_data in _memories:

                def _parse_memories_item(
                    data: object,
                ) -> ClientMemoryRecord | MemoryRecord:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        memories_item_type_0 = MemoryRecord.from_dict(data)

                        return memories_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    memories_item_type_1 = ClientMemoryRecord.from_dict(data)

                    return memories_item_type_1

                memories_item = _parse_memories_item(memories_item_data)

                memories.append(memories_item)

        _messages = d.pop("messages", UNSET)
        messages: list[MemoryMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = MemoryMessage.from_dict(messages_item_data)

                messages.append(messages_item)

        def _parse_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        tokens = d.pop("tokens", UNSET)

        def _parse_ttl_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ttl_seconds = _parse_ttl_seconds(d.pop("ttl_seconds", UNSET))

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except ValueError:
                updated_at = isoparse(_updated_at)

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        update_working_memory = cls(
            context=context,
            created_at=created_at,
            data=data,
            last_accessed=last_accessed,
            long_term_memory_strategy=long_term_memory_strategy,
            memories=memories,
            messages=messages,
            namespace=namespace,
            tokens=tokens,
            ttl_seconds=ttl_seconds,
            updated_at=updated_at,
            user_id=user_id,
        )

        update_working_memory.additional_properties = d
        return update_working_memory

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
