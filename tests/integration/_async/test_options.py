"""Per-call options, ``with_options`` and ``with_raw_response`` against the real server.

Each option is seen where it acts: a timeout that expires, a header the token server
accepts (and an event hook of the user's own httpx client sees), a query parameter and a
body field the server obeys, a derived client's settings and shared state, and the
response a raw call returns. Written once for the async client; scripts/unasync.py
generates the sync twin in ``_sync/``.
"""

from __future__ import annotations

import datetime as dt

import httpx
import pytest

from agent_memory_client import (
    AsyncMemoryAPIClient,
    MemoryAuthenticationError,
    MemoryClientClosedError,
    MemoryNotFoundError,
    MemoryTimeoutError,
)
from agent_memory_client.types import MemoryRecordResults, RawResponse, WorkingMemoryResponse

from .support import unique

HELLO = [{"role": "user", "content": "hello"}]


async def test_a_calls_timeout_holds_for_that_call_only(client: AsyncMemoryAPIClient) -> None:
    # No server answers a search within a microsecond.
    with pytest.raises(
        MemoryTimeoutError, match=r"after 1e-06s per attempt \(1 attempt, not retried\)"
    ):
        await client.with_options(max_retries=0).search_long_term_memory("tea", timeout=1e-6)
    results = await client.search_long_term_memory("tea", limit=1)
    assert isinstance(results, MemoryRecordResults)


async def test_extra_headers_reach_the_server(auth_server: tuple[str, str]) -> None:
    url, token = auth_server
    seen: list[httpx.Headers] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(request.headers)

    async with (
        httpx.AsyncClient(event_hooks={"request": [hook]}) as http,
        AsyncMemoryAPIClient(base_url=url, http_client=http) as client,
    ):
        with pytest.raises(MemoryAuthenticationError):
            await client.list_sessions()
        # The caller names Authorization: its explicit choice of a token for this call.
        listed = await client.list_sessions(
            extra_headers={"Authorization": f"Bearer {token}", "X-Request-Id": "r-1"}
        )
        assert listed.total >= 0
        with pytest.raises(MemoryAuthenticationError):
            await client.list_sessions()  # nothing of the last call stays behind
    assert [h.get("x-request-id") for h in seen] == [None, "r-1", None]


async def test_extra_query_reaches_the_server(client: AsyncMemoryAPIClient, user: str) -> None:
    for _ in range(2):
        await client.set_working_memory(unique("session"), {"messages": HELLO}, user_id=user)
    everything = await client.list_sessions(user_id=user)
    one = await client.list_sessions(user_id=user, extra_query={"limit": 1})
    assert (len(everything.sessions), len(one.sessions), one.total) == (2, 1, 2)


async def test_extra_body_reaches_the_server(client: AsyncMemoryAPIClient, session: str) -> None:
    await client.set_working_memory(
        session, {"messages": HELLO}, extra_body={"context": "they said hello"}
    )
    stored = await client.get_working_memory(session)
    assert (stored.context, stored.messages[0].content) == ("they said hello", "hello")


async def test_with_options_shares_the_pool_and_what_the_client_knows(
    server_url: str, user: str
) -> None:
    client = AsyncMemoryAPIClient(base_url=server_url)
    async with client:  # closed by the test too: closing twice is harmless
        derived = client.with_options(timeout=10.0, max_retries=1, default_headers={"X-App": "d"})
        assert (derived.timeout.read, derived.max_retries) == (10.0, 1)
        created = await derived.create_long_term_memories(
            [{"text": "Tea at four", "user_id": user}]
        )
        # Read-your-writes is shared: the parent waits for the derived client's new memory.
        stored = await client.get_long_term_memory(created.memories[0].id)
        assert stored.text == "Tea at four"
        await derived.close()
        with pytest.raises(MemoryClientClosedError):
            await derived.health_check()
        assert (await client.health_check()).now > 0  # the pool is still open
        other = client.with_options(timeout=5.0)
        await client.close()
        with pytest.raises(MemoryClientClosedError):
            await other.health_check()


async def test_a_raw_response_describes_the_response(
    client: AsyncMemoryAPIClient, session: str, user: str
) -> None:
    health = await client.with_raw_response.health_check()
    assert health.status_code == 200
    assert health.headers["content-type"] == "application/json"
    assert health.elapsed > dt.timedelta(0)
    assert health.parse().now > 0

    # A write answers with its PUT, whatever it read first.
    written: RawResponse[
        WorkingMemoryResponse
    ] = await client.with_raw_response.append_messages_to_working_memory(
        session, HELLO, user_id=user, timeout=10.0
    )
    assert (written.status_code, written.method) == (200, "PUT")
    assert written.url.path == f"/v1/working-memory/{session}"
    assert written.parse().session_id == session

    created = await client.create_long_term_memories([{"text": "Tea at four", "user_id": user}])
    # The search, not the read-your-writes probe before it.
    found = await client.with_raw_response.search_long_term_memory("tea", user_id=user)
    assert (found.method, found.url.path) == ("POST", "/v1/long-term-memory/search")
    assert [m.id for m in found.parse().memories] == [created.memories[0].id]

    with pytest.raises(MemoryNotFoundError):  # errors raise as usual
        await client.with_raw_response.get_working_memory(unique("session"))
