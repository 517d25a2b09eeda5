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
    missing,
)
from .annotations import Annotations

_Self = TypeVar("_Self", bound="TextContent")
_KNOWN = frozenset(
    {
        "text",
        "type",
        "_meta",
        "annotations",
    }
)


class TextContent(Model):
    """TextContent

    Text content for a message.

    Attributes:
        text (str)
        type (Literal['text'])
        meta (dict[str, Any] | None)
        annotations (Annotations | None)
    """

    __slots__ = ("text", "type", "meta", "annotations", "additional_properties")
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("text", "text"),
        ("type", "type"),
        ("meta", "_meta"),
        ("annotations", "annotations"),
    )

    text: str
    type: Literal["text"]
    meta: dict[str, Any] | None
    annotations: Annotations | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        text: str,
        type: Literal["text"],
        meta: dict[str, Any] | None = None,
        annotations: Annotations | None = None,
    ) -> None:
        self.text = text
        self.type = type
        self.meta = meta
        self.annotations = annotations
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
            v1 = src["text"]
            v2 = src["type"]
            v3 = src["_meta"]
            v4 = src["annotations"]
        except KeyError:
            get = src.get
            v1 = get("text")
            v2 = get("type")
            v3 = get("_meta")
            v4 = get("annotations")
            whole = False
        else:
            whole = True
        v = v1
        if v is None:
            raise missing("text")
        if type(v) is not str and not isinstance(v, str):
            raise bad("text", "a string", v)
        self.text = v
        v = v2
        if v is None:
            raise missing("type")
        if v != "text":
            raise bad("type", "text", v)
        self.type = v
        v = v3
        if v is None:
            pass
        else:
            if type(v) is not dict:
                v = as_dict(v, "_meta")
        self.meta = v
        v = v4
        if v is None:
            pass
        else:
            try:
                v = Annotations._parse(v, strict)
            except ParseError as exc:
                raise exc.within("annotations") from None
        self.annotations = v
        if whole and len(src) == 4:
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
        v = self.text
        if v is not None:
            out["text"] = v
        v = self.type
        if v is not None:
            out["type"] = v
        v = self.meta
        if v is not None:
            out["_meta"] = _dump_value(v, "json", True, True)
        v = self.annotations
        if v is not None:
            out["annotations"] = v.to_dict()
        for key, v in self.additional_properties.items():
            if v is not None:
                out[key] = _dump_value(v, "json", False, True)
        return out


def _not_object(value: Any) -> dict[str, Any]:
    raise ParseError([], f"expected an object, got {type(value).__name__}")
