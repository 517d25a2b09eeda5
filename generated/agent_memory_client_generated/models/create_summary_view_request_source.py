from typing import Literal, cast

CreateSummaryViewRequestSource = Literal["long_term", "working_memory"]

CREATE_SUMMARY_VIEW_REQUEST_SOURCE_VALUES: set[CreateSummaryViewRequestSource] = {
    "long_term",
    "working_memory",
}


def check_create_summary_view_request_source(
    value: str,
) -> CreateSummaryViewRequestSource:
    if value in CREATE_SUMMARY_VIEW_REQUEST_SOURCE_VALUES:
        return cast(CreateSummaryViewRequestSource, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_SUMMARY_VIEW_REQUEST_SOURCE_VALUES!r}"
    )
