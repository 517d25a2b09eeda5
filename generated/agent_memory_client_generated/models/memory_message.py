from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..models.memory_message_discrete_memory_extracted import (
    MemoryMessageDiscreteMemoryExtracted,
    check_memory_message_discrete_memory_extracted,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MemoryMessage")


@_attrs_define
class MemoryMessage:
    """A message in the memory system

    Attributes:
        content (str):
        role (str):
        created_at (datetime.datetime | Unset): Timestamp when the message was created (should be provided by client)
        discrete_memory_extracted (MemoryMessageDiscreteMemoryExtracted | Unset): Whether memory extraction has run for
            this message Default: 'f'.
        id (str | Unset): Unique identifier for the message (auto-generated if not provided)
        persisted_at (datetime.datetime | None | Unset): Server-assigned timestamp when message was persisted to long-
            term storage
    """

    content: str
    role: str
    created_at: datetime.datetime | Unset = UNSET
    discrete_memory_extracted: MemoryMessageDiscreteMemoryExtracted | Unset = "f"
    id: str | Unset = UNSET
    persisted_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        role = self.role

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        discrete_memory_extracted: str | Unset = UNSET
        if not isinstance(self.discrete_memory_extracted, Unset):
            discrete_memory_extracted = self.discrete_memory_extracted

        id = self.id

        persisted_at: None | str | Unset
        if isinstance(self.persisted_at, Unset):
            persisted_at = UNSET
        elif isinstance(self.persisted_at, datetime.datetime):
            persisted_at = self.persisted_at.isoformat()
        else:
            persisted_at = self.persisted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "role": role,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if discrete_memory_extracted is not UNSET:
            field_dict["discrete_memory_extracted"] = discrete_memory_extracted
        if id is not UNSET:
            field_dict["id"] = id
        if persisted_at is not UNSET:
            field_dict["persisted_at"] = persisted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        role = d.pop("role")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except ValueError:
                created_at = isoparse(_created_at)

        _discrete_memory_extracted = d.pop("discrete_memory_extracted", UNSET)
        discrete_memory_extracted: MemoryMessageDiscreteMemoryExtracted | Unset
        if isinstance(_discrete_memory_extracted, Unset):
            discrete_memory_extracted = UNSET
        else:
            discrete_memory_extracted = check_memory_message_discrete_memory_extracted(
                _discrete_memory_extracted
            )

        id = d.pop("id", UNSET)

        def _parse_persisted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                try:
                    persisted_at_type_0 = datetime.datetime.fromisoformat(data)
                except ValueError:
                    persisted_at_type_0 = isoparse(data)

                return persisted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        persisted_at = _parse_persisted_at(d.pop("persisted_at", UNSET))

        memory_message = cls(
            content=content,
            role=role,
            created_at=created_at,
            discrete_memory_extracted=discrete_memory_extracted,
            id=id,
            persisted_at=persisted_at,
        )

        memory_message.additional_properties = d
        return memory_message

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
