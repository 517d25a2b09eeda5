from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

# Every helper a field parser may use; the generator's ruff hook drops the unused ones.
from ..types import (
    Model,
    ParseError,
    _dump_value,
    as_dict,
    as_list,
    locate,
    missing,
    one_of,
)
from .memory_record_result import MemoryRecordResult
from .message import Message
from .system_message import SystemMessage

_Self = TypeVar("_Self", bound="MemoryPromptResponse")
_KNOWN = frozenset(
    {
        "messages",
        "long_term_memories",
    }
)


class MemoryPromptResponse(Model):
    """MemoryPromptResponse

    Attributes:
        messages (list[Message | SystemMessage])
        long_term_memories (list[MemoryRecordResult])
    """

    __slots__ = ("messages", "long_term_memories", "additional_properties")
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("messages", "messages"),
        ("long_term_memories", "long_term_memories"),
    )

    # The class its items are read as; a subclass may name a subclass of it.
    _long_term_memories_item: ClassVar[builtins.type[MemoryRecordResult]] = (
        MemoryRecordResult
    )

    messages: list[Message | SystemMessage]
    long_term_memories: list[MemoryRecordResult]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        messages: list[Message | SystemMessage],
        long_term_memories: list[MemoryRecordResult] | None = None,
    ) -> None:
        self.messages = messages
        self.long_term_memories = long_term_memories  # type: ignore[assignment]  # None: not given
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
            v1 = src["messages"]
            v2 = src["long_term_memories"]
        except KeyError:
            get = src.get
            v1 = get("messages")
            v2 = get("long_term_memories")
            whole = False
        else:
            whole = True
        v = v1
        if v is None:
            raise missing("messages")
        if type(v) is not list:
            v = as_list(v, "messages")
        items = []
        for index, item in enumerate(v):
            try:
                items.append(
                    one_of(
                        item,
                        strict,
                        (
                            Message._parse,
                            SystemMessage._parse,
                        ),
                    )
                )
            except ParseError as exc:
                raise exc.within("messages", index) from None
        v = items
        self.messages = v
        v = v2
        if v is None:
            if strict:
                v = []
        else:
            if type(v) is not list:
                v = as_list(v, "long_term_memories")
            parse_item = cls._long_term_memories_item._parse
            try:
                v = [parse_item(item, strict) for item in v]
            except ParseError:
                raise locate(v, parse_item, strict, "long_term_memories") from None
        self.long_term_memories = v
        if whole and len(src) == 2:
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
        v = self.messages
        if v is not None:
            out["messages"] = _dump_value(v, "json", True, True)
        v = self.long_term_memories
        if v is not None:
            out["long_term_memories"] = [item.to_dict() for item in v]
        for key, v in self.additional_properties.items():
            if v is not None:
                out[key] = _dump_value(v, "json", False, True)
        return out


def _not_object(value: Any) -> dict[str, Any]:
    raise ParseError([], f"expected an object, got {type(value).__name__}")
