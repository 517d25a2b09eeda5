"""TextResourceContentsMetaType0: a free-form JSON object, read as a plain dict."""

from typing import Any

TextResourceContentsMetaType0 = dict[str, Any]
