"""The server acknowledges a long-term memory before it stores it (it indexes in a
background task after answering). A server killed in between loses the memory although
the client was told "ok". This is the server's behaviour, documented here, not hidden: no
client can recover a write it was told had succeeded.

The natural window is the ~70 ms of embedding and indexing; the Redis proxy holds the
indexing write (the HSET of the memory's key) so that the kill lands inside it every time.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from agent_memory_client import MemoryNotFoundError

from .clients import Client, Scope
from .redis_proxy import RedisProxy
from .servers import KillableServer

MakeClient = Callable[..., Client]


async def test_acknowledged_long_term_create_is_lost_when_the_server_is_killed_before_indexing(
    server: KillableServer, redis_faults: RedisProxy, make_client: MakeClient, scope: Scope
) -> None:
    client = make_client(base_url=server.url)
    memory_id = scope.memory_id()
    redis_faults.stall("HSET", 30.0, key=memory_id)

    created = await client.create_long_term_memories(
        [{"id": memory_id, "text": "Ida keeps bees", "user_id": scope.user_id}]
    )
    redis_faults.wait_for(
        lambda proxy: proxy.seen("HSET", key=memory_id) >= 1, what="the indexing write"
    )
    server.kill()
    redis_faults.clear()
    server.restart()

    assert created.status == "ok"
    assert [m.id for m in created.memories] == [memory_id]
    with pytest.raises(MemoryNotFoundError):
        await client.get_long_term_memory(memory_id)
    found = await client.search_long_term_memory("bees", user_id=scope.user_id)
    assert found.memories == []
