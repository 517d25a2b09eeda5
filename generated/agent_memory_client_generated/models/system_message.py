from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

# Every helper a field parser may use; the generator's ruff hook drops the unused ones.
from ..types import (
    Model,
    ParseError,
    _dump_value,
    as_dict,
    bad,
    check_str,
    missing,
    one_of,
)
from .text_content import TextContent

_Self = TypeVar("_Self", bound="SystemMessage")
_KNOWN = frozenset(
    {
        "content",
        "role",
    }
)


class SystemMessage(Model):
    """SystemMessage

    A system message

    Attributes:
        content (str | TextContent)
        role (Literal['system'])
    """

    __slots__ = ("content", "role", "additional_properties")
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("role", "role"),
    )

    content: str | TextContent
    role: Literal["system"]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        content: str | TextContent,
        role: Literal["system"] | None = None,
    ) -> None:
        self.content = content
        self.role = role  # type: ignore[assignment]  # None: not given
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
            v1 = src["content"]
            v2 = src["role"]
        except KeyError:
            get = src.get
            v1 = get("content")
            v2 = get("role")
            whole = False
        else:
            whole = True
        v = v1
        if v is None:
            raise missing("content")
        try:
            v = one_of(
                v,
                strict,
                (
                    check_str,
                    TextContent._parse,
                ),
            )
        except ParseError as exc:
            raise exc.within("content") from None
        self.content = v
        v = v2
        if v is None:
            if strict:
                v = "system"
        else:
            if v != "system":
                raise bad("role", "system", v)
        self.role = v
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
        v = self.content
        if v is not None:
            out["content"] = _dump_value(v, "json", True, True)
        v = self.role
        if v is not None:
            out["role"] = v
        for key, v in self.additional_properties.items():
            if v is not None:
                out[key] = _dump_value(v, "json", False, True)
        return out


def _not_object(value: Any) -> dict[str, Any]:
    raise ParseError([], f"expected an object, got {type(value).__name__}")
