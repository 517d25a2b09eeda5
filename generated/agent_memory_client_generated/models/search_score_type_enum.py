from typing import Literal, cast

SearchScoreTypeEnum = Literal["hybrid", "keyword", "semantic"]

SEARCH_SCORE_TYPE_ENUM_VALUES: set[SearchScoreTypeEnum] = {
    "hybrid",
    "keyword",
    "semantic",
}


def check_search_score_type_enum(value: str) -> SearchScoreTypeEnum:
    if value in SEARCH_SCORE_TYPE_ENUM_VALUES:
        return cast(SearchScoreTypeEnum, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_SCORE_TYPE_ENUM_VALUES!r}"
    )
