# Generated from tests/integration/_async/conftest.py by scripts/unasync.py: do not edit.
"""Fixtures shared by the integration tests of the client: a client, fresh ids.

Written once for the async client; scripts/unasync.py generates the sync twin in ``_sync/``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agent_memory_client import SyncMemoryAPIClient

from .support import unique


@pytest.fixture
def client(server_url: str) -> Iterator[SyncMemoryAPIClient]:
    with SyncMemoryAPIClient(base_url=server_url) as memory_client:
        yield memory_client


@pytest.fixture
def user() -> str:
    return unique("user")


@pytest.fixture
def session() -> str:
    return unique("session")
