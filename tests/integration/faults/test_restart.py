"""The server is SIGKILLed mid-run and started again on the same port (Redis keeps its
data): calls during the downtime raise MemoryConnectionError, the same client object works
again afterwards, and every acknowledged working-memory write is still there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from agent_memory_client import MemoryConnectionError

from .clients import Client, Scope
from .servers import KillableServer

MakeClient = Callable[..., Client]


async def test_calls_fail_while_the_server_is_down_and_work_after_restart(
    server: KillableServer, make_client: MakeClient, scope: Scope
) -> None:
    client = make_client(base_url=server.url)
    acknowledged: dict[str, dict[str, Any]] = {}
    for n in range(3):
        session = f"{scope.session}x{n}"
        written = await client.set_working_memory(
            session,
            {
                "messages": [{"role": "user", "content": f"note {n}"}],
                "data": {"n": n, "tags": ["a", "b"]},
            },
            **scope.kw,
        )
        acknowledged[session] = written.to_dict()
    appended = await client.append_messages_to_working_memory(
        f"{scope.session}x0", [{"role": "assistant", "content": "noted"}], **scope.kw
    )
    acknowledged[f"{scope.session}x0"] = appended.to_dict()

    server.kill()
    with pytest.raises(MemoryConnectionError):
        await client.get_working_memory(f"{scope.session}x0", **scope.kw)
    with pytest.raises(MemoryConnectionError):
        await client.set_working_memory(f"{scope.session}x1", {"data": {"lost": True}}, **scope.kw)
    server.restart()

    await client.health_check()
    for session, written in acknowledged.items():
        now = (await client.get_working_memory(session, **scope.kw)).to_dict()
        assert now["messages"] == written["messages"], session
        assert now["data"] == written["data"], session
