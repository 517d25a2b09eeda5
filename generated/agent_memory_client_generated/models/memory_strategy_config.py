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
    bad,
    plain_str,
)
from .memory_strategy_config_strategy import (
    MEMORY_STRATEGY_CONFIG_STRATEGY_VALUES,
    MemoryStrategyConfigStrategy,
)

_Self = TypeVar("_Self", bound="MemoryStrategyConfig")
_KNOWN = frozenset(
    {
        "config",
        "strategy",
    }
)


class MemoryStrategyConfig(Model):
    """MemoryStrategyConfig

    Configuration for memory extraction strategy.

    Attributes:
        config (dict[str, Any]): Strategy-specific configuration options
        strategy (MemoryStrategyConfigStrategy): Type of memory extraction strategy to use
    """

    __slots__ = ("config", "strategy", "additional_properties")
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("config", "config"),
        ("strategy", "strategy"),
    )

    config: dict[str, Any]
    strategy: MemoryStrategyConfigStrategy
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        config: dict[str, Any] | None = None,
        strategy: MemoryStrategyConfigStrategy | None = None,
    ) -> None:
        self.config = config  # type: ignore[assignment]  # None: not given
        self.strategy = strategy  # type: ignore[assignment]  # None: not given
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
            v1 = src["config"]
            v2 = src["strategy"]
        except KeyError:
            get = src.get
            v1 = get("config")
            v2 = get("strategy")
            whole = False
        else:
            whole = True
        v = v1
        if v is None:
            if strict:
                v = {}
        else:
            if type(v) is not dict:
                v = as_dict(v, "config")
        self.config = v
        v = v2
        if v is None:
            if strict:
                v = "discrete"
        else:
            if type(v) is not str:
                v = plain_str(
                    v, "strategy"
                )  # an Enum member with a str value: its plain value
            if v not in MEMORY_STRATEGY_CONFIG_STRATEGY_VALUES:
                raise bad(
                    "strategy", "one of custom, discrete, preferences, summary", v
                )
        self.strategy = v
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
        v = self.config
        if v is not None:
            out["config"] = _dump_value(v, "json", True, True)
        v = self.strategy
        if v is not None:
            out["strategy"] = v
        for key, v in self.additional_properties.items():
            if v is not None:
                out[key] = _dump_value(v, "json", False, True)
        return out


def _not_object(value: Any) -> dict[str, Any]:
    raise ParseError([], f"expected an object, got {type(value).__name__}")
