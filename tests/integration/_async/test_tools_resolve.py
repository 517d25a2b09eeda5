"""Every memory tool against the real server through resolve_tool_call: success, failure, scope.

Each test works under its own user id and namespace and checks what the server holds
afterwards, not only what the resolver reports. Calls are built the way a model sends them
(OpenAI tool-call dicts with JSON-string arguments) unless a test is about call formats.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import uuid
from collections.abc import AsyncIterator
from time import monotonic
from typing import Any

import anthropic.types
import openai.types.chat
import openai.types.responses
import pytest

from agent_memory_client import AsyncMemoryAPIClient, MemoryNotFoundError, ToolCallResult
from agent_memory_client.tools.calls import validate_arguments, with_memory_types, without_scope
from agent_memory_client.tools.definitions import lookup
from agent_memory_client.types import MemoryRecord

from .support import (
    POLL_INTERVAL,
    POLL_TIMEOUT,
    exists,
    state,
    store,
    unique,
    wait_searchable,
)


@pytest.fixture
def namespace() -> str:
    return unique("ns")


@pytest.fixture
async def client(server_url: str, user: str, namespace: str) -> AsyncIterator[AsyncMemoryAPIClient]:
    """Scoped to the test's user and namespace (in place of conftest's unscoped client)."""
    async with AsyncMemoryAPIClient(
        base_url=server_url, user_id=user, namespace=namespace
    ) as memory_client:
        yield memory_client


def call(name: str, **arguments: Any) -> dict[str, Any]:
    """A Chat Completions tool call as the OpenAI API sends it."""
    return {
        "id": f"call_{uuid.uuid4().hex[:8]}",
        "type": "function",
        "function": {"name": name, "arguments": json.dumps(arguments)},
    }


async def resolve(
    client: AsyncMemoryAPIClient, name: str, session: str | None = None, **arguments: Any
) -> ToolCallResult:
    """Resolve a call; every result, success or not, must survive json.dumps."""
    result = await client.resolve_tool_call(tool_call=call(name, **arguments), session_id=session)
    assert set(result) == {"success", "function_name", "result", "error", "formatted_response"}
    assert json.loads(json.dumps(result)) == result
    assert result["function_name"] == name
    assert isinstance(result["formatted_response"], str)
    assert result["formatted_response"]
    if result["success"]:
        assert result["error"] is None
        # What a model would send is accepted by the schema it was given (scope keys aside,
        # and a memory type, which the resolver fills in when a model leaves it out).
        found = lookup(name)
        assert found is not None
        schema = found[0].parameters
        sent = with_memory_types(without_scope(arguments, schema), schema)
        assert validate_arguments(sent, schema) == []
    else:
        assert isinstance(result["error"], str)
        assert result["error"]
        assert result["result"] is None
    return result


async def _fetch(
    client: AsyncMemoryAPIClient,
    memory_id: str,
    *,
    user_id: str | None = None,
    namespace: str | None = None,
) -> MemoryRecord:
    """A memory just created: the server answers 404 until it has indexed it."""
    deadline = monotonic() + POLL_TIMEOUT
    while True:
        try:
            return await client.get_long_term_memory(
                memory_id, user_id=user_id, namespace=namespace
            )
        except MemoryNotFoundError:
            if monotonic() > deadline:
                raise
        await asyncio.sleep(POLL_INTERVAL)


async def _stored(client: AsyncMemoryAPIClient, text: str, user_id: str, **fields: Any) -> str:
    """Create a memory through the client (not a tool) and wait until it is searchable."""
    record = {"text": text, "memory_type": "semantic", "user_id": user_id, **fields}
    (memory_id,) = await store(client, [record], user_id=user_id)
    return memory_id


# -- eagerly_create_long_term_memory ------------------------------------------------------


async def test_eager_create_writes_long_term_memory_at_once(
    client: AsyncMemoryAPIClient, user: str, namespace: str, session: str
) -> None:
    result = await resolve(
        client,
        "eagerly_create_long_term_memory",
        session,
        memories=[
            {
                "text": "User is vegetarian",
                "memory_type": "semantic",
                "topics": ["food", "preferences"],
                "entities": ["vegetarian"],
            },
            {
                "text": "User ran the Berlin marathon",
                "memory_type": "episodic",
                "event_date": "2024-09-29T09:00:00Z",
            },
            {"text": "User likes jazz"},
        ],
    )

    assert result["success"], result["error"]
    created = result["result"]["memories"]
    assert [m["text"] for m in created] == [
        "User is vegetarian",
        "User ran the Berlin marathon",
        "User likes jazz",
    ]
    stored = await _fetch(client, created[0]["id"])
    assert (stored.text, stored.user_id, stored.namespace) == (
        "User is vegetarian",
        user,
        namespace,
    )
    assert stored.topics == ["food", "preferences"]
    episode = await _fetch(client, created[1]["id"])
    assert str(episode.memory_type) == "episodic"
    assert isinstance(episode.event_date, dt.datetime)
    assert episode.event_date.year == 2024
    # A memory without a type is a fact, not a "message" (the server's default).
    assert str((await _fetch(client, created[2]["id"])).memory_type) == "semantic"
    assert created[0]["id"] in result["formatted_response"]
    assert "User is vegetarian" in result["formatted_response"]


@pytest.mark.parametrize(
    ("arguments", "error"),
    [
        ({}, "'memories' is required"),
        ({"memories": []}, "at least 1 item"),
        ({"memories": [{"topics": ["x"]}]}, "'memories[0].text' is required"),
        ({"memories": [{"text": "   "}]}, "'memories[0].text' must not be empty"),
        ({"memories": [{"text": "x", "memory_type": "message"}]}, "must be one of"),
        ({"memories": [{"text": "x", "event_date": "last tuesday"}]}, "ISO 8601"),
        ({"memories": [{"text": "x", "mood": "happy"}]}, "unknown parameter 'memories[0].mood'"),
        ({"memories": "User is vegetarian"}, "'memories' must be an array"),
    ],
)
async def test_eager_create_rejects_bad_arguments_and_stores_nothing(
    client: AsyncMemoryAPIClient, user: str, arguments: dict[str, Any], error: str
) -> None:
    result = await resolve(client, "eagerly_create_long_term_memory", **arguments)

    assert not result["success"]
    assert error in str(result["error"])
    assert "eagerly_create_long_term_memory" in str(result["error"])
    assert (await client.search_long_term_memory(user_id=user)).memories == []


async def test_eager_create_takes_one_memory_object_as_a_list_of_one(
    client: AsyncMemoryAPIClient, user: str, namespace: str
) -> None:
    # Models asked for a list of memories often send the one memory they create bare.
    one = {"text": "User is allergic to nuts", "user_id": "mallory"}
    result = await client.resolve_tool_call(call("eagerly_create_long_term_memory", memories=one))

    assert result["success"], result["error"]
    (created,) = result["result"]["memories"]
    stored = await _fetch(client, created["id"])
    assert (stored.text, stored.user_id, stored.namespace) == (one["text"], user, namespace)


# -- lazily_create_long_term_memory -------------------------------------------------------


async def test_lazy_create_adds_to_working_memory_and_the_server_promotes_it(
    client: AsyncMemoryAPIClient, user: str, namespace: str, session: str
) -> None:
    result = await resolve(
        client,
        "lazily_create_long_term_memory",
        session,
        text="User prefers window seats",
        memory_type="semantic",
        topics=["travel"],
        entities=["window seat"],
    )

    assert result["success"], result["error"]
    memory_id = result["result"]["memories"][0]["id"]
    assert result["result"]["session_id"] == session
    working = await client.get_working_memory(session)
    assert [(m["id"], m["text"]) for m in state(working)["memories"]] == [
        (memory_id, "User prefers window seats")
    ]
    assert (working.user_id, working.namespace) == (user, namespace)
    # The server moves it to long-term memory in the background, under the same id.
    await wait_searchable(client, [memory_id], user_id=user)
    promoted = await client.get_long_term_memory(memory_id)
    assert (promoted.text, promoted.user_id, promoted.namespace) == (
        "User prefers window seats",
        user,
        namespace,
    )


async def test_lazy_create_keeps_what_the_session_already_holds(
    client: AsyncMemoryAPIClient, session: str
) -> None:
    await client.set_working_memory(
        session, {"messages": [{"role": "user", "content": "I fly a lot"}], "data": {"a": 1}}
    )

    first = await resolve(
        client, "lazily_create_long_term_memory", session, text="User flies a lot"
    )
    second = await resolve(
        client, "lazily_create_long_term_memory", session, text="User hates delays"
    )

    assert first["success"]
    assert second["success"]
    working = await client.get_working_memory(session)
    assert [m["content"] for m in state(working)["messages"]] == ["I fly a lot"]
    assert [m["text"] for m in state(working)["memories"]] == [
        "User flies a lot",
        "User hates delays",
    ]
    assert state(working)["data"] == {"a": 1}


async def test_lazy_create_needs_a_session(client: AsyncMemoryAPIClient) -> None:
    result = await resolve(client, "lazily_create_long_term_memory", None, text="User likes tea")

    assert not result["success"]
    assert "session_id" in str(result["error"])


async def test_lazy_create_rejects_bad_arguments(
    client: AsyncMemoryAPIClient, session: str
) -> None:
    result = await resolve(client, "lazily_create_long_term_memory", session, topics=["tea"])

    assert not result["success"]
    assert "'text' is required" in str(result["error"])
    with pytest.raises(MemoryNotFoundError):
        await client.get_working_memory(session)


# -- search_long_term_memory --------------------------------------------------------------


async def test_search_shows_the_model_each_memory_text_id_and_relevance(
    client: AsyncMemoryAPIClient, user: str
) -> None:
    hiking = await _stored(client, "User loves hiking in the Alps", user, topics=["outdoors"])
    coffee = await _stored(client, "User drinks dark roast coffee", user, topics=["food"])

    result = await resolve(
        client, "search_long_term_memory", query="hiking in the Alps", max_results=5
    )

    assert result["success"], result["error"]
    found = result["result"]["memories"]
    assert found[0]["id"] == hiking
    assert {m["id"] for m in found} == {hiking, coffee}
    assert found[0]["relevance_score"] > found[1]["relevance_score"]
    text = result["formatted_response"]
    assert "User loves hiking in the Alps" in text
    assert hiking in text
    assert f"relevance: {found[0]['relevance_score']:.2f}" in text

    filtered = await resolve(
        client, "search_long_term_memory", query="what does the user like", topics=["food"]
    )
    assert [m["id"] for m in filtered["result"]["memories"]] == [coffee]


async def test_search_honours_min_relevance_and_paging(
    client: AsyncMemoryAPIClient, user: str
) -> None:
    await _stored(client, "User plays the cello in an orchestra", user)
    await _stored(client, "User owns two cats", user)

    strict = await resolve(
        client, "search_memory", query="cello orchestra", min_relevance=0.5, max_results=10
    )
    second_page = await resolve(
        client, "search_long_term_memory", query="cello orchestra", max_results=1, offset=1
    )

    assert [m["text"] for m in strict["result"]["memories"]] == [
        "User plays the cello in an orchestra"
    ]
    assert [m["text"] for m in second_page["result"]["memories"]] == ["User owns two cats"]


async def test_search_with_no_results_says_so(client: AsyncMemoryAPIClient) -> None:
    result = await resolve(client, "search_long_term_memory", query="anything at all")

    assert result["success"]
    assert result["result"]["memories"] == []
    assert result["formatted_response"] == 'No memories found for "anything at all".'


@pytest.mark.parametrize(
    ("arguments", "error"),
    [
        ({}, "'query' is required"),
        ({"query": ""}, "'query' must not be empty"),
        ({"query": "x", "max_results": 0}, "'max_results' must be at least 1"),
        ({"query": "x", "max_results": "5"}, "'max_results' must be an integer"),
        ({"query": "x", "memory_type": "facts"}, "'memory_type' must be one of"),
        ({"query": "x", "min_relevance": 2}, "'min_relevance' must be at most 1"),
        ({"query": "x", "limit": 5}, "unknown parameter 'limit'"),
    ],
)
async def test_search_rejects_bad_arguments(
    client: AsyncMemoryAPIClient, arguments: dict[str, Any], error: str
) -> None:
    result = await resolve(client, "search_long_term_memory", **arguments)

    assert not result["success"]
    assert error in str(result["error"])


# -- get_long_term_memory -----------------------------------------------------------------


async def test_get_long_term_memory_by_id(client: AsyncMemoryAPIClient, user: str) -> None:
    memory_id = await _stored(client, "User's sister is called Ada", user, entities=["Ada"])

    result = await resolve(client, "get_long_term_memory", memory_id=memory_id)
    missing = await resolve(client, "get_long_term_memory", memory_id="nosuchmemory")

    assert result["success"], result["error"]
    assert result["result"]["memory"]["text"] == "User's sister is called Ada"
    assert "entities: Ada" in result["formatted_response"]
    assert not missing["success"]
    assert "no memory with id 'nosuchmemory'" in str(missing["error"])


# -- edit_memory --------------------------------------------------------------------------


async def test_edit_memory_changes_only_the_fields_given(
    client: AsyncMemoryAPIClient, user: str
) -> None:
    memory_id = await _stored(client, "User works at Acme", user, topics=["work"])

    result = await resolve(
        client,
        "edit_memory",
        memory_id=memory_id,
        text="User works at Globex as a senior engineer",
        entities=["Globex"],
    )

    assert result["success"], result["error"]
    assert "User works at Globex as a senior engineer" in result["formatted_response"]
    stored = await client.get_long_term_memory(memory_id)
    assert stored.text == "User works at Globex as a senior engineer"
    assert (stored.entities, stored.topics, stored.user_id) == (["Globex"], ["work"], user)


async def test_edit_memory_failures(client: AsyncMemoryAPIClient, user: str) -> None:
    memory_id = await _stored(client, "User lives in Lyon", user)

    unknown = await resolve(client, "edit_memory", memory_id="nosuchmemory", text="x")
    nothing = await resolve(client, "edit_memory", memory_id=memory_id)
    bad_type = await resolve(client, "edit_memory", memory_id=memory_id, memory_type="message")
    no_id = await resolve(client, "edit_long_term_memory", text="User lives in Paris")

    assert not unknown["success"]
    assert "no memory with id 'nosuchmemory'" in str(unknown["error"])
    assert not nothing["success"]
    assert "at least one field" in str(nothing["error"])
    assert not bad_type["success"]
    assert "'memory_type' must be one of" in str(bad_type["error"])
    assert not no_id["success"]
    assert "'memory_id' is required" in str(no_id["error"])
    assert (await client.get_long_term_memory(memory_id)).text == "User lives in Lyon"


# -- delete_memory ------------------------------------------------------------------------


async def test_delete_memory_removes_them_from_the_server(
    client: AsyncMemoryAPIClient, user: str
) -> None:
    first = await _stored(client, "User has a dog named Rex", user)
    second = await _stored(client, "User has a cat named Tom", user)

    result = await resolve(client, "delete_memory", memory_ids=[first, second])

    assert result["success"], result["error"]
    assert result["result"]["deleted"] == [first, second]
    assert result["formatted_response"] == f"Deleted 2 memories: {first}, {second}."
    assert not await exists(client, first)
    assert not await exists(client, second)


async def test_delete_memory_deletes_nothing_when_an_id_is_unknown(
    client: AsyncMemoryAPIClient, user: str
) -> None:
    kept = await _stored(client, "User speaks Italian", user)

    result = await resolve(client, "delete_long_term_memories", memory_ids=[kept, "nosuchmemory"])
    empty = await resolve(client, "delete_memory", memory_ids=[])

    assert not result["success"]
    assert "nothing was deleted" in str(result["error"])
    assert "'nosuchmemory'" in str(result["error"])
    assert kept not in str(result["error"])
    assert await exists(client, kept)
    assert not empty["success"]
    assert "at least 1 item" in str(empty["error"])


# -- working memory tools -----------------------------------------------------------------


async def test_get_or_create_working_memory(
    client: AsyncMemoryAPIClient, user: str, namespace: str, session: str
) -> None:
    first = await resolve(client, "get_or_create_working_memory", session)
    await client.set_working_memory(
        session,
        {
            "messages": [
                {"role": "user", "content": "Plan a trip to Kyoto"},
                {"role": "assistant", "content": "When would you like to go?"},
            ],
            "context": "Trip planning",
            "data": {"destination": "Kyoto"},
        },
    )
    second = await resolve(client, "get_or_create_working_memory", session)

    assert first["success"]
    assert first["result"]["created"] is True
    assert "Created a new, empty working memory" in first["formatted_response"]
    created = await client.get_working_memory(session)
    assert (created.user_id, created.namespace) == (user, namespace)
    assert second["success"]
    assert second["result"]["created"] is False
    text = second["formatted_response"]
    assert "- user: Plan a trip to Kyoto" in text
    assert "- assistant: When would you like to go?" in text
    assert "Summary: Trip planning" in text
    assert '"destination": "Kyoto"' in text


async def test_set_working_memory_replaces_the_fields_given(
    client: AsyncMemoryAPIClient, session: str
) -> None:
    created = await resolve(
        client,
        "set_working_memory",
        session,
        messages=[{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}],
        data={"plan": "museum"},
    )
    await resolve(client, "lazily_create_long_term_memory", session, text="User likes art")
    updated = await resolve(
        client, "set_working_memory", session, context="Talked about museums", data={"plan": "park"}
    )

    assert created["success"], created["error"]
    assert updated["success"], updated["error"]
    working = await client.get_working_memory(session)
    assert [(m["role"], m["content"]) for m in state(working)["messages"]] == [
        ("user", "Hi"),
        ("assistant", "Hello"),
    ]
    assert working.context == "Talked about museums"
    assert state(working)["data"] == {"plan": "park"}
    assert [m["text"] for m in state(working)["memories"]] == ["User likes art"]


async def test_set_working_memory_failures(client: AsyncMemoryAPIClient, session: str) -> None:
    bad_role = await resolve(
        client, "set_working_memory", session, messages=[{"role": "robot", "content": "beep"}]
    )
    bad_data = await resolve(client, "set_working_memory", session, data=["not", "an", "object"])
    no_session = await resolve(client, "set_working_memory", None, context="x")

    assert not bad_role["success"]
    assert "'messages[0].role'" in str(bad_role["error"])
    assert not bad_data["success"]
    assert "'data' must be an object" in str(bad_data["error"])
    assert not no_session["success"]
    assert "session_id" in str(no_session["error"])
    with pytest.raises(MemoryNotFoundError):
        await client.get_working_memory(session)


async def test_update_working_memory_data_merges(
    client: AsyncMemoryAPIClient, session: str
) -> None:
    await client.set_working_memory(session, {"data": {"trip": {"city": "Rome", "days": 3}}})

    merged = await resolve(
        client,
        "update_working_memory_data",
        session,
        data={"trip": {"days": 5}, "budget": 900},
        merge_strategy="deep_merge",
    )
    bad = await resolve(client, "update_working_memory_data", session, data={}, merge_strategy="x")

    assert merged["success"], merged["error"]
    working = await client.get_working_memory(session)
    assert state(working)["data"] == {"trip": {"city": "Rome", "days": 5}, "budget": 900}
    assert merged["result"]["data"] == state(working)["data"]
    assert not bad["success"]
    assert "'merge_strategy' must be one of" in str(bad["error"])


async def test_get_current_datetime(client: AsyncMemoryAPIClient) -> None:
    result = await resolve(client, "get_current_datetime")
    bad = await resolve(client, "get_current_datetime", timezone="Europe/Paris")

    assert result["success"]
    assert result["result"]["iso_utc"].endswith("Z")
    assert result["result"]["iso_utc"] in result["formatted_response"]
    assert not bad["success"]
    assert "unknown parameter 'timezone'" in str(bad["error"])


# -- failures that are not the model's fault ----------------------------------------------

_EVERY_TOOL_CALL = [
    ("eagerly_create_long_term_memory", {"memories": [{"text": "User likes tea"}]}),
    ("lazily_create_long_term_memory", {"text": "User likes tea"}),
    ("search_long_term_memory", {"query": "tea"}),
    ("edit_memory", {"memory_id": "m1", "text": "User likes green tea"}),
    ("delete_memory", {"memory_ids": ["m1"]}),
    ("set_working_memory", {"context": "Talking about tea"}),
    ("get_or_create_working_memory", {}),
    ("get_long_term_memory", {"memory_id": "m1"}),
    ("update_working_memory_data", {"data": {"drink": "tea"}}),
]


@pytest.mark.parametrize(("name", "arguments"), _EVERY_TOOL_CALL)
async def test_a_failed_request_is_reported_not_raised(
    name: str, arguments: dict[str, Any]
) -> None:
    # Port 9 (discard) on loopback: nothing listens, so every request fails to connect.
    async with AsyncMemoryAPIClient(base_url="http://127.0.0.1:9", max_retries=0) as offline:
        result = await resolve(offline, name, "session1", **arguments)

    assert not result["success"]
    assert f"{name} failed" in str(result["error"])
    assert "could not reach http://127.0.0.1:9" in str(result["error"])
    assert result["formatted_response"] == f"Error: {result['error']}"


async def test_unknown_tools_and_malformed_calls_are_reported(
    client: AsyncMemoryAPIClient, session: str
) -> None:
    unknown = await client.resolve_tool_call(tool_call=call("order_pizza"), session_id=session)
    bad_json = await client.resolve_tool_call(
        tool_call={
            "id": "call_1",
            "type": "function",
            "function": {"name": "search_long_term_memory", "arguments": '{"query": "tea"'},
        },
        session_id=session,
    )
    not_a_call = await client.resolve_tool_call(tool_call={"hello": "world"}, session_id=session)

    assert not unknown["success"]
    assert "unknown tool 'order_pizza'" in str(unknown["error"])
    assert "search_long_term_memory" in str(unknown["error"])
    assert not bad_json["success"]
    assert "not valid JSON" in str(bad_json["error"])
    assert bad_json["function_name"] == "search_long_term_memory"
    assert not not_a_call["success"]
    assert "unrecognised tool call" in str(not_a_call["error"])


# -- scope: the application decides whose memories a call touches ------------------------


async def test_a_model_supplied_user_id_or_namespace_is_ignored(
    client: AsyncMemoryAPIClient, server_url: str, user: str, namespace: str
) -> None:
    other = unique("user")
    theirs = await _stored(client, "Other user's secret: the safe code is 4711", other)
    mine = await _stored(client, "User's safe code is unknown", user)

    search = await resolve(client, "search_long_term_memory", query="safe code", user_id=other)
    create = await resolve(
        client,
        "eagerly_create_long_term_memory",
        memories=[{"text": "User likes chess"}],
        user_id=other,
        namespace="elsewhere",
    )

    assert search["success"], search["error"]
    assert [m["id"] for m in search["result"]["memories"]] == [mine]
    assert theirs not in search["formatted_response"]
    assert create["success"], create["error"]
    stored = await _fetch(client, create["result"]["memories"][0]["id"])
    assert (stored.user_id, stored.namespace) == (user, namespace)


async def test_resolve_arguments_override_the_client_defaults(
    client: AsyncMemoryAPIClient, session: str
) -> None:
    tenant, space = unique("user"), unique("ns")

    result = await client.resolve_tool_call(
        tool_call=call("eagerly_create_long_term_memory", memories=[{"text": "User likes go"}]),
        session_id=session,
        user_id=tenant,
        namespace=space,
    )

    assert result["success"], result["error"]
    stored = await _fetch(
        client, result["result"]["memories"][0]["id"], user_id=tenant, namespace=space
    )
    assert (stored.user_id, stored.namespace) == (tenant, space)


async def test_get_edit_and_delete_refuse_another_users_memory(
    client: AsyncMemoryAPIClient, user: str
) -> None:
    other = unique("user")
    theirs = await _stored(client, "Other user's diary entry", other)

    got = await resolve(client, "get_long_term_memory", memory_id=theirs)
    edited = await resolve(client, "edit_memory", memory_id=theirs, text="Overwritten")
    deleted = await resolve(client, "delete_memory", memory_ids=[theirs])

    for result in (got, edited, deleted):
        assert not result["success"]
        # The same words as for an id that does not exist: nothing leaks about it.
        assert f"no memory with id {theirs!r}" in str(result["error"])
        assert "diary" not in result["formatted_response"]
    stored = await client.get_long_term_memory(theirs, user_id=other)
    assert (stored.text, stored.user_id) == ("Other user's diary entry", other)


async def test_another_namespace_is_out_of_scope_even_when_the_server_falls_back(
    server_url: str, user: str
) -> None:
    home, away = unique("ns"), unique("ns")
    async with AsyncMemoryAPIClient(base_url=server_url, user_id=user, namespace=home) as client:
        memory_id = await _stored(client, "User's passport number is in the drawer", user)
        # The server repeats a search without a namespace filter that matches nothing, so
        # it answers with `home`'s memory; neither the facade nor the resolver passes it on.
        raw = await client.search_long_term_memory("passport", namespace=away)
        result = await client.resolve_tool_call(
            tool_call=call("search_long_term_memory", query="passport"), namespace=away
        )
        refused = await client.resolve_tool_call(
            tool_call=call("get_long_term_memory", memory_id=memory_id), namespace=away
        )

    assert raw.memories == []
    assert result["success"]
    assert result["result"]["memories"] == []
    assert not refused["success"]


# -- names, formats and batches -----------------------------------------------------------


async def test_deprecated_names_still_work_with_a_warning(
    client: AsyncMemoryAPIClient, user: str, session: str
) -> None:
    with pytest.warns(DeprecationWarning, match="use 'eagerly_create_long_term_memory'"):
        plural = await resolve(
            client, "create_long_term_memories", memories=[{"text": "User likes rain"}]
        )
    with pytest.warns(DeprecationWarning, match="use 'eagerly_create_long_term_memory'"):
        singular = await resolve(
            client, "create_long_term_memory", memories=[{"text": "User likes snow"}]
        )
    with pytest.warns(DeprecationWarning, match="use 'lazily_create_long_term_memory'"):
        lazy = await resolve(client, "add_memory_to_working_memory", session, text="User likes fog")

    assert plural["success"]
    assert singular["success"]
    assert lazy["success"]
    await _fetch(client, plural["result"]["memories"][0]["id"])
    await _fetch(client, singular["result"]["memories"][0]["id"])
    assert [m["text"] for m in state(await client.get_working_memory(session))["memories"]] == [
        "User likes fog"
    ]


async def test_every_call_format_resolves(client: AsyncMemoryAPIClient, user: str) -> None:
    memory_id = await _stored(client, "User collects vinyl records", user)
    arguments: dict[str, object] = {"query": "vinyl records"}
    formats: list[Any] = [
        openai.types.chat.ChatCompletionMessageToolCall.model_validate(
            call("search_memory", **arguments)
        ),
        call("search_long_term_memory", **arguments),
        {"name": "search_long_term_memory", "arguments": json.dumps(arguments)},
        {"name": "search_long_term_memory", "arguments": arguments},
        openai.types.responses.ResponseFunctionToolCall(
            type="function_call",
            call_id="call_1",
            name="search_long_term_memory",
            arguments=json.dumps(arguments),
        ),
        {
            "type": "function_call",
            "id": "fc_1",
            "call_id": "call_1",
            "name": "search_long_term_memory",
            "arguments": json.dumps(arguments),
        },
        anthropic.types.ToolUseBlock(
            type="tool_use", id="toolu_1", name="search_long_term_memory", input=arguments
        ),
        {
            "type": "tool_use",
            "id": "toolu_1",
            "name": "search_long_term_memory",
            "input": arguments,
        },
        {"name": "search_long_term_memory", "args": arguments, "id": "lc_1", "type": "tool_call"},
    ]

    results = [await client.resolve_tool_call(tool_call=f) for f in formats]

    for result in results:
        assert result["success"], result["error"]
        assert [m["id"] for m in result["result"]["memories"]] == [memory_id]


async def test_resolve_function_call_takes_a_name_and_json_arguments(
    client: AsyncMemoryAPIClient, user: str
) -> None:
    memory_id = await _stored(client, "User's favourite colour is teal", user)

    found = await client.resolve_function_call(
        "search_memory", '{"query": "favourite colour"}', "session1"
    )
    broken = await client.resolve_function_call("search_memory", "{not json", "session1")

    assert found["success"]
    assert found["result"]["memories"][0]["id"] == memory_id
    assert not broken["success"]
    assert "not valid JSON" in str(broken["error"])


async def test_resolve_tool_calls_keeps_order_and_every_session_write(
    client: AsyncMemoryAPIClient, user: str, session: str
) -> None:
    calls = [call("lazily_create_long_term_memory", text=f"User fact number {i}") for i in range(6)]
    calls.insert(2, call("order_pizza"))
    calls.insert(4, call("eagerly_create_long_term_memory", memories=[{"text": "User is tall"}]))
    calls.append(call("update_working_memory_data", data={"done": True}))

    results = await client.resolve_tool_calls(calls, session_id=session)

    assert [r["function_name"] for r in results] == [c["function"]["name"] for c in calls]
    assert [r["success"] for r in results] == [
        True,
        True,
        False,
        True,
        True,
        True,
        True,
        True,
        True,
    ]
    working = await client.get_working_memory(session)
    # Six read-modify-writes of one session in one batch: none may lose another's memory.
    assert sorted(m["text"] for m in state(working)["memories"]) == [
        f"User fact number {i}" for i in range(6)
    ]
    assert state(working)["data"] == {"done": True}
    await _fetch(client, results[4]["result"]["memories"][0]["id"])


async def test_tools_given_limit_what_resolves_and_renamed_tools_work(
    client: AsyncMemoryAPIClient, user: str
) -> None:
    memory_id = await _stored(client, "User grows tomatoes", user)
    tools = client.get_all_memory_tool_schemas().select(["search_long_term_memory"])
    tools = tools.with_name("search_long_term_memory", "recall")

    renamed = await client.resolve_tool_call(
        tool_call=call("recall", query="tomatoes"), tools=tools
    )
    canonical = await client.resolve_tool_call(
        tool_call=call("search_long_term_memory", query="tomatoes"), tools=tools
    )
    withheld = await client.resolve_tool_call(
        tool_call=call("delete_memory", memory_ids=[memory_id]), tools=tools
    )

    assert renamed["success"]
    assert renamed["function_name"] == "recall"
    assert renamed["result"]["memories"][0]["id"] == memory_id
    assert canonical["success"]
    assert not withheld["success"]
    assert "unknown tool 'delete_memory'" in str(withheld["error"])
    assert "recall" in str(withheld["error"])
    assert await exists(client, memory_id)
