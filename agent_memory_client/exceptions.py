"""The exceptions, under the official client's module name.

Every failure of the client is a :class:`MemoryClientError`; the root package exports the
same classes.
"""

from ._exceptions import (
    MemoryAPIStatusError,
    MemoryAuthenticationError,
    MemoryBadRequestError,
    MemoryClientClosedError,
    MemoryClientError,
    MemoryConflictError,
    MemoryConnectionError,
    MemoryInternalServerError,
    MemoryNotFoundError,
    MemoryPermissionDeniedError,
    MemoryRateLimitError,
    MemoryResponseError,
    MemoryServerError,
    MemoryTaskTimeoutError,
    MemoryTimeoutError,
    MemoryUnprocessableEntityError,
    MemoryUnsupportedFeatureError,
    MemoryValidationError,
)

__all__ = [
    "MemoryAPIStatusError",
    "MemoryAuthenticationError",
    "MemoryBadRequestError",
    "MemoryClientClosedError",
    "MemoryClientError",
    "MemoryConflictError",
    "MemoryConnectionError",
    "MemoryInternalServerError",
    "MemoryNotFoundError",
    "MemoryPermissionDeniedError",
    "MemoryRateLimitError",
    "MemoryResponseError",
    "MemoryServerError",
    "MemoryTaskTimeoutError",
    "MemoryTimeoutError",
    "MemoryUnprocessableEntityError",
    "MemoryUnsupportedFeatureError",
    "MemoryValidationError",
]
