"""Python SDK for the Redis Agent Memory Server, with the same API for sync and async code.

from agent_memory_client import MemoryAPIClient          # async
from agent_memory_client import SyncMemoryAPIClient      # blocking

Result and input types are in ``agent_memory_client.types``. Names load on first use, so
a program that only uses the async client never loads the sync one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
from ._version import __version__

if TYPE_CHECKING:
    from ._async.client import AsyncMemoryAPIClient
    from ._async.client import AsyncMemoryAPIClient as MemoryAPIClient
    from ._config import MemoryClientConfig
    from ._factory import create_memory_client
    from ._official_models import ForgetPolicy, ForgetResponse
    from ._results import (
        CreateMemoriesResult,
        MemoryPromptResult,
        MemoryRecordResult,
        MemoryRecordResults,
    )
    from ._retry import RetryPolicy
    from ._sync.client import SyncMemoryAPIClient
    from .tools import ToolCallResult, ToolSchema, ToolSchemaCollection
    from .types import (
        CreateSummaryViewRequest,
        ModelNameLiteral,
        SummaryView,
        SummaryViewPartitionResult,
        Task,
    )

# The spec's name for the root exception (it shadows the builtin only where imported).
MemoryError = MemoryClientError

# name -> (module, attribute): loaded on first use.
_LAZY = {
    "AsyncMemoryAPIClient": ("._async.client", "AsyncMemoryAPIClient"),
    # The spec's name for the async client.
    "MemoryAPIClient": ("._async.client", "AsyncMemoryAPIClient"),
    "SyncMemoryAPIClient": ("._sync.client", "SyncMemoryAPIClient"),
    "MemoryClientConfig": ("._config", "MemoryClientConfig"),
    "RetryPolicy": ("._retry", "RetryPolicy"),
    "CreateMemoriesResult": ("._results", "CreateMemoriesResult"),
    "MemoryPromptResult": ("._results", "MemoryPromptResult"),
    "MemoryRecordResult": ("._results", "MemoryRecordResult"),
    "MemoryRecordResults": ("._results", "MemoryRecordResults"),
    "ToolCallResult": (".tools", "ToolCallResult"),
    "ToolSchema": (".tools", "ToolSchema"),
    "ToolSchemaCollection": (".tools", "ToolSchemaCollection"),
    # The official client's top-level names.
    "create_memory_client": ("._factory", "create_memory_client"),
    "CreateSummaryViewRequest": (".types", "CreateSummaryViewRequest"),
    "ForgetPolicy": (".types", "ForgetPolicy"),
    "ForgetResponse": (".types", "ForgetResponse"),
    "ModelNameLiteral": (".types", "ModelNameLiteral"),
    "SummaryView": (".types", "SummaryView"),
    "SummaryViewPartitionResult": (".types", "SummaryViewPartitionResult"),
    "Task": (".types", "Task"),
}

__all__ = [
    "AsyncMemoryAPIClient",
    "CreateMemoriesResult",
    "CreateSummaryViewRequest",
    "ForgetPolicy",
    "ForgetResponse",
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
    "MemoryUnsupportedFeatureError",
    "MemoryValidationError",
    "ModelNameLiteral",
    "RetryPolicy",
    "SummaryView",
    "SummaryViewPartitionResult",
    "SyncMemoryAPIClient",
    "Task",
    "ToolCallResult",
    "ToolSchema",
    "ToolSchemaCollection",
    "__version__",
    "create_memory_client",
]


def __getattr__(name: str) -> Any:
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(target[0], __name__), target[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
