"""BodyForgetEndpointV1LongTermMemoryForgetPostPolicy: a free-form JSON object, read as a plain dict."""

from typing import Any

BodyForgetEndpointV1LongTermMemoryForgetPostPolicy = dict[str, Any]
