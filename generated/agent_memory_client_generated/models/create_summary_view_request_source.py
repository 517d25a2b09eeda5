"""CreateSummaryViewRequestSource: one of long_term, working_memory."""

from typing import Literal

CreateSummaryViewRequestSource = Literal["long_term", "working_memory"]

CREATE_SUMMARY_VIEW_REQUEST_SOURCE_VALUES: frozenset[CreateSummaryViewRequestSource] = (
    frozenset(
        {
            "long_term",
            "working_memory",
        }
    )
)
