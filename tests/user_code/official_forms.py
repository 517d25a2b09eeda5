"""Code as a user of the official agent-memory-client 0.14.0 wrote it (its README's forms).

Nothing here runs in the tests (tests/integration/_async/test_official.py runs such
programs against a real server); ``make types`` checks it with ``mypy --strict``, so a
0.14.0 program that type-checked against the official package type-checks against this one.
"""

from __future__ import annotations

import json

from agent_memory_client import (
    ForgetPolicy,
    MemoryAPIClient,
    MemoryClientConfig,
    MemoryNotFoundError,
    create_memory_client,
)
from agent_memory_client.filters import Namespace, Topics, UserId
from agent_memory_client.models import (
    ClientMemoryRecord,
    CreateSummaryViewRequest,
    MemoryMessage,
    MemoryTypeEnum,
    RecencyConfig,
    WorkingMemory,
)


async def official_program() -> None:
    client = MemoryAPIClient(
        MemoryClientConfig(base_url="http://localhost:8000", default_namespace="travel")
    )
    print(client.config.default_namespace)

    record = ClientMemoryRecord(
        text="User prefers window seats", memory_type=MemoryTypeEnum.SEMANTIC, topics=["travel"]
    )
    client.validate_memory_record(record)
    await client.create_long_term_memory([record])
    results = await client.search_long_term_memory(
        "seat preference",
        None,
        Namespace(eq="travel"),
        Topics(any=["travel"]),
        user_id=UserId(eq="alice"),
        recency=RecencyConfig(recency_boost=True, recency_weight=0.2),
        limit=5,
    )
    for hit in results.memories:
        print(hit.id, hit.text, hit.dist)

    memory = WorkingMemory(
        session_id="s1", messages=[MemoryMessage(role="user", content="Book a flight")]
    )
    await client.put_working_memory("s1", memory, "alice")
    created, session = await client.get_or_create_working_memory("s1", "alice", "travel")
    print(created, len(session.messages))
    await client.update_working_memory_data("s1", {"seat": "window"}, "travel", "merge", "alice")

    prompt = await client.memory_prompt("What do I like?", "s1", user_id="alice")
    print(json.dumps(prompt), prompt["messages"][0], prompt.get("messages"))

    report = await client.forget_long_term_memories(ForgetPolicy(max_age_days=30), dry_run=True)
    print(report.scanned, report.deleted_ids)

    view = await client.create_summary_view(
        CreateSummaryViewRequest(source="long_term", group_by=["user_id"])
    )
    fetched = await client.get_summary_view(view.id)
    if fetched is None:
        print("gone")
    task = await client.run_summary_view(view.id, True)
    if await client.get_task(task.id) is None:
        print("no such task")

    async for found in client.search_all_long_term_memories("travel", batch_size=20):
        print(found.id)
    await client.bulk_create_long_term_memories([[record]], 100, 0.1)

    unified = MemoryAPIClient.parse_tool_call({"name": "search_memory", "arguments": "{}"})
    print(unified["name"], unified["provider"])
    found_tool = await client.search_memory_tool("preferences", max_results=3)
    print(found_tool["summary"])

    try:
        await client.get_long_term_memory("missing")
    except MemoryNotFoundError as error:
        print(error.status_code)

    async with await create_memory_client("http://localhost:8000") as checked:
        print((await checked.health_check()).now)
    await client.close()
