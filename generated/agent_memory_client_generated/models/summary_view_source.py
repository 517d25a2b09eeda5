"""SummaryViewSource: one of long_term, working_memory."""

from typing import Literal

SummaryViewSource = Literal["long_term", "working_memory"]

SUMMARY_VIEW_SOURCE_VALUES: frozenset[SummaryViewSource] = frozenset(
    {
        "long_term",
        "working_memory",
    }
)
