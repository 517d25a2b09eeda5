"""A 500 from the real server, then a request that must not be repeated.

uvicorn closes the connection a few milliseconds after answering an unhandled exception
with 500 (see test_harness_faults). A client that puts that connection back in its pool
sends the next request on it and loses the race with the close: the request fails with
no response, and a forget or compact is not retried then. The 500 comes from a Redis
error injected into the FT.SEARCH of a forget, which the server does not catch.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from agent_memory_client import MemoryClientError, MemoryInternalServerError

from .clients import Client, Scope
from .operations import BY_NAME, FORGET_POLICY, Op, Prepared
from .redis_proxy import RedisProxy
from .servers import KillableServer

MakeClient = Callable[..., Client]
ROUNDS = 30


async def _answer_500(client: Client, redis: RedisProxy, scope: Scope) -> None:
    # Every FT.SEARCH of this user fails while armed, so the 500 surfaces however many
    # times the client tries the dry run.
    redis.fail("FT.SEARCH", key=scope.user_id, times=None)
    try:
        with pytest.raises(MemoryInternalServerError) as caught:
            await client.forget_long_term_memories(
                FORGET_POLICY, user_id=scope.user_id, dry_run=True
            )
    finally:
        redis.clear()
    assert caught.value.status_code == 500


@pytest.mark.parametrize(
    "op",
    [BY_NAME["forget_long_term_memories"], BY_NAME["compact_long_term_memories"]],
    ids=lambda op: op.name,
)
async def test_non_idempotent_call_right_after_a_500_succeeds(
    op: Op,
    server: KillableServer,
    redis_faults: RedisProxy,
    make_client: MakeClient,
    scope: Scope,
) -> None:
    client = make_client(base_url=server.url)
    await client.health_check()
    failures = []

    for round_number in range(ROUNDS):
        await _answer_500(client, redis_faults, scope)
        try:
            await op.call(client, scope, Prepared())
        except MemoryClientError as exc:
            failures.append(f"round {round_number}: {type(exc).__name__}: {exc}")

    assert not failures, f"{len(failures)} of {ROUNDS} failed, e.g. {failures[0]}"
