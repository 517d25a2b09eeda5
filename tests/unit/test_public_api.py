"""The public names are pinned: adding or removing one is a deliberate change to this test."""

from __future__ import annotations

import importlib
import inspect
from typing import Any

import agent_memory_client
from agent_memory_client import (
    AsyncMemoryAPIClient,
    MemoryAPIClient,
    MemoryClientError,
    MemoryError,
    MemoryServerError,
    SyncMemoryAPIClient,
)
from agent_memory_client._exceptions import MemoryAPIStatusError
from agent_memory_client._version import __version__ as package_version

PUBLIC_NAMES = [
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

# What the spec and the official client call; each must exist on both clients.
SPEC_METHODS = {
    # the official client 0.14's methods that the spec does not use
    "promote_working_memories_to_long_term",
    "validate_memory_record",
    "validate_search_filters",
    "resolve_function_calls",
    "parse_tool_call",
    "parse_openai_function_call",
    "parse_openai_tool_call",
    "parse_anthropic_tool_use",
    "search_memory_tool",
    "get_working_memory_tool",
    "get_or_create_working_memory_tool",
    "add_memory_tool",
    "update_memory_data_tool",
    "close",
    "health_check",
    "list_sessions",
    "get_working_memory",
    "set_working_memory",
    "put_working_memory",
    "delete_working_memory",
    "get_or_create_working_memory",
    "append_messages_to_working_memory",
    "set_working_memory_data",
    "update_working_memory_data",
    "add_memories_to_working_memory",
    "create_long_term_memories",
    "create_long_term_memory",
    "bulk_create_long_term_memories",
    "get_long_term_memory",
    "edit_memory",
    "edit_long_term_memory",
    "delete_long_term_memories",
    "delete_memory",
    "search_long_term_memory",
    "search_all_long_term_memories",
    "forget_long_term_memories",
    "compact_long_term_memories",
    "memory_prompt",
    "hydrate_memory_prompt",
    "list_summary_views",
    "create_summary_view",
    "get_summary_view",
    "delete_summary_view",
    "list_summary_view_partitions",
    "run_summary_view_partition",
    "run_summary_view",
    "get_task",
    "wait_for_task",
}


def _public(cls: type) -> dict[str, Any]:
    return {
        name: inspect.getattr_static(cls, name) for name in dir(cls) if not name.startswith("_")
    }


def _parameters(member: Any) -> list[str]:
    function: Any = member.__func__ if isinstance(member, (staticmethod, classmethod)) else member
    if isinstance(function, property):
        function = function.fget
    return list(inspect.signature(function).parameters)


def test_all_is_pinned_and_sorted() -> None:
    assert agent_memory_client.__all__ == PUBLIC_NAMES
    assert sorted(PUBLIC_NAMES) == PUBLIC_NAMES


def test_every_public_name_is_importable() -> None:
    module = importlib.import_module("agent_memory_client")
    for name in PUBLIC_NAMES:
        assert getattr(module, name) is not None, name
    namespace: dict[str, Any] = {}
    exec("from agent_memory_client import *", namespace)
    assert sorted(k for k in namespace if k != "__builtins__") == PUBLIC_NAMES


def test_the_spec_names_are_aliases() -> None:
    assert MemoryAPIClient is AsyncMemoryAPIClient
    assert MemoryError is MemoryClientError
    assert MemoryServerError is MemoryAPIStatusError
    assert agent_memory_client.__version__ == package_version


def test_both_clients_have_the_spec_methods() -> None:
    for cls in (AsyncMemoryAPIClient, SyncMemoryAPIClient):
        missing = SPEC_METHODS - set(_public(cls))
        assert not missing, f"{cls.__name__} lacks {sorted(missing)}"


def test_sync_and_async_clients_have_the_same_surface() -> None:
    sync, async_ = _public(SyncMemoryAPIClient), _public(AsyncMemoryAPIClient)
    assert sorted(sync) == sorted(async_)
    for name in sorted(sync):
        assert type(sync[name]) is type(async_[name]), name
        if callable(sync[name]) or isinstance(sync[name], (staticmethod, classmethod, property)):
            assert _parameters(sync[name]) == _parameters(async_[name]), name
    assert _parameters(SyncMemoryAPIClient.__init__) == _parameters(AsyncMemoryAPIClient.__init__)


def test_async_operations_are_awaitable_and_sync_ones_are_not() -> None:
    for name in sorted(SPEC_METHODS):
        async_method = getattr(AsyncMemoryAPIClient, name)
        sync_method = getattr(SyncMemoryAPIClient, name)
        if name == "search_all_long_term_memories":
            assert inspect.isasyncgenfunction(async_method)
            assert inspect.isgeneratorfunction(sync_method)
        elif name.startswith(("parse_", "validate_")):  # pure: the same function on both
            assert async_method is sync_method, name
        else:
            assert inspect.iscoroutinefunction(async_method), name
            assert not inspect.iscoroutinefunction(sync_method), name
            assert not inspect.isgeneratorfunction(sync_method), name


def test_both_clients_are_context_managers() -> None:
    assert inspect.iscoroutinefunction(AsyncMemoryAPIClient.__aenter__)
    assert inspect.iscoroutinefunction(AsyncMemoryAPIClient.__aexit__)
    assert callable(SyncMemoryAPIClient.__enter__)
    assert callable(SyncMemoryAPIClient.__exit__)


def test_every_error_is_a_memory_client_error() -> None:
    errors = [
        getattr(agent_memory_client, name)
        for name in PUBLIC_NAMES
        if name.startswith("Memory") and name.endswith("Error")
    ]
    assert len(errors) == 19
    for error in errors:
        assert issubclass(error, MemoryClientError), error
