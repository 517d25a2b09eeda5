"""Retries: transient failures are retried when repeating the request is safe, and only then.

Written once for the async client; scripts/unasync.py generates the sync twin in ``_sync/``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx
import pytest

from agent_memory_client import (
    AsyncMemoryAPIClient,
    MemoryAPIStatusError,
    MemoryConnectionError,
    MemoryInternalServerError,
    MemoryNotFoundError,
    MemoryRateLimitError,
    MemoryTimeoutError,
    RetryPolicy,
)

from .support import MEMORY, PROMPT, Connect

if TYPE_CHECKING:
    from tests.unit.conftest import FakeServer

SEARCH: dict[str, Any] = {
    "memories": [{"id": "m-1", "text": "User likes tea", "dist": 0.1, "score": 0.9}],
    "total": 1,
    "next_offset": None,
}
VIEW: dict[str, Any] = {"id": "view-1", "source": "long_term", "group_by": ["user_id"]}
TASK: dict[str, Any] = {"id": "task-1", "type": "summary_view_full_run", "status": "pending"}
PARTITION: dict[str, Any] = {
    "view_id": "view-1",
    "group": {"user_id": "alice"},
    "summary": "s",
    "memory_count": 1,
}
FORGET_REPORT: dict[str, Any] = {"scanned": 1, "deleted": 0, "deleted_ids": [], "dry_run": True}


def unavailable(server: FakeServer) -> Any:
    return server.status(503, {"detail": "Service Unavailable"})


# Operations that may safely be sent twice: reads, PUT/PATCH/DELETE, the two read-only
# POSTs, and creation (the client assigns the ids, so a repeat overwrites the same records).
SAFE_TO_REPEAT: list[tuple[str, tuple[Any, ...], Any]] = [
    ("get_long_term_memory", ("m-1",), MEMORY),
    ("search_long_term_memory", ("tea",), SEARCH),
    ("memory_prompt", ("q",), PROMPT),
    ("create_long_term_memories", ([{"text": "User likes tea"}],), {"status": "ok"}),
    ("set_working_memory", ("s1", {"messages": []}), {"session_id": "s1"}),
    ("edit_memory", ("m-1", {"text": "new"}), MEMORY),
    ("delete_long_term_memories", (["m-1"],), {"status": "ok"}),
]
# POSTs with a side effect each time: never repeated once the server may have seen them.
NOT_SAFE_TO_REPEAT: list[tuple[str, tuple[Any, ...], Any]] = [
    ("forget", ({"max_age_days": 30},), FORGET_REPORT),
    ("compact", (), {"status": "ok"}),
    ("create_summary_view", ({"source": "long_term"},), VIEW),
    ("run_summary_view", ("view-1",), TASK),
    ("run_summary_view_partition", ("view-1", {"user_id": "alice"}), PARTITION),
]


@pytest.mark.parametrize(("method", "args", "reply"), SAFE_TO_REPEAT)
async def test_a_503_is_retried_when_the_request_is_safe_to_repeat(
    client: AsyncMemoryAPIClient,
    server: FakeServer,
    method: str,
    args: tuple[Any, ...],
    reply: Any,
) -> None:
    if method == "set_working_memory":  # its first write reads the session's key first
        server.reply(server.status(404, {"detail": "Session not found"}))
    server.reply(unavailable(server), reply)
    await getattr(client, method)(*args)
    first, second = server.requests[-2:]
    assert (first.method, first.url) == (second.method, second.url)
    assert first.content == second.content  # the same ids, so a repeat overwrites


@pytest.mark.parametrize(("method", "args", "reply"), NOT_SAFE_TO_REPEAT)
async def test_a_503_is_not_retried_for_a_post_with_side_effects(
    client: AsyncMemoryAPIClient,
    server: FakeServer,
    method: str,
    args: tuple[Any, ...],
    reply: Any,
) -> None:
    server.reply(unavailable(server), reply)
    with pytest.raises(MemoryInternalServerError) as caught:
        await getattr(client, method)(*args)
    assert caught.value.status_code == 503
    assert len(server.requests) == 1


@pytest.mark.parametrize(("method", "args", "reply"), NOT_SAFE_TO_REPEAT)
async def test_a_refused_connection_is_retried_for_every_request(
    client: AsyncMemoryAPIClient,
    server: FakeServer,
    method: str,
    args: tuple[Any, ...],
    reply: Any,
) -> None:
    # The request never reached the server, so even a POST with side effects is safe.
    server.reply(httpx.ConnectError("[Errno 111] Connection refused"), reply)
    await getattr(client, method)(*args)
    assert len(server.requests) == 2


@pytest.mark.parametrize(("method", "args", "reply"), NOT_SAFE_TO_REPEAT)
async def test_a_broken_connection_is_not_retried_for_a_post_with_side_effects(
    client: AsyncMemoryAPIClient,
    server: FakeServer,
    method: str,
    args: tuple[Any, ...],
    reply: Any,
) -> None:
    # The server may have acted on it before the connection broke.
    server.reply(httpx.ReadError("[Errno 104] Connection reset by peer"), reply)
    with pytest.raises(MemoryConnectionError):
        await getattr(client, method)(*args)
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    "failure",
    [
        httpx.ReadError("[Errno 104] Connection reset by peer"),
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
        httpx.ReadTimeout("timed out"),
    ],
)
async def test_a_broken_connection_is_retried_for_a_read(
    client: AsyncMemoryAPIClient, server: FakeServer, failure: Exception
) -> None:
    server.reply(failure, SEARCH)
    results = await client.search_long_term_memory(text="tea")
    assert [m.id for m in results.memories] == ["m-1"]
    assert len(server.requests) == 2


@pytest.mark.parametrize("code", [408, 409, 429, 500, 502, 503, 504])
async def test_transient_statuses_are_retried(
    client: AsyncMemoryAPIClient, server: FakeServer, code: int
) -> None:
    server.reply(server.status(code, {"detail": "try again"}), MEMORY)
    memory = await client.get_long_term_memory("m-1")
    assert memory.text == "User likes tea"
    assert len(server.requests) == 2


@pytest.mark.parametrize("code", [400, 401, 403, 404, 422])
async def test_client_errors_are_not_retried(
    client: AsyncMemoryAPIClient, server: FakeServer, code: int
) -> None:
    detail: Any = (
        [{"loc": ["path", "memory_id"], "msg": "bad", "type": "x"}] if code == 422 else "no"
    )
    server.reply(server.status(code, {"detail": detail}), MEMORY)
    with pytest.raises(MemoryAPIStatusError) as caught:
        await client.get_long_term_memory("m-1")
    assert caught.value.status_code == code
    assert len(server.requests) == 1


async def test_a_429_with_retry_after_zero_is_retried(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(server.status(429, {"detail": "slow down"}, {"Retry-After": "0"}), MEMORY)
    await client.get_long_term_memory("m-1")
    assert len(server.requests) == 2


@pytest.mark.parametrize(
    "headers", [{"Retry-After": "120"}, {"retry-after-ms": "90000"}, {"Retry-After": "61"}]
)
async def test_a_retry_after_beyond_the_cap_surfaces_the_rate_limit(
    client: AsyncMemoryAPIClient, server: FakeServer, headers: dict[str, str]
) -> None:
    server.reply(server.status(429, {"detail": "slow down"}, headers), MEMORY)
    with pytest.raises(MemoryRateLimitError) as caught:
        await client.get_long_term_memory("m-1")
    expected = float(headers.get("Retry-After") or int(headers["retry-after-ms"]) / 1000)
    assert caught.value.retry_after == pytest.approx(expected)
    assert caught.value.status_code == 429
    assert len(server.requests) == 1


@pytest.mark.parametrize("hint", ["soon", "Tomorrow at noon"])
async def test_a_garbled_retry_after_falls_back_to_the_backoff(
    client: AsyncMemoryAPIClient, server: FakeServer, hint: str
) -> None:
    server.reply(server.status(503, {"detail": "busy"}, {"Retry-After": hint}), MEMORY)
    memory = await client.get_long_term_memory("m-1")
    assert memory.text == "User likes tea"
    assert len(server.requests) == 2


async def test_the_cap_on_retry_after_is_configurable(connect: Connect, server: FakeServer) -> None:
    policy = RetryPolicy(max_retries=2, initial_delay=0.001, max_delay=0.01, max_retry_after=0.0)
    client = connect(retry_policy=policy)
    server.reply(server.status(429, {"detail": "slow down"}, {"Retry-After": "1"}), MEMORY)
    with pytest.raises(MemoryRateLimitError):
        await client.get_long_term_memory("m-1")
    assert len(server.requests) == 1


async def test_it_gives_up_after_max_retries_with_the_last_error(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(
        server.status(503, {"detail": "first"}),
        server.status(502, {"detail": "second"}),
        server.status(500, {"detail": "third"}),
        MEMORY,
    )
    with pytest.raises(MemoryInternalServerError) as caught:
        await client.get_long_term_memory("m-1")
    assert (caught.value.status_code, caught.value.detail) == (500, "third")
    assert len(server.requests) == 3


async def test_it_gives_up_on_a_server_that_stays_unreachable(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.default = httpx.ConnectError("[Errno 111] Connection refused")
    with pytest.raises(MemoryConnectionError):
        await client.health_check()
    assert len(server.requests) == 3


async def test_it_gives_up_on_a_server_that_keeps_timing_out(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.default = httpx.ReadTimeout("timed out")
    with pytest.raises(MemoryTimeoutError):
        await client.get_long_term_memory("m-1")
    assert len(server.requests) == 3


@pytest.mark.parametrize(
    ("retries", "wording"),
    [
        (0, "(1 attempt, not retried)"),
        (1, "(2 attempts: retried once)"),
        (2, "(3 attempts: retried 2 times)"),
    ],
)
async def test_a_connection_error_says_whether_it_was_retried(
    connect: Connect, server: FakeServer, retries: int, wording: str
) -> None:
    client = connect(max_retries=retries)
    server.default = httpx.ConnectError("refused")
    with pytest.raises(MemoryConnectionError) as failure:
        await client.get_long_term_memory("m-1")
    assert str(failure.value).endswith(f"ConnectError: refused {wording}")
    assert failure.value.attempts == retries + 1


@pytest.mark.parametrize(
    "options",
    [
        {"max_retries": 0},
        {"retry_policy": RetryPolicy(max_retries=0)},
        {"max_retries": 0, "retry_policy": RetryPolicy(max_retries=5)},
    ],
)
async def test_max_retries_zero_means_one_attempt(
    connect: Connect, server: FakeServer, options: dict[str, Any]
) -> None:
    client = connect(**options)
    server.default = unavailable(server)
    with pytest.raises(MemoryInternalServerError):
        await client.get_long_term_memory("m-1")
    assert len(server.requests) == 1


async def test_max_retries_sets_the_number_of_retries_of_a_policy(
    connect: Connect, server: FakeServer
) -> None:
    client = connect(max_retries=1)
    server.default = unavailable(server)
    with pytest.raises(MemoryInternalServerError):
        await client.get_long_term_memory("m-1")
    assert len(server.requests) == 2
    assert client.max_retries == 1


async def test_a_retry_reaches_a_server_behind_a_path_prefix(
    connect: Connect, server: FakeServer
) -> None:
    # A reverse proxy serving the API under /memory must not change which requests retry.
    client = connect(base_url="http://proxy.test/memory")
    server.reply(unavailable(server), SEARCH)
    await client.search_long_term_memory(text="tea")
    assert [str(r.url) for r in server.requests] == [
        "http://proxy.test/memory/v1/long-term-memory/search?optimize_query=false"
    ] * 2


async def test_a_404_is_neither_retried_nor_hidden(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(server.status(404, {"detail": "Memory not found"}), MEMORY)
    with pytest.raises(MemoryNotFoundError):
        await client.get_long_term_memory("m-1")
    assert len(server.requests) == 1
