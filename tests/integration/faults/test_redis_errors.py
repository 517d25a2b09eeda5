"""Redis failing under the server while a read-modify-write helper runs.

Server 0.15.2 answers 404 "Session not found" when its Redis read of a session fails
(``working_memory.get_working_memory`` catches every exception and returns None; see
test_harness_faults). A helper that takes that 404 for a missing session writes back a
session made of its own change alone, and everything the session held is gone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from agent_memory_client import MemoryClientError

from .clients import Client, Scope
from .redis_proxy import RedisProxy
from .servers import KillableServer

MakeClient = Callable[..., Client]

DATA = {"trip": "Italy", "budget": 1200}


def _message(n: int) -> dict[str, str]:
    return {"role": "user", "content": f"message number {n}"}


def _promotion_read_done(session: str) -> Callable[[RedisProxy], bool]:
    """True once the server's background promotion has read the session after the last
    write: the one JSON.GET that follows the last JSON.SET of the session."""

    def done(proxy: RedisProxy) -> bool:
        names = [c.name for c in proxy.commands(key=session)]
        if "JSON.SET" not in names:
            return True
        last_write = len(names) - 1 - names[::-1].index("JSON.SET")
        return "JSON.GET" in names[last_write + 1 :]

    return done


async def _contents(client: Client, scope: Scope) -> tuple[list[str], Any]:
    memory = await client.get_working_memory(scope.session, **scope.kw)
    return [m.content for m in memory.messages], memory.to_dict().get("data")


@pytest.mark.parametrize("failing_append", [1, 3, 5])
async def test_one_failed_session_read_during_appends_loses_nothing(
    failing_append: int,
    server: KillableServer,
    redis_faults: RedisProxy,
    make_client: MakeClient,
    scope: Scope,
) -> None:
    """Five appends of one message each; the server's Redis read of the session fails
    once, during append number ``failing_append``. All five messages and the data stay."""
    client = make_client(base_url=server.url)
    await client.set_working_memory(scope.session, {"data": DATA}, **scope.kw)
    errors = []

    for n in range(1, 6):
        if n > 1:
            # A write with messages starts the server's background promotion, which
            # reads the session too: wait for that read, so the error hits the helper's.
            redis_faults.wait_for(_promotion_read_done(scope.session), what="promotion")
        if n == failing_append:
            redis_faults.fail("JSON.GET", key=scope.session)
        try:
            await client.append_messages_to_working_memory(scope.session, [_message(n)], **scope.kw)
        except MemoryClientError as exc:  # the target: recovered, but tell it if not
            errors.append(f"append {n}: {type(exc).__name__}: {exc}")
    messages, data = await _contents(client, scope)

    expected = [f"message number {n}" for n in range(1, 6)]
    assert redis_faults.injected("JSON.GET") == 1
    assert (messages, data) == (expected, DATA), (
        f"{len(set(messages) & set(expected))} of 5 messages left, data "
        f"{'kept' if data == DATA else f'now {data!r}'}; errors: {errors}"
    )
    assert not errors


@pytest.mark.parametrize("helper", ["append_messages", "update_data"])
async def test_session_reads_failing_for_a_while_raise_and_keep_the_session(
    helper: str,
    server: KillableServer,
    redis_faults: RedisProxy,
    make_client: MakeClient,
    scope: Scope,
) -> None:
    """Every read of the session fails: the helper raises a MemoryClientError rather than
    report a success, and once Redis answers again the session holds what it held."""
    client = make_client(base_url=server.url)
    await client.set_working_memory(
        scope.session, {"messages": [_message(1), _message(2)], "data": DATA}, **scope.kw
    )
    redis_faults.wait_for(_promotion_read_done(scope.session), what="promotion")
    redis_faults.fail("JSON.GET", key=scope.session, times=None)

    outcome = "returned normally"
    try:
        if helper == "append_messages":
            await client.append_messages_to_working_memory(scope.session, [_message(3)], **scope.kw)
        else:
            await client.update_working_memory_data(scope.session, {"budget": 900}, **scope.kw)
    except MemoryClientError as exc:
        outcome = f"raised {type(exc).__name__}"
    finally:
        redis_faults.clear()
    messages, data = await _contents(client, scope)

    assert (messages, data) == (["message number 1", "message number 2"], DATA), outcome
    assert outcome.startswith("raised")
