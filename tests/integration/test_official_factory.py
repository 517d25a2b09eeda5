"""``create_memory_client()``, the official client's async factory, against the real server."""

from __future__ import annotations

import pytest

from agent_memory_client import MemoryClientError, create_memory_client

from ._async.support import closed_port


async def test_create_memory_client_checks_the_server(server_url: str) -> None:
    async with await create_memory_client(server_url, default_namespace="ns") as client:
        assert client.namespace == "ns"
    with pytest.raises(MemoryClientError):
        await create_memory_client(f"http://127.0.0.1:{closed_port()}", timeout=2.0)
