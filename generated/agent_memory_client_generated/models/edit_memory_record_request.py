from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..models.memory_type_enum import MemoryTypeEnum, check_memory_type_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="EditMemoryRecordRequest")


@_attrs_define
class EditMemoryRecordRequest:
    """Payload for editing a memory record

    Attributes:
        entities (list[str] | None | Unset): Updated entities for the memory
        event_date (datetime.datetime | None | Unset): Updated event date for episodic memories
        memory_type (MemoryTypeEnum | None | Unset): Updated memory type (semantic, episodic, message)
        namespace (None | str | Unset): Updated namespace for the memory
        pinned (bool | None | Unset): Whether this memory is pinned and should not be auto-deleted
        session_id (None | str | Unset): Updated session ID for the memory
        text (None | str | Unset): Updated text content for the memory
        topics (list[str] | None | Unset): Updated topics for the memory
        user_id (None | str | Unset): Updated user ID for the memory
    """

    entities: list[str] | None | Unset = UNSET
    event_date: datetime.datetime | None | Unset = UNSET
    memory_type: MemoryTypeEnum | None | Unset = UNSET
    namespace: None | str | Unset = UNSET
    pinned: bool | None | Unset = UNSET
    session_id: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    topics: list[str] | None | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entities: list[str] | None | Unset
        if isinstance(self.entities, Unset):
            entities = UNSET
        elif isinstance(self.entities, list):
            entities = self.entities

        else:
            entities = self.entities

        event_date: None | str | Unset
        if isinstance(self.event_date, Unset):
            event_date = UNSET
        elif isinstance(self.event_date, datetime.datetime):
            event_date = self.event_date.isoformat()
        else:
            event_date = self.event_date

        memory_type: None | str | Unset
        if isinstance(self.memory_type, Unset):
            memory_type = UNSET
        elif isinstance(self.memory_type, str):
            memory_type = self.memory_type
        else:
            memory_type = self.memory_type

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        pinned: bool | None | Unset
        if isinstance(self.pinned, Unset):
            pinned = UNSET
        else:
            pinned = self.pinned

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        topics: list[str] | None | Unset
        if isinstance(self.topics, Unset):
            topics = UNSET
        elif isinstance(self.topics, list):
            topics = self.topics

        else:
            topics = self.topics

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entities is not UNSET:
            field_dict["entities"] = entities
        if event_date is not UNSET:
            field_dict["event_date"] = event_date
        if memory_type is not UNSET:
            field_dict["memory_type"] = memory_type
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if pinned is not UNSET:
            field_dict["pinned"] = pinned
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if text is not UNSET:
            field_dict["text"] = text
        if topics is not UNSET:
            field_dict["topics"] = topics
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_entities(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entities_type_0 = cast(list[str], data)

                return entities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        entities = _parse_entities(d.pop("entities", UNSET))

        def _parse_event_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                try:
                    event_date_type_0 = datetime.datetime.fromisoformat(data)
                except ValueError:
                    event_date_type_0 = isoparse(data)

                return event_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        event_date = _parse_event_date(d.pop("event_date", UNSET))

        def _parse_memory_type(data: object) -> MemoryTypeEnum | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                memory_type_type_0 = check_memory_type_enum(data)

                return memory_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MemoryTypeEnum | None | Unset, data)

        memory_type = _parse_memory_type(d.pop("memory_type", UNSET))

        def _parse_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        def _parse_pinned(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        pinned = _parse_pinned(d.pop("pinned", UNSET))

        def _parse_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_topics(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                topics_type_0 = cast(list[str], data)

                return topics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        topics = _parse_topics(d.pop("topics", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        edit_memory_record_request = cls(
            entities=entities,
            event_date=event_date,
            memory_type=memory_type,
            namespace=namespace,
            pinned=pinned,
            session_id=session_id,
            text=text,
            topics=topics,
            user_id=user_id,
        )

        edit_memory_record_request.additional_properties = d
        return edit_memory_record_request

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
