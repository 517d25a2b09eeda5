"""Each client's LangChain tools called the other way: sync ``invoke`` with the async client,
``ainvoke`` with the sync client (the twins in _async/ and _sync/ test the natural pairs).
"""

from __future__ import annotations

import asyncio
import gc

import pytest
from langchain_core.messages import ToolMessage

from agent_memory_client import MemoryAPIClient, SyncMemoryAPIClient
from agent_memory_client.integrations.langchain import get_memory_tools

from ._async.support import unique
from .scripted_chat_model import memory_ids


# Each invoke runs in an event loop of its own; the connections of a finished loop cannot be
# closed from the next one, so the collector closes them and Python reports it.
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_async_client_tools_invoke_from_sync_code(server_url: str) -> None:
    user, session = unique("user"), unique("session")
    client = MemoryAPIClient(base_url=server_url)
    tools = {tool.name: tool for tool in get_memory_tools(client, session, user_id=user)}

    saved = tools["eagerly_create_long_term_memory"].invoke(
        {"memories": [{"text": "User collects stamps"}]}
    )
    found = tools["search_memory"].invoke(
        {"name": "search_memory", "args": {"query": "hobby"}, "id": "c1", "type": "tool_call"}
    )
    asyncio.run(client.close())
    gc.collect()

    assert isinstance(saved, str)
    assert isinstance(found, ToolMessage)
    assert memory_ids(str(found.content)) == memory_ids(saved)
    assert "User collects stamps" in str(found.content)


async def test_sync_client_tools_ainvoke_in_worker_threads(server_url: str) -> None:
    user, session = unique("user"), unique("session")
    with SyncMemoryAPIClient(base_url=server_url) as client:
        tools = {tool.name: tool for tool in get_memory_tools(client, session, user_id=user)}
        saved = await tools["eagerly_create_long_term_memory"].ainvoke(
            {"memories": [{"text": "User plays the cello"}]}
        )
        found, data, now = await asyncio.gather(
            tools["search_memory"].ainvoke({"query": "instrument"}),
            tools["update_working_memory_data"].ainvoke({"data": {"lesson": "Tuesday"}}),
            tools["get_current_datetime"].ainvoke({}),
        )
        working = client.get_working_memory(session, user_id=user)

    assert memory_ids(found) == memory_ids(saved)
    assert data.startswith(f"Updated the data in the working memory of session {session}")
    assert now.startswith("The current date and time is ")
    assert working.data == {"lesson": "Tuesday"}
