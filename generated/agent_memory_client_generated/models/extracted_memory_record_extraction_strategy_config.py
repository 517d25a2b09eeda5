"""ExtractedMemoryRecordExtractionStrategyConfig: a free-form JSON object, read as a plain dict."""

from typing import Any

ExtractedMemoryRecordExtractionStrategyConfig = dict[str, Any]
