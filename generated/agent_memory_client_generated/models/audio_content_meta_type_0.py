"""AudioContentMetaType0: a free-form JSON object, read as a plain dict."""

from typing import Any

AudioContentMetaType0 = dict[str, Any]
