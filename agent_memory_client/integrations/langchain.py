"""The memory tools as LangChain tools, bound to one session, user and namespace.

```python
from agent_memory_client import MemoryAPIClient
from agent_memory_client.integrations.langchain import get_memory_tools

client = MemoryAPIClient(base_url="http://localhost:8000")
tools = get_memory_tools(client, session_id="chat-1", user_id="alice")
model_with_tools = chat_model.bind_tools(tools)
```

Each tool is a ``langchain_core.tools.StructuredTool`` whose description and argument
schema are the memory tool's own (``agent_memory_client.tools``), and which runs the
model's call through the client's tool resolver, like ``client.resolve_tool_call``: the
session, user and namespace given here (else the client's) decide whose memories a call
touches, whatever the model sends, and what the model reads back is the resolver's
``formatted_response`` (a failed call reads "Error: ..."; it never raises).

This module imports without LangChain; ``get_memory_tools`` needs ``langchain-core``
(``pip install 'agent-memory-client[langchain]'``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from .._exceptions import MemoryClientError, MemoryValidationError
from .._scope import Scope
from ..tools.definitions import DEFINITIONS, ToolDefinition, lookup

if TYPE_CHECKING:
    from langchain_core.tools import StructuredTool

    from .._async.client import AsyncMemoryAPIClient
    from .._sync.client import SyncMemoryAPIClient

__all__ = [
    "LANGCHAIN_TOOL_NAMES",
    "LangChainNotInstalledError",
    "get_memory_tools",
    "get_memory_tools_langchain",
    "memory_tool_definitions",
]

# What tools="all" gives: the official client's nine tools, under its names and in its
# order. Every current name of agent_memory_client.tools is accepted by name as well.
LANGCHAIN_TOOL_NAMES: tuple[str, ...] = (
    "search_memory",
    "get_or_create_working_memory",
    "lazily_create_long_term_memory",
    "update_working_memory_data",
    "get_long_term_memory",
    "eagerly_create_long_term_memory",
    "edit_long_term_memory",
    "delete_long_term_memories",
    "get_current_datetime",
)

_INSTALL_HINT = "pip install 'agent-memory-client[langchain]'"


class LangChainNotInstalledError(MemoryClientError, ImportError):
    """``get_memory_tools`` was called where ``langchain-core`` cannot be imported."""


def _check_langchain_available() -> None:
    """Raise LangChainNotInstalledError (an ImportError) unless langchain-core imports."""
    try:
        import langchain_core.tools  # noqa: F401 (only whether it imports matters here)
    except ImportError as exc:
        raise LangChainNotInstalledError(
            f"LangChain is required for get_memory_tools: {_INSTALL_HINT} "
            f"(or pip install langchain-core). The import failed with: {exc}"
        ) from exc


def _accepted_names() -> list[str]:
    # Official names first, then the other current names of the same tools (deprecated
    # aliases are left out: a new tool set should not start with a name on its way out).
    names = list(LANGCHAIN_TOOL_NAMES)
    for definition in DEFINITIONS:
        for name in (definition.name, *definition.aliases):
            if name not in names:
                names.append(name)
    return names


def memory_tool_definitions(
    tools: Sequence[str] | Literal["all"] = "all",
) -> list[tuple[str, ToolDefinition]]:
    """The tools ``get_memory_tools(tools=...)`` builds: each as (name the model sees, the
    definition it runs), in the order asked, a name asked twice given once.

    ``"all"`` is the official client's nine tools. Any current tool name of
    ``agent_memory_client.tools`` works too (``search_long_term_memory`` is the same tool
    as ``search_memory``, ``set_working_memory`` is ours alone) and the tool keeps the
    name asked for. Unknown and deprecated names raise MemoryValidationError (a
    ValueError) naming them.
    """
    names: list[str] = list(LANGCHAIN_TOOL_NAMES) if tools == "all" else (
        [tools] if isinstance(tools, str) else list(tools)
    )  # fmt: skip
    chosen: list[tuple[str, ToolDefinition]] = []
    invalid: list[str] = []
    for name in dict.fromkeys(names):
        found = lookup(name) if isinstance(name, str) else None
        if found is None or found[1]:  # unknown, or a deprecated alias
            invalid.append(repr(name))
        else:
            chosen.append((name, found[0]))
    if invalid:
        raise MemoryValidationError(
            f"Invalid tool names: {', '.join(invalid)}. "
            f"Available tools: {', '.join(_accepted_names())}"
        )
    return chosen


def get_memory_tools(
    memory_client: AsyncMemoryAPIClient | SyncMemoryAPIClient,
    session_id: str | None,
    user_id: str | None = None,
    namespace: str | None = None,
    tools: Sequence[str] | Literal["all"] = "all",
) -> list[StructuredTool]:
    """LangChain tools for the memory server, bound to a session, user and namespace.

    Args:
        memory_client: a ``MemoryAPIClient`` (async) or a ``SyncMemoryAPIClient``.
        session_id: the session whose working memory the working-memory tools use.
        user_id: whose long-term memories the tools read and write (None: the client's).
        namespace: the namespace they work in (None: the client's).
        tools: ``"all"`` (the official client's nine tools) or a list of tool names; see
            ``memory_tool_definitions``.

    Every tool has a sync ``func`` and an async ``coroutine``, so ``invoke`` and
    ``ainvoke`` both work. With a ``SyncMemoryAPIClient``, ``ainvoke`` runs the call in
    a worker thread. With the async client, ``invoke`` runs the call in an event loop of
    its own (``asyncio.run``) and so works only where no event loop is running; inside
    one it raises MemoryClientError: use ``ainvoke`` there.

    Raises:
        LangChainNotInstalledError: ``langchain-core`` is not installed (an ImportError).
        MemoryValidationError: an unknown tool name, an empty id, or a ``memory_client``
            that is neither client.
    """
    _check_langchain_available()
    chosen = memory_tool_definitions(tools)
    # Checked now rather than at the model's first call: an empty id is a bug in the app.
    scope = Scope.checked(session_id=session_id, user_id=user_id, namespace=namespace)

    from ._langchain_tools import build_tools  # needs langchain-core, checked above

    return build_tools(memory_client, scope, chosen)


# The official client's second name for the same function.
get_memory_tools_langchain = get_memory_tools
