"""Code as a user writes it from the spec's forms, for both clients.

Nothing here runs in the tests (tests/integration/test_spec_snippets.py runs the spec's
snippets against a real server); ``make types`` checks it with ``mypy --strict``, so every
form the spec shows must type-check as written: no casts, no Unset checks, no ignores.
tests/unit/test_user_typing.py checks that wrong types are mypy errors.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta
from typing import Any

from agent_memory_client import (
    MemoryAPIClient,
    MemoryError,
    MemoryNotFoundError,
    SyncMemoryAPIClient,
)
from agent_memory_client.filters import Topics, UserId
from agent_memory_client.types import (
    CreateMemoriesResult,
    MemoryPromptResult,
    MemoryRecord,
    MemoryRecordResult,
    MemoryRecordResults,
    RawResponse,
    SearchFilters,
    Task,
    WorkingMemoryResponse,
)


async def async_forms(client: MemoryAPIClient) -> None:
    result: CreateMemoriesResult = await client.create_long_term_memories(
        [
            {
                "text": "User prefers morning meetings",
                "memory_type": "semantic",
                "topics": ["scheduling", "preferences"],
                "user_id": "alice",
                "metadata": {"source": "chat"},
            }
        ]
    )
    print(f"Created {len(result.memories)} memories")
    print(result.memories[0].id, result.memories[0].created_at.isoformat())

    results: MemoryRecordResults = await client.search_long_term_memory(
        text="user preferences",
        user_id="alice",
        topics=["programming", "food"],
        limit=5,
        min_relevance_score=0.7,
    )
    week_ago = datetime.now() - timedelta(days=7)
    await client.search_long_term_memory(text="recent updates", created_after=week_ago, limit=10)
    await client.search_long_term_memory(
        text="q", user_id=UserId(eq="alice"), topics=Topics(any=["travel"])
    )
    await client.search_long_term_memory(text="q", topics={"all": ["a", "b"]}, namespace="prod")
    filters: SearchFilters = {"user_id": "alice", "memory_type": "semantic"}
    await client.search_long_term_memory("q", **filters)

    for memory in results.memories:
        print(f"Relevance: {memory.relevance_score:.2f}")
        print(f"Text: {memory.text}")
        print(f"Topics: {', '.join(memory.topics or [])}")
        print(f"Created: {memory.created_at.isoformat()}")
    relevant: list[MemoryRecordResult] = [m for m in results.memories if m.relevance_score > 0.7]
    if relevant:
        similar = relevant[0]
        topics = ["career"]
        await client.edit_memory(
            memory_id=similar.id,
            updates={
                "text": f"{similar.text}. More",
                "topics": list(set(similar.topics + topics)),
                "entities": list(set(similar.entities + topics)),
            },
        )

    stored: MemoryRecord = await client.get_long_term_memory("memory-123")
    print(stored.updated_at.isoformat(), stored.memory_type, stored.model_dump(mode="json"))

    conversation = {
        "messages": [
            {"role": "user", "content": "I'm planning a trip to Italy"},
            {"role": "assistant", "content": "Which cities?"},
        ],
        "memories": [{"text": "User is planning a trip to Italy", "memory_type": "semantic"}],
        "data": {"trip": "Italy"},
    }
    await client.set_working_memory("session-123", conversation)
    created, wm = await client.get_or_create_working_memory("session-123")
    print("Created new session" if created else "Found existing session")
    print(f"Session has {len(wm.messages)} messages")
    for message in wm.messages:
        print(message.role, message.content, message.created_at.isoformat())
    data: dict[str, Any] = dict(wm.data or {})
    print(json.dumps(wm.data), data.get("trip"), wm.model_dump_json())

    context: MemoryPromptResult = await client.memory_prompt(
        query="What should I pack?",
        session={"session_id": "session-123", "user_id": "alice", "model_name": "gpt-4o"},
        long_term_search={"text": "packing", "limit": 5, "user_id": "alice"},
    )
    messages: list[dict[str, str]] = context.messages
    print(messages[-1]["content"], [m.text for m in context.long_term_memories])

    tools = MemoryAPIClient.get_all_memory_tool_schemas()
    print(len(tools), MemoryAPIClient.get_all_memory_tool_schemas_anthropic())
    call = {"id": "c1", "type": "function", "function": {"name": "search_long_term_memory",
            "arguments": json.dumps({"query": "meetings"})}}  # fmt: skip
    resolved = await client.resolve_tool_call(tool_call=call, session_id="session-123")
    if resolved["success"]:
        print(resolved["formatted_response"])
    else:
        print(f"Error: {resolved['error']}")
    print(await client.resolve_tool_calls(None))

    try:
        await client.search_long_term_memory(text="user preferences", limit=5)
    except MemoryNotFoundError as e:
        logging.warning("missing: %s", e.detail)
    except MemoryError as e:
        if e.status_code == 401:
            logging.error("Authentication failed - check API key")

    task: Task = await client.run_summary_view("view-1")
    print(task.type, task.status, task.created_at.isoformat())

    # Per-call options, a client with other settings, and raw responses.
    await client.search_long_term_memory(
        "q", user_id="alice", timeout=5.0, extra_headers={"X-Request-Id": "r1"}
    )
    await client.get_working_memory("session-123", extra_query={"trace": True}, timeout=None)
    await client.set_working_memory("session-123", conversation, extra_body={"context": "c"})
    quick = client.with_options(timeout=2.0, max_retries=0, default_headers={"X-App": "a"})
    await quick.health_check()
    raw: RawResponse[MemoryRecordResults] = await client.with_raw_response.search_long_term_memory(
        text="q", limit=5, extra_headers={"X-Request-Id": "r2"}
    )
    print(raw.status_code, raw.headers.get("content-type"), raw.elapsed.total_seconds())
    parsed: MemoryRecordResults = raw.parse()
    print(parsed.total, [m.relevance_score for m in parsed.memories])
    written = await quick.with_raw_response.set_working_memory("session-123", conversation)
    print(written.parse().session_id, written.attempts)


def sync_forms(client: SyncMemoryAPIClient) -> None:
    result = client.create_long_term_memories([{"text": "User likes tea", "user_id": "alice"}])
    print(len(result.memories))
    results = client.search_long_term_memory(text="tea", user_id="alice", limit=5)
    for memory in results.memories:
        print(f"{memory.relevance_score:.2f} {memory.text} {', '.join(memory.topics)}")
    created, wm = client.get_or_create_working_memory("session-123")
    working: WorkingMemoryResponse = wm
    print(created, len(working.messages), [m.content for m in working.messages])
    context = client.memory_prompt(query="q", session={"session_id": "session-123"})
    print(context.messages[-1]["role"], context.to_openai(), context.to_anthropic())
    for memory in client.search_all_long_term_memories(
        "tea", page_size=20, user_id="alice", timeout=10
    ):
        print(memory.id, memory.dist)
    raw = client.with_options(timeout=3).with_raw_response.search_long_term_memory("tea")
    found: MemoryRecordResults = raw.parse()
    print(raw.status_code, raw.elapsed, found.total)
