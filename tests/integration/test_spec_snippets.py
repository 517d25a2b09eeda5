"""The code snippets of the Python SDK spec (../shared/seed/python-sdk.md) against the real server.

Each test copies a snippet as written, then reads back what the server holds. The only
changes to the snippets:

- ``http://localhost:8000`` is the test server's URL;
- literal user and session ids ("alice", "session-123") are unique per test, and the
  placeholder memory ids of the editing example ("memory-123") are real ids, because the
  server is shared (it deduplicates equal texts of a user and falls back to unfiltered
  search when a filter matches nothing);
- ``openai_client`` is a recording fake, so the memory-prompt snippets run without an LLM
  and the test sees exactly the messages they would send;
- annotations, so that mypy --strict checks them.

Snippets that need a real LLM (tool integration) are not here. The second half of the
module runs the same flows through ``SyncMemoryAPIClient``.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import os
import time
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta
from functools import lru_cache, partial
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from agent_memory_client import (
    MemoryAPIClient,
    MemoryAuthenticationError,
    MemoryError,
    MemoryRecordResult,
    MemoryRecordResults,
    SyncMemoryAPIClient,
)
from tests.integration._async.support import (
    POLL_INTERVAL,
    closed_port,
    unique,
    wait_for_user_memories,
)
from tests.integration._sync.support import (
    wait_for_user_memories as wait_for_user_memories_sync,
)

POLL_TIMEOUT = 15.0  # these snippets wait longer than support.POLL_TIMEOUT
BULK_TIMEOUT = 90.0  # 500 memories take the server several seconds to index


@pytest.fixture
async def client(server_url: str) -> AsyncIterator[MemoryAPIClient]:
    memory_client = MemoryAPIClient(base_url=server_url)
    yield memory_client
    await memory_client.close()


@pytest.fixture
def sync_client(server_url: str) -> Iterator[SyncMemoryAPIClient]:
    with SyncMemoryAPIClient(base_url=server_url) as memory_client:
        yield memory_client


@pytest.fixture
def alice() -> str:
    return unique("alice")


class FakeOpenAI:
    """Records chat requests and answers with a fixed reply (enough for the snippets)."""

    def __init__(self, reply: str = "Noted.") -> None:
        self.requests: list[dict[str, Any]] = []
        self._reply = reply
        self.chat = SimpleNamespace(completions=SimpleNamespace(create=self._create))

    async def _create(self, **request: Any) -> Any:
        self.requests.append(request)
        message = SimpleNamespace(content=self._reply, role="assistant")
        return SimpleNamespace(choices=[SimpleNamespace(message=message)])


# -- polling: creation is acknowledged before the server stores and indexes ---------------

_wait_for_user_memories = partial(wait_for_user_memories, timeout=POLL_TIMEOUT)
_wait_for_user_memories_sync = partial(wait_for_user_memories_sync, timeout=POLL_TIMEOUT)


def _by_text(found: dict[str, MemoryRecordResult]) -> dict[str, MemoryRecordResult]:
    return {m.text: m for m in found.values()}


def _import_data(count: int) -> list[dict[str, Any]]:
    # Two tokens of its own per entry: with one, the stub's hashed embeddings give 33 of 500
    # entries the vector of another, and server 0.14.0 merges memories with identical
    # vectors as it stores them (see DEDUPLICATION_DISTANCE_THRESHOLD in memory_stack).
    return [
        {
            "description": f"Catalogue entry {i} describing archive item ref{i}",
            "categories": ["catalogue", f"shelf{i % 7}"],
            "entities": [f"item{i}"],
            "source": f"import-{i // 50}",
        }
        for i in range(count)
    ]


# == async client, snippets as written ====================================================


async def test_quick_start(server_url: str, alice: str) -> None:
    from agent_memory_client import MemoryAPIClient

    # Connect to your memory server
    client = MemoryAPIClient(
        base_url=server_url,
        api_key="your-api-key",  # Optional if auth disabled
    )
    try:
        # Store a memory
        await client.create_long_term_memories([{
            "text": "User prefers morning meetings and hates scheduling calls after 4 PM",
            "memory_type": "semantic",
            "topics": ["scheduling", "preferences"],
            "user_id": alice
        }])  # fmt: skip

        # Search memories
        results = await client.search_long_term_memory(
            text="when does user prefer meetings",
            limit=5
        )  # fmt: skip

        assert isinstance(results, MemoryRecordResults)
        (stored,) = (await _wait_for_user_memories(client, alice, 1)).values()
        assert stored.text.startswith("User prefers morning meetings")
        assert stored.topics == ["scheduling", "preferences"]
        assert stored.memory_type == "semantic"
        assert len(results.memories) <= 5
        # The same search for this user finds the memory. (Unscoped results are not
        # checked for it: they come from the server's approximate HNSW index, which on a
        # busy test server misses even exact matches; searches filtered by user are exact.)
        mine = await client.search_long_term_memory(
            text="when does user prefer meetings", user_id=alice, limit=5
        )
        assert [m.id for m in mine.memories] == [stored.id]
    finally:
        await client.close()


async def test_creating_memories(
    client: MemoryAPIClient, alice: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Create multiple memories
    memories = [
        {
            "text": "User works as a software engineer at TechCorp",
            "memory_type": "semantic",
            "topics": ["career", "work", "company"],
            "entities": ["TechCorp", "software engineer"],
            "user_id": alice
        },
        {
            "text": "User prefers Python and TypeScript for development",
            "memory_type": "semantic",
            "topics": ["programming", "preferences", "languages"],
            "entities": ["Python", "TypeScript"],
            "user_id": alice
        }
    ]  # fmt: skip

    result = await client.create_long_term_memories(memories)
    print(f"Created {len(result.memories)} memories")

    assert capsys.readouterr().out == "Created 2 memories\n"
    await _wait_for_user_memories(client, alice, 2)
    for sent, created in zip(memories, result.memories, strict=True):
        stored = await client.get_long_term_memory(created.id)
        assert stored.text == sent["text"]
        assert stored.topics == sent["topics"]
        assert stored.entities == sent["entities"]
        assert (stored.memory_type, stored.user_id) == ("semantic", alice)


async def _store_search_examples(client: MemoryAPIClient, alice: str) -> dict[str, str]:
    created = await client.create_long_term_memories(
        [
            {"text": "User programming experience: ten years of Python", "user_id": alice,
             "topics": ["programming"]},
            {"text": "User food preferences", "user_id": alice, "topics": ["food"]},
            {"text": "User preferences for holidays", "user_id": alice, "topics": ["travel"]},
            {"text": "Recent updates: Alice moved to Berlin", "user_id": alice,
             "topics": ["moves"]},
            {"text": "Recent updates archive from last year", "user_id": alice,
             "created_at": datetime.now() - timedelta(days=30)},
        ]
    )  # fmt: skip
    await _wait_for_user_memories(client, alice, 5)
    return {m.text: m.id for m in created.memories}


async def test_searching_memories(
    client: MemoryAPIClient, alice: str, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = await _store_search_examples(client, alice)

    # Basic semantic search
    results = await client.search_long_term_memory(
        text="user programming experience",
        limit=10
    )  # fmt: skip

    assert len(results.memories) <= 10
    # Scoped to this test's user, the overlapping memory comes first (see test_quick_start
    # for why the unscoped results are not checked for it).
    mine = await client.search_long_term_memory(
        text="user programming experience", user_id=alice, limit=10
    )
    assert mine.memories[0].id == ids["User programming experience: ten years of Python"]
    assert len(mine.memories) == 5

    # Advanced filtering
    results = await client.search_long_term_memory(
        text="user preferences",
        user_id=alice,
        topics=["programming", "food"],
        limit=5,
        min_relevance_score=0.7
    )  # fmt: skip

    # "User preferences for holidays" scores higher but has neither topic; the
    # programming memory has a topic but scores far below 0.7.
    assert [m.id for m in results.memories] == [ids["User food preferences"]]
    assert results.memories[0].relevance_score >= 0.7

    # Time-based filtering
    from datetime import datetime, timedelta

    week_ago = datetime.now() - timedelta(days=7)
    results = await client.search_long_term_memory(
        text="recent updates",
        created_after=week_ago,
        limit=10
    )  # fmt: skip

    assert ids["Recent updates archive from last year"] not in [m.id for m in results.memories]
    assert all(m.created_at and m.created_at.timestamp() >= week_ago.timestamp()
               for m in results.memories)  # fmt: skip
    mine = await client.search_long_term_memory(
        text="recent updates", user_id=alice, created_after=week_ago, limit=10
    )
    assert {m.id for m in mine.memories} == set(ids.values()) - {
        ids["Recent updates archive from last year"]
    }
    assert mine.memories[0].id == ids["Recent updates: Alice moved to Berlin"]

    capsys.readouterr()
    # Process results
    for memory in results.memories:
        print(f"Relevance: {memory.relevance_score:.2f}")
        print(f"Text: {memory.text}")
        print(f"Topics: {', '.join(memory.topics or [])}")

    assert capsys.readouterr().out.count("Relevance: ") == len(results.memories)
    for memory in mine.memories:
        print(f"Relevance: {memory.relevance_score:.2f}")
        print(f"Text: {memory.text}")
        print(f"Topics: {', '.join(memory.topics or [])}")
    out = capsys.readouterr().out
    assert out.splitlines()[:3] == [
        f"Relevance: {mine.memories[0].relevance_score:.2f}",
        "Text: Recent updates: Alice moved to Berlin",
        "Topics: moves",
    ]
    assert "Text: Recent updates: Alice moved to Berlin\nTopics: moves\n" in out


async def test_memory_editing(client: MemoryAPIClient, alice: str) -> None:
    created = await client.create_long_term_memories(
        [
            {"text": "User works as a software engineer at TechCorp", "user_id": alice},
            {"text": "User prefers Python and TypeScript for development", "user_id": alice},
        ]
    )
    memory_123, memory_456 = (m.id for m in created.memories)
    await _wait_for_user_memories(client, alice, 2)

    # Update a memory
    await client.edit_memory(
        memory_id=memory_123,
        updates={
            "text": "User works as a senior software engineer at TechCorp",
            "topics": ["career", "work", "company", "senior"],
            "entities": ["TechCorp", "senior software engineer"]
        }
    )  # fmt: skip

    # Add context to existing memory
    await client.edit_memory(
        memory_id=memory_456,
        updates={
            "text": "User prefers Python and TypeScript for development. Recently started learning Rust.",  # noqa: E501
            "topics": ["programming", "preferences", "languages", "rust"],
            "entities": ["Python", "TypeScript", "Rust"]
        }
    )  # fmt: skip

    first = await client.get_long_term_memory(memory_123)
    assert first.text == "User works as a senior software engineer at TechCorp"
    assert first.topics == ["career", "work", "company", "senior"]
    assert first.entities == ["TechCorp", "senior software engineer"]
    second = await client.get_long_term_memory(memory_456)
    assert second.text.endswith("Recently started learning Rust.")
    assert second.topics == ["programming", "preferences", "languages", "rust"]
    assert second.entities == ["Python", "TypeScript", "Rust"]


async def test_working_memory(client: MemoryAPIClient, capsys: pytest.CaptureFixture[str]) -> None:
    session_123 = unique("session")

    # Store conversation context
    conversation: dict[str, Any] = {
        "messages": [
            {"role": "user", "content": "I'm planning a trip to Italy"},
            {"role": "assistant", "content": "That sounds exciting! What cities are you thinking of visiting?"},  # noqa: E501
            {"role": "user", "content": "Rome and Florence, maybe Venice too"}
        ],
        "memories": [
            {
                "text": "User is planning a trip to Italy, considering Rome, Florence, and Venice",
                "memory_type": "semantic",
                "topics": ["travel", "italy", "vacation"],
                "entities": ["Italy", "Rome", "Florence", "Venice"]
            }
        ]
    }  # fmt: skip

    await client.set_working_memory(session_123, conversation)

    # Retrieve or create working memory
    created, memory = await client.get_or_create_working_memory(session_123)
    if created:
        print("Created new session")
    else:
        print("Found existing session")
    print(f"Session has {len(memory.messages)} messages")

    assert capsys.readouterr().out == "Found existing session\nSession has 3 messages\n"
    stored = await client.get_working_memory(session_123)
    assert [(m.role, m.content) for m in stored.messages or []] == [
        (m["role"], m["content"]) for m in conversation["messages"]
    ]
    (structured,) = stored.memories or []
    assert structured.text == conversation["memories"][0]["text"]
    assert structured.entities == ["Italy", "Rome", "Florence", "Venice"]
    # The server promotes the structured memory to long-term memory in the background and
    # stamps it in the session. (It is not read back by id: it has no user id, so on a
    # reused server an earlier run's identical memory makes the server drop it as a
    # duplicate; promotion by id is covered with unique users in _async/.)
    deadline = time.monotonic() + POLL_TIMEOUT
    while not structured.persisted_at:
        assert time.monotonic() < deadline, "the memory was never promoted"
        await asyncio.sleep(POLL_INTERVAL)
        (structured,) = (await client.get_working_memory(session_123)).memories or []

    # A session nobody wrote yet is created.
    created, memory = await client.get_or_create_working_memory(unique("session"))
    assert created is True
    assert len(memory.messages or []) == 0


async def test_memory_prompt_context_injection(client: MemoryAPIClient, alice: str) -> None:
    session_id = unique("session")
    await client.create_long_term_memories(
        [
            {"text": "Alice is allergic to peanuts", "user_id": alice},
            {"text": "Alice cooks Thai curry on Fridays", "user_id": alice},
        ]
    )
    await _wait_for_user_memories(client, alice, 2)
    await client.set_working_memory(
        session_id,
        {"messages": [{"role": "user", "content": "Let's plan dinner"}]},
        user_id=alice,
    )
    openai_client = FakeOpenAI(reply="Try a peanut-free curry.")

    async def get_contextualized_response(user_message: str, session_id: str, user_id: str) -> Any:
        # Get memory-enriched context
        context = await client.memory_prompt(
            query=user_message,
            session={
                "session_id": session_id,
                "user_id": user_id,
                "model_name": "gpt-4o"
            },
            long_term_search={
                "text": user_message,
                "limit": 5,
                "user_id": user_id
            }
        )  # fmt: skip

        # Send to LLM
        response = await openai_client.chat.completions.create(
            model="gpt-4o",
            messages=context.messages
        )  # fmt: skip

        return response.choices[0].message.content

    answer = await get_contextualized_response("What curry can Alice eat?", session_id, alice)

    assert answer == "Try a peanut-free curry."
    (request,) = openai_client.requests
    messages = request["messages"]
    assert all(set(m) == {"role", "content"} for m in messages)
    assert all(isinstance(m["role"], str) and isinstance(m["content"], str) for m in messages)
    assert messages[0] == {"role": "user", "content": "Let's plan dinner"}
    assert messages[-1] == {"role": "user", "content": "What curry can Alice eat?"}
    memory_text = "\n".join(m["content"] for m in messages if m["role"] == "system")
    assert "Alice cooks Thai curry on Fridays" in memory_text
    assert "Alice is allergic to peanuts" in memory_text


async def test_memory_prompt_automatic_storage(client: MemoryAPIClient) -> None:
    session = unique("session")
    openai_client = FakeOpenAI(reply="Paris in spring is lovely.")

    async def chat_with_auto_memory(message: str, session_id: str) -> Any:
        # Get contextualized prompt
        context = await client.memory_prompt(
            query=message,
            session={"session_id": session_id, "model_name": "gpt-4o"}
        )  # fmt: skip

        # Generate response
        response = await openai_client.chat.completions.create(
            model="gpt-4o",
            messages=context.messages + [{"role": "user", "content": message}]  # noqa: RUF005
        )  # fmt: skip

        # Store the conversation
        conversation = {
            "messages": [
                {"role": "user", "content": message},
                {"role": "assistant", "content": response.choices[0].message.content}
            ]
        }  # fmt: skip

        await client.set_working_memory(session_id, conversation)

        return response.choices[0].message.content

    answer = await chat_with_auto_memory("When should I visit Paris?", session)

    assert answer == "Paris in spring is lovely."
    assert openai_client.requests[0]["messages"][-1] == {
        "role": "user",
        "content": "When should I visit Paris?",
    }
    stored = await client.get_working_memory(session)
    assert [(m.role, m.content) for m in stored.messages or []] == [
        ("user", "When should I visit Paris?"),
        ("assistant", "Paris in spring is lovely."),
    ]


async def test_batch_import_of_500_memories(
    client: MemoryAPIClient, alice: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Process large datasets efficiently
    async def import_user_data(user_data: list[dict[str, Any]], user_id: str) -> None:
        batch_size = 50

        for i in range(0, len(user_data), batch_size):
            batch = user_data[i : i + batch_size]

            memories = [
                {
                    "text": item["description"],
                    "memory_type": "semantic",
                    "topics": item.get("categories", []),
                    "entities": item.get("entities", []),
                    "user_id": user_id,
                    "metadata": {"source": item["source"]}
                }
                for item in batch
            ]  # fmt: skip

            result = await client.create_long_term_memories(memories)
            print(f"Imported batch {i // batch_size + 1}, {len(result.memories)} memories")

    user_data = _import_data(500)
    await import_user_data(user_data, alice)

    out = capsys.readouterr().out
    assert out.splitlines() == [f"Imported batch {n}, 50 memories" for n in range(1, 11)]
    found = _by_text(await _wait_for_user_memories(client, alice, 500, timeout=BULK_TIMEOUT))
    assert found.keys() == {item["description"] for item in user_data}
    for item in user_data[::50]:
        stored = await client.get_long_term_memory(found[item["description"]].id)
        assert stored.topics == item["categories"]
        assert stored.entities == item["entities"]
        assert stored.user_id == alice


async def test_bulk_search_with_asyncio_gather(client: MemoryAPIClient, alice: str) -> None:
    await client.create_long_term_memories(
        [
            {"text": "Alice plays the violin", "user_id": alice},
            {"text": "Alice grows tomatoes in her garden", "user_id": alice},
            {"text": "Alice runs along the river", "user_id": alice},
        ]
    )
    await _wait_for_user_memories(client, alice, 3)

    # Search multiple queries efficiently
    async def multi_search(queries: list[str], user_id: str) -> dict[str, list[str]]:
        results = {}

        # Use asyncio.gather for concurrent searches
        search_tasks = [
            client.search_long_term_memory(
                text=query,
                user_id=user_id,
                limit=3
            )
            for query in queries
        ]  # fmt: skip

        search_results = await asyncio.gather(*search_tasks)

        for query, result in zip(queries, search_results):  # noqa: B905 (as written)
            results[query] = [memory.text for memory in result.memories]

        return results

    queries = ["violin music", "garden tomatoes", "river running"]
    results = await multi_search(queries, alice)

    assert list(results) == queries
    assert results["violin music"][0] == "Alice plays the violin"
    assert results["garden tomatoes"][0] == "Alice grows tomatoes in her garden"
    assert results["river running"][0] == "Alice runs along the river"
    everything = {"Alice plays the violin", "Alice grows tomatoes in her garden",
                  "Alice runs along the river"}  # fmt: skip
    assert all(set(texts) <= everything for texts in results.values())


# The spec's error-handling snippet, at module level as in the spec.
async def robust_memory_operation(client: MemoryAPIClient) -> Any:
    try:
        # Attempt memory operation
        results = await client.search_long_term_memory(
            text="user preferences",
            limit=5
        )  # fmt: skip

        return results.memories

    except MemoryError as e:
        if e.status_code == 401:
            logging.error("Authentication failed - check API key")
        elif e.status_code == 429:
            logging.warning("Rate limited - waiting before retry")
            await asyncio.sleep(5)
            return await robust_memory_operation(client)
        else:
            logging.error(f"Memory API error: {e}")
            return []

    except Exception as e:
        logging.error(f"Unexpected error: {e}")
        return []


async def test_error_handling_reports_401_without_a_token(
    auth_server: tuple[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    url, token = auth_server
    async with MemoryAPIClient(base_url=url) as client:
        with pytest.raises(MemoryError) as failure:
            await client.search_long_term_memory(text="user preferences", limit=5)
        assert failure.value.status_code == 401
        assert isinstance(failure.value, MemoryAuthenticationError)

        with caplog.at_level(logging.ERROR):
            outcome = await robust_memory_operation(client)

    assert outcome is None  # the 401 branch logs and falls through
    assert [r.getMessage() for r in caplog.records] == ["Authentication failed - check API key"]

    caplog.clear()
    async with MemoryAPIClient(base_url=url, api_key=token) as client:
        memories = await robust_memory_operation(client)
    assert isinstance(memories, list)
    assert caplog.records == []


async def test_error_handling_of_other_errors(caplog: pytest.LogCaptureFixture) -> None:
    unreachable = f"http://127.0.0.1:{closed_port()}"
    async with MemoryAPIClient(base_url=unreachable, max_retries=0) as client:
        with caplog.at_level(logging.ERROR):
            outcome = await robust_memory_operation(client)

    assert outcome == []
    (record,) = caplog.records
    assert record.getMessage().startswith(
        "Memory API error: search_long_term_memory could not reach"
    )


async def test_connection_management(server_url: str, alice: str, client: MemoryAPIClient) -> None:
    await client.create_long_term_memories([{"text": "query answer", "user_id": alice}])
    await _wait_for_user_memories(client, alice, 1)

    import httpx

    from agent_memory_client import MemoryAPIClient

    # Custom timeout and retry configuration
    async with httpx.AsyncClient(
        timeout=30.0, limits=httpx.Limits(max_keepalive_connections=10, max_connections=20)
    ) as http_client:
        client = MemoryAPIClient(base_url=server_url, http_client=http_client)

        # Perform operations
        results = await client.search_long_term_memory(text="query")  # fmt: skip

    assert isinstance(results, MemoryRecordResults)
    assert http_client.is_closed
    await client.close()

    # Requests really go through the user's client (its hooks and headers apply).
    seen: list[str] = []

    async def record(request: httpx.Request) -> None:
        seen.append(f"{request.method} {request.url.path} {request.headers['x-app']}")

    async with httpx.AsyncClient(
        headers={"x-app": "demo"}, event_hooks={"request": [record]}
    ) as http_client:
        async with MemoryAPIClient(base_url=server_url, http_client=http_client) as client:
            results = await client.search_long_term_memory(text="query", user_id=alice)
        assert not http_client.is_closed  # closing the memory client leaves it open
    assert seen == ["POST /v1/long-term-memory/search demo"]
    assert [m.text for m in results.memories] == ["query answer"]


class CustomMemoryAgent:
    def __init__(self, memory_client: MemoryAPIClient):
        self.memory = memory_client

    async def intelligent_search(self, query: str, user_id: str) -> Any:
        # Multi-stage search with refinement
        initial_results = await self.memory.search_long_term_memory(
            text=query,
            user_id=user_id,
            limit=20
        )  # fmt: skip

        if not initial_results.memories:
            # Try broader search
            return await self.memory.search_long_term_memory(
                text=query,
                limit=10
            )  # fmt: skip

        # Filter by relevance threshold
        relevant_memories = [
            m for m in initial_results.memories
            if m.relevance_score > 0.7
        ]  # fmt: skip

        return relevant_memories[:5]

    async def contextual_store(self, text: str, context: dict[str, Any], user_id: str) -> None:
        # Extract topics and entities from context
        topics = context.get("topics", [])
        entities = context.get("entities", [])

        # Search for similar existing memories
        similar = await self.memory.search_long_term_memory(
            text=text,
            user_id=user_id,
            limit=3,
            min_relevance_score=0.8
        )  # fmt: skip

        if similar.memories:
            # Update existing memory instead of creating duplicate
            await self.memory.edit_memory(
                memory_id=similar.memories[0].id,
                updates={
                    "text": f"{similar.memories[0].text}. {text}",
                    "topics": list(set(similar.memories[0].topics + topics)),
                    "entities": list(set(similar.memories[0].entities + entities))
                }
            )  # fmt: skip
        else:
            # Create new memory
            await self.memory.create_long_term_memories([{
                "text": text,
                "memory_type": "semantic",
                "topics": topics,
                "entities": entities,
                "user_id": user_id
            }])  # fmt: skip


async def test_custom_memory_agent(client: MemoryAPIClient, alice: str) -> None:
    agent = CustomMemoryAgent(client)

    await agent.contextual_store(
        "Alice loves hiking in the Alps", {"topics": ["outdoors"], "entities": ["Alps"]}, alice
    )
    (first,) = (await _wait_for_user_memories(client, alice, 1)).values()
    assert (first.text, first.topics, first.entities) == (
        "Alice loves hiking in the Alps",
        ["outdoors"],
        ["Alps"],
    )

    # The same fact again: the agent edits the memory instead of storing a duplicate.
    await agent.contextual_store(
        "Alice loves hiking in the Alps", {"topics": ["travel"], "entities": ["Alice"]}, alice
    )
    edited = await client.get_long_term_memory(first.id)
    assert edited.text == "Alice loves hiking in the Alps. Alice loves hiking in the Alps"
    assert sorted(edited.topics or []) == ["outdoors", "travel"]
    assert sorted(edited.entities or []) == ["Alice", "Alps"]

    # Something unrelated is stored as a second memory.
    await agent.contextual_store("Alice collects vinyl records", {"topics": ["music"]}, alice)
    found = _by_text(await _wait_for_user_memories(client, alice, 2))
    assert found["Alice collects vinyl records"].topics == ["music"]

    relevant = await agent.intelligent_search("Alice hiking Alps", alice)
    assert [m.id for m in relevant] == [first.id]
    assert relevant[0].relevance_score > 0.7

    # A user without memories gets the broader search over every user's memories, with
    # its limit of 10. (Which 10 is not checked: unscoped searches go through the server's
    # approximate HNSW index, which misses even exact matches once many documents have
    # been rewritten; searches filtered by user are exact.)
    other = unique("bob")
    await client.create_long_term_memories(
        [{"text": f"pangolin mosaic number {i}", "user_id": other} for i in range(10)]
    )
    await _wait_for_user_memories(client, other, 10)
    nobody = unique("nobody")
    broader = await agent.intelligent_search("pangolin mosaic", nobody)
    assert isinstance(broader, MemoryRecordResults)
    assert len(broader.memories) == 10
    assert nobody not in {m.user_id for m in broader.memories}


async def test_performance_optimization_cache(server_url: str, alice: str) -> None:
    class OptimizedMemoryClient:
        def __init__(self, client: MemoryAPIClient):
            self.client = client
            self._search_cache: dict[str, Any] = {}

        @lru_cache(maxsize=100)  # noqa: B019 (as written)
        def _cache_key(self, text: str, user_id: str, limit: int) -> str:
            return f"{text}:{user_id}:{limit}"

        async def cached_search(self, text: str, user_id: str, limit: int = 5) -> Any:
            cache_key = self._cache_key(text, user_id, limit)

            if cache_key in self._search_cache:
                return self._search_cache[cache_key]

            results = await self.client.search_long_term_memory(
                text=text,
                user_id=user_id,
                limit=limit
            )  # fmt: skip

            # Cache results for 5 minutes
            self._search_cache[cache_key] = results
            asyncio.create_task(self._expire_cache(cache_key, 300))  # noqa: RUF006 (as written)

            return results

        async def _expire_cache(self, key: str, delay: int) -> None:
            await asyncio.sleep(delay)
            self._search_cache.pop(key, None)

    requests: list[httpx.Request] = []

    async def count(request: httpx.Request) -> None:
        requests.append(request)

    async with (
        httpx.AsyncClient(event_hooks={"request": [count]}) as http,
        MemoryAPIClient(base_url=server_url, http_client=http) as client,
    ):
        await client.create_long_term_memories([{"text": "Alice sails", "user_id": alice}])
        await _wait_for_user_memories(client, alice, 1)
        requests.clear()
        optimized = OptimizedMemoryClient(client)

        first = await optimized.cached_search("sailing", alice)
        second = await optimized.cached_search("sailing", alice)

        assert second is first
        assert len(requests) == 1
        assert [m.text for m in first.memories] == ["Alice sails"]
        for task in asyncio.all_tasks():
            if task is not asyncio.current_task():
                task.cancel()  # the 5-minute expiry timers


async def test_best_practices_memory_service(
    auth_server: tuple[str, str], monkeypatch: pytest.MonkeyPatch, alice: str
) -> None:
    url, token = auth_server
    monkeypatch.setenv("MEMORY_SERVER_URL", url)
    monkeypatch.setenv("MEMORY_API_KEY", token)

    # Use a single client instance per application
    class MemoryService:
        def __init__(self) -> None:
            self.client = MemoryAPIClient(
                base_url=os.getenv("MEMORY_SERVER_URL"),
                api_key=os.getenv("MEMORY_API_KEY")
            )  # fmt: skip

        async def close(self) -> None:
            await self.client.close()

    # Singleton pattern
    memory_service = MemoryService()

    try:
        assert memory_service.client.base_url == url
        await memory_service.client.create_long_term_memories(
            [{"text": "Alice uses the token server", "user_id": alice}]
        )
        (stored,) = (await _wait_for_user_memories(memory_service.client, alice, 1)).values()
        assert stored.text == "Alice uses the token server"
    finally:
        await memory_service.close()


async def test_best_practices_memory_organization(client: MemoryAPIClient, alice: str) -> None:
    # Use consistent naming patterns
    async def create_user_memory(text: str, user_id: str, category: str) -> Any:
        return await client.create_long_term_memories([{
            "text": text,
            "memory_type": "semantic",
            "topics": [category, "user-preference"],
            "user_id": user_id,
            "namespace": f"user:{user_id}:preferences"
        }])  # fmt: skip

    result = await create_user_memory("Alice likes window seats", alice, "travel")
    await client.create_long_term_memories(
        [{"text": "Alice likes aisle seats at concerts", "user_id": alice, "namespace": "other"}]
    )
    await _wait_for_user_memories(client, alice, 2)

    stored = await client.get_long_term_memory(result.memories[0].id)
    assert stored.namespace == f"user:{alice}:preferences"
    assert stored.topics == ["travel", "user-preference"]
    page = await client.search_long_term_memory(
        "seats", user_id=alice, namespace=f"user:{alice}:preferences"
    )
    assert [m.id for m in page.memories] == [stored.id]


async def test_best_practices_context_management(client: MemoryAPIClient) -> None:
    session_id = unique("session")

    def extract_facts(conversation: dict[str, Any]) -> list[str]:
        # The spec leaves this to the application; here: every user message is a fact.
        return [m["content"] for m in conversation["messages"] if m["role"] == "user"]

    # Implement context-aware memory storage
    async def store_conversation_memory(conversation: dict[str, Any], session_id: str) -> None:
        # Extract key information
        important_facts = extract_facts(conversation)

        if important_facts:
            await client.create_long_term_memories([{
                "text": fact,
                "memory_type": "semantic",
                "session_id": session_id,
                "metadata": {"conversation_turn": i}
            } for i, fact in enumerate(important_facts)])  # fmt: skip

    conversation = {
        "messages": [
            {"role": "user", "content": "I moved to Lyon"},
            {"role": "assistant", "content": "Nice!"},
            {"role": "user", "content": "I work from home"},
        ]
    }
    await store_conversation_memory(conversation, session_id)

    deadline = time.monotonic() + POLL_TIMEOUT
    while True:
        page = await client.search_long_term_memory(session_id=session_id, recency_boost=False)
        if len(page.memories) == 2:
            break
        assert time.monotonic() < deadline, "the facts were never indexed"
        await asyncio.sleep(POLL_INTERVAL)
    assert sorted(m.text for m in page.memories) == ["I moved to Lyon", "I work from home"]


async def test_client_configuration_snippets(server_url: str) -> None:
    custom_httpx_client = httpx.AsyncClient()
    clients: list[MemoryAPIClient] = []
    try:
        # Minimal configuration (development)
        client = MemoryAPIClient(base_url=server_url)
        clients.append(client)
        assert (await client.health_check()).now > 0

        # Production configuration
        client = MemoryAPIClient(
            base_url="https://your-memory-server.com",
            api_key="your-api-token",
            timeout=30.0,
            session_id="user-session-123",
            user_id="user-456",
            namespace="production"
        )  # fmt: skip
        clients.append(client)
        assert (client.session_id, client.user_id, client.namespace) == (
            "user-session-123", "user-456", "production",
        )  # fmt: skip
        assert client.timeout.read == 30.0

        # Token authentication
        client = MemoryAPIClient(
            base_url="https://your-server.com",
            api_key="your-token-here"
        )  # fmt: skip
        clients.append(client)

        # OAuth2/JWT authentication
        client = MemoryAPIClient(
            base_url="https://your-server.com",
            bearer_token="your-jwt-token"
        )  # fmt: skip
        clients.append(client)

        # Client Options
        client = MemoryAPIClient(
            base_url=server_url,
            api_key="optional-token",
            bearer_token="optional-jwt",
            timeout=30.0,
            max_retries=3,
            session_id="default-session",
            user_id="default-user",
            namespace="default",
            http_client=custom_httpx_client
        )  # fmt: skip
        clients.append(client)
        assert client.max_retries == 3
        assert (await client.health_check()).now > 0
    finally:
        for opened in clients:
            await opened.close()
        await custom_httpx_client.aclose()


# == the same flows through the sync client ===============================================


def test_sync_quick_start(server_url: str, alice: str) -> None:
    with SyncMemoryAPIClient(base_url=server_url, api_key="your-api-key") as client:
        client.create_long_term_memories([{
            "text": "User prefers morning meetings and hates scheduling calls after 4 PM",
            "memory_type": "semantic",
            "topics": ["scheduling", "preferences"],
            "user_id": alice
        }])  # fmt: skip
        results = client.search_long_term_memory(text="when does user prefer meetings", limit=5)
        assert isinstance(results, MemoryRecordResults)

        (stored,) = _wait_for_user_memories_sync(client, alice, 1).values()
        mine = client.search_long_term_memory(
            text="when does user prefer meetings", user_id=alice, limit=5
        )
        assert [m.id for m in mine.memories] == [stored.id]
        assert stored.topics == ["scheduling", "preferences"]


def test_sync_creating_memories(sync_client: SyncMemoryAPIClient, alice: str) -> None:
    memories = [
        {"text": "User works as a software engineer at TechCorp", "memory_type": "semantic",
         "topics": ["career", "work", "company"], "entities": ["TechCorp", "software engineer"],
         "user_id": alice},
        {"text": "User prefers Python and TypeScript for development", "memory_type": "semantic",
         "topics": ["programming", "preferences", "languages"],
         "entities": ["Python", "TypeScript"], "user_id": alice},
    ]  # fmt: skip

    result = sync_client.create_long_term_memories(memories)

    assert len(result.memories) == 2
    _wait_for_user_memories_sync(sync_client, alice, 2)
    for sent, created in zip(memories, result.memories, strict=True):
        stored = sync_client.get_long_term_memory(created.id)
        assert (stored.text, stored.topics, stored.entities) == (
            sent["text"], sent["topics"], sent["entities"],
        )  # fmt: skip


def test_sync_searching_memories(sync_client: SyncMemoryAPIClient, alice: str) -> None:
    created = sync_client.create_long_term_memories(
        [
            {"text": "User food preferences", "user_id": alice, "topics": ["food"]},
            {"text": "User preferences for holidays", "user_id": alice, "topics": ["travel"]},
            {"text": "Recent updates archive from last year", "user_id": alice,
             "created_at": datetime.now() - timedelta(days=30)},
            {"text": "Recent updates: Alice moved to Berlin", "user_id": alice},
        ]
    )  # fmt: skip
    food, _, archive, berlin = (m.id for m in created.memories)
    _wait_for_user_memories_sync(sync_client, alice, 4)

    results = sync_client.search_long_term_memory(
        text="user preferences", user_id=alice, topics=["programming", "food"], limit=5,
        min_relevance_score=0.7,
    )  # fmt: skip
    assert [m.id for m in results.memories] == [food]

    week_ago = datetime.now() - timedelta(days=7)
    results = sync_client.search_long_term_memory(
        text="recent updates", created_after=week_ago, limit=10
    )
    assert archive not in [m.id for m in results.memories]
    mine = sync_client.search_long_term_memory(
        text="recent updates", user_id=alice, created_after=week_ago, limit=10
    )
    assert mine.memories[0].id == berlin
    assert archive not in [m.id for m in mine.memories]
    assert len(mine.memories) == 3


def test_sync_memory_editing(sync_client: SyncMemoryAPIClient, alice: str) -> None:
    created = sync_client.create_long_term_memories(
        [{"text": "User works as a software engineer at TechCorp", "user_id": alice}]
    )
    memory_123 = created.memories[0].id
    _wait_for_user_memories_sync(sync_client, alice, 1)

    sync_client.edit_memory(
        memory_id=memory_123,
        updates={
            "text": "User works as a senior software engineer at TechCorp",
            "topics": ["career", "work", "company", "senior"],
            "entities": ["TechCorp", "senior software engineer"],
        },
    )

    stored = sync_client.get_long_term_memory(memory_123)
    assert stored.text == "User works as a senior software engineer at TechCorp"
    assert stored.topics == ["career", "work", "company", "senior"]
    assert stored.entities == ["TechCorp", "senior software engineer"]


def test_sync_working_memory(sync_client: SyncMemoryAPIClient) -> None:
    session_123 = unique("session")
    conversation: dict[str, Any] = {
        "messages": [
            {"role": "user", "content": "I'm planning a trip to Italy"},
            {"role": "assistant", "content": "What cities are you thinking of visiting?"},
            {"role": "user", "content": "Rome and Florence, maybe Venice too"},
        ],
        "memories": [{"text": "User is planning a trip to Italy", "memory_type": "semantic"}],
    }

    sync_client.set_working_memory(session_123, conversation)
    created, memory = sync_client.get_or_create_working_memory(session_123)

    assert created is False
    assert len(memory.messages or []) == 3
    stored = sync_client.get_working_memory(session_123)
    assert [m.content for m in stored.messages or []] == [
        m["content"] for m in conversation["messages"]
    ]
    created, memory = sync_client.get_or_create_working_memory(unique("session"))
    assert created is True
    assert len(memory.messages or []) == 0


def test_sync_memory_prompt(sync_client: SyncMemoryAPIClient, alice: str) -> None:
    session_id = unique("session")
    sync_client.create_long_term_memories(
        [{"text": "Alice cooks Thai curry on Fridays", "user_id": alice}]
    )
    _wait_for_user_memories_sync(sync_client, alice, 1)
    sync_client.set_working_memory(
        session_id, {"messages": [{"role": "user", "content": "Let's plan dinner"}]}, user_id=alice
    )

    context = sync_client.memory_prompt(
        query="What curry can Alice eat?",
        session={"session_id": session_id, "user_id": alice, "model_name": "gpt-4o"},
        long_term_search={"text": "What curry can Alice eat?", "limit": 5, "user_id": alice},
    )

    assert all(isinstance(m["content"], str) for m in context.messages)
    assert context.messages[0] == {"role": "user", "content": "Let's plan dinner"}
    assert context.messages[-1] == {"role": "user", "content": "What curry can Alice eat?"}
    assert any("Alice cooks Thai curry on Fridays" in m["content"] for m in context.messages)


def test_sync_batch_import_of_500_memories(sync_client: SyncMemoryAPIClient, alice: str) -> None:
    def import_user_data(user_data: list[dict[str, Any]], user_id: str) -> list[int]:
        batch_size = 50
        sizes = []
        for i in range(0, len(user_data), batch_size):
            batch = user_data[i : i + batch_size]
            memories = [
                {
                    "text": item["description"],
                    "memory_type": "semantic",
                    "topics": item.get("categories", []),
                    "entities": item.get("entities", []),
                    "user_id": user_id,
                    "metadata": {"source": item["source"]},
                }
                for item in batch
            ]
            result = sync_client.create_long_term_memories(memories)
            sizes.append(len(result.memories))
        return sizes

    user_data = _import_data(500)

    assert import_user_data(user_data, alice) == [50] * 10
    found = _by_text(_wait_for_user_memories_sync(sync_client, alice, 500, timeout=BULK_TIMEOUT))
    assert found.keys() == {item["description"] for item in user_data}


def test_sync_concurrent_searches_with_threads(
    sync_client: SyncMemoryAPIClient, alice: str
) -> None:
    sync_client.create_long_term_memories(
        [
            {"text": "Alice plays the violin", "user_id": alice},
            {"text": "Alice grows tomatoes in her garden", "user_id": alice},
        ]
    )
    _wait_for_user_memories_sync(sync_client, alice, 2)
    queries = ["violin music", "garden tomatoes"]

    # One sync client is safe to share between threads (httpx.Client is thread-safe).
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        pages = list(
            pool.map(lambda q: sync_client.search_long_term_memory(text=q, user_id=alice, limit=3),
                     queries)
        )  # fmt: skip

    results = {q: [m.text for m in page.memories] for q, page in zip(queries, pages, strict=True)}
    assert results["violin music"][0] == "Alice plays the violin"
    assert results["garden tomatoes"][0] == "Alice grows tomatoes in her garden"


def test_sync_error_handling_reports_401(auth_server: tuple[str, str]) -> None:
    url, token = auth_server
    for api_key, detail in ((None, "Missing authorization header"), ("bad", "Invalid token")):
        with (
            SyncMemoryAPIClient(base_url=url, api_key=api_key) as client,
            pytest.raises(MemoryError) as failure,
        ):
            client.search_long_term_memory(text="user preferences", limit=5)
        assert (failure.value.status_code, failure.value.detail) == (401, detail)
    with SyncMemoryAPIClient(base_url=url, api_key=token) as client:
        assert isinstance(client.search_long_term_memory(text="user preferences").memories, list)


def test_sync_connection_management(server_url: str, alice: str) -> None:
    seen: list[str] = []

    def record(request: httpx.Request) -> None:
        seen.append(f"{request.method} {request.url.path}")

    with httpx.Client(
        timeout=30.0,
        limits=httpx.Limits(max_keepalive_connections=10, max_connections=20),
        event_hooks={"request": [record]},
    ) as http_client:
        client = SyncMemoryAPIClient(base_url=server_url, http_client=http_client)
        client.create_long_term_memories([{"text": "query answer", "user_id": alice}])
        _wait_for_user_memories_sync(client, alice, 1)
        results = client.search_long_term_memory(text="query", user_id=alice)
        client.close()
        assert not http_client.is_closed

    assert [m.text for m in results.memories] == ["query answer"]
    assert seen[0] == "POST /v1/long-term-memory/"
    assert seen[-1] == "POST /v1/long-term-memory/search"


def test_sync_best_practices_memory_service(
    auth_server: tuple[str, str], monkeypatch: pytest.MonkeyPatch, alice: str
) -> None:
    url, token = auth_server
    monkeypatch.setenv("MEMORY_SERVER_URL", url)
    monkeypatch.setenv("MEMORY_API_KEY", token)

    client = SyncMemoryAPIClient(
        base_url=os.getenv("MEMORY_SERVER_URL"), api_key=os.getenv("MEMORY_API_KEY")
    )
    try:
        client.create_long_term_memories([{"text": "Alice uses the sync client", "user_id": alice}])
        (stored,) = _wait_for_user_memories_sync(client, alice, 1).values()
        assert stored.text == "Alice uses the sync client"
    finally:
        client.close()
