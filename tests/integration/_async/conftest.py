"""Fixtures shared by the integration tests of the client: a client, fresh ids.

Written once for the async client; scripts/unasync.py generates the sync twin in ``_sync/``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from agent_memory_client import AsyncMemoryAPIClient

from .support import unique


@pytest.fixture
async def client(server_url: str) -> AsyncIterator[AsyncMemoryAPIClient]:
    async with AsyncMemoryAPIClient(base_url=server_url) as memory_client:
        yield memory_client


@pytest.fixture
def user() -> str:
    return unique("user")


@pytest.fixture
def session() -> str:
    return unique("session")
