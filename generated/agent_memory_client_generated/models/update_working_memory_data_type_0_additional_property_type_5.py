"""UpdateWorkingMemoryDataType0AdditionalPropertyType5: a free-form JSON object, read as a plain dict."""

from typing import Any

UpdateWorkingMemoryDataType0AdditionalPropertyType5 = dict[str, Any]
