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
        "blob",
        "uri",
        "_meta",
        "mimeType",
    }
)


class BlobResourceContents(Model):
    """BlobResourceContents

    Binary contents of a resource.

    Attributes:
        blob (str)
        uri (str)
        meta (dict[str, Any] | None)
        mimeType (str | None)
    """

    __slots__ = ("blob", "uri", "meta", "mimeType", "additional_properties")
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("blob", "blob"),
        ("uri", "uri"),
        ("meta", "_meta"),
        ("mimeType", "mimeType"),
    )

    blob: str
    uri: str
    meta: dict[str, Any] | None
    mimeType: str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        blob: str,
        uri: str,
        meta: dict[str, Any] | None = None,
        mimeType: str | None = None,
    ) -> None:
        self.blob = blob
        self.uri = uri
        self.meta = meta
        self.mimeType = mimeType
        self.additional_properties = {}

    @classmethod
    def _parse(cls, src: Any, strict: bool) -> BlobResourceContents:
        if type(src) is not dict:
            src = as_dict(src, "") if isinstance(src, Mapping) else _not_object(src)
        self = object.__new__(cls)
        get = src.get
        v: Any
        v = get("blob")
        if v is None:
            raise missing("blob")
        if type(v) is not str and not isinstance(v, str):
            raise bad("blob", "a string", v)
        self.blob = v
        v = get("uri")
        if v is None:
            raise missing("uri")
        if type(v) is not str and not isinstance(v, str):
            raise bad("uri", "a string", v)
        self.uri = v
        v = get("_meta")
        if v is None:
            pass
        else:
            if type(v) is not dict:
                v = as_dict(v, "_meta")
        self.meta = v
        v = get("mimeType")
        if v is None:
            pass
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("mimeType", "a string", v)
        self.mimeType = v
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
        v = self.blob
        if v is not None:
            out["blob"] = v
        v = self.uri
        if v is not None:
            out["uri"] = v
        v = self.meta
        if v is not None:
            out["_meta"] = _dump_value(v, "json", True, True)
        v = self.mimeType
        if v is not None:
            out["mimeType"] = v
        for key, v in self.additional_properties.items():
            if v is not None:
                out[key] = _dump_value(v, "json", False, True)
        return out


def _not_object(value: Any) -> dict[str, Any]:
    raise ParseError([], f"expected an object, got {type(value).__name__}")
