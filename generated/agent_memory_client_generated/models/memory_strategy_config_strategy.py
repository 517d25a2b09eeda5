"""MemoryStrategyConfigStrategy: one of custom, discrete, preferences, summary."""

from typing import Literal

MemoryStrategyConfigStrategy = Literal["custom", "discrete", "preferences", "summary"]

MEMORY_STRATEGY_CONFIG_STRATEGY_VALUES: frozenset[MemoryStrategyConfigStrategy] = (
    frozenset(
        {
            "custom",
            "discrete",
            "preferences",
            "summary",
        }
    )
)
