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
    check_int,
    check_str,
    missing,
    one_of,
)

_Self = TypeVar("_Self", bound="ValidationError")
_KNOWN = frozenset(
    {
        "loc",
        "msg",
        "type",
        "ctx",
        "input",
    }
)


class ValidationError(Model):
    """ValidationError

    Attributes:
        loc (list[str | int])
        msg (str)
        type (str)
        ctx (dict[str, Any])
        input (Any)
    """

    __slots__ = ("loc", "msg", "type", "ctx", "input", "additional_properties")
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("loc", "loc"),
        ("msg", "msg"),
        ("type", "type"),
        ("ctx", "ctx"),
        ("input", "input"),
    )

    loc: list[str | int]
    msg: str
    type: str
    ctx: dict[str, Any]
    input: Any
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        loc: list[str | int],
        msg: str,
        type: str,
        ctx: dict[str, Any] | None = None,
        input: Any | None = None,
    ) -> None:
        self.loc = loc
        self.msg = msg
        self.type = type
        self.ctx = ctx  # type: ignore[assignment]  # None: not given
        self.input = input
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
            v1 = src["loc"]
            v2 = src["msg"]
            v3 = src["type"]
            v4 = src["ctx"]
            v5 = src["input"]
        except KeyError:
            get = src.get
            v1 = get("loc")
            v2 = get("msg")
            v3 = get("type")
            v4 = get("ctx")
            v5 = get("input")
            whole = False
        else:
            whole = True
        v = v1
        if v is None:
            raise missing("loc")
        if type(v) is not list:
            v = as_list(v, "loc")
        items = []
        for index, item in enumerate(v):
            try:
                items.append(
                    one_of(
                        item,
                        strict,
                        (
                            check_str,
                            check_int,
                        ),
                    )
                )
            except ParseError as exc:
                raise exc.within("loc", index) from None
        v = items
        self.loc = v
        v = v2
        if v is None:
            raise missing("msg")
        if type(v) is not str and not isinstance(v, str):
            raise bad("msg", "a string", v)
        self.msg = v
        v = v3
        if v is None:
            raise missing("type")
        if type(v) is not str and not isinstance(v, str):
            raise bad("type", "a string", v)
        self.type = v
        v = v4
        if v is None:
            if strict:
                v = {}
        else:
            if type(v) is not dict:
                v = as_dict(v, "ctx")
        self.ctx = v
        v = v5
        if v is None:
            if strict:
                raise missing("input")
        else:
            pass
        self.input = v
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
        v = self.loc
        if v is not None:
            out["loc"] = _dump_value(v, "json", True, True)
        v = self.msg
        if v is not None:
            out["msg"] = v
        v = self.type
        if v is not None:
            out["type"] = v
        v = self.ctx
        if v is not None:
            out["ctx"] = _dump_value(v, "json", True, True)
        v = self.input
        if v is not None:
            out["input"] = _dump_value(v, "json", True, True)
        for key, v in self.additional_properties.items():
            if v is not None:
                out[key] = _dump_value(v, "json", False, True)
        return out


def _not_object(value: Any) -> dict[str, Any]:
    raise ParseError([], f"expected an object, got {type(value).__name__}")
