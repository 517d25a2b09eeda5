"""MemoryStrategyConfigConfig: a free-form JSON object, read as a plain dict."""

from typing import Any

MemoryStrategyConfigConfig = dict[str, Any]
