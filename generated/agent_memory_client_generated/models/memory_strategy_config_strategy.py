from typing import Literal, cast

MemoryStrategyConfigStrategy = Literal["custom", "discrete", "preferences", "summary"]

MEMORY_STRATEGY_CONFIG_STRATEGY_VALUES: set[MemoryStrategyConfigStrategy] = {
    "custom",
    "discrete",
    "preferences",
    "summary",
}


def check_memory_strategy_config_strategy(value: str) -> MemoryStrategyConfigStrategy:
    if value in MEMORY_STRATEGY_CONFIG_STRATEGY_VALUES:
        return cast(MemoryStrategyConfigStrategy, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMORY_STRATEGY_CONFIG_STRATEGY_VALUES!r}"
    )
