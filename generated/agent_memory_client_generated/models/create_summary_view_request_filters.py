"""CreateSummaryViewRequestFilters: a free-form JSON object, read as a plain dict."""

from typing import Any

CreateSummaryViewRequestFilters = dict[str, Any]
