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

_Self = TypeVar("_Self", bound="Icon")
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
    def _parse(cls: builtins.type[_Self], src: Any, strict: bool) -> _Self:
        if type(src) is not dict:
            src = as_dict(src, "") if isinstance(src, Mapping) else _not_object(src)
        self = object.__new__(cls)
        # Every field read at once by subscription (the fast path: servers send them all),
        # else with get(); a None reads the same either way: absent or null.
        v: Any
        try:
            v1 = src["src"]
            v2 = src["mimeType"]
            v3 = src["sizes"]
        except KeyError:
            get = src.get
            v1 = get("src")
            v2 = get("mimeType")
            v3 = get("sizes")
            whole = False
        else:
            whole = True
        v = v1
        if v is None:
            raise missing("src")
        if type(v) is not str and not isinstance(v, str):
            raise bad("src", "a string", v)
        self.src = v
        v = v2
        if v is None:
            pass
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("mimeType", "a string", v)
        self.mimeType = v
        v = v3
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
