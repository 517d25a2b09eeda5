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
    bad,
)

_Self = TypeVar("_Self", bound="RunSummaryViewRequest")
_KNOWN = frozenset(
    {
        "task_id",
    }
)


class RunSummaryViewRequest(Model):
    """RunSummaryViewRequest

    Request body for triggering a full SummaryView run as a Task.

    Attributes:
        task_id (str | None): Optional client-provided task ID. If omitted, the server generates one.
    """

    __slots__ = ("task_id", "additional_properties")
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (("task_id", "task_id"),)

    task_id: str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        task_id: str | None = None,
    ) -> None:
        self.task_id = task_id
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
            v1 = src["task_id"]
        except KeyError:
            get = src.get
            v1 = get("task_id")
            whole = False
        else:
            whole = True
        v = v1
        if v is None:
            pass
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("task_id", "a string", v)
        self.task_id = v
        if whole and len(src) == 1:
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
        v = self.task_id
        if v is not None:
            out["task_id"] = v
        for key, v in self.additional_properties.items():
            if v is not None:
                out[key] = _dump_value(v, "json", False, True)
        return out


def _not_object(value: Any) -> dict[str, Any]:
    raise ParseError([], f"expected an object, got {type(value).__name__}")
