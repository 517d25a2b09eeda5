"""Builds the LangChain tools; imported only once langchain-core is known to be installed.

A tool here adds nothing of its own: its description and JSON schema are the tool
definition's, its argument checks are the resolver's, and a call goes to the client with
the bound scope (``_tool_text``: the official tool functions for search and lazy create,
``resolve_function_call`` for the rest).
"""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Awaitable, Callable
from typing import Any

from langchain_core.tools import StructuredTool

from .._async.client import AsyncMemoryAPIClient
from .._exceptions import MemoryClientError, MemoryValidationError
from .._scope import Scope
from .._sync.client import SyncMemoryAPIClient
from ..tools.calls import single_objects_listed
from ..tools.definitions import ToolDefinition

__all__ = ["ArgumentsSchema", "build_tools"]

SyncRun = Callable[..., str]
AsyncRun = Callable[..., Awaitable[str]]


class ArgumentsSchema(dict[str, Any]):
    """A tool's JSON schema of its arguments, as LangChain takes a JSON-schema
    ``args_schema``: it shows the model this schema as it is and passes the model's
    arguments on untouched. The resolver then checks them against the same schema,
    reports a mistake to the model as a tool result rather than an exception, and drops
    any user_id, namespace or session_id the model slipped in.

    ``model_json_schema()`` answers as a pydantic ``args_schema`` does, for code written
    against the official client, whose tools had pydantic models there.
    """

    def model_json_schema(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """A copy of the schema (pydantic's options do not apply to a fixed schema)."""
        return copy.deepcopy(dict(self))


def _loop_running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def _runs_async_client(
    client: AsyncMemoryAPIClient, name: str, definition: ToolDefinition, scope: Scope
) -> tuple[SyncRun, AsyncRun]:
    async def run_async(**arguments: Any) -> str:
        return await client._tool_text(
            name,
            single_objects_listed(arguments, definition.parameters),
            scope.session_id,
            scope.namespace,
            scope.user_id,
        )

    def run(**arguments: Any) -> str:
        if _loop_running():
            # asyncio.run cannot start here, and waiting on the running loop from inside it
            # would block it forever.
            raise MemoryClientError(
                f"the memory tool {name!r} was invoked synchronously inside a running event "
                "loop with the async MemoryAPIClient: use `await tool.ainvoke(...)` there, "
                "or build the tools with a SyncMemoryAPIClient"
            )
        return asyncio.run(run_async(**arguments))

    return run, run_async


def _runs_sync_client(
    client: SyncMemoryAPIClient, name: str, definition: ToolDefinition, scope: Scope
) -> tuple[SyncRun, AsyncRun]:
    def run(**arguments: Any) -> str:
        return client._tool_text(
            name,
            single_objects_listed(arguments, definition.parameters),
            scope.session_id,
            scope.namespace,
            scope.user_id,
        )

    async def run_async(**arguments: Any) -> str:
        # The sync client blocks; a worker thread keeps the event loop free meanwhile.
        return await asyncio.to_thread(run, **arguments)

    return run, run_async


def build_tools(
    client: AsyncMemoryAPIClient | SyncMemoryAPIClient,
    scope: Scope,
    chosen: list[tuple[str, ToolDefinition]],
) -> list[StructuredTool]:
    """One LangChain tool per (name, definition), each bound to ``scope``."""
    if not isinstance(client, (AsyncMemoryAPIClient, SyncMemoryAPIClient)):
        raise MemoryValidationError(
            "memory_client must be a MemoryAPIClient or a SyncMemoryAPIClient, "
            f"got {type(client).__name__}"
        )
    tools: list[StructuredTool] = []
    for name, definition in chosen:
        if isinstance(client, AsyncMemoryAPIClient):
            run, run_async = _runs_async_client(client, name, definition, scope)
        else:
            run, run_async = _runs_sync_client(client, name, definition, scope)
        tools.append(
            StructuredTool(
                name=name,
                description=definition.description,
                args_schema=ArgumentsSchema(copy.deepcopy(dict(definition.parameters))),
                func=run,
                coroutine=run_async,
            )
        )
    return tools
