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

_Self = TypeVar("_Self", bound="ImageContent")
_KNOWN = frozenset(
    {
        "data",
        "mimeType",
        "type",
        "_meta",
        "annotations",
    }
)


class ImageContent(Model):
    """ImageContent

    Image content for a message.

    Attributes:
        data (str)
        mimeType (str)
        type (Literal['image'])
        meta (dict[str, Any] | None)
        annotations (Annotations | None)
    """

    __slots__ = (
        "data",
        "mimeType",
        "type",
        "meta",
        "annotations",
        "additional_properties",
    )
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("mimeType", "mimeType"),
        ("type", "type"),
        ("meta", "_meta"),
        ("annotations", "annotations"),
    )

    data: str
    mimeType: str
    type: Literal["image"]
    meta: dict[str, Any] | None
    annotations: Annotations | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        data: str,
        mimeType: str,
        type: Literal["image"],
        meta: dict[str, Any] | None = None,
        annotations: Annotations | None = None,
    ) -> None:
        self.data = data
        self.mimeType = mimeType
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
            v1 = src["data"]
            v2 = src["mimeType"]
            v3 = src["type"]
            v4 = src["_meta"]
            v5 = src["annotations"]
        except KeyError:
            get = src.get
            v1 = get("data")
            v2 = get("mimeType")
            v3 = get("type")
            v4 = get("_meta")
            v5 = get("annotations")
            whole = False
        else:
            whole = True
        v = v1
        if v is None:
            raise missing("data")
        if type(v) is not str and not isinstance(v, str):
            raise bad("data", "a string", v)
        self.data = v
        v = v2
        if v is None:
            raise missing("mimeType")
        if type(v) is not str and not isinstance(v, str):
            raise bad("mimeType", "a string", v)
        self.mimeType = v
        v = v3
        if v is None:
            raise missing("type")
        if v != "image":
            raise bad("type", "image", v)
        self.type = v
        v = v4
        if v is None:
            pass
        else:
            if type(v) is not dict:
                v = as_dict(v, "_meta")
        self.meta = v
        v = v5
        if v is None:
            pass
        else:
            try:
                v = Annotations._parse(v, strict)
            except ParseError as exc:
                raise exc.within("annotations") from None
        self.annotations = v
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
        v = self.data
        if v is not None:
            out["data"] = v
        v = self.mimeType
        if v is not None:
            out["mimeType"] = v
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
