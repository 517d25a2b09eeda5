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
    locate,
)
from .validation_error import ValidationError

_Self = TypeVar("_Self", bound="HTTPValidationError")
_KNOWN = frozenset(
    {
        "detail",
    }
)


class HTTPValidationError(Model):
    """HTTPValidationError

    Attributes:
        detail (list[ValidationError])
    """

    __slots__ = ("detail", "additional_properties")
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (("detail", "detail"),)

    # The class its items are read as; a subclass may name a subclass of it.
    _detail_item: ClassVar[builtins.type[ValidationError]] = ValidationError

    detail: list[ValidationError]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        detail: list[ValidationError] | None = None,
    ) -> None:
        self.detail = detail  # type: ignore[assignment]  # None: not given
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
            v1 = src["detail"]
        except KeyError:
            get = src.get
            v1 = get("detail")
            whole = False
        else:
            whole = True
        v = v1
        if v is None:
            if strict:
                v = []
        else:
            if type(v) is not list:
                v = as_list(v, "detail")
            parse_item = cls._detail_item._parse
            try:
                v = [parse_item(item, strict) for item in v]
            except ParseError:
                raise locate(v, parse_item, strict, "detail") from None
        self.detail = v
        if whole and len(src) == 1:
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
        v = self.detail
        if v is not None:
            out["detail"] = [item.to_dict() for item in v]
        for key, v in self.additional_properties.items():
            if v is not None:
                out[key] = _dump_value(v, "json", False, True)
        return out


def _not_object(value: Any) -> dict[str, Any]:
    raise ParseError([], f"expected an object, got {type(value).__name__}")
