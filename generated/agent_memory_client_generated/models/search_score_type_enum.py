"""SearchScoreTypeEnum: one of hybrid, keyword, semantic."""

from typing import Literal

SearchScoreTypeEnum = Literal["hybrid", "keyword", "semantic"]

SEARCH_SCORE_TYPE_ENUM_VALUES: frozenset[SearchScoreTypeEnum] = frozenset(
    {
        "hybrid",
        "keyword",
        "semantic",
    }
)
