"""Timeout and connection errors say how many attempts were actually made: an integer
``attempts`` on the exception, and "1 attempt, not retried" / "3 attempts: retried 2 times"
in its message."""

from __future__ import annotations

import re
import socket
from collections.abc import Callable

import pytest

from agent_memory_client import MemoryConnectionError, MemoryTimeoutError

from .clients import Client, Scope
from .http_proxy import HttpFaultProxy
from .operations import BY_NAME, FORGET_POLICY

MakeClient = Callable[..., Client]
FORGET = "/v1/long-term-memory/forget"


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _assert_attempts(error: Exception, count: int) -> None:
    attempts = getattr(error, "attempts", None)
    assert attempts == count, f"attempts={attempts!r} on {type(error).__name__}: {error}"
    assert isinstance(attempts, int)
    wording = "1 attempt, not retried" if count == 1 else f"{count} attempts: retried"
    assert re.search(rf"\b{wording}\b", str(error)), str(error)


@pytest.mark.parametrize("max_retries", [0, 2])
async def test_refused_connection_states_the_attempts(
    max_retries: int, make_client: MakeClient, scope: Scope
) -> None:
    client = make_client(base_url=f"http://127.0.0.1:{_closed_port()}", max_retries=max_retries)

    with pytest.raises(MemoryConnectionError) as caught:
        await client.get_working_memory(scope.session, **scope.kw)

    _assert_attempts(caught.value, max_retries + 1)


async def test_timeout_of_a_retried_read_states_three_attempts(
    proxy: HttpFaultProxy, make_client: MakeClient, scope: Scope
) -> None:
    op = BY_NAME["get_working_memory"]
    # The setup writes with the default timeout: 0.2 s is for the stalled read only.
    prepared = await op.prepare(make_client(base_url=proxy.url), scope)
    client = make_client(base_url=proxy.url, timeout=0.2, max_retries=2)
    method, path = op.request(scope, prepared)
    before = proxy.count(method, path)
    proxy.stall_headers(method, path, 2.0, times=3)

    with pytest.raises(MemoryTimeoutError) as caught:
        await op.call(client, scope, prepared)

    _assert_attempts(caught.value, 3)
    assert proxy.count(method, path) == before + 3, proxy.describe()


async def test_timeout_of_forget_states_one_attempt(
    proxy: HttpFaultProxy, make_client: MakeClient, scope: Scope
) -> None:
    client = make_client(base_url=proxy.url, timeout=0.2, max_retries=2)
    proxy.stall_headers("POST", FORGET, 2.0)

    with pytest.raises(MemoryTimeoutError) as caught:
        await client.forget_long_term_memories(FORGET_POLICY, user_id=scope.user_id, dry_run=False)

    _assert_attempts(caught.value, 1)
    assert proxy.count("POST", FORGET) == 1


async def test_reset_forget_states_one_attempt(
    proxy: HttpFaultProxy, make_client: MakeClient, scope: Scope
) -> None:
    client = make_client(base_url=proxy.url, max_retries=2)
    proxy.reset_after_forward("POST", FORGET)

    with pytest.raises(MemoryConnectionError) as caught:
        await client.forget_long_term_memories(FORGET_POLICY, user_id=scope.user_id, dry_run=False)

    _assert_attempts(caught.value, 1)
