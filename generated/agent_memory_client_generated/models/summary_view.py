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
    missing,
    plain_str,
)
from .summary_view_source import SUMMARY_VIEW_SOURCE_VALUES, SummaryViewSource

_Self = TypeVar("_Self", bound="SummaryView")
_KNOWN = frozenset(
    {
        "id",
        "source",
        "continuous",
        "filters",
        "group_by",
        "model_name",
        "name",
        "prompt",
        "time_window_days",
    }
)


class SummaryView(Model):
    """SummaryView

    Configuration for a summary view over memories.

    A SummaryView fully specifies what pool of memories to summarize and how
    to partition and filter them, so it can be run on-demand or by a
    background worker without additional runtime parameters.

    Attributes:
        id (str): Unique identifier for the summary view
        source (SummaryViewSource): Memory source to summarize. Currently only 'long_term' is supported;
            'working_memory' is reserved for future use.
        continuous (bool): If true, background workers periodically refresh all partitions for this view.
        filters (dict[str, Any]): Static filters applied to every run (e.g. memory_type, namespace). Only a small,
            known set of keys is supported in v1.
        group_by (list[str]): Fields used to partition summaries (e.g. ['user_id'], ['user_id', 'namespace']).
        model_name (str | None): Optional model override for summarization. Defaults to a fast model from
            settings when not provided.
        name (str | None): Optional human-readable name for the view
        prompt (str | None): Optional custom summarization instructions. If omitted, a server-defined default
            prompt is used.
        time_window_days (int | None): If set, each run uses now() - time_window_days as a cutoff for eligible
            memories.
    """

    __slots__ = (
        "id",
        "source",
        "continuous",
        "filters",
        "group_by",
        "model_name",
        "name",
        "prompt",
        "time_window_days",
        "additional_properties",
    )
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("source", "source"),
        ("continuous", "continuous"),
        ("filters", "filters"),
        ("group_by", "group_by"),
        ("model_name", "model_name"),
        ("name", "name"),
        ("prompt", "prompt"),
        ("time_window_days", "time_window_days"),
    )

    id: str
    source: SummaryViewSource
    continuous: bool
    filters: dict[str, Any]
    group_by: list[str]
    model_name: str | None
    name: str | None
    prompt: str | None
    time_window_days: int | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        id: str,
        source: SummaryViewSource,
        continuous: bool | None = None,
        filters: dict[str, Any] | None = None,
        group_by: list[str] | None = None,
        model_name: str | None = None,
        name: str | None = None,
        prompt: str | None = None,
        time_window_days: int | None = None,
    ) -> None:
        self.id = id
        self.source = source
        self.continuous = continuous  # type: ignore[assignment]  # None: not given
        self.filters = filters  # type: ignore[assignment]  # None: not given
        self.group_by = group_by  # type: ignore[assignment]  # None: not given
        self.model_name = model_name
        self.name = name
        self.prompt = prompt
        self.time_window_days = time_window_days
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
            v1 = src["id"]
            v2 = src["source"]
            v3 = src["continuous"]
            v4 = src["filters"]
            v5 = src["group_by"]
            v6 = src["model_name"]
            v7 = src["name"]
            v8 = src["prompt"]
            v9 = src["time_window_days"]
        except KeyError:
            get = src.get
            v1 = get("id")
            v2 = get("source")
            v3 = get("continuous")
            v4 = get("filters")
            v5 = get("group_by")
            v6 = get("model_name")
            v7 = get("name")
            v8 = get("prompt")
            v9 = get("time_window_days")
            whole = False
        else:
            whole = True
        v = v1
        if v is None:
            raise missing("id")
        if type(v) is not str and not isinstance(v, str):
            raise bad("id", "a string", v)
        self.id = v
        v = v2
        if v is None:
            raise missing("source")
        if type(v) is not str:
            v = plain_str(
                v, "source"
            )  # an Enum member with a str value: its plain value
        if v not in SUMMARY_VIEW_SOURCE_VALUES:
            raise bad("source", "one of long_term, working_memory", v)
        self.source = v
        v = v3
        if v is None:
            if strict:
                v = False
        else:
            if v is not True and v is not False:
                raise bad("continuous", "true or false", v)
        self.continuous = v
        v = v4
        if v is None:
            if strict:
                v = {}
        else:
            if type(v) is not dict:
                v = as_dict(v, "filters")
        self.filters = v
        v = v5
        if v is None:
            if strict:
                v = []
        else:
            if type(v) is not list:
                v = as_list(v, "group_by")
            for item in v:
                if not isinstance(item, str):
                    raise bad("group_by", "a list of strings", v)
        self.group_by = v
        v = v6
        if v is None:
            pass
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("model_name", "a string", v)
        self.model_name = v
        v = v7
        if v is None:
            pass
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("name", "a string", v)
        self.name = v
        v = v8
        if v is None:
            pass
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("prompt", "a string", v)
        self.prompt = v
        v = v9
        if v is None:
            pass
        else:
            if type(v) is not int and (isinstance(v, bool) or not isinstance(v, int)):
                raise bad("time_window_days", "an integer", v)
        self.time_window_days = v
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
        v = self.id
        if v is not None:
            out["id"] = v
        v = self.source
        if v is not None:
            out["source"] = v
        v = self.continuous
        if v is not None:
            out["continuous"] = v
        v = self.filters
        if v is not None:
            out["filters"] = _dump_value(v, "json", True, True)
        v = self.group_by
        if v is not None:
            out["group_by"] = list(v)
        v = self.model_name
        if v is not None:
            out["model_name"] = v
        v = self.name
        if v is not None:
            out["name"] = v
        v = self.prompt
        if v is not None:
            out["prompt"] = v
        v = self.time_window_days
        if v is not None:
            out["time_window_days"] = v
        for key, v in self.additional_properties.items():
            if v is not None:
                out[key] = _dump_value(v, "json", False, True)
        return out


def _not_object(value: Any) -> dict[str, Any]:
    raise ParseError([], f"expected an object, got {type(value).__name__}")
