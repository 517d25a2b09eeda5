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
    check_any,
)
from .annotations_audience_type_0_item import (
    AnnotationsAudienceType0Item,
)

_Self = TypeVar("_Self", bound="Annotations")
_KNOWN = frozenset(
    {
        "audience",
        "priority",
    }
)


class Annotations(Model):
    """Annotations

    Attributes:
        audience (list[AnnotationsAudienceType0Item])
        priority (float | None)
    """

    __slots__ = ("audience", "priority", "additional_properties")
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("audience", "audience"),
        ("priority", "priority"),
    )

    audience: list[AnnotationsAudienceType0Item]
    priority: float | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        audience: list[AnnotationsAudienceType0Item] | None = None,
        priority: float | None = None,
    ) -> None:
        self.audience = audience  # type: ignore[assignment]  # None: not given
        self.priority = priority
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
            v1 = src["audience"]
            v2 = src["priority"]
        except KeyError:
            get = src.get
            v1 = get("audience")
            v2 = get("priority")
            whole = False
        else:
            whole = True
        v = v1
        if v is None:
            if strict:
                v = []
        else:
            if type(v) is not list:
                v = as_list(v, "audience")
            try:
                v = [check_any(item, strict) for item in v]
            except ParseError as exc:
                raise exc.within("audience") from None
        self.audience = v
        v = v2
        if v is None:
            pass
        else:
            if type(v) is not float:
                if isinstance(v, bool) or not isinstance(v, int):
                    raise bad("priority", "a number", v)
                v = float(v)
        self.priority = v
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
        v = self.audience
        if v is not None:
            out["audience"] = list(v)
        v = self.priority
        if v is not None:
            out["priority"] = v
        for key, v in self.additional_properties.items():
            if v is not None:
                out[key] = _dump_value(v, "json", False, True)
        return out


def _not_object(value: Any) -> dict[str, Any]:
    raise ParseError([], f"expected an object, got {type(value).__name__}")
