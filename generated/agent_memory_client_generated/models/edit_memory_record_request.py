from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

# Every helper a field parser may use; the generator's ruff hook drops the unused ones.
from ..types import (
    Model,
    ParseError,
    _dump_value,
    _fromisoformat,
    as_dict,
    as_list,
    bad,
    parse_datetime,
    plain_str,
)
from .memory_type_enum import MEMORY_TYPE_ENUM_VALUES, MemoryTypeEnum

_Self = TypeVar("_Self", bound="EditMemoryRecordRequest")
_KNOWN = frozenset(
    {
        "entities",
        "event_date",
        "memory_type",
        "namespace",
        "pinned",
        "session_id",
        "text",
        "topics",
        "user_id",
    }
)


class EditMemoryRecordRequest(Model):
    """EditMemoryRecordRequest

    Payload for editing a memory record

    Attributes:
        entities (list[str]): Updated entities for the memory
        event_date (datetime.datetime | None): Updated event date for episodic memories
        memory_type (MemoryTypeEnum | None): Updated memory type (semantic, episodic, message)
        namespace (str | None): Updated namespace for the memory
        pinned (bool | None): Whether this memory is pinned and should not be auto-deleted
        session_id (str | None): Updated session ID for the memory
        text (str | None): Updated text content for the memory
        topics (list[str]): Updated topics for the memory
        user_id (str | None): Updated user ID for the memory
    """

    __slots__ = (
        "entities",
        "event_date",
        "memory_type",
        "namespace",
        "pinned",
        "session_id",
        "text",
        "topics",
        "user_id",
        "additional_properties",
    )
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("entities", "entities"),
        ("event_date", "event_date"),
        ("memory_type", "memory_type"),
        ("namespace", "namespace"),
        ("pinned", "pinned"),
        ("session_id", "session_id"),
        ("text", "text"),
        ("topics", "topics"),
        ("user_id", "user_id"),
    )

    entities: list[str]
    event_date: datetime.datetime | None
    memory_type: MemoryTypeEnum | None
    namespace: str | None
    pinned: bool | None
    session_id: str | None
    text: str | None
    topics: list[str]
    user_id: str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        entities: list[str] | None = None,
        event_date: datetime.datetime | None = None,
        memory_type: MemoryTypeEnum | None = None,
        namespace: str | None = None,
        pinned: bool | None = None,
        session_id: str | None = None,
        text: str | None = None,
        topics: list[str] | None = None,
        user_id: str | None = None,
    ) -> None:
        self.entities = entities  # type: ignore[assignment]  # None: not given
        self.event_date = event_date
        self.memory_type = memory_type
        self.namespace = namespace
        self.pinned = pinned
        self.session_id = session_id
        self.text = text
        self.topics = topics  # type: ignore[assignment]  # None: not given
        self.user_id = user_id
        self.additional_properties = {}

    @classmethod
    def _parse(cls: builtins.type[_Self], src: Any, strict: bool) -> _Self:
        if type(src) is not dict:
            src = as_dict(src, "") if isinstance(src, Mapping) else _not_object(src)
        self = object.__new__(cls)
        # Every field read at once by subscription (the fast path: servers send them all),
        # else with get(); a None reads the same either way: absent or null.
        v: Any
        try:
            v1 = src["entities"]
            v2 = src["event_date"]
            v3 = src["memory_type"]
            v4 = src["namespace"]
            v5 = src["pinned"]
            v6 = src["session_id"]
            v7 = src["text"]
            v8 = src["topics"]
            v9 = src["user_id"]
        except KeyError:
            get = src.get
            v1 = get("entities")
            v2 = get("event_date")
            v3 = get("memory_type")
            v4 = get("namespace")
            v5 = get("pinned")
            v6 = get("session_id")
            v7 = get("text")
            v8 = get("topics")
            v9 = get("user_id")
            whole = False
        else:
            whole = True
        v = v1
        if v is None:
            if strict:
                v = []
        else:
            if type(v) is not list:
                v = as_list(v, "entities")
            for item in v:
                if not isinstance(item, str):
                    raise bad("entities", "a list of strings", v)
        self.entities = v
        v = v2
        if v is None:
            pass
        else:
            if type(v) is str:
                try:
                    v = _fromisoformat(v)
                except ValueError:
                    v = parse_datetime(v, "event_date")
            else:
                v = parse_datetime(v, "event_date")
        self.event_date = v
        v = v3
        if v is None:
            pass
        else:
            if type(v) is not str:
                v = plain_str(
                    v, "memory_type"
                )  # an Enum member with a str value: its plain value
            if v not in MEMORY_TYPE_ENUM_VALUES:
                raise bad("memory_type", "one of episodic, message, semantic", v)
        self.memory_type = v
        v = v4
        if v is None:
            pass
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("namespace", "a string", v)
        self.namespace = v
        v = v5
        if v is None:
            pass
        else:
            if v is not True and v is not False:
                raise bad("pinned", "true or false", v)
        self.pinned = v
        v = v6
        if v is None:
            pass
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("session_id", "a string", v)
        self.session_id = v
        v = v7
        if v is None:
            pass
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("text", "a string", v)
        self.text = v
        v = v8
        if v is None:
            if strict:
                v = []
        else:
            if type(v) is not list:
                v = as_list(v, "topics")
            for item in v:
                if not isinstance(item, str):
                    raise bad("topics", "a list of strings", v)
        self.topics = v
        v = v9
        if v is None:
            pass
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("user_id", "a string", v)
        self.user_id = v
        if whole and len(src) == 9:
            self.additional_properties = {}  # every key is a field's
        elif _KNOWN.issuperset(src):
            self.additional_properties = {}
        else:
            self.additional_properties = {
                k: x for k, x in src.items() if k not in _KNOWN
            }
        return self

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON (the server's field names), leaving out fields that are None."""
        out: dict[str, Any] = {}
        v: Any
        v = self.entities
        if v is not None:
            out["entities"] = list(v)
        v = self.event_date
        if v is not None:
            out["event_date"] = v.isoformat()
        v = self.memory_type
        if v is not None:
            out["memory_type"] = v
        v = self.namespace
        if v is not None:
            out["namespace"] = v
        v = self.pinned
        if v is not None:
            out["pinned"] = v
        v = self.session_id
        if v is not None:
            out["session_id"] = v
        v = self.text
        if v is not None:
            out["text"] = v
        v = self.topics
        if v is not None:
            out["topics"] = list(v)
        v = self.user_id
        if v is not None:
            out["user_id"] = v
        for key, v in self.additional_properties.items():
            if v is not None:
                out[key] = _dump_value(v, "json", False, True)
        return out


def _not_object(value: Any) -> dict[str, Any]:
    raise ParseError([], f"expected an object, got {type(value).__name__}")
