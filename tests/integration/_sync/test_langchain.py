# Generated from tests/integration/_async/test_langchain.py by scripts/unasync.py: do not edit.
"""The LangChain tools in a real tool-calling loop, against the real server.

A scripted chat model (tests/integration/scripted_chat_model.py) calls the tools that
``get_memory_tools`` built; LangChain runs each call (``tool.invoke(tool_call)`` gives the
``ToolMessage``) and hands the results back to the model. Each test checks what the server
holds afterwards, not only what the tools answered. Written for the async client; the sync
twin runs the same loop with ``SyncMemoryAPIClient`` and ``tool.invoke``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.tools import StructuredTool

from agent_memory_client import MemoryNotFoundError, SyncMemoryAPIClient
from agent_memory_client.integrations.langchain import LANGCHAIN_TOOL_NAMES, get_memory_tools
from agent_memory_client.tools.definitions import lookup

from ..scripted_chat_model import ScriptedChatModel, Step, answer, calls, memory_ids, tool_results
from .support import exists, indexed, store, unique


@pytest.fixture
def namespace() -> str:
    return unique("ns")


@pytest.fixture
def client(server_url: str) -> Iterator[SyncMemoryAPIClient]:
    """A client with no scope of its own: the tools' binding alone decides."""
    with SyncMemoryAPIClient(base_url=server_url) as memory_client:
        yield memory_client


def run_agent(
    model: ScriptedChatModel, tools: list[StructuredTool], prompt: str
) -> list[BaseMessage]:
    """A tool-calling loop: call the model, run the tools it asks for, until it answers."""
    bound = model.bind_tools(tools)
    by_name = {tool.name: tool for tool in tools}
    messages: list[BaseMessage] = [HumanMessage(content=prompt)]
    for _ in range(len(model.script)):
        reply = bound.invoke(messages)
        messages.append(reply)
        if not reply.tool_calls:
            return messages
        for tool_call in reply.tool_calls:
            result = by_name[tool_call["name"]].invoke(tool_call)
            assert isinstance(result, ToolMessage)
            assert result.tool_call_id == tool_call["id"]
            messages.append(result)
    raise AssertionError("the model did not stop calling tools")


def last_result_ids(conversation: list[BaseMessage]) -> list[str]:
    return memory_ids(tool_results(conversation)[-1])


def test_the_model_is_offered_the_tool_definitions(
    client: SyncMemoryAPIClient, session: str, user: str
) -> None:
    tools = get_memory_tools(client, session, user_id=user)
    model = ScriptedChatModel(script=[answer()])

    run_agent(model, tools, "hello")

    offered = model.offered[0]
    assert [tool["function"]["name"] for tool in offered] == list(LANGCHAIN_TOOL_NAMES)
    for tool in offered:
        found = lookup(tool["function"]["name"])
        assert found is not None
        assert tool["function"]["description"] == found[0].description
        assert tool["function"]["parameters"] == found[0].parameters


def test_a_memory_saved_with_a_tool_is_found_edited_and_deleted_with_the_others(
    client: SyncMemoryAPIClient, session: str, user: str, namespace: str
) -> None:
    tools = get_memory_tools(client, session, user_id=user, namespace=namespace)

    def edit_found(conversation: list[BaseMessage]) -> AIMessage:
        (memory_id,) = last_result_ids(conversation)
        return calls(
            ("edit_long_term_memory", {"memory_id": memory_id, "text": "User drinks sencha"})
        )

    def delete_edited(conversation: list[BaseMessage]) -> AIMessage:
        (memory_id,) = last_result_ids(conversation)
        return calls(("delete_long_term_memories", {"memory_ids": [memory_id]}))

    script: list[Step] = [
        calls(("eagerly_create_long_term_memory",
               {"memories": [{"text": "User drinks genmaicha", "topics": ["tea"]}]})),
        calls(("search_memory", {"query": "which tea does the user drink"})),
        edit_found,
        delete_edited,
        answer(),
    ]  # fmt: skip
    conversation = run_agent(
        ScriptedChatModel(script=script), tools, "I drink genmaicha; no, sencha; forget it"
    )

    saved, found, edited, deleted = tool_results(conversation)
    assert saved.startswith("Saved 1 memory to long-term memory")
    (memory_id,) = memory_ids(saved)
    assert "User drinks genmaicha" in found
    assert memory_ids(found) == [memory_id]
    assert edited.startswith("Updated memory: User drinks sencha")
    assert deleted == f"Deleted 1 memory: {memory_id}."
    assert not exists(client, memory_id)


def test_working_memory_tools_work_on_the_bound_session(
    client: SyncMemoryAPIClient, session: str, user: str, namespace: str
) -> None:
    tools = get_memory_tools(client, session, user_id=user, namespace=namespace)
    script: list[Step] = [
        calls(("update_working_memory_data", {"data": {"trip": {"city": "Rome"}}})),
        calls(("update_working_memory_data",
               {"data": {"trip": {"days": 4}}, "merge_strategy": "deep_merge"})),
        calls(("lazily_create_long_term_memory", {"text": "User is travelling to Rome"})),
        calls(("get_or_create_working_memory", {})),
        answer(),
    ]  # fmt: skip
    conversation = run_agent(ScriptedChatModel(script=script), tools, "plan my trip")

    *_, lazily, read = tool_results(conversation)
    assert f"working memory of session {session}" in lazily
    assert '"trip": {"city": "Rome", "days": 4}' in read
    working = client.get_working_memory(session, user_id=user, namespace=namespace)
    assert working.data == {"trip": {"city": "Rome", "days": 4}}
    assert [m.text for m in working.memories] == ["User is travelling to Rome"]


def test_one_memory_object_where_a_list_is_wanted_is_saved(
    client: SyncMemoryAPIClient, session: str, user: str, namespace: str
) -> None:
    tools = get_memory_tools(client, session, user_id=user, namespace=namespace)
    script: list[Step] = [
        calls(("eagerly_create_long_term_memory", {"memories": {"text": "User is vegan"}})),
        answer(),
    ]
    conversation = run_agent(ScriptedChatModel(script=script), tools, "I am vegan")

    (memory_id,) = memory_ids(tool_results(conversation)[0])
    memory = client.get_long_term_memory(memory_id, user_id=user, namespace=namespace)
    assert memory.text == "User is vegan"


def test_a_bad_call_comes_back_to_the_model_as_an_error(
    client: SyncMemoryAPIClient, session: str, user: str
) -> None:
    tools = get_memory_tools(client, session, user_id=user)
    script: list[Step] = [
        calls(
            ("search_memory", {"max_results": 500}),
            ("get_long_term_memory", {"memory_id": "nope"}),
        ),
        answer(),
    ]
    conversation = run_agent(ScriptedChatModel(script=script), tools, "hm")

    bad_search, missing = tool_results(conversation)
    assert bad_search.startswith("Error: invalid arguments for search_memory:")
    assert "'query' is required" in bad_search
    assert "'max_results' must be at most 50" in bad_search
    assert missing == "Error: there is no memory with id 'nope'"
    # The model sees its mistakes, with LangChain's tool messages as for any result.
    assert conversation[-1].content == "Done."


def test_the_model_cannot_leave_the_bound_scope(
    client: SyncMemoryAPIClient, session: str, user: str, namespace: str
) -> None:
    victim, victim_namespace, victim_session = unique("victim"), unique("ns"), unique("session")
    (secret,) = store(
        client,
        [{"text": "The vault code is 7781", "user_id": victim, "namespace": victim_namespace}],
        user_id=victim,
    )
    elsewhere = {"user_id": victim, "namespace": victim_namespace, "session_id": victim_session}
    tools = get_memory_tools(client, session, user_id=user, namespace=namespace)
    script: list[Step] = [
        calls(
            ("search_memory", {"query": "vault code", **elsewhere}),
            ("get_long_term_memory", {"memory_id": secret, **elsewhere}),
            ("edit_long_term_memory", {"memory_id": secret, "text": "Code: 0", **elsewhere}),
            ("delete_long_term_memories", {"memory_ids": [secret], **elsewhere}),
            ("eagerly_create_long_term_memory",
             {"memories": [{"text": "Planted by the model", **elsewhere}], **elsewhere}),
            ("update_working_memory_data", {"data": {"planted": True}, **elsewhere}),
        ),
        answer(),
    ]  # fmt: skip
    conversation = run_agent(ScriptedChatModel(script=script), tools, "be sneaky")

    search, read, edit, delete, create, data = tool_results(conversation)
    assert "7781" not in search
    assert read == edit == f"Error: there is no memory with id {secret!r}"
    assert delete == f"Error: nothing was deleted: there is no memory with id {secret!r}"
    # The victim's memory is as it was, and nothing was written into the victim's scope.
    kept = client.get_long_term_memory(secret)
    assert kept.text == "The vault code is 7781"
    assert list(indexed(client, victim)) == [secret]
    with pytest.raises(MemoryNotFoundError):
        client.get_working_memory(victim_session, user_id=victim, namespace=victim_namespace)
    # What the model wrote went to the bound user, namespace and session.
    (planted_id,) = memory_ids(create)
    planted = client.get_long_term_memory(planted_id, user_id=user, namespace=namespace)
    assert (planted.user_id, planted.namespace) == (user, namespace)
    assert session in data
    working = client.get_working_memory(session, user_id=user, namespace=namespace)
    assert working.data == {"planted": True}
