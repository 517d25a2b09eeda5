"""SummaryViewPartitionResultGroup: a free-form JSON object, read as a plain dict."""

SummaryViewPartitionResultGroup = dict[str, str]
