"""A user's own httpx2 client (httpx's maintained continuation) as ``http_client=``.

The memory client's requests go through it to the real server, with its limits, proxy,
event hooks and default headers, as they do through an httpx client; its errors come out
as the SDK's. Written once for the async client; scripts/unasync.py generates the sync twin.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import httpx2
import pytest

from agent_memory_client import (
    AsyncMemoryAPIClient,
    MemoryConnectionError,
    MemoryNotFoundError,
    MemoryTimeoutError,
    RetryPolicy,
)
from tests.integration.faults._net import listen
from tests.integration.forward_proxy import ForwardProxy

from .support import closed_port, unique

QUICK = RetryPolicy(initial_delay=0.01, max_delay=0.02)


async def test_operations_go_through_an_httpx2_client(server_url: str, user: str) -> None:
    session = unique("session")
    async with httpx2.AsyncClient() as http:
        client = AsyncMemoryAPIClient(base_url=server_url, user_id=user, http_client=http)
        created = await client.create_long_term_memories([{"text": "User drinks green tea"}])
        found = await client.search_long_term_memory(text="green tea", limit=5)
        await client.set_working_memory(
            session, {"messages": [{"role": "user", "content": "hello"}], "data": {"a": 1}}
        )
        working = await client.get_working_memory(session)
        with pytest.raises(MemoryNotFoundError):
            await client.get_long_term_memory(unique("missing"))
        await client.close()

        assert not http.is_closed  # the user's client stays the user's
        assert (await http.get(f"{server_url}/v1/health")).status_code == 200
    assert created.memories[0].id in {m.id for m in found.memories}
    assert [m.content for m in working.messages] == ["hello"]
    assert working.data == {"a": 1}


async def test_an_httpx2_clients_hooks_and_headers_apply(auth_server: tuple[str, str]) -> None:
    url, token = auth_server
    seen: list[tuple[str, object]] = []

    async def on_request(request: httpx2.Request) -> None:
        seen.append(("request", request.headers.get("x-request-source")))

    async def on_response(response: httpx2.Response) -> None:
        seen.append(("response", response.status_code))

    hooks: dict[str, list[Callable[..., Any]]] = {
        "request": [on_request],
        "response": [on_response],
    }
    http = httpx2.AsyncClient(headers={"X-Request-Source": "billing"}, event_hooks=hooks)
    async with http, AsyncMemoryAPIClient(base_url=url, api_key=token, http_client=http) as client:
        sessions = await client.list_sessions()  # needs the token: the auth header went

    assert sessions.sessions is not None
    assert seen == [("request", "billing"), ("response", 200)]


async def test_an_httpx2_clients_proxy_and_connection_limits_apply(server_url: str) -> None:
    counts = []
    with ForwardProxy() as proxy:
        for limits in (httpx2.Limits(), httpx2.Limits(max_keepalive_connections=0)):
            before = proxy.connections
            async with httpx2.AsyncClient(
                proxy=proxy.url, limits=limits, headers={"X-Team": "search"}
            ) as http:
                client = AsyncMemoryAPIClient(base_url=server_url, http_client=http)
                for _ in range(3):
                    await client.health_check()
            counts.append(proxy.connections - before)

    # Kept alive: one connection for three requests; none kept alive: one each.
    assert counts == [1, 3]
    assert len(proxy.requests) == 6
    for request in proxy.requests:
        assert request.target == f"{server_url}/v1/health"  # absolute form: a proxy request
        assert request.headers["x-team"] == "search"
        assert request.headers["user-agent"].startswith("agent-memory-client/")


async def test_an_httpx2_clients_connection_errors_are_the_sdks() -> None:
    async with httpx2.AsyncClient() as http:
        client = AsyncMemoryAPIClient(
            base_url=f"http://127.0.0.1:{closed_port()}", http_client=http, retry_policy=QUICK
        )
        with pytest.raises(MemoryConnectionError) as failure:
            await client.health_check()

    assert failure.value.attempts == 3  # refused connections are retried, as with httpx
    assert isinstance(failure.value.__cause__, httpx.ConnectError)
    assert "3 attempts" in str(failure.value)


async def test_an_httpx2_clients_timeouts_are_the_sdks() -> None:
    # A port that accepts connections (the kernel does, for the backlog) and never answers.
    with listen() as silent:
        base_url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        async with httpx2.AsyncClient(timeout=httpx2.Timeout(0.2)) as http:
            client = AsyncMemoryAPIClient(
                base_url=base_url, http_client=http, max_retries=1, retry_policy=QUICK
            )
            assert client.timeout == httpx.Timeout(0.2)  # the client's own timeout applies
            with pytest.raises(MemoryTimeoutError) as failure:
                await client.health_check()

    assert failure.value.attempts == 2
    assert "0.2s per attempt" in str(failure.value)
