from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

# Every helper a field parser may use; the generator's ruff hook drops the unused ones.
from ..types import (
    Model,
    ParseError,
    _dump_value,
    as_dict,
    bad,
    missing,
)

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
    def _parse(cls, src: Any, strict: bool) -> RunSummaryViewPartitionRequest:
        if type(src) is not dict:
            src = as_dict(src, "") if isinstance(src, Mapping) else _not_object(src)
        self = object.__new__(cls)
        get = src.get
        v: Any
        v = get("group")
        if v is None:
            raise missing("group")
        if type(v) is not dict:
            v = as_dict(v, "group")
        for item in v.values():
            if not isinstance(item, str):
                raise bad("group", "an object of strings", v)
        self.group = v
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
        v = self.group
        if v is not None:
            out["group"] = _dump_value(v, "json", True, True)
        for key, v in self.additional_properties.items():
            if v is not None:
                out[key] = _dump_value(v, "json", False, True)
        return out


def _not_object(value: Any) -> dict[str, Any]:
    raise ParseError([], f"expected an object, got {type(value).__name__}")
