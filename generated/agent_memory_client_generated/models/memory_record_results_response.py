from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

# Every helper a field parser may use; the generator's ruff hook drops the unused ones.
from ..types import (
    Model,
    ParseError,
    _dump_value,
    as_dict,
    as_list,
    bad,
    missing,
)
from .memory_record_result import MemoryRecordResult

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
    def _parse(cls, src: Any, strict: bool) -> MemoryRecordResultsResponse:
        if type(src) is not dict:
            src = as_dict(src, "") if isinstance(src, Mapping) else _not_object(src)
        self = object.__new__(cls)
        get = src.get
        v: Any
        v = get("memories")
        if v is None:
            raise missing("memories")
        if type(v) is not list:
            v = as_list(v, "memories")
        items = []
        for index, item in enumerate(v):
            try:
                items.append(MemoryRecordResult._parse(item, strict))
            except ParseError as exc:
                raise exc.within("memories", index) from None
        v = items
        self.memories = v
        v = get("total")
        if v is None:
            raise missing("total")
        if type(v) is not int and (isinstance(v, bool) or not isinstance(v, int)):
            raise bad("total", "an integer", v)
        self.total = v
        v = get("next_offset")
        if v is None:
            pass
        else:
            if type(v) is not int and (isinstance(v, bool) or not isinstance(v, int)):
                raise bad("next_offset", "an integer", v)
        self.next_offset = v
        self.additional_properties = (
            {}
            if _KNOWN.issuperset(src)
            else {k: x for k, x in src.items() if k not in _KNOWN}
        )
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
