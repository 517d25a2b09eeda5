from typing import Literal, cast

SummaryViewSource = Literal["long_term", "working_memory"]

SUMMARY_VIEW_SOURCE_VALUES: set[SummaryViewSource] = {
    "long_term",
    "working_memory",
}


def check_summary_view_source(value: str) -> SummaryViewSource:
    if value in SUMMARY_VIEW_SOURCE_VALUES:
        return cast(SummaryViewSource, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUMMARY_VIEW_SOURCE_VALUES!r}"
    )
