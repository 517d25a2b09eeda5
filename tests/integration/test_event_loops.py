"""One async client used from several event loops, as a module-level client is."""

from __future__ import annotations

import asyncio
import gc

import pytest

from agent_memory_client import MemoryAPIClient


# Connections of the first loop cannot be closed once it is gone; the collector closes
# them and Python reports that as a ResourceWarning, which is expected here.
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_client_outlives_the_event_loop_it_was_first_used_in(server_url: str) -> None:
    client = MemoryAPIClient(base_url=server_url)

    async def health() -> int:
        return (await client.health_check()).now

    first = asyncio.run(health())
    second = asyncio.run(health())  # a new loop: the old connections are unusable
    asyncio.run(client.close())
    gc.collect()

    assert second >= first > 0
