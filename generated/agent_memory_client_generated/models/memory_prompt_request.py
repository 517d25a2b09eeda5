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
    check_bool,
    missing,
    one_of,
)
from .search_request import SearchRequest
from .working_memory_request import WorkingMemoryRequest

_Self = TypeVar("_Self", bound="MemoryPromptRequest")
_KNOWN = frozenset(
    {
        "query",
        "long_term_search",
        "session",
    }
)


class MemoryPromptRequest(Model):
    """MemoryPromptRequest

    Attributes:
        query (str)
        long_term_search (SearchRequest | bool | None)
        session (WorkingMemoryRequest | None)
    """

    __slots__ = ("query", "long_term_search", "session", "additional_properties")
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("query", "query"),
        ("long_term_search", "long_term_search"),
        ("session", "session"),
    )

    query: str
    long_term_search: SearchRequest | bool | None
    session: WorkingMemoryRequest | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        query: str,
        long_term_search: SearchRequest | bool | None = None,
        session: WorkingMemoryRequest | None = None,
    ) -> None:
        self.query = query
        self.long_term_search = long_term_search
        self.session = session
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
            v1 = src["query"]
            v2 = src["long_term_search"]
            v3 = src["session"]
        except KeyError:
            get = src.get
            v1 = get("query")
            v2 = get("long_term_search")
            v3 = get("session")
            whole = False
        else:
            whole = True
        v = v1
        if v is None:
            raise missing("query")
        if type(v) is not str and not isinstance(v, str):
            raise bad("query", "a string", v)
        self.query = v
        v = v2
        if v is None:
            pass
        else:
            try:
                v = one_of(
                    v,
                    strict,
                    (
                        SearchRequest._parse,
                        check_bool,
                    ),
                )
            except ParseError as exc:
                raise exc.within("long_term_search") from None
        self.long_term_search = v
        v = v3
        if v is None:
            pass
        else:
            try:
                v = WorkingMemoryRequest._parse(v, strict)
            except ParseError as exc:
                raise exc.within("session") from None
        self.session = v
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
        v = self.query
        if v is not None:
            out["query"] = v
        v = self.long_term_search
        if v is not None:
            out["long_term_search"] = _dump_value(v, "json", True, True)
        v = self.session
        if v is not None:
            out["session"] = v.to_dict()
        for key, v in self.additional_properties.items():
            if v is not None:
                out[key] = _dump_value(v, "json", False, True)
        return out


def _not_object(value: Any) -> dict[str, Any]:
    raise ParseError([], f"expected an object, got {type(value).__name__}")
