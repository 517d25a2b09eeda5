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
)

_Self = TypeVar("_Self", bound="SessionListResponse")
_KNOWN = frozenset(
    {
        "sessions",
        "total",
    }
)


class SessionListResponse(Model):
    """SessionListResponse

    Response containing a list of sessions

    Attributes:
        sessions (list[str])
        total (int)
    """

    __slots__ = ("sessions", "total", "additional_properties")
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("sessions", "sessions"),
        ("total", "total"),
    )

    sessions: list[str]
    total: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        sessions: list[str],
        total: int,
    ) -> None:
        self.sessions = sessions
        self.total = total
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
            v1 = src["sessions"]
            v2 = src["total"]
        except KeyError:
            get = src.get
            v1 = get("sessions")
            v2 = get("total")
            whole = False
        else:
            whole = True
        v = v1
        if v is None:
            raise missing("sessions")
        if type(v) is not list:
            v = as_list(v, "sessions")
        for item in v:
            if not isinstance(item, str):
                raise bad("sessions", "a list of strings", v)
        self.sessions = v
        v = v2
        if v is None:
            raise missing("total")
        if type(v) is not int and (isinstance(v, bool) or not isinstance(v, int)):
            raise bad("total", "an integer", v)
        self.total = v
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
        v = self.sessions
        if v is not None:
            out["sessions"] = list(v)
        v = self.total
        if v is not None:
            out["total"] = v
        for key, v in self.additional_properties.items():
            if v is not None:
                out[key] = _dump_value(v, "json", False, True)
        return out


def _not_object(value: Any) -> dict[str, Any]:
    raise ParseError([], f"expected an object, got {type(value).__name__}")
