"""ValidationErrorContext: a free-form JSON object, read as a plain dict."""

from typing import Any

ValidationErrorContext = dict[str, Any]
