"""RunSummaryViewPartitionRequestGroup: a free-form JSON object, read as a plain dict."""

RunSummaryViewPartitionRequestGroup = dict[str, str]
