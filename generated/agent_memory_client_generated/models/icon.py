from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

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

_KNOWN = frozenset(
    {
        "src",
        "mimeType",
        "sizes",
    }
)


class Icon(Model):
    """Icon

    An icon for display in user interfaces.

    Attributes:
        src (str)
        mimeType (str | None)
        sizes (list[str])
    """

    __slots__ = ("src", "mimeType", "sizes", "additional_properties")
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("src", "src"),
        ("mimeType", "mimeType"),
        ("sizes", "sizes"),
    )

    src: str
    mimeType: str | None
    sizes: list[str]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        src: str,
        mimeType: str | None = None,
        sizes: list[str] | None = None,
    ) -> None:
        self.src = src
        self.mimeType = mimeType
        self.sizes = sizes  # type: ignore[assignment]  # None: not given
        self.additional_properties = {}

    @classmethod
    def _parse(cls, src: Any, strict: bool) -> Icon:
        if type(src) is not dict:
            src = as_dict(src, "") if isinstance(src, Mapping) else _not_object(src)
        self = object.__new__(cls)
        get = src.get
        v: Any
        v = get("src")
        if v is None:
            raise missing("src")
        if type(v) is not str and not isinstance(v, str):
            raise bad("src", "a string", v)
        self.src = v
        v = get("mimeType")
        if v is None:
            pass
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("mimeType", "a string", v)
        self.mimeType = v
        v = get("sizes")
        if v is None:
            if strict:
                v = []
        else:
            if type(v) is not list:
                v = as_list(v, "sizes")
            for item in v:
                if not isinstance(item, str):
                    raise bad("sizes", "a list of strings", v)
        self.sizes = v
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
        v = self.src
        if v is not None:
            out["src"] = v
        v = self.mimeType
        if v is not None:
            out["mimeType"] = v
        v = self.sizes
        if v is not None:
            out["sizes"] = list(v)
        for key, v in self.additional_properties.items():
            if v is not None:
                out[key] = _dump_value(v, "json", False, True)
        return out


def _not_object(value: Any) -> dict[str, Any]:
    raise ParseError([], f"expected an object, got {type(value).__name__}")
