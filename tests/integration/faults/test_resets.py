"""Connection resets between client and server, from the HTTP fault proxy.

What a client can know decides what it may repeat: a request on a connection that was
refused or already reset never reached the server, so any operation may be sent again; a
request written to a new connection that then broke without a response may have been
applied, so only operations that are safe to repeat are sent again.
"""

from __future__ import annotations

from collections.abc import Callable
from time import monotonic

import pytest

from agent_memory_client import MemoryConnectionError, RetryPolicy

from .clients import Client, Scope
from .http_proxy import HttpFaultProxy
from .operations import ALL, BY_NAME, Op, wait_searchable
from .servers import KillableServer

MakeClient = Callable[..., Client]

NON_IDEMPOTENT = [op for op in ALL if not op.idempotent]
IDEMPOTENT_SAMPLE = [
    BY_NAME[name]
    for name in (
        "get_working_memory",
        "set_working_memory",
        "delete_working_memory",
        "create_long_term_memories",
        "search_long_term_memory",
        "memory_prompt",
    )
]


@pytest.mark.parametrize("op", ALL, ids=lambda op: op.name)
async def test_pooled_connection_reset_before_the_call_is_transparent(
    op: Op, proxy: HttpFaultProxy, make_client: MakeClient, scope: Scope
) -> None:
    """The keep-alive connection was reset while idle (a restart, an idle timeout on the
    way): the call goes out once, on a new connection, and succeeds."""
    client = make_client(base_url=proxy.url)
    prepared = await op.prepare(client, scope)
    await client.health_check()  # a pooled connection, also for operations without setup
    assert proxy.reset_idle_connections() >= 1
    method, path = op.request(scope, prepared)
    before = proxy.count(method, path)
    reset_connections = {e.connection for e in proxy.exchanges}
    seen = len(proxy.exchanges)

    await op.call(client, scope, prepared)

    assert proxy.count(method, path) == before + 1, proxy.describe()
    # Everything after the reset went over new connections.
    assert all(e.connection not in reset_connections for e in proxy.exchanges[seen:])


@pytest.mark.parametrize(
    "op",
    [BY_NAME["get_working_memory"], BY_NAME["create_long_term_memories"], *NON_IDEMPOTENT],
    ids=lambda op: op.name,
)
async def test_refused_connection_is_retried_and_succeeds(
    op: Op, proxy: HttpFaultProxy, make_client: MakeClient, scope: Scope
) -> None:
    """Connection refused (the kernel's reset to the SYN): nothing was sent, so every
    operation is retried. The proxy listens again after 0.15 s; the first retry comes
    0.3-0.4 s after the first attempt."""
    client = make_client(
        base_url=proxy.url, retry_policy=RetryPolicy(initial_delay=0.4, max_delay=0.4)
    )
    prepared = await op.prepare(client, scope)
    proxy.reset_idle_connections(settle=0.0)
    method, path = op.request(scope, prepared)
    before = proxy.count(method, path)
    proxy.refuse_connections(0.15)
    started = monotonic()

    try:
        await op.call(client, scope, prepared)
    finally:
        proxy.wait_listening()  # fails the test if the proxy could not take its port back

    assert monotonic() - started >= 0.25  # the first attempt was refused, then a backoff
    assert proxy.count(method, path) == before + 1, proxy.describe()


@pytest.mark.parametrize("fault", ["reset_before_forward", "reset_after_forward"])
@pytest.mark.parametrize("op", IDEMPOTENT_SAMPLE, ids=lambda op: op.name)
async def test_idempotent_request_reset_without_a_response_is_retried(
    op: Op, fault: str, proxy: HttpFaultProxy, make_client: MakeClient, scope: Scope
) -> None:
    """A reset after the request was written, before any response byte: a request that
    is safe to repeat is sent again and the call succeeds."""
    client = make_client(base_url=proxy.url)
    prepared = await op.prepare(client, scope)
    method, path = op.request(scope, prepared)
    before = proxy.count(method, path)
    getattr(proxy, fault)(method, path)

    await op.call(client, scope, prepared)

    reached = 2 if fault == "reset_after_forward" else 1
    assert proxy.count(method, path) == before + reached, proxy.describe()


@pytest.mark.parametrize("op", NON_IDEMPOTENT, ids=lambda op: op.name)
async def test_non_idempotent_request_reset_after_the_server_got_it_is_not_repeated(
    op: Op, proxy: HttpFaultProxy, make_client: MakeClient, scope: Scope
) -> None:
    """The server received the request and answered; the client got a reset instead of
    the answer, on a connection opened for this request. It cannot know whether the
    operation ran, so it raises MemoryConnectionError and sends nothing again."""
    client = make_client(base_url=proxy.url)
    prepared = await op.prepare(client, scope)  # nothing for these: the connection is new
    method, path = op.request(scope, prepared)
    proxy.reset_after_forward(method, path)

    with pytest.raises(MemoryConnectionError):
        await op.call(client, scope, prepared)

    assert proxy.count(method, path) == 1, proxy.describe()
    # The scenario is "a new connection": on a reused one the client could not tell this
    # apart from a connection the server had closed while idle.
    assert [e.on_reused_connection for e in proxy.exchanges if e.path == path] == [False]


async def test_forget_reset_after_the_server_ran_it_ran_exactly_once(
    server: KillableServer, proxy: HttpFaultProxy, make_client: MakeClient, scope: Scope
) -> None:
    """What the caller of a broken forget can rely on: it ran once (the server deleted the
    memories) although the call raised, and it was not sent a second time."""
    direct = make_client(base_url=server.url)
    created = await direct.create_long_term_memories(
        [{"text": f"Hal note {n}", "user_id": scope.user_id} for n in range(3)]
    )
    for memory in created.memories:
        await wait_searchable(direct, scope, memory.id)
    client = make_client(base_url=proxy.url)
    proxy.reset_after_forward("POST", "/v1/long-term-memory/forget")

    with pytest.raises(MemoryConnectionError):
        await client.forget_long_term_memories({"budget": 1}, user_id=scope.user_id, dry_run=False)

    assert proxy.count("POST", "/v1/long-term-memory/forget") == 1
    left = await direct.search_long_term_memory(user_id=scope.user_id, limit=10)
    assert len(left.memories) == 1
