"""Python SDK for the Redis Agent Memory Server, with the same API for sync and async code.

from agent_memory_client import MemoryAPIClient          # async
from agent_memory_client import SyncMemoryAPIClient      # blocking
"""

from ._async.client import AsyncMemoryAPIClient
from ._config import MemoryClientConfig
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
    MemoryValidationError,
)
from ._results import (
    CreateMemoriesResult,
    MemoryPromptResult,
    MemoryRecordResult,
    MemoryRecordResults,
)
from ._retry import RetryPolicy
from ._sync.client import SyncMemoryAPIClient
from ._version import __version__
from .tools import ToolCallResult, ToolSchema, ToolSchemaCollection

# The spec's name for the async client.
MemoryAPIClient = AsyncMemoryAPIClient
# The spec's name for the root exception (it shadows the builtin only where imported).
MemoryError = MemoryClientError

__all__ = [
    "AsyncMemoryAPIClient",
    "CreateMemoriesResult",
    "MemoryAPIClient",
    "MemoryAPIStatusError",
    "MemoryAuthenticationError",
    "MemoryBadRequestError",
    "MemoryClientClosedError",
    "MemoryClientConfig",
    "MemoryClientError",
    "MemoryConflictError",
    "MemoryConnectionError",
    "MemoryError",
    "MemoryInternalServerError",
    "MemoryNotFoundError",
    "MemoryPermissionDeniedError",
    "MemoryPromptResult",
    "MemoryRateLimitError",
    "MemoryRecordResult",
    "MemoryRecordResults",
    "MemoryResponseError",
    "MemoryServerError",
    "MemoryTaskTimeoutError",
    "MemoryTimeoutError",
    "MemoryUnprocessableEntityError",
    "MemoryValidationError",
    "RetryPolicy",
    "SyncMemoryAPIClient",
    "ToolCallResult",
    "ToolSchema",
    "ToolSchemaCollection",
    "__version__",
]
