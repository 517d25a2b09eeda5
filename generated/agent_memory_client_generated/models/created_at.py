from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

# Every helper a field parser may use; the generator's ruff hook drops the unused ones.
from ..types import (
    Model,
    ParseError,
    _dump_value,
    _fromisoformat,
    as_dict,
    as_list,
    bad,
    check_any,
    parse_datetime,
)

_Self = TypeVar("_Self", bound="CreatedAt")
_KNOWN = frozenset(
    {
        "between",
        "eq",
        "field",
        "gt",
        "gte",
        "inclusive",
        "lt",
        "lte",
        "ne",
    }
)


class CreatedAt(Model):
    """CreatedAt

    Attributes:
        between (list[datetime.datetime])
        eq (datetime.datetime | None)
        field (str)
        gt (datetime.datetime | None)
        gte (datetime.datetime | None)
        inclusive (str)
        lt (datetime.datetime | None)
        lte (datetime.datetime | None)
        ne (datetime.datetime | None)
    """

    __slots__ = (
        "between",
        "eq",
        "field",
        "gt",
        "gte",
        "inclusive",
        "lt",
        "lte",
        "ne",
        "additional_properties",
    )
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("between", "between"),
        ("eq", "eq"),
        ("field", "field"),
        ("gt", "gt"),
        ("gte", "gte"),
        ("inclusive", "inclusive"),
        ("lt", "lt"),
        ("lte", "lte"),
        ("ne", "ne"),
    )

    between: list[datetime.datetime]
    eq: datetime.datetime | None
    field: str
    gt: datetime.datetime | None
    gte: datetime.datetime | None
    inclusive: str
    lt: datetime.datetime | None
    lte: datetime.datetime | None
    ne: datetime.datetime | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        between: list[datetime.datetime] | None = None,
        eq: datetime.datetime | None = None,
        field: str | None = None,
        gt: datetime.datetime | None = None,
        gte: datetime.datetime | None = None,
        inclusive: str | None = None,
        lt: datetime.datetime | None = None,
        lte: datetime.datetime | None = None,
        ne: datetime.datetime | None = None,
    ) -> None:
        self.between = between  # type: ignore[assignment]  # None: not given
        self.eq = eq
        self.field = field  # type: ignore[assignment]  # None: not given
        self.gt = gt
        self.gte = gte
        self.inclusive = inclusive  # type: ignore[assignment]  # None: not given
        self.lt = lt
        self.lte = lte
        self.ne = ne
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
            v1 = src["between"]
            v2 = src["eq"]
            v3 = src["field"]
            v4 = src["gt"]
            v5 = src["gte"]
            v6 = src["inclusive"]
            v7 = src["lt"]
            v8 = src["lte"]
            v9 = src["ne"]
        except KeyError:
            get = src.get
            v1 = get("between")
            v2 = get("eq")
            v3 = get("field")
            v4 = get("gt")
            v5 = get("gte")
            v6 = get("inclusive")
            v7 = get("lt")
            v8 = get("lte")
            v9 = get("ne")
            whole = False
        else:
            whole = True
        v = v1
        if v is None:
            if strict:
                v = []
        else:
            if type(v) is not list:
                v = as_list(v, "between")
            try:
                v = [check_any(item, strict) for item in v]
            except ParseError as exc:
                raise exc.within("between") from None
        self.between = v
        v = v2
        if v is None:
            pass
        else:
            if type(v) is str:
                try:
                    v = _fromisoformat(v)
                except ValueError:
                    v = parse_datetime(v, "eq")
            else:
                v = parse_datetime(v, "eq")
        self.eq = v
        v = v3
        if v is None:
            if strict:
                v = "created_at"
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("field", "a string", v)
        self.field = v
        v = v4
        if v is None:
            pass
        else:
            if type(v) is str:
                try:
                    v = _fromisoformat(v)
                except ValueError:
                    v = parse_datetime(v, "gt")
            else:
                v = parse_datetime(v, "gt")
        self.gt = v
        v = v5
        if v is None:
            pass
        else:
            if type(v) is str:
                try:
                    v = _fromisoformat(v)
                except ValueError:
                    v = parse_datetime(v, "gte")
            else:
                v = parse_datetime(v, "gte")
        self.gte = v
        v = v6
        if v is None:
            if strict:
                v = "both"
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("inclusive", "a string", v)
        self.inclusive = v
        v = v7
        if v is None:
            pass
        else:
            if type(v) is str:
                try:
                    v = _fromisoformat(v)
                except ValueError:
                    v = parse_datetime(v, "lt")
            else:
                v = parse_datetime(v, "lt")
        self.lt = v
        v = v8
        if v is None:
            pass
        else:
            if type(v) is str:
                try:
                    v = _fromisoformat(v)
                except ValueError:
                    v = parse_datetime(v, "lte")
            else:
                v = parse_datetime(v, "lte")
        self.lte = v
        v = v9
        if v is None:
            pass
        else:
            if type(v) is str:
                try:
                    v = _fromisoformat(v)
                except ValueError:
                    v = parse_datetime(v, "ne")
            else:
                v = parse_datetime(v, "ne")
        self.ne = v
        if whole and len(src) == 9:
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
        v = self.between
        if v is not None:
            out["between"] = _dump_value(v, "json", True, True)
        v = self.eq
        if v is not None:
            out["eq"] = v.isoformat()
        v = self.field
        if v is not None:
            out["field"] = v
        v = self.gt
        if v is not None:
            out["gt"] = v.isoformat()
        v = self.gte
        if v is not None:
            out["gte"] = v.isoformat()
        v = self.inclusive
        if v is not None:
            out["inclusive"] = v
        v = self.lt
        if v is not None:
            out["lt"] = v.isoformat()
        v = self.lte
        if v is not None:
            out["lte"] = v.isoformat()
        v = self.ne
        if v is not None:
            out["ne"] = v.isoformat()
        for key, v in self.additional_properties.items():
            if v is not None:
                out[key] = _dump_value(v, "json", False, True)
        return out


def _not_object(value: Any) -> dict[str, Any]:
    raise ParseError([], f"expected an object, got {type(value).__name__}")
