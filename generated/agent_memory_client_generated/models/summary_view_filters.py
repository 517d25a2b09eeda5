"""SummaryViewFilters: a free-form JSON object, read as a plain dict."""

from typing import Any

SummaryViewFilters = dict[str, Any]
