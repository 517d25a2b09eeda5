"""MemoryRecordExtractionStrategyConfig: a free-form JSON object, read as a plain dict."""

from typing import Any

MemoryRecordExtractionStrategyConfig = dict[str, Any]
