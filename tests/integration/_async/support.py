"""Helpers shared by the integration tests: unique ids, and polling for what the server indexed.

The server acknowledges a new long-term memory before it has indexed it, so tests wait by
polling for the ids they created. Written once for the async client; scripts/unasync.py
generates the sync twin in ``_sync/``.
"""

from __future__ import annotations

import asyncio
import socket
import uuid
from collections.abc import Iterable
from time import monotonic
from typing import Any

from agent_memory_client import AsyncMemoryAPIClient, MemoryNotFoundError, MemoryRecordResult
from agent_memory_client.types import WorkingMemoryResponse

POLL_TIMEOUT = 10.0
POLL_INTERVAL = 0.05
PAGE = 100  # the server's largest search page


def unique(prefix: str) -> str:
    # Letters and digits only: the server's compaction builds RediSearch tag queries without
    # escaping, so an id with "-" in it never matches there.
    return f"{prefix}{uuid.uuid4().hex[:12]}"


def closed_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def state(working: WorkingMemoryResponse) -> dict[str, Any]:
    """A session as JSON: fields that are None are left out."""
    return working.to_dict()


async def indexed(client: AsyncMemoryAPIClient, user_id: str) -> dict[str, MemoryRecordResult]:
    """Every memory of ``user_id`` the search index holds now, by id (pages by hand)."""
    found: dict[str, MemoryRecordResult] = {}
    offset = 0
    while True:
        page = await client.search_long_term_memory(
            user_id=user_id, limit=PAGE, offset=offset, recency_boost=False
        )
        found.update((memory.id, memory) for memory in page.memories)
        if len(page.memories) < PAGE:
            return found
        offset += PAGE


async def wait_searchable(
    client: AsyncMemoryAPIClient, ids: Iterable[str], *, user_id: str
) -> dict[str, MemoryRecordResult]:
    """Poll until every id is searchable (creation is acknowledged before indexing)."""
    wanted = set(ids)
    deadline = monotonic() + POLL_TIMEOUT
    while True:
        found = await indexed(client, user_id)
        if wanted <= found.keys():
            return found
        if monotonic() > deadline:
            missing = sorted(wanted - found.keys())
            raise AssertionError(f"not searchable after {POLL_TIMEOUT}s: {missing}")
        await asyncio.sleep(POLL_INTERVAL)


async def wait_for_user_memories(
    client: AsyncMemoryAPIClient, user_id: str, count: int, timeout: float = POLL_TIMEOUT
) -> dict[str, MemoryRecordResult]:
    """Poll until the user has ``count`` searchable memories; returns them by id."""
    deadline = monotonic() + timeout
    while True:
        found = await indexed(client, user_id)
        if len(found) >= count:
            assert len(found) == count, f"{len(found)} memories, expected {count}"
            return found
        assert monotonic() < deadline, f"only {len(found)} of {count} memories indexed"
        await asyncio.sleep(POLL_INTERVAL if count < PAGE else 0.25)


async def store(
    client: AsyncMemoryAPIClient,
    records: list[dict[str, Any]],
    *,
    user_id: str,
    deduplicate: bool = True,
) -> list[str]:
    """Create ``records`` (all of ``user_id``) and wait until the server holds them all."""
    created = await client.create_long_term_memories(records, deduplicate=deduplicate)
    ids = [m.id for m in created.memories]
    await wait_searchable(client, ids, user_id=user_id)
    return ids


async def store_texts(client: AsyncMemoryAPIClient, user_id: str, *texts: str) -> list[str]:
    """One memory of ``user_id`` per text, waited for until all are searchable."""
    records = [{"text": text, "user_id": user_id} for text in texts]
    return await store(client, records, user_id=user_id)


async def exists(client: AsyncMemoryAPIClient, memory_id: str) -> bool:
    try:
        await client.get_long_term_memory(memory_id)
    except MemoryNotFoundError:
        return False
    return True
