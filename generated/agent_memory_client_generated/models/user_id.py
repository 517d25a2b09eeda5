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
)

_Self = TypeVar("_Self", bound="UserId")
_KNOWN = frozenset(
    {
        "all",
        "any",
        "eq",
        "field",
        "ne",
        "startswith",
    }
)


class UserId(Model):
    """UserId

    Attributes:
        all (list[str])
        any (list[str])
        eq (str | None)
        field (str)
        ne (str | None)
        startswith (str | None)
    """

    __slots__ = (
        "all",
        "any",
        "eq",
        "field",
        "ne",
        "startswith",
        "additional_properties",
    )
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("all", "all"),
        ("any", "any"),
        ("eq", "eq"),
        ("field", "field"),
        ("ne", "ne"),
        ("startswith", "startswith"),
    )

    all: list[str]
    any: list[str]
    eq: str | None
    field: str
    ne: str | None
    startswith: str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        all: list[str] | None = None,
        any: list[str] | None = None,
        eq: str | None = None,
        field: str | None = None,
        ne: str | None = None,
        startswith: str | None = None,
    ) -> None:
        self.all = all  # type: ignore[assignment]  # None: not given
        self.any = any  # type: ignore[assignment]  # None: not given
        self.eq = eq
        self.field = field  # type: ignore[assignment]  # None: not given
        self.ne = ne
        self.startswith = startswith
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
            v1 = src["all"]
            v2 = src["any"]
            v3 = src["eq"]
            v4 = src["field"]
            v5 = src["ne"]
            v6 = src["startswith"]
        except KeyError:
            get = src.get
            v1 = get("all")
            v2 = get("any")
            v3 = get("eq")
            v4 = get("field")
            v5 = get("ne")
            v6 = get("startswith")
            whole = False
        else:
            whole = True
        v = v1
        if v is None:
            if strict:
                v = []
        else:
            if type(v) is not list:
                v = as_list(v, "all")
            for item in v:
                if not isinstance(item, str):
                    raise bad("all", "a list of strings", v)
        self.all = v
        v = v2
        if v is None:
            if strict:
                v = []
        else:
            if type(v) is not list:
                v = as_list(v, "any")
            for item in v:
                if not isinstance(item, str):
                    raise bad("any", "a list of strings", v)
        self.any = v
        v = v3
        if v is None:
            pass
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("eq", "a string", v)
        self.eq = v
        v = v4
        if v is None:
            if strict:
                v = "user_id"
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("field", "a string", v)
        self.field = v
        v = v5
        if v is None:
            pass
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("ne", "a string", v)
        self.ne = v
        v = v6
        if v is None:
            pass
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("startswith", "a string", v)
        self.startswith = v
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
        v = self.all
        if v is not None:
            out["all"] = list(v)
        v = self.any
        if v is not None:
            out["any"] = list(v)
        v = self.eq
        if v is not None:
            out["eq"] = v
        v = self.field
        if v is not None:
            out["field"] = v
        v = self.ne
        if v is not None:
            out["ne"] = v
        v = self.startswith
        if v is not None:
            out["startswith"] = v
        for key, v in self.additional_properties.items():
            if v is not None:
                out[key] = _dump_value(v, "json", False, True)
        return out


def _not_object(value: Any) -> dict[str, Any]:
    raise ParseError([], f"expected an object, got {type(value).__name__}")
