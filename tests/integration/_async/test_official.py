"""Programs written for the official agent-memory-client 0.14.0, run against the real server.

Each test is such a program: the official module names, its config object, its model and
filter classes, positional arguments in its order, and the results it reads (dicts where
it returned dicts, None for a missing summary view or task). Written once for the async
client; scripts/unasync.py generates the sync twin in ``_sync/`` (the same calls work
there).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest

from agent_memory_client import (
    AsyncMemoryAPIClient,
    MemoryClientConfig,
    MemoryValidationError,
)
from agent_memory_client.filters import Topics, UserId
from agent_memory_client.models import (
    ClientMemoryRecord,
    ForgetPolicy,
    ForgetResponse,
    MemoryMessage,
    MemoryTypeEnum,
    RecencyConfig,
    WorkingMemory,
)

from .support import unique, wait_searchable


@pytest.fixture
async def official(server_url: str) -> AsyncIterator[AsyncMemoryAPIClient]:
    """A client built the official way: a MemoryClientConfig with a default namespace."""
    config = MemoryClientConfig(base_url=server_url, default_namespace=unique("ns"))
    async with AsyncMemoryAPIClient(config) as client:
        yield client


async def test_store_then_search_with_official_models_filters_and_positions(
    official: AsyncMemoryAPIClient, user: str
) -> None:
    record = ClientMemoryRecord(
        text="User prefers window seats on long flights",
        memory_type=MemoryTypeEnum.SEMANTIC,
        topics=["travel"],
        user_id=user,
    )
    ack = await official.create_long_term_memory([record])
    assert ack.status == "ok"

    # text, session_id, namespace, topics, entities, created_at, last_accessed, user_id
    results = await official.search_long_term_memory(
        "seat preference", None, None, Topics(any=["travel"]), None, None, None, UserId(eq=user)
    )
    assert [m.id for m in results.memories] == [record.id]
    assert results.memories[0].namespace == official.config.default_namespace

    recency = RecencyConfig(recency_boost=True, recency_weight=0.3, semantic_weight=0.7)
    boosted = await official.search_long_term_memory(
        "seat preference", user_id=user, recency=recency
    )
    assert [m.id for m in boosted.memories] == [record.id]


async def test_working_memory_by_official_positions(
    official: AsyncMemoryAPIClient, user: str, session: str
) -> None:
    namespace = official.config.default_namespace
    memory = WorkingMemory(
        session_id=session, messages=[MemoryMessage(role="user", content="Book me a flight")]
    )
    # session_id, memory, user_id
    await official.put_working_memory(session, memory, user)
    # session_id, data_updates, namespace, merge_strategy, user_id
    await official.update_working_memory_data(
        session, {"trip": {"to": "Lisbon"}}, namespace, "deep_merge", user
    )
    await official.update_working_memory_data(
        session, {"trip": {"seat": "window"}}, namespace, "deep_merge", user
    )
    # session_id, messages, namespace, model_name, context_window_max, user_id
    await official.append_messages_to_working_memory(
        session, [{"role": "assistant", "content": "Which dates?"}], namespace, None, None, user
    )
    # session_id, user_id, namespace
    stored = await official.get_working_memory(session, user, namespace)
    assert [m.content for m in stored.messages] == ["Book me a flight", "Which dates?"]
    assert stored.data == {"trip": {"to": "Lisbon", "seat": "window"}}

    # session_id, namespace, user_id
    await official.delete_working_memory(session, namespace, user)
    created, fresh = await official.get_or_create_working_memory(session, user, namespace)
    assert created is True
    assert fresh.messages == []


async def test_memory_prompt_reads_as_the_official_dict(
    official: AsyncMemoryAPIClient, user: str, session: str
) -> None:
    await official.put_working_memory(
        session, {"messages": [{"role": "user", "content": "I am vegetarian"}]}, user
    )
    # query, session_id, namespace, model_name, context_window_max, long_term_search, user_id
    prompt = await official.memory_prompt(
        "What should I cook?", session, None, None, None, None, user
    )
    assert prompt["messages"] is prompt.messages
    assert prompt["messages"][-1]["content"].endswith("What should I cook?")
    assert any("vegetarian" in m["content"] for m in prompt["messages"])
    assert "messages" in list(prompt)
    assert json.loads(json.dumps(prompt))["messages"] == prompt.messages


async def test_forget_takes_a_policy_and_reports_as_before(
    official: AsyncMemoryAPIClient, user: str
) -> None:
    record = ClientMemoryRecord(text="User once owned a red bicycle", user_id=user)
    await official.create_long_term_memory([record])
    await wait_searchable(official, [record.id], user_id=user)

    report = await official.forget_long_term_memories(
        ForgetPolicy(max_age_days=1e-7), user_id=user, dry_run=True
    )
    assert isinstance(report, ForgetResponse)
    assert report.dry_run is True
    assert record.id in report.deleted_ids
    assert report["deleted_ids"] == report.deleted_ids  # as the dict it used to be

    done = await official.forget_long_term_memories(
        {"max_age_days": 1e-7}, None, user, None, 1000, False
    )
    assert record.id in done.deleted_ids
    assert await official.search_long_term_memory("red bicycle", user_id=user) is not None


async def test_missing_summary_view_and_task_are_none(official: AsyncMemoryAPIClient) -> None:
    assert await official.get_summary_view(unique("view")) is None
    assert await official.get_task(unique("task")) is None


async def test_promote_and_bulk_create_as_the_official_client(
    official: AsyncMemoryAPIClient, user: str, session: str
) -> None:
    pending = ClientMemoryRecord(text="User is allergic to peanuts", user_id=user)
    await official.put_working_memory(session, {"memories": [pending]}, user)
    await official.promote_working_memories_to_long_term(session, [pending.id], user_id=user)
    assert (await official.get_long_term_memory(pending.id)).text == pending.text

    batches = [
        [ClientMemoryRecord(text=f"User visited city {i}", user_id=user) for i in range(3)],
        [ClientMemoryRecord(text="User speaks Portuguese", user_id=user)],
    ]
    # memory_batches, batch_size, delay_between_batches
    results = await official.bulk_create_long_term_memories(batches, 2, 0)
    assert [len(r.memories) for r in results] == [2, 1, 1]
    ids = [m.id for batch in batches for m in batch]
    await wait_searchable(official, ids, user_id=user)


async def test_official_tool_functions(
    official: AsyncMemoryAPIClient, user: str, session: str
) -> None:
    added = await official.add_memory_tool(
        session, "User drinks oolong", "semantic", ["tea"], None, None, user
    )
    assert added["success"] is True
    memory_id = added["memories"][0]["id"]
    await official.promote_working_memories_to_long_term(session, [memory_id], user_id=user)

    found = await official.search_memory_tool(
        "What does the user drink?", max_results=3, user_id=user
    )
    assert "oolong" in found["summary"]
    assert found["total_found"] >= 1

    data = await official.update_memory_data_tool(session, {"cups": 2}, "merge", None, user)
    assert data["data"] == {"cups": 2}
    read = await official.get_working_memory_tool(session, None, user)
    assert read["data"] == {"cups": 2}


async def test_official_exclusion_filters(official: AsyncMemoryAPIClient, user: str) -> None:
    kept = ClientMemoryRecord(text="User plays chess", topics=["games"], user_id=user)
    dropped = ClientMemoryRecord(text="User plays poker", topics=["cards"], user_id=user)
    await official.create_long_term_memory([kept, dropped])
    results = await official.search_long_term_memory(
        "games", topics=Topics(none=["cards"]), user_id=UserId(in_=[user])
    )
    assert [m.id for m in results.memories] == [kept.id]
    with pytest.raises(MemoryValidationError, match="exclude one value only"):
        await official.search_long_term_memory("games", topics=Topics(none=["cards", "dice"]))
