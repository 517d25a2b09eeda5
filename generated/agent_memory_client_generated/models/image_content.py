from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal

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
    def _parse(cls, src: Any, strict: bool) -> ImageContent:
        if type(src) is not dict:
            src = as_dict(src, "") if isinstance(src, Mapping) else _not_object(src)
        self = object.__new__(cls)
        get = src.get
        v: Any
        v = get("data")
        if v is None:
            raise missing("data")
        if type(v) is not str and not isinstance(v, str):
            raise bad("data", "a string", v)
        self.data = v
        v = get("mimeType")
        if v is None:
            raise missing("mimeType")
        if type(v) is not str and not isinstance(v, str):
            raise bad("mimeType", "a string", v)
        self.mimeType = v
        v = get("type")
        if v is None:
            raise missing("type")
        if v != "image":
            raise bad("type", "image", v)
        self.type = v
        v = get("_meta")
        if v is None:
            pass
        else:
            if type(v) is not dict:
                v = as_dict(v, "_meta")
        self.meta = v
        v = get("annotations")
        if v is None:
            pass
        else:
            try:
                v = Annotations._parse(v, strict)
            except ParseError as exc:
                raise exc.within("annotations") from None
        self.annotations = v
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
