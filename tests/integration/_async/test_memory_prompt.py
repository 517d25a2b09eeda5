"""Health and memory prompts against the real server."""

from __future__ import annotations

import datetime as dt

from agent_memory_client import AsyncMemoryAPIClient

from .support import store_texts, unique, wait_searchable

# -- health -------------------------------------------------------------------------------


async def test_health_check_reports_the_server_clock(client: AsyncMemoryAPIClient) -> None:
    before = dt.datetime.now().timestamp()
    health = await client.health_check()
    after = dt.datetime.now().timestamp()

    # The server's `now` is Unix time in milliseconds.
    assert before * 1000 - 5_000 <= health.now <= after * 1000 + 5_000


# -- memory prompt ------------------------------------------------------------------------


async def test_memory_prompt_combines_session_and_long_term_memories(
    client: AsyncMemoryAPIClient, user: str
) -> None:
    namespace, session = unique("ns"), unique("session")
    bread, train = await store_texts(
        client, user, "Rosa adores sourdough bread", "Rosa commutes by train"
    )
    await client.set_working_memory(
        session,
        {
            "messages": [
                {"role": "user", "content": "hello there"},
                {"role": "assistant", "content": "hi, how can I help?"},
            ],
            "context": "Rosa asked about bakeries before.",
        },
        user_id=user,
        namespace=namespace,
    )

    prompt = await client.memory_prompt(
        "which bread does Rosa like",
        session={"session_id": session, "user_id": user, "namespace": namespace},
        long_term_search={"user_id": user, "limit": 5},
    )

    roles = [m["role"] for m in prompt.messages]
    assert roles == ["system", "user", "assistant", "system", "user"]
    assert all(isinstance(m["content"], str) for m in prompt.messages)
    assert "Rosa asked about bakeries before." in prompt.messages[0]["content"]
    assert prompt.messages[1:3] == [
        {"role": "user", "content": "hello there"},
        {"role": "assistant", "content": "hi, how can I help?"},
    ]
    memories_message = prompt.messages[3]["content"]
    assert "Rosa adores sourdough bread" in memories_message
    assert bread in memories_message
    assert prompt.messages[-1] == {"role": "user", "content": "which bread does Rosa like"}
    assert {m.id for m in prompt.long_term_memories} == {bread, train}
    assert prompt.long_term_memories[0].id == bread  # the better match comes first
    assert {m.user_id for m in prompt.long_term_memories} == {user}


async def test_memory_prompt_with_a_session_only(client: AsyncMemoryAPIClient, user: str) -> None:
    session = unique("session")
    await client.set_working_memory(
        session, {"messages": [{"role": "user", "content": "earlier words"}]}, user_id=user
    )

    prompt = await client.memory_prompt("next question", session_id=session, user_id=user)

    assert prompt.messages == [
        {"role": "user", "content": "earlier words"},
        {"role": "user", "content": "next question"},
    ]
    assert prompt.long_term_memories == []


async def test_memory_prompt_for_a_new_session_has_just_the_query(
    client: AsyncMemoryAPIClient, user: str
) -> None:
    prompt = await client.memory_prompt(
        "first words", session={"session_id": unique("session"), "user_id": user}
    )

    assert prompt.messages == [{"role": "user", "content": "first words"}]


async def test_hydrate_memory_prompt_uses_long_term_memory_only(
    client: AsyncMemoryAPIClient, user: str
) -> None:
    bread, _ = await store_texts(client, user, "Sam bakes sourdough bread", "Sam owns a kayak")

    prompt = await client.hydrate_memory_prompt("sourdough bread", user_id=user, limit=1)

    assert [m["role"] for m in prompt.messages] == ["system", "user"]
    assert "Sam bakes sourdough bread" in prompt.messages[0]["content"]
    assert "kayak" not in prompt.messages[0]["content"]
    assert prompt.messages[-1] == {"role": "user", "content": "sourdough bread"}
    assert [m.id for m in prompt.long_term_memories] == [bread]


async def test_hydrate_memory_prompt_filters_by_topics(
    client: AsyncMemoryAPIClient, user: str
) -> None:
    created = await client.create_long_term_memories(
        [
            {"text": "Tia likes green tea", "topics": ["drinks"], "user_id": user},
            {"text": "Tia likes green parks", "topics": ["places"], "user_id": user},
        ]
    )
    tea, parks = (m.id for m in created.memories)
    await wait_searchable(client, [tea, parks], user_id=user)

    prompt = await client.hydrate_memory_prompt("green", user_id=user, topics=["places"])

    assert [m.id for m in prompt.long_term_memories] == [parks]
