from typing import Literal, cast

SearchModeEnum = Literal["hybrid", "keyword", "semantic"]

SEARCH_MODE_ENUM_VALUES: set[SearchModeEnum] = {
    "hybrid",
    "keyword",
    "semantic",
}


def check_search_mode_enum(value: str) -> SearchModeEnum:
    if value in SEARCH_MODE_ENUM_VALUES:
        return cast(SearchModeEnum, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_MODE_ENUM_VALUES!r}"
    )
