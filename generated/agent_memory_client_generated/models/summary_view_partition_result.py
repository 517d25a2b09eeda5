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
    now_utc,
    parse_datetime,
)

_Self = TypeVar("_Self", bound="SummaryViewPartitionResult")
_KNOWN = frozenset(
    {
        "group",
        "memory_count",
        "summary",
        "view_id",
        "computed_at",
    }
)


class SummaryViewPartitionResult(Model):
    """SummaryViewPartitionResult

    Result of summarizing one partition of a SummaryView.

    A partition is defined by a concrete combination of the view's
    group_by fields, e.g. {"user_id": "alice"} or
    {"user_id": "alice", "namespace": "chat"}.

    Attributes:
        group (dict[str, str]): Concrete values for the view's group_by fields
        memory_count (int): Number of memories that contributed to this summary
        summary (str): Summarized text for this partition
        view_id (str): ID of the SummaryView that produced this result
        computed_at (datetime.datetime): When this summary was computed
    """

    __slots__ = (
        "group",
        "memory_count",
        "summary",
        "view_id",
        "computed_at",
        "additional_properties",
    )
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("group", "group"),
        ("memory_count", "memory_count"),
        ("summary", "summary"),
        ("view_id", "view_id"),
        ("computed_at", "computed_at"),
    )

    group: dict[str, str]
    memory_count: int
    summary: str
    view_id: str
    computed_at: datetime.datetime
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        group: dict[str, str],
        memory_count: int,
        summary: str,
        view_id: str,
        computed_at: datetime.datetime | None = None,
    ) -> None:
        self.group = group
        self.memory_count = memory_count
        self.summary = summary
        self.view_id = view_id
        self.computed_at = computed_at  # type: ignore[assignment]  # None: not given
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
            v1 = src["group"]
            v2 = src["memory_count"]
            v3 = src["summary"]
            v4 = src["view_id"]
            v5 = src["computed_at"]
        except KeyError:
            get = src.get
            v1 = get("group")
            v2 = get("memory_count")
            v3 = get("summary")
            v4 = get("view_id")
            v5 = get("computed_at")
            whole = False
        else:
            whole = True
        v = v1
        if v is None:
            raise missing("group")
        if type(v) is not dict:
            v = as_dict(v, "group")
        for item in v.values():
            if not isinstance(item, str):
                raise bad("group", "an object of strings", v)
        self.group = v
        v = v2
        if v is None:
            raise missing("memory_count")
        if type(v) is not int and (isinstance(v, bool) or not isinstance(v, int)):
            raise bad("memory_count", "an integer", v)
        self.memory_count = v
        v = v3
        if v is None:
            raise missing("summary")
        if type(v) is not str and not isinstance(v, str):
            raise bad("summary", "a string", v)
        self.summary = v
        v = v4
        if v is None:
            raise missing("view_id")
        if type(v) is not str and not isinstance(v, str):
            raise bad("view_id", "a string", v)
        self.view_id = v
        v = v5
        if v is None:
            if strict:
                v = now_utc()  # as the official client's models read it
        else:
            if type(v) is str:
                try:
                    v = _fromisoformat(v)
                except ValueError:
                    v = parse_datetime(v, "computed_at")
            else:
                v = parse_datetime(v, "computed_at")
        self.computed_at = v
        if whole and len(src) == 5:
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
        v = self.group
        if v is not None:
            out["group"] = _dump_value(v, "json", True, True)
        v = self.memory_count
        if v is not None:
            out["memory_count"] = v
        v = self.summary
        if v is not None:
            out["summary"] = v
        v = self.view_id
        if v is not None:
            out["view_id"] = v
        v = self.computed_at
        if v is not None:
            out["computed_at"] = v.isoformat()
        for key, v in self.additional_properties.items():
            if v is not None:
                out[key] = _dump_value(v, "json", False, True)
        return out


def _not_object(value: Any) -> dict[str, Any]:
    raise ParseError([], f"expected an object, got {type(value).__name__}")
