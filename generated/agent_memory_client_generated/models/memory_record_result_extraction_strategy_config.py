"""MemoryRecordResultExtractionStrategyConfig: a free-form JSON object, read as a plain dict."""

from typing import Any

MemoryRecordResultExtractionStrategyConfig = dict[str, Any]
