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
    missing,
)

_Self = TypeVar("_Self", bound="RunSummaryViewPartitionRequest")
_KNOWN = frozenset(
    {
        "group",
    }
)


class RunSummaryViewPartitionRequest(Model):
    """RunSummaryViewPartitionRequest

    Request body for running a single partition of a SummaryView.

    Attributes:
        group (dict[str, str]): Concrete values for this view's group_by fields
    """

    __slots__ = ("group", "additional_properties")
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (("group", "group"),)

    group: dict[str, str]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        group: dict[str, str],
    ) -> None:
        self.group = group
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
        except KeyError:
            get = src.get
            v1 = get("group")
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
        v = self.group
        if v is not None:
            out["group"] = _dump_value(v, "json", True, True)
        for key, v in self.additional_properties.items():
            if v is not None:
                out[key] = _dump_value(v, "json", False, True)
        return out


def _not_object(value: Any) -> dict[str, Any]:
    raise ParseError([], f"expected an object, got {type(value).__name__}")
