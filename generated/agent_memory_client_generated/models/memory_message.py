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
    bad,
    missing,
    new_id,
    now_utc,
    parse_datetime,
    plain_str,
)
from .memory_message_discrete_memory_extracted import (
    MEMORY_MESSAGE_DISCRETE_MEMORY_EXTRACTED_VALUES,
    MemoryMessageDiscreteMemoryExtracted,
)

_Self = TypeVar("_Self", bound="MemoryMessage")
_KNOWN = frozenset(
    {
        "content",
        "role",
        "created_at",
        "discrete_memory_extracted",
        "id",
        "persisted_at",
    }
)


class MemoryMessage(Model):
    """MemoryMessage

    A message in the memory system

    Attributes:
        content (str)
        role (str)
        created_at (datetime.datetime): Timestamp when the message was created (should be provided by client)
        discrete_memory_extracted (MemoryMessageDiscreteMemoryExtracted): Whether memory extraction has run for this message
        id (str): Unique identifier for the message (auto-generated if not provided)
        persisted_at (datetime.datetime | None): Server-assigned timestamp when message was persisted to long-term storage
    """

    __slots__ = (
        "content",
        "role",
        "created_at",
        "discrete_memory_extracted",
        "id",
        "persisted_at",
        "additional_properties",
    )
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("role", "role"),
        ("created_at", "created_at"),
        ("discrete_memory_extracted", "discrete_memory_extracted"),
        ("id", "id"),
        ("persisted_at", "persisted_at"),
    )

    content: str
    role: str
    created_at: datetime.datetime
    discrete_memory_extracted: MemoryMessageDiscreteMemoryExtracted
    id: str
    persisted_at: datetime.datetime | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        content: str,
        role: str,
        created_at: datetime.datetime | None = None,
        discrete_memory_extracted: MemoryMessageDiscreteMemoryExtracted | None = None,
        id: str | None = None,
        persisted_at: datetime.datetime | None = None,
    ) -> None:
        self.content = content
        self.role = role
        self.created_at = created_at  # type: ignore[assignment]  # None: not given
        self.discrete_memory_extracted = discrete_memory_extracted  # type: ignore[assignment]  # None: not given
        # A new record gets its id here, as in the official client (a ULID).
        self.id = new_id() if id is None else id

        self.persisted_at = persisted_at
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
            v1 = src["content"]
            v2 = src["role"]
            v3 = src["created_at"]
            v4 = src["discrete_memory_extracted"]
            v5 = src["id"]
            v6 = src["persisted_at"]
        except KeyError:
            get = src.get
            v1 = get("content")
            v2 = get("role")
            v3 = get("created_at")
            v4 = get("discrete_memory_extracted")
            v5 = get("id")
            v6 = get("persisted_at")
            whole = False
        else:
            whole = True
        v = v1
        if v is None:
            raise missing("content")
        if type(v) is not str and not isinstance(v, str):
            raise bad("content", "a string", v)
        self.content = v
        v = v2
        if v is None:
            raise missing("role")
        if type(v) is not str and not isinstance(v, str):
            raise bad("role", "a string", v)
        self.role = v
        v = v3
        if v is None:
            if strict:
                v = now_utc()  # as the official client's models read it
        else:
            if type(v) is str:
                try:
                    v = _fromisoformat(v)
                except ValueError:
                    v = parse_datetime(v, "created_at")
            else:
                v = parse_datetime(v, "created_at")
        self.created_at = v
        v = v4
        if v is None:
            if strict:
                v = "f"
        else:
            if type(v) is not str:
                v = plain_str(
                    v, "discrete_memory_extracted"
                )  # an Enum member with a str value: its plain value
            if v not in MEMORY_MESSAGE_DISCRETE_MEMORY_EXTRACTED_VALUES:
                raise bad("discrete_memory_extracted", "one of f, t", v)
        self.discrete_memory_extracted = v
        v = v5
        if v is None:
            if strict:
                v = new_id()  # as the official client's models read it
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("id", "a string", v)
        self.id = v
        v = v6
        if v is None:
            pass
        else:
            if type(v) is str:
                try:
                    v = _fromisoformat(v)
                except ValueError:
                    v = parse_datetime(v, "persisted_at")
            else:
                v = parse_datetime(v, "persisted_at")
        self.persisted_at = v
        if whole and len(src) == 6:
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
        v = self.content
        if v is not None:
            out["content"] = v
        v = self.role
        if v is not None:
            out["role"] = v
        v = self.created_at
        if v is not None:
            out["created_at"] = v.isoformat()
        v = self.discrete_memory_extracted
        if v is not None:
            out["discrete_memory_extracted"] = v
        v = self.id
        if v is not None:
            out["id"] = v
        v = self.persisted_at
        if v is not None:
            out["persisted_at"] = v.isoformat()
        for key, v in self.additional_properties.items():
            if v is not None:
                out[key] = _dump_value(v, "json", False, True)
        return out


def _not_object(value: Any) -> dict[str, Any]:
    raise ParseError([], f"expected an object, got {type(value).__name__}")
