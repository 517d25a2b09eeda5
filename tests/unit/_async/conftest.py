"""Fixtures shared by the client tests: clients that talk to the fake server.

Written once for the async client; scripts/unasync.py generates the sync twin in ``_sync/``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from agent_memory_client import AsyncMemoryAPIClient

from .support import BASE_URL, FAST_RETRIES, Connect

if TYPE_CHECKING:
    from tests.unit.conftest import FakeServer


@pytest.fixture
def client_defaults() -> dict[str, Any]:
    """The options ``connect`` fills in when a test leaves them out (a module may override)."""
    return {"base_url": BASE_URL, "retry_policy": FAST_RETRIES}


@pytest.fixture
async def connect(server: FakeServer, client_defaults: dict[str, Any]) -> AsyncIterator[Connect]:
    """Clients that send through a user's httpx client to the fake server."""
    opened: list[tuple[AsyncMemoryAPIClient, httpx.AsyncClient]] = []

    def make(**options: Any) -> AsyncMemoryAPIClient:
        http = httpx.AsyncClient(transport=httpx.MockTransport(server))
        for name, value in client_defaults.items():
            options.setdefault(name, value)
        client = AsyncMemoryAPIClient(http_client=http, **options)
        opened.append((client, http))
        return client

    yield make
    for client, http in opened:
        await client.close()
        await http.aclose()


@pytest.fixture
def client(connect: Connect) -> AsyncMemoryAPIClient:
    return connect()
