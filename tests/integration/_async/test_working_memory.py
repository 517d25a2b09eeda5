"""Working memory against the real server: get, put, delete, list sessions and the helpers.

The server scopes a session by session id + namespace + user id, so every test sends the
same unique user and namespace on every call and reads back what the server holds.
"""

from __future__ import annotations

import asyncio
from time import monotonic
from typing import Any

import httpx
import pytest

from agent_memory_client import (
    AsyncMemoryAPIClient,
    MemoryConnectionError,
    MemoryNotFoundError,
    MemoryValidationError,
)
from agent_memory_client.types import WorkingMemoryResponse

from .support import POLL_INTERVAL, POLL_TIMEOUT, closed_port, unique


class Scope:
    """One test's session, user and namespace."""

    def __init__(self) -> None:
        self.session = unique("session")
        self.user_id = unique("user")
        self.namespace = unique("ns")

    @property
    def kw(self) -> dict[str, Any]:
        return {"user_id": self.user_id, "namespace": self.namespace}


@pytest.fixture
def scope() -> Scope:
    return Scope()


def _data(memory: WorkingMemoryResponse) -> Any:
    return memory.to_dict().get("data")


def _conversation(memory: WorkingMemoryResponse) -> list[tuple[str, str]]:
    return [(str(m.role), m.content) for m in memory.messages or []]


class _ReadsFromClosedPort(httpx.AsyncBaseTransport):
    """Sends GETs to a port nothing listens on and every other request to the server."""

    def __init__(self, port: int) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self._port = port

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "GET":
            request.url = request.url.copy_with(port=self._port)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


# -- the three operations -----------------------------------------------------------------


async def test_set_then_get_returns_what_the_server_holds(
    client: AsyncMemoryAPIClient, scope: Scope
) -> None:
    written = await client.set_working_memory(
        scope.session,
        {
            "messages": [
                {"role": "user", "content": "I'm planning a trip to Italy"},
                {"role": "assistant", "content": "Which cities?"},
            ],
            "data": {"trip": {"country": "Italy", "days": 10}, "confirmed": False},
            "context": "The user is planning a holiday.",
        },
        ttl_seconds=600,
        **scope.kw,
    )

    assert written.session_id == scope.session
    read = await client.get_working_memory(scope.session, **scope.kw)
    assert _conversation(read) == [
        ("user", "I'm planning a trip to Italy"),
        ("assistant", "Which cities?"),
    ]
    assert _data(read) == {"trip": {"country": "Italy", "days": 10}, "confirmed": False}
    assert read.context == "The user is planning a holiday."
    assert (read.user_id, read.namespace, read.ttl_seconds) == (scope.user_id, scope.namespace, 600)
    # The client stamps every message with an id and a creation time.
    assert all(m.id and m.created_at for m in read.messages or [])
    assert [m.id for m in read.messages or []] == [m.id for m in written.messages or []]


async def test_put_working_memory_alias_replaces_the_whole_session(
    client: AsyncMemoryAPIClient, scope: Scope
) -> None:
    await client.set_working_memory(
        scope.session,
        {"messages": [{"role": "user", "content": "first"}], "data": {"a": 1}},
        **scope.kw,
    )

    await client.put_working_memory(
        scope.session, {"messages": [{"role": "user", "content": "second"}]}, **scope.kw
    )

    read = await client.get_working_memory(scope.session, **scope.kw)
    assert _conversation(read) == [("user", "second")]
    assert not _data(read)


async def test_get_recent_messages_limit_returns_the_tail(
    client: AsyncMemoryAPIClient, scope: Scope
) -> None:
    await client.set_working_memory(
        scope.session,
        {"messages": [{"role": "user", "content": f"message {i}"} for i in range(5)]},
        **scope.kw,
    )

    read = await client.get_working_memory(scope.session, recent_messages_limit=2, **scope.kw)

    assert _conversation(read) == [("user", "message 3"), ("user", "message 4")]


async def test_get_missing_session_raises_not_found(
    client: AsyncMemoryAPIClient, scope: Scope
) -> None:
    with pytest.raises(MemoryNotFoundError) as failure:
        await client.get_working_memory(scope.session, **scope.kw)

    assert failure.value.status_code == 404
    assert scope.session in str(failure.value)


async def test_delete_working_memory_removes_the_session(
    client: AsyncMemoryAPIClient, scope: Scope
) -> None:
    await client.set_working_memory(
        scope.session, {"messages": [{"role": "user", "content": "bye"}]}, **scope.kw
    )

    ack = await client.delete_working_memory(scope.session, **scope.kw)

    assert ack.status == "ok"
    with pytest.raises(MemoryNotFoundError):
        await client.get_working_memory(scope.session, **scope.kw)
    listed = await client.list_sessions(**scope.kw)
    assert scope.session not in listed.sessions


async def test_client_defaults_scope_working_memory(server_url: str, scope: Scope) -> None:
    async with AsyncMemoryAPIClient(
        base_url=server_url,
        session_id=scope.session,
        user_id=scope.user_id,
        namespace=scope.namespace,
    ) as scoped:
        await scoped.set_working_memory(None, {"messages": [{"role": "user", "content": "hi"}]})
        read = await scoped.get_working_memory()

    assert read.session_id == scope.session
    assert (read.user_id, read.namespace) == (scope.user_id, scope.namespace)
    assert _conversation(read) == [("user", "hi")]


# -- list sessions ------------------------------------------------------------------------


async def test_list_sessions_lists_exactly_the_scope_and_pages(
    client: AsyncMemoryAPIClient, scope: Scope
) -> None:
    sessions = [f"{scope.session}n{i}" for i in range(3)]
    for session in sessions:
        await client.set_working_memory(
            session, {"messages": [{"role": "user", "content": session}]}, **scope.kw
        )
    other_user = unique("user")
    await client.set_working_memory(
        unique("session"),
        {"messages": [{"role": "user", "content": "elsewhere"}]},
        user_id=other_user,
        namespace=scope.namespace,
    )

    everything = await client.list_sessions(**scope.kw)
    first = await client.list_sessions(limit=2, **scope.kw)
    rest = await client.list_sessions(limit=2, offset=2, **scope.kw)

    assert sorted(everything.sessions) == sorted(sessions)
    assert everything.total == 3
    assert len(first.sessions) == 2
    assert len(rest.sessions) == 1
    assert sorted(first.sessions + rest.sessions) == sorted(sessions)
    assert (first.total, rest.total) == (3, 3)
    by_namespace = await client.list_sessions(namespace=scope.namespace)
    assert by_namespace.total == 4


# -- helpers ------------------------------------------------------------------------------


async def test_get_or_create_creates_once_then_finds(
    client: AsyncMemoryAPIClient, scope: Scope
) -> None:
    created, memory = await client.get_or_create_working_memory(scope.session, **scope.kw)

    assert created is True
    assert memory.session_id == scope.session
    assert memory.messages == []
    stored = await client.get_working_memory(scope.session, **scope.kw)
    assert stored.messages == []
    assert (stored.user_id, stored.namespace) == (scope.user_id, scope.namespace)

    await client.append_messages_to_working_memory(
        scope.session, [{"role": "user", "content": "now I exist"}], **scope.kw
    )
    created, memory = await client.get_or_create_working_memory(scope.session, **scope.kw)

    assert created is False
    assert _conversation(memory) == [("user", "now I exist")]


async def test_append_messages_keeps_everything_else(
    client: AsyncMemoryAPIClient, scope: Scope
) -> None:
    await client.set_working_memory(
        scope.session,
        {
            "messages": [{"role": "user", "content": "one"}],
            "data": {"keep": "me"},
            "context": "summary so far",
        },
        **scope.kw,
    )

    await client.append_messages_to_working_memory(
        scope.session,
        [{"role": "assistant", "content": "two"}, {"role": "user", "content": "three"}],
        **scope.kw,
    )

    read = await client.get_working_memory(scope.session, **scope.kw)
    assert _conversation(read) == [("user", "one"), ("assistant", "two"), ("user", "three")]
    assert _data(read) == {"keep": "me"}
    assert read.context == "summary so far"


async def test_append_messages_to_a_missing_session_creates_it(
    client: AsyncMemoryAPIClient, scope: Scope
) -> None:
    await client.append_messages_to_working_memory(
        scope.session, [{"role": "user", "content": "hello"}], **scope.kw
    )

    read = await client.get_working_memory(scope.session, **scope.kw)
    assert _conversation(read) == [("user", "hello")]


async def test_set_working_memory_data_replaces_data_and_keeps_messages(
    client: AsyncMemoryAPIClient, scope: Scope
) -> None:
    await client.set_working_memory(
        scope.session,
        {"messages": [{"role": "user", "content": "keep"}], "data": {"old": 1}},
        **scope.kw,
    )

    await client.set_working_memory_data(scope.session, {"new": {"x": 2}}, **scope.kw)

    read = await client.get_working_memory(scope.session, **scope.kw)
    assert _data(read) == {"new": {"x": 2}}
    assert _conversation(read) == [("user", "keep")]

    await client.set_working_memory_data(
        scope.session, {"only": True}, preserve_existing=False, **scope.kw
    )

    read = await client.get_working_memory(scope.session, **scope.kw)
    assert _data(read) == {"only": True}
    assert _conversation(read) == []


async def test_set_working_memory_data_after_a_failed_read_raises_and_overwrites_nothing(
    client: AsyncMemoryAPIClient, scope: Scope, server_url: str
) -> None:
    await client.set_working_memory(
        scope.session,
        {"messages": [{"role": "user", "content": "precious"}], "data": {"v": 1}},
        **scope.kw,
    )
    # Writes reach the server through this client, reads hit a closed port.
    async with (
        httpx.AsyncClient(transport=_ReadsFromClosedPort(closed_port())) as http,
        AsyncMemoryAPIClient(base_url=server_url, http_client=http, max_retries=0) as flaky,
    ):
        with pytest.raises(MemoryConnectionError):
            await flaky.set_working_memory_data(scope.session, {"v": 2}, **scope.kw)
        with pytest.raises(MemoryConnectionError):
            await flaky.update_working_memory_data(scope.session, {"v": 3}, **scope.kw)
        with pytest.raises(MemoryConnectionError):
            await flaky.append_messages_to_working_memory(
                scope.session, [{"role": "user", "content": "lost"}], **scope.kw
            )
        # A plain write of a session this client has not read yet first reads the server's
        # key for it (no other scope's session may be there): it stops the same way.
        with pytest.raises(MemoryConnectionError):
            await flaky.set_working_memory(
                unique("session"), {"messages": [{"role": "user", "content": "x"}]}, **scope.kw
            )

    read = await client.get_working_memory(scope.session, **scope.kw)
    assert _data(read) == {"v": 1}
    assert _conversation(read) == [("user", "precious")]


async def test_set_working_memory_data_against_a_closed_port_raises(scope: Scope) -> None:
    unreachable = AsyncMemoryAPIClient(base_url=f"http://127.0.0.1:{closed_port()}", max_retries=0)
    try:
        with pytest.raises(MemoryConnectionError) as failure:
            await unreachable.set_working_memory_data(scope.session, {"v": 2}, **scope.kw)
    finally:
        await unreachable.close()

    assert failure.value.operation == "get_working_memory"
    assert failure.value.status_code is None


@pytest.mark.parametrize(
    ("strategy", "expected"),
    [
        ("replace", {"prefs": {"lang": "fr"}, "new": True}),
        ("merge", {"prefs": {"lang": "fr"}, "count": 1, "new": True}),
        ("deep_merge", {"prefs": {"theme": "dark", "lang": "fr"}, "count": 1, "new": True}),
    ],
)
async def test_update_working_memory_data(
    client: AsyncMemoryAPIClient, scope: Scope, strategy: Any, expected: dict[str, Any]
) -> None:
    await client.set_working_memory(
        scope.session,
        {
            "messages": [{"role": "user", "content": "stay"}],
            "data": {"prefs": {"theme": "dark", "lang": "en"}, "count": 1},
        },
        **scope.kw,
    )

    returned = await client.update_working_memory_data(
        scope.session, {"prefs": {"lang": "fr"}, "new": True}, merge_strategy=strategy, **scope.kw
    )

    assert _data(returned) == expected
    read = await client.get_working_memory(scope.session, **scope.kw)
    assert _data(read) == expected
    assert _conversation(read) == [("user", "stay")]


async def test_update_working_memory_data_rejects_an_unknown_strategy(
    client: AsyncMemoryAPIClient, scope: Scope
) -> None:
    bad: Any = "overwrite"
    with pytest.raises(MemoryValidationError):
        await client.update_working_memory_data(
            scope.session, {"a": 1}, merge_strategy=bad, **scope.kw
        )

    with pytest.raises(MemoryNotFoundError):  # nothing was written
        await client.get_working_memory(scope.session, **scope.kw)


async def _wait_promoted(client: AsyncMemoryAPIClient, scope: Scope) -> WorkingMemoryResponse:
    """Poll until the server has promoted every structured memory of the session.

    Promotion runs in the background after a PUT and then writes the session back with
    ``persisted_at`` stamped; tests read the final state once that has landed.
    """
    deadline = monotonic() + POLL_TIMEOUT
    while True:
        stored = await client.get_working_memory(scope.session, **scope.kw)
        if all(m.persisted_at for m in stored.memories or []):
            return stored
        assert monotonic() < deadline, "working memory was never promoted"
        await asyncio.sleep(POLL_INTERVAL)


async def test_helpers_in_a_row_lose_nothing_to_the_servers_promotion(
    client: AsyncMemoryAPIClient, scope: Scope
) -> None:
    # The server promotes a session's new memories in the background and then writes back
    # the session as it read it. Without the client waiting for that, the message appended
    # right after adding a memory was lost in 13 of 20 tries.
    for round_ in range(3):
        await client.add_memories_to_working_memory(
            scope.session, [{"text": f"Rowan fact {round_}"}], **scope.kw
        )
        await client.append_messages_to_working_memory(
            scope.session, [{"role": "user", "content": f"message {round_}"}], **scope.kw
        )
        await client.update_working_memory_data(scope.session, {f"k{round_}": round_}, **scope.kw)

    stored = await _wait_promoted(client, scope)
    assert [m.text for m in stored.memories or []] == [f"Rowan fact {i}" for i in range(3)]
    assert _conversation(stored) == [("user", f"message {i}") for i in range(3)]
    assert _data(stored) == {"k0": 0, "k1": 1, "k2": 2}

    # Deleting right after a write with a new memory: the session stays deleted.
    await client.add_memories_to_working_memory(
        scope.session, [{"text": "Rowan fact 3"}], **scope.kw
    )
    await client.delete_working_memory(scope.session, **scope.kw)
    await asyncio.sleep(0.5)  # the promotion's write-back would have landed by now
    with pytest.raises(MemoryNotFoundError):
        await client.get_working_memory(scope.session, **scope.kw)


async def test_add_memories_to_working_memory_adds_replaces_and_promotes(
    client: AsyncMemoryAPIClient, scope: Scope
) -> None:
    await client.set_working_memory(
        scope.session, {"messages": [{"role": "user", "content": "context"}]}, **scope.kw
    )

    first = await client.add_memories_to_working_memory(
        scope.session, [{"text": "Quinn owns a red bicycle", "topics": ["bike"]}], **scope.kw
    )
    await _wait_promoted(client, scope)
    second = await client.add_memories_to_working_memory(
        scope.session, [{"text": "Quinn rides to work"}], **scope.kw
    )

    assert [m.text for m in first.memories or []] == ["Quinn owns a red bicycle"]
    assert [m.text for m in second.memories or []] == [
        "Quinn owns a red bicycle",
        "Quinn rides to work",
    ]
    stored = await _wait_promoted(client, scope)
    assert [m.text for m in stored.memories or []] == [
        "Quinn owns a red bicycle",
        "Quinn rides to work",
    ]
    assert _conversation(stored) == [("user", "context")]
    ids = [str(m.id) for m in stored.memories or []]
    assert ids == [m.id for m in second.memories or []]

    # Promoted memories are long-term memories of the session's user and namespace.
    promoted = [await client.get_long_term_memory(memory_id) for memory_id in ids]
    assert [m.text for m in promoted] == ["Quinn owns a red bicycle", "Quinn rides to work"]
    assert {(m.user_id, m.namespace) for m in promoted} == {(scope.user_id, scope.namespace)}
    assert promoted[0].topics == ["bike"]

    await client.add_memories_to_working_memory(
        scope.session, [{"text": "Quinn sold the bicycle"}], replace=True, **scope.kw
    )

    stored = await _wait_promoted(client, scope)
    assert [m.text for m in stored.memories or []] == ["Quinn sold the bicycle"]
    assert _conversation(stored) == [("user", "context")]
