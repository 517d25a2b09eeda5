# Generated from tests/unit/_async/conftest.py by scripts/unasync.py: do not edit.
"""Fixtures shared by the client tests: clients that talk to the fake server.

Written once for the async client; scripts/unasync.py generates the sync twin in ``_sync/``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from agent_memory_client import SyncMemoryAPIClient

from .support import BASE_URL, FAST_RETRIES, Connect

if TYPE_CHECKING:
    from tests.unit.conftest import FakeServer


@pytest.fixture
def client_defaults() -> dict[str, Any]:
    """The options ``connect`` fills in when a test leaves them out (a module may override)."""
    return {"base_url": BASE_URL, "retry_policy": FAST_RETRIES}


@pytest.fixture
def connect(server: FakeServer, client_defaults: dict[str, Any]) -> Iterator[Connect]:
    """Clients that send through a user's httpx client to the fake server."""
    opened: list[tuple[SyncMemoryAPIClient, httpx.Client]] = []

    def make(**options: Any) -> SyncMemoryAPIClient:
        http = httpx.Client(transport=httpx.MockTransport(server))
        for name, value in client_defaults.items():
            options.setdefault(name, value)
        client = SyncMemoryAPIClient(http_client=http, **options)
        opened.append((client, http))
        return client

    yield make
    for client, http in opened:
        client.close()
        http.close()


@pytest.fixture
def client(connect: Connect) -> SyncMemoryAPIClient:
    return connect()
