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
    bad,
    locate,
    missing,
)
from .memory_record_result import MemoryRecordResult

_Self = TypeVar("_Self", bound="MemoryRecordResultsResponse")
_KNOWN = frozenset(
    {
        "memories",
        "total",
        "next_offset",
    }
)


class MemoryRecordResultsResponse(Model):
    """MemoryRecordResultsResponse

    Response containing memory search results

    Attributes:
        memories (list[MemoryRecordResult])
        total (int)
        next_offset (int | None)
    """

    __slots__ = ("memories", "total", "next_offset", "additional_properties")
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("memories", "memories"),
        ("total", "total"),
        ("next_offset", "next_offset"),
    )

    # The class its items are read as; a subclass may name a subclass of it.
    _memories_item: ClassVar[builtins.type[MemoryRecordResult]] = MemoryRecordResult

    memories: list[MemoryRecordResult]
    total: int
    next_offset: int | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        memories: list[MemoryRecordResult],
        total: int,
        next_offset: int | None = None,
    ) -> None:
        self.memories = memories
        self.total = total
        self.next_offset = next_offset
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
            v1 = src["memories"]
            v2 = src["total"]
            v3 = src["next_offset"]
        except KeyError:
            get = src.get
            v1 = get("memories")
            v2 = get("total")
            v3 = get("next_offset")
            whole = False
        else:
            whole = True
        v = v1
        if v is None:
            raise missing("memories")
        if type(v) is not list:
            v = as_list(v, "memories")
        parse_item = cls._memories_item._parse
        try:
            v = [parse_item(item, strict) for item in v]
        except ParseError:
            raise locate(v, parse_item, strict, "memories") from None
        self.memories = v
        v = v2
        if v is None:
            raise missing("total")
        if type(v) is not int and (isinstance(v, bool) or not isinstance(v, int)):
            raise bad("total", "an integer", v)
        self.total = v
        v = v3
        if v is None:
            pass
        else:
            if type(v) is not int and (isinstance(v, bool) or not isinstance(v, int)):
                raise bad("next_offset", "an integer", v)
        self.next_offset = v
        if whole and len(src) == 3:
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
        v = self.memories
        if v is not None:
            out["memories"] = [item.to_dict() for item in v]
        v = self.total
        if v is not None:
            out["total"] = v
        v = self.next_offset
        if v is not None:
            out["next_offset"] = v
        for key, v in self.additional_properties.items():
            if v is not None:
                out[key] = _dump_value(v, "json", False, True)
        return out


def _not_object(value: Any) -> dict[str, Any]:
    raise ParseError([], f"expected an object, got {type(value).__name__}")
