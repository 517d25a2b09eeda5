"""Every server operation of the clients, as data: what to set up first, the call itself,
and the request it sends (so a proxy can break exactly that request and count it)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from time import monotonic
from typing import Any

from .clients import Client, Scope

__all__ = ["ALL", "BY_NAME", "Op", "Prepared"]

POLL_TIMEOUT = 10.0

# Forgets nothing for a new user (nothing of theirs is ten years old): safe to repeat, so a
# test can tell from the proxy's count alone whether it was sent twice.
FORGET_POLICY = {"max_age_days": 3650}


@dataclass
class Prepared:
    """What a setup made: ids the call and the path need."""

    memory_id: str = ""
    view_id: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Op:
    name: str
    method: str
    path: Callable[[Scope, Prepared], str]
    call: Callable[[Client, Scope, Prepared], Awaitable[Any]]
    setup: Callable[[Client, Scope], Awaitable[Prepared]] | None = None
    # Safe to send twice under the client's documented policy (README, "Retries").
    idempotent: bool = True

    async def prepare(self, client: Client, scope: Scope) -> Prepared:
        return await self.setup(client, scope) if self.setup is not None else Prepared()

    def request(self, scope: Scope, prepared: Prepared) -> tuple[str, str]:
        return self.method, self.path(scope, prepared)


async def _session(client: Client, scope: Scope) -> Prepared:
    await client.set_working_memory(
        scope.session,
        {"messages": [{"role": "user", "content": "hello there"}], "data": {"kept": 1}},
        **scope.kw,
    )
    return Prepared()


async def wait_searchable(client: Client, scope: Scope, memory_id: str) -> None:
    """Poll until the server has indexed ``memory_id`` (it acknowledges before indexing)."""
    deadline = monotonic() + POLL_TIMEOUT
    while True:
        found = await client.search_long_term_memory(user_id=scope.user_id, limit=100)
        if any(m.id == memory_id for m in found.memories):
            return
        if monotonic() > deadline:
            raise AssertionError(f"memory {memory_id} not searchable after {POLL_TIMEOUT}s")
        await asyncio.sleep(0.03)


async def _memory(client: Client, scope: Scope) -> Prepared:
    memory_id = scope.memory_id()
    await client.create_long_term_memories(
        [{"id": memory_id, "text": "Fay collects old maps", "user_id": scope.user_id}]
    )
    await wait_searchable(client, scope, memory_id)
    return Prepared(memory_id=memory_id)


async def _view(client: Client, scope: Scope) -> Prepared:
    view = await client.create_summary_view(
        {"source": "long_term", "group_by": ["user_id"], "filters": {"user_id": scope.user_id}}
    )
    return Prepared(view_id=view.id)


def _fixed(path: str) -> Callable[[Scope, Prepared], str]:
    return lambda scope, prepared: path


def _session_path(scope: Scope, prepared: Prepared) -> str:
    return f"/v1/working-memory/{scope.session}"


def _memory_path(scope: Scope, prepared: Prepared) -> str:
    return f"/v1/long-term-memory/{prepared.memory_id}"


def _view_path(scope: Scope, prepared: Prepared) -> str:
    return f"/v1/summary-views/{prepared.view_id}"


ALL: list[Op] = [
    Op("health_check", "GET", _fixed("/v1/health"), lambda c, s, p: c.health_check()),
    Op(
        "list_sessions",
        "GET",
        _fixed("/v1/working-memory/"),
        lambda c, s, p: c.list_sessions(**s.kw),
    ),
    Op(
        "get_working_memory",
        "GET",
        _session_path,
        lambda c, s, p: c.get_working_memory(s.session, **s.kw),
        setup=_session,
    ),
    Op(
        "set_working_memory",
        "PUT",
        _session_path,
        lambda c, s, p: c.set_working_memory(s.session, {"data": {"n": 2}}, **s.kw),
    ),
    Op(
        "delete_working_memory",
        "DELETE",
        _session_path,
        lambda c, s, p: c.delete_working_memory(s.session, **s.kw),
        setup=_session,
    ),
    Op(
        "create_long_term_memories",
        "POST",
        _fixed("/v1/long-term-memory/"),
        lambda c, s, p: c.create_long_term_memories(
            [{"text": "Gus bakes bread", "user_id": s.user_id}]
        ),
    ),
    Op(
        "get_long_term_memory",
        "GET",
        _memory_path,
        lambda c, s, p: c.get_long_term_memory(p.memory_id),
        setup=_memory,
    ),
    Op(
        "edit_memory",
        "PATCH",
        _memory_path,
        lambda c, s, p: c.edit_memory(p.memory_id, {"text": "Fay collects old sea charts"}),
        setup=_memory,
    ),
    Op(
        "delete_long_term_memories",
        "DELETE",
        _fixed("/v1/long-term-memory"),
        lambda c, s, p: c.delete_long_term_memories([p.memory_id]),
        setup=_memory,
    ),
    Op(
        "search_long_term_memory",
        "POST",
        _fixed("/v1/long-term-memory/search"),
        lambda c, s, p: c.search_long_term_memory("maps", user_id=s.user_id),
    ),
    Op(
        "memory_prompt",
        "POST",
        _fixed("/v1/memory/prompt"),
        lambda c, s, p: c.hydrate_memory_prompt("what maps?", user_id=s.user_id),
    ),
    Op(
        "forget_long_term_memories",
        "POST",
        _fixed("/v1/long-term-memory/forget"),
        lambda c, s, p: c.forget_long_term_memories(
            FORGET_POLICY, user_id=s.user_id, dry_run=False
        ),
        idempotent=False,
    ),
    Op(
        "compact_long_term_memories",
        "POST",
        _fixed("/v1/long-term-memory/compact"),
        lambda c, s, p: c.compact_long_term_memories(user_id=s.user_id),
        idempotent=False,
    ),
    Op(
        "create_summary_view",
        "POST",
        _fixed("/v1/summary-views"),
        lambda c, s, p: c.create_summary_view(
            {"source": "long_term", "group_by": ["user_id"], "filters": {"user_id": s.user_id}}
        ),
        idempotent=False,
    ),
    Op(
        "list_summary_views",
        "GET",
        _fixed("/v1/summary-views"),
        lambda c, s, p: c.list_summary_views(),
    ),
    Op(
        "get_summary_view",
        "GET",
        _view_path,
        lambda c, s, p: c.get_summary_view(p.view_id),
        setup=_view,
    ),
    Op(
        "delete_summary_view",
        "DELETE",
        _view_path,
        lambda c, s, p: c.delete_summary_view(p.view_id),
        setup=_view,
    ),
]

BY_NAME = {op.name: op for op in ALL}
