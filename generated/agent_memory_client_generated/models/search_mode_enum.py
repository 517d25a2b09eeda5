"""SearchModeEnum: one of hybrid, keyword, semantic."""

from typing import Literal

SearchModeEnum = Literal["hybrid", "keyword", "semantic"]

SEARCH_MODE_ENUM_VALUES: frozenset[SearchModeEnum] = frozenset(
    {
        "hybrid",
        "keyword",
        "semantic",
    }
)
