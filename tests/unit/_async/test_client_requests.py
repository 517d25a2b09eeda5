"""Every operation and helper sends exactly the request the server expects.

Written once for the async client; scripts/unasync.py generates the sync twin in ``_sync/``.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from agent_memory_client import (
    AsyncMemoryAPIClient,
    MemoryNotFoundError,
    MemoryTaskTimeoutError,
    MemoryTimeoutError,
    MemoryValidationError,
)
from agent_memory_client.filters import CreatedAt, Topics, UserId
from agent_memory_client.types import LongTermSearch, PromptSession

from .support import Connect, echo, spec, stored

if TYPE_CHECKING:
    from tests.unit.conftest import FakeServer

ULID = re.compile(r"[0-9A-HJKMNP-TV-Z]{26}")
NOW = "2024-11-24T10:00:00Z"

# -- what the server answers (shapes from openapi.json, values as the server sends them) ---


def memory_record(**fields: Any) -> dict[str, Any]:
    """A long-term memory as the server returns it: every field present."""
    record: dict[str, Any] = {
        "id": "01JDB7TEA0000000000000000M",
        "text": "User likes tea",
        "session_id": None,
        "user_id": "alice",
        "namespace": None,
        "last_accessed": NOW,
        "created_at": NOW,
        "updated_at": NOW,
        "pinned": False,
        "access_count": 0,
        "topics": ["drinks"],
        "entities": None,
        "memory_hash": None,
        "discrete_memory_extracted": "f",
        "memory_type": "semantic",
        "persisted_at": None,
        "extracted_from": None,
        "event_date": None,
        "extraction_strategy": "discrete",
        "extraction_strategy_config": {},
    }
    return {**record, **fields}


def search_hit(**fields: Any) -> dict[str, Any]:
    return memory_record(**{"dist": 0.2, "score": 0.8, "score_type": "semantic", **fields})


def search_page(*hits: dict[str, Any], next_offset: int | None = None) -> dict[str, Any]:
    return {"memories": list(hits), "total": len(hits), "next_offset": next_offset}


MESSAGE: dict[str, Any] = {
    "id": "01JDB7MSG00000000000000000",
    "role": "user",
    "content": "I'm planning a trip to Italy",
    "created_at": NOW,
    "persisted_at": None,
    "discrete_memory_extracted": "f",
}


def session(**fields: Any) -> dict[str, Any]:
    """Working memory as the server returns it."""
    record: dict[str, Any] = {
        "session_id": "s1",
        "messages": [],
        "memories": [],
        "data": None,
        "context": None,
        "user_id": None,
        "namespace": None,
        "tokens": 0,
        "ttl_seconds": None,
        "created_at": NOW,
        "updated_at": NOW,
        "last_accessed": NOW,
        "long_term_memory_strategy": {"strategy": "discrete", "config": {}},
        "context_percentage_total_used": None,
        "context_percentage_until_summarization": None,
    }
    return {**record, **fields}


VIEW: dict[str, Any] = {
    "id": "view-1",
    "name": "per user",
    "source": "long_term",
    "group_by": ["user_id"],
    "filters": {},
    "time_window_days": None,
    "continuous": False,
    "prompt": None,
    "model_name": None,
}
PARTITION: dict[str, Any] = {
    "view_id": "view-1",
    "group": {"user_id": "alice"},
    "summary": "Alice drinks tea.",
    "memory_count": 3,
    "computed_at": NOW,
}
TASK: dict[str, Any] = {
    "id": "task-1",
    "type": "summary_view_full_run",
    "status": "pending",
    "view_id": "view-1",
    "created_at": NOW,
    "started_at": None,
    "completed_at": None,
    "error_message": None,
}
PROMPT: dict[str, Any] = {
    "messages": [
        {
            "role": "system",
            "content": {"type": "text", "text": "## Long term memories\n- User likes tea"},
        },
        {"role": "user", "content": {"type": "text", "text": "What do I drink?"}},
    ],
    "long_term_memories": [search_hit()],
}
NOT_FOUND: dict[str, Any] = {"detail": "Session not found"}


def plain_filters(payload: dict[str, Any]) -> dict[str, Any]:
    """A search body with each filter's redundant ``field`` name checked and left out."""
    result: dict[str, Any] = {}
    for key, value in payload.items():
        if isinstance(value, dict):
            assert value.get("field", key) == key
            value = {op: v for op, v in value.items() if op != "field"}
        result[key] = value
    return result


def parse_time(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


# -- health and working memory ------------------------------------------------------------


async def test_health_check(client: AsyncMemoryAPIClient, server: FakeServer) -> None:
    server.reply({"now": 1732442400})
    health = await client.health_check()
    assert health.now == 1732442400
    assert server.sent() == ("GET", "/v1/health", {})
    assert server.body() is None


async def test_list_sessions(client: AsyncMemoryAPIClient, server: FakeServer) -> None:
    server.reply({"sessions": ["s1", "s2"], "total": 2}, {"sessions": [], "total": 2})
    listed = await client.list_sessions()
    assert listed.sessions == ["s1", "s2"]
    assert listed.total == 2
    assert server.sent() == ("GET", "/v1/working-memory/", {"limit": "20", "offset": "0"})

    await client.list_sessions(limit=5, offset=10, namespace="ns", user_id="alice")
    assert server.sent() == (
        "GET",
        "/v1/working-memory/",
        {"limit": "5", "offset": "10", "namespace": "ns", "user_id": "alice"},
    )


async def test_get_working_memory(client: AsyncMemoryAPIClient, server: FakeServer) -> None:
    server.reply(session(messages=[MESSAGE], data={"trip": "italy"}), echo(session()))
    memory = await client.get_working_memory("s1")
    assert server.sent() == ("GET", "/v1/working-memory/s1", {})
    assert memory.session_id == "s1"
    assert isinstance(memory.messages, list)
    assert [(m.role, m.content) for m in memory.messages] == [
        ("user", "I'm planning a trip to Italy")
    ]

    await client.get_working_memory(
        "s1",
        user_id="alice",
        namespace="ns",
        model_name="gpt-4o",
        context_window_max=8000,
        recent_messages_limit=4,
    )
    assert server.sent() == (
        "GET",
        "/v1/working-memory/s1",
        {
            "user_id": "alice",
            "namespace": "ns",
            "model_name": "gpt-4o",
            "context_window_max": "8000",
            "recent_messages_limit": "4",
        },
    )


async def test_set_working_memory(client: AsyncMemoryAPIClient, server: FakeServer) -> None:
    # The first write of a session reads its key: no other scope's session may be there.
    server.reply(server.status(404, NOT_FOUND), session())
    conversation = {
        "messages": [
            {"role": "user", "content": "I'm planning a trip to Italy"},
            {"role": "assistant", "content": "Which cities?", "created_at": NOW, "id": "m-2"},
        ],
        "memories": [
            {
                "text": "User is planning a trip to Italy",
                "memory_type": "semantic",
                "topics": ["travel"],
            }
        ],
        "data": {"trip": {"country": "Italy"}},
        "context": "Earlier: the user asked about flights.",
        "long_term_memory_strategy": {"strategy": "summary", "config": {}},
    }
    snapshot = copy.deepcopy(conversation)
    before = dt.datetime.now(dt.timezone.utc)

    result = await client.set_working_memory(
        "s1", conversation, ttl_seconds=600, model_name="gpt-4o", context_window_max=8000
    )

    assert result.session_id == "s1"
    assert server.sent() == (
        "PUT",
        "/v1/working-memory/s1",
        {"model_name": "gpt-4o", "context_window_max": "8000"},
    )
    sent = server.body()
    assert set(sent) == {
        "messages",
        "memories",
        "data",
        "context",
        "long_term_memory_strategy",
        "ttl_seconds",
    }
    first, second = sent["messages"]
    # A message without created_at gets the current time (else the server warns) and an id.
    assert (first["role"], first["content"]) == ("user", "I'm planning a trip to Italy")
    assert ULID.fullmatch(first["id"])
    assert before - dt.timedelta(seconds=1) <= parse_time(first["created_at"])
    assert parse_time(first["created_at"]) <= dt.datetime.now(dt.timezone.utc)
    assert (second["id"], second["content"]) == ("m-2", "Which cities?")
    assert parse_time(second["created_at"]) == parse_time(NOW)
    [record] = sent["memories"]
    assert ULID.fullmatch(record.pop("id"))
    assert record == {
        "text": "User is planning a trip to Italy",
        "memory_type": "semantic",
        "topics": ["travel"],
    }
    assert sent["data"] == {"trip": {"country": "Italy"}}
    assert sent["context"] == "Earlier: the user asked about flights."
    assert sent["long_term_memory_strategy"] == {"strategy": "summary", "config": {}}
    assert sent["ttl_seconds"] == 600
    assert conversation == snapshot


async def test_put_working_memory_is_set_working_memory(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(server.status(404, NOT_FOUND), session())
    await client.put_working_memory("s1", {"messages": [MESSAGE]})
    assert server.sent() == ("PUT", "/v1/working-memory/s1", {})
    [message] = server.body()["messages"]
    assert message["id"] == MESSAGE["id"]
    assert message["content"] == MESSAGE["content"]


async def test_delete_working_memory(client: AsyncMemoryAPIClient, server: FakeServer) -> None:
    server.reply(echo(session()), {"status": "ok"})
    ack = await client.delete_working_memory("s1", user_id="alice", namespace="ns")
    assert ack.status == "ok"
    # It first checks that the server's key for the session holds no other scope's.
    assert server.sent(0) == (
        "GET",
        "/v1/working-memory/s1",
        {"user_id": "alice", "namespace": "ns"},
    )
    assert server.sent() == (
        "DELETE",
        "/v1/working-memory/s1",
        {"user_id": "alice", "namespace": "ns"},
    )
    assert server.body() is None


async def test_working_memory_needs_a_session_id(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    with pytest.raises(MemoryValidationError, match="session_id"):
        await client.get_working_memory()
    with pytest.raises(MemoryValidationError, match="session_id"):
        await client.set_working_memory(None, {"messages": []})
    assert server.requests == []


async def test_get_or_create_working_memory_returns_an_existing_session(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(session(messages=[MESSAGE]))
    created, memory = await client.get_or_create_working_memory("s1")
    assert created is False
    assert isinstance(memory.messages, list)
    assert len(memory.messages) == 1
    assert [server.sent(i)[:2] for i in range(len(server.requests))] == [
        ("GET", "/v1/working-memory/s1")
    ]


async def test_get_or_create_working_memory_creates_a_missing_session(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    # A 404 is confirmed by a second read before the session counts as missing.
    server.reply(server.status(404, NOT_FOUND), server.status(404, NOT_FOUND), session())
    strategy = {"strategy": "summary", "config": {"max_summary_length": 200}}
    created, memory = await client.get_or_create_working_memory(
        "s1", long_term_memory_strategy=strategy
    )
    assert created is True
    assert memory.session_id == "s1"
    assert [server.sent(i)[:2] for i in range(3)] == [
        ("GET", "/v1/working-memory/s1"),
        ("GET", "/v1/working-memory/s1"),
        ("PUT", "/v1/working-memory/s1"),
    ]
    assert server.body(2) == {"messages": [], "memories": [], "long_term_memory_strategy": strategy}


async def test_get_or_create_keeps_a_session_a_failed_read_hid(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    # Server 0.15.2 answers 404 when its Redis read fails; the confirming read finds it.
    server.reply(server.status(404, NOT_FOUND), session(messages=[MESSAGE]), session())
    created, _ = await client.get_or_create_working_memory("s1")
    assert created is False
    assert [r.method for r in server.requests] == ["GET", "GET", "PUT"]
    assert [m["id"] for m in server.body(2)["messages"]] == [MESSAGE["id"]]


async def test_append_messages_keeps_everything_already_in_the_session(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    stored_memory = memory_record(id="wm-1", text="User likes Rome", persisted_at=NOW)
    strategy = {"strategy": "summary", "config": {}}
    server.reply(
        session(
            messages=[MESSAGE],
            memories=[stored_memory],
            data={"trip": "italy"},
            ttl_seconds=3600,
            long_term_memory_strategy=strategy,
        ),
        session(),
    )
    await client.append_messages_to_working_memory(
        "s1", [{"role": "assistant", "content": "Rome is lovely in May."}]
    )
    assert server.sent(0) == ("GET", "/v1/working-memory/s1", {})
    assert server.sent(1) == ("PUT", "/v1/working-memory/s1", {})
    sent = server.body(1)
    old, new = sent["messages"]
    assert old["id"] == MESSAGE["id"]
    assert parse_time(old["created_at"]) == parse_time(NOW)
    assert (new["role"], new["content"]) == ("assistant", "Rome is lovely in May.")
    assert "created_at" in new
    assert ULID.fullmatch(new["id"])
    assert [(m["id"], m["text"]) for m in sent["memories"]] == [("wm-1", "User likes Rome")]
    assert sent["data"] == {"trip": "italy"}
    assert sent["ttl_seconds"] == 3600
    assert sent["long_term_memory_strategy"] == strategy


async def test_append_messages_to_a_missing_session_creates_it(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(server.status(404, NOT_FOUND), server.status(404, NOT_FOUND), session())
    await client.append_messages_to_working_memory("s1", [{"role": "user", "content": "hi"}])
    assert server.sent(2)[:2] == ("PUT", "/v1/working-memory/s1")
    [message] = server.body(2)["messages"]
    assert (message["role"], message["content"]) == ("user", "hi")


async def test_set_working_memory_data(client: AsyncMemoryAPIClient, server: FakeServer) -> None:
    server.reply(session(messages=[MESSAGE], data={"old": 1}), session(), session())
    await client.set_working_memory_data("s1", {"trip": "italy"})
    assert server.sent(0)[:2] == ("GET", "/v1/working-memory/s1")
    assert server.sent(1)[:2] == ("PUT", "/v1/working-memory/s1")
    assert server.body(1)["data"] == {"trip": "italy"}
    assert [m["id"] for m in server.body(1)["messages"]] == [MESSAGE["id"]]

    await client.set_working_memory_data("s1", {"trip": "spain"}, preserve_existing=False)
    assert server.sent()[:2] == ("PUT", "/v1/working-memory/s1")
    assert server.body() == {"data": {"trip": "spain"}}
    assert len(server.requests) == 3


@pytest.mark.parametrize(
    ("strategy", "expected"),
    [
        ("replace", {"prefs": {"drink": "coffee"}}),
        ("merge", {"prefs": {"drink": "coffee"}, "visits": 3}),
        ("deep_merge", {"prefs": {"drink": "coffee", "food": "pasta"}, "visits": 3}),
    ],
)
async def test_update_working_memory_data(
    client: AsyncMemoryAPIClient, server: FakeServer, strategy: Any, expected: dict[str, Any]
) -> None:
    existing = {"prefs": {"drink": "tea", "food": "pasta"}, "visits": 3}
    server.reply(session(messages=[MESSAGE], data=existing), session())
    await client.update_working_memory_data(
        "s1", {"prefs": {"drink": "coffee"}}, merge_strategy=strategy
    )
    assert server.sent(1)[:2] == ("PUT", "/v1/working-memory/s1")
    assert server.body(1)["data"] == expected
    assert [m["id"] for m in server.body(1)["messages"]] == [MESSAGE["id"]]


async def test_update_working_memory_data_rejects_an_unknown_strategy(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    with pytest.raises(MemoryValidationError, match="merge_strategy"):
        await client.update_working_memory_data("s1", {"a": 1}, merge_strategy="append")  # type: ignore[arg-type]
    assert server.requests == []


async def test_add_memories_to_working_memory(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    kept = memory_record(id="wm-1", text="User likes Rome", persisted_at=NOW)
    server.reply(session(memories=[kept]), session(), session(memories=[kept]), session())
    new = {"text": "User is vegetarian", "memory_type": "semantic"}

    await client.add_memories_to_working_memory("s1", [new])
    ids = [m["id"] for m in server.body(1)["memories"]]
    assert ids[0] == "wm-1"
    assert ULID.fullmatch(ids[1])
    assert server.body(1)["memories"][1]["text"] == "User is vegetarian"
    assert new == {"text": "User is vegetarian", "memory_type": "semantic"}

    await client.add_memories_to_working_memory("s1", [new], replace=True)
    assert [m["text"] for m in server.body(3)["memories"]] == ["User is vegetarian"]


# -- writes wait for the server's promotion of a session's memories ----------------------
# The server promotes a session's memories in the background and then writes back the
# session as it read it: a write in between is lost (agent_memory_client._promotion).

PENDING = memory_record(id="wm-1", text="User likes Rome")  # persisted_at None
PROMOTED = memory_record(id="wm-1", text="User likes Rome", persisted_at=NOW)
HELLO = [{"role": "user", "content": "hello"}]


def methods(server: FakeServer) -> list[str]:
    return [request.method for request in server.requests]


async def test_a_helper_writes_the_session_as_the_promotion_left_it(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(
        session(memories=[PENDING]),
        session(memories=[PENDING]),
        session(memories=[PROMOTED], data={"promoted": True}),
        session(),
    )
    await client.append_messages_to_working_memory("s1", HELLO)

    assert methods(server) == ["GET", "GET", "GET", "PUT"]
    written = server.body(3)
    assert written["data"] == {"promoted": True}
    assert written["memories"][0]["persisted_at"] is not None
    assert [m["content"] for m in written["messages"]] == ["hello"]


async def test_the_write_after_one_that_left_memories_to_promote_waits_for_them(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(
        server.status(404, NOT_FOUND),  # the first write's check of the session's key
        session(memories=[PENDING]),  # the first PUT's answer: promotion still to come
        session(memories=[PENDING]),
        session(memories=[PROMOTED]),
        session(),
    )
    await client.set_working_memory("s1", {"memories": [{"id": "wm-1", "text": "Rome"}]})
    await client.set_working_memory("s1", {"messages": HELLO})

    assert methods(server) == ["GET", "PUT", "GET", "GET", "PUT"]


async def test_writes_without_memories_to_promote_do_not_read_first(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.default = lambda request: (
        server.status(404, NOT_FOUND)(request)
        if request.method == "GET"
        else echo(session(memories=[PENDING] if "bob" in str(request.content) else []))(request)
    )
    await client.set_working_memory("s1", {"memories": [{"text": "Rome"}]}, user_id="bob")
    # Another user's session of the same id is another session: nothing to wait for.
    await client.set_working_memory("s1", {"data": {"a": 1}}, user_id="carol")
    await client.set_working_memory("s1", {"data": {"a": 2}}, user_id="carol")

    # (each scope's first write checks its key once)
    assert methods(server) == ["GET", "PUT", "GET", "PUT", "PUT"]


async def test_deleting_a_session_waits_for_its_promotion(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(
        server.status(404, NOT_FOUND),
        session(memories=[PENDING]),
        session(memories=[PROMOTED]),
        {"status": "ok"},
    )
    await client.set_working_memory("s1", {"memories": [{"text": "Rome"}]})
    await client.delete_working_memory("s1")

    # Deleted mid-promotion, the session would come back with the promotion's write.
    assert methods(server) == ["GET", "PUT", "GET", "DELETE"]


async def test_a_server_that_never_promotes_delays_a_write_by_settle_timeout_at_most(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    client.settle_timeout, client.settle_interval = 0.2, 0.01
    server.default = session(memories=[PENDING])
    await client.append_messages_to_working_memory("s1", HELLO)

    # It polled (pausing 0.01, 0.02, 0.04, ... s), gave up after settle_timeout, and wrote.
    assert methods(server)[-1] == "PUT"
    assert 2 <= methods(server).count("GET") <= 8
    assert [m["content"] for m in server.body()["messages"]] == ["hello"]


# -- long-term memory ---------------------------------------------------------------------


async def test_create_long_term_memories(client: AsyncMemoryAPIClient, server: FakeServer) -> None:
    memories = [
        {
            "text": "User works as a software engineer at TechCorp",
            "memory_type": "semantic",
            "topics": ["career", "work"],
            "entities": ["TechCorp"],
            "user_id": "alice",
        },
        {"id": "mine-1", "text": "User prefers Python", "user_id": "alice"},
    ]
    snapshot = copy.deepcopy(memories)

    result = await client.create_long_term_memories(memories)

    assert server.sent() == ("POST", "/v1/long-term-memory/", {})
    sent = server.body()
    assert sent["deduplicate"] is True
    first, second = sent["memories"]
    assert ULID.fullmatch(first.pop("id"))
    for record in (first, second):  # stamped by the client, as the official client does
        for stamp in ("created_at", "updated_at", "last_accessed"):
            assert parse_time(record.pop(stamp)) <= dt.datetime.now(dt.timezone.utc)
    assert first == snapshot[0]
    assert second == snapshot[1]
    assert memories == snapshot
    assert len(result.memories) == 2
    assert [m.id for m in result.memories] == [m["id"] for m in server.body()["memories"]]
    assert result.memories[1].id == "mine-1"
    assert result.memories[0].text == "User works as a software engineer at TechCorp"


async def test_create_long_term_memory_is_the_same_operation(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    await client.create_long_term_memory([{"text": "User likes tea"}], deduplicate=False)
    assert server.sent() == ("POST", "/v1/long-term-memory/", {})
    assert server.body()["deduplicate"] is False
    assert [m["text"] for m in server.body()["memories"]] == ["User likes tea"]


@pytest.mark.parametrize(
    "memories",
    [
        {"text": "a single record, not a list"},
        [],
        [{"text": ""}],
        [{"memory_type": "semantic"}],
        [{"text": "ok", "memory_type": "fact"}],
        [{"text": "ok", "colour": "blue"}],
    ],
)
async def test_create_long_term_memories_rejects_bad_input_before_sending(
    client: AsyncMemoryAPIClient, server: FakeServer, memories: Any
) -> None:
    with pytest.raises(MemoryValidationError):
        await client.create_long_term_memories(memories)
    assert server.requests == []


async def test_bulk_create_long_term_memories(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    memories = [{"text": f"fact {i}"} for i in range(5)]
    results = await client.bulk_create_long_term_memories(memories, batch_size=2)
    assert [server.sent(i) for i in range(3)] == [("POST", "/v1/long-term-memory/", {})] * 3
    assert [[m["text"] for m in server.body(i)["memories"]] for i in range(3)] == [
        ["fact 0", "fact 1"],
        ["fact 2", "fact 3"],
        ["fact 4"],
    ]
    assert [[m.id for m in r.memories] for r in results] == [
        [m["id"] for m in server.body(i)["memories"]] for i in range(3)
    ]


async def test_bulk_create_validates_every_batch_before_sending_any(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    memories = [{"text": "fine"}, {"text": "fine too"}, {"text": ""}]
    with pytest.raises(MemoryValidationError, match=r"memories\[0\]"):
        await client.bulk_create_long_term_memories(memories, batch_size=2)
    with pytest.raises(MemoryValidationError, match="batch_size"):
        await client.bulk_create_long_term_memories([{"text": "x"}], batch_size=0)
    assert server.requests == []


async def test_get_long_term_memory(client: AsyncMemoryAPIClient, server: FakeServer) -> None:
    server.reply(memory_record(id="m-1"))
    memory = await client.get_long_term_memory("m-1")
    assert server.sent() == ("GET", "/v1/long-term-memory/m-1", {})
    assert (memory.id, memory.text) == ("m-1", "User likes tea")


@pytest.mark.parametrize("method", ["edit_memory", "edit_long_term_memory"])
async def test_edit_memory(client: AsyncMemoryAPIClient, server: FakeServer, method: str) -> None:
    server.reply(memory_record(id="m-1", text="User likes green tea"))
    updates = {"text": "User likes green tea", "topics": ["drinks", "tea"], "pinned": True}
    memory = await getattr(client, method)("m-1", updates)
    assert server.sent() == ("PATCH", "/v1/long-term-memory/m-1", {})
    assert server.body() == updates
    assert memory.text == "User likes green tea"


@pytest.mark.parametrize(
    "updates", [{}, {"id": "other"}, {"text": ""}, {"created_at": NOW}, {"mood": "happy"}]
)
async def test_edit_memory_rejects_bad_updates_before_sending(
    client: AsyncMemoryAPIClient, server: FakeServer, updates: dict[str, Any]
) -> None:
    with pytest.raises(MemoryValidationError):
        await client.edit_memory("m-1", updates)
    assert server.requests == []


async def test_delete_long_term_memories(client: AsyncMemoryAPIClient, server: FakeServer) -> None:
    server.default = {"status": "ok, deleted 2 memories"}
    ack = await client.delete_long_term_memories(["m-1", "m-2"])
    assert ack.status == "ok, deleted 2 memories"
    assert server.sent() == ("DELETE", "/v1/long-term-memory", {"memory_ids": ["m-1", "m-2"]})

    await client.delete_long_term_memories("m-3")
    assert server.sent() == ("DELETE", "/v1/long-term-memory", {"memory_ids": "m-3"})

    await client.delete_memory("m-4")
    assert server.sent() == ("DELETE", "/v1/long-term-memory", {"memory_ids": "m-4"})

    with pytest.raises(MemoryValidationError):
        await client.delete_long_term_memories([])
    assert len(server.requests) == 3


# -- search -------------------------------------------------------------------------------


async def test_search_as_in_the_spec(client: AsyncMemoryAPIClient, server: FakeServer) -> None:
    server.reply(
        search_page(
            search_hit(id="m-1", score=0.91, dist=0.09, topics=["food"]),
            search_hit(id="m-2", score=0.6, topics=["programming"]),
        )
    )
    results = await client.search_long_term_memory(
        text="user preferences",
        user_id="alice",
        topics=["programming", "food"],
        limit=5,
        min_relevance_score=0.7,
    )
    assert server.sent() == (
        "POST",
        "/v1/long-term-memory/search",
        {"optimize_query": "false"},
    )
    assert plain_filters(server.body()) == {
        "text": "user preferences",
        "user_id": {"eq": "alice"},
        "topics": {"any": ["programming", "food"]},
        "limit": 5,
        "offset": 0,
    }
    # The threshold is applied here, to the nearest results: sent to the server as a
    # distance_threshold it would run an approximate range search that misses matches.
    assert [m.id for m in results.memories] == ["m-1"]
    assert results.memories[0].relevance_score == pytest.approx(0.91)
    assert results.memories[0].topics == ["food"]
    assert results.total == 1
    assert results.next_offset is None


async def test_a_distance_threshold_cuts_the_nearest_results_on_the_client(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(
        search_page(
            search_hit(id="m-1", dist=0.1, score=0.9),
            search_hit(id="m-2", dist=0.25, score=0.75),
            search_hit(id="m-3", dist=0.4, score=0.6),
            next_offset=3,
        )
    )
    results = await client.search_long_term_memory(text="tea", distance_threshold=0.25, limit=3)
    assert "distance_threshold" not in server.body()
    assert [m.id for m in results.memories] == ["m-1", "m-2"]
    assert results.next_offset is None  # nothing nearer follows on a later page


async def test_search_drops_what_the_server_returns_when_filters_match_nothing(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    # When namespace/topics filters match nothing the server repeats the search without
    # them: those results belong to other namespaces and must not pass as matches.
    server.reply(
        search_page(
            search_hit(id="m-1", namespace="other-tenant", topics=["food"]),
            search_hit(id="m-2", namespace="other-tenant", topics=["travel"]),
            next_offset=2,
        )
    )
    results = await client.search_long_term_memory(
        text="user preferences", namespace="tenant-a", topics=["food"]
    )
    assert results.memories == []
    assert results.total == 0
    assert results.next_offset is None


async def test_search_created_after_a_datetime(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.default = search_page()
    week_ago = dt.datetime(2024, 11, 17, 9, 30, tzinfo=dt.timezone.utc)
    await client.search_long_term_memory(text="recent updates", created_after=week_ago)
    sent = plain_filters(server.body())
    assert sent["created_at"].keys() == {"gte"}
    assert parse_time(sent["created_at"]["gte"]) == week_ago

    # the spec's datetime.now() - timedelta(days=7) is naive: it means local time
    naive = dt.datetime(2024, 11, 17, 9, 30)
    later = dt.datetime(2024, 11, 20, tzinfo=dt.timezone.utc)
    await client.search_long_term_memory(created_after=naive, created_before=later)
    sent = plain_filters(server.body())
    # the server applies one operator per date filter: both ends make a `between`
    assert sent["created_at"].keys() == {"between"}
    start, end = (parse_time(t) for t in sent["created_at"]["between"])
    assert (start, end) == (naive.astimezone(), later)


async def test_search_with_operator_dicts(client: AsyncMemoryAPIClient, server: FakeServer) -> None:
    server.default = search_page()
    start = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    end = dt.datetime(2024, 2, 1, tzinfo=dt.timezone.utc)
    await client.search_long_term_memory(
        text="q",
        session_id="s1",
        namespace={"startswith": "prod"},
        topics={"all": ["travel", "italy"]},
        entities={"in_": ["Rome"]},  # type: ignore[arg-type]  # official "any"
        user_id={"not_eq": "bob"},  # type: ignore[arg-type]  # and "ne"
        memory_type={"eq": "episodic"},
        last_accessed={"lt": end},
        event_date={"between": [start, end]},
    )
    sent = plain_filters(server.body())
    assert sent["session_id"] == {"eq": "s1"}
    assert sent["namespace"] == {"startswith": "prod"}
    assert sent["topics"] == {"all": ["travel", "italy"]}
    assert sent["entities"] == {"any": ["Rome"]}
    assert sent["user_id"] == {"ne": "bob"}
    assert sent["memory_type"] == {"eq": "episodic"}
    assert sent["last_accessed"].keys() == {"lt"}
    assert parse_time(sent["last_accessed"]["lt"]) == end
    assert [parse_time(v) for v in sent["event_date"]["between"]] == [start, end]


async def test_search_with_filter_objects(client: AsyncMemoryAPIClient, server: FakeServer) -> None:
    server.default = search_page()
    start = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    await client.search_long_term_memory(
        text="q", topics=Topics(all=["a", "b"]), user_id=UserId(eq="alice"),
        created_at=CreatedAt(gt=start),
    )  # fmt: skip
    sent = plain_filters(server.body())
    assert sent["topics"] == {"all": ["a", "b"]}
    assert sent["user_id"] == {"eq": "alice"}
    assert sent["created_at"].keys() == {"gt"}
    assert parse_time(sent["created_at"]["gt"]) == start


async def test_search_keeps_a_date_filter_objects_inclusive_setting(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    # The server honours ``inclusive`` for ``between``; the user's choice must reach it.
    server.default = search_page()
    start = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    end = dt.datetime(2024, 2, 1, tzinfo=dt.timezone.utc)
    await client.search_long_term_memory(
        created_at=CreatedAt(between=[start, end], inclusive="neither")
    )
    sent = server.body()["created_at"]
    assert [parse_time(v) for v in sent["between"]] == [start, end]
    assert sent.get("inclusive") == "neither"


@pytest.mark.parametrize(
    "filters",
    [
        {"topics": {"not_in": ["spam", "eggs"]}},
        {"user_id": {"none": True}},
        {"entities": {"contains": "Rome"}},
        {"memory_type": {"startswith": "sem"}},
        {"created_at": {"after": dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)}},
        {"topics": [1, 2]},
        {"user_id": ""},
        {"memory_type": "fact"},
        {"created_after": "2024-01-01"},
    ],
)
async def test_search_rejects_unsupported_filters_before_sending(
    client: AsyncMemoryAPIClient, server: FakeServer, filters: dict[str, Any]
) -> None:
    with pytest.raises(MemoryValidationError):
        await client.search_long_term_memory(text="q", **filters)
    assert server.requests == []


@pytest.mark.parametrize(
    "options",
    [
        {"limit": 0},
        {"limit": 101},
        {"offset": -1},
        {"search_mode": "fuzzy"},
        {"min_relevance_score": 1.5},
        {"min_relevance_score": "high"},
        {"distance_threshold": -0.1},
        {"distance_threshold": "near"},
        {"distance_threshold": 0.3, "search_mode": "keyword"},
        {"recency": {"colour_weight": 1.0}},
    ],
)
async def test_search_rejects_bad_options_before_sending(
    client: AsyncMemoryAPIClient, server: FakeServer, options: dict[str, Any]
) -> None:
    with pytest.raises(ValueError):  # MemoryValidationError is a ValueError
        await client.search_long_term_memory(text="q", **options)
    assert server.requests == []


async def test_search_modes_recency_and_query_optimisation(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(
        spec("0.15.2"),  # search_mode needs 0.15: the client reads the server's version first
        search_page(search_hit(id="m-1", score=0.75), search_hit(id="m-2", score=0.4)),
    )
    results = await client.search_long_term_memory(
        text="tea",
        search_mode="hybrid",
        hybrid_alpha=0.7,
        recency={"semantic_weight": 0.8, "half_life_created_days": 7.0},
        recency_boost=True,
        server_side_recency=True,
        min_relevance_score=0.5,
        optimize_query=True,
        offset=20,
    )
    assert server.sent() == ("POST", "/v1/long-term-memory/search", {"optimize_query": "true"})
    assert server.body() == {
        "text": "tea",
        "limit": 10,
        "offset": 20,
        "search_mode": "hybrid",
        "hybrid_alpha": 0.7,
        "recency_semantic_weight": 0.8,
        "recency_half_life_created_days": 7.0,
        "recency_boost": True,
        "server_side_recency": True,
    }
    # a hybrid score is not 1 - distance: the threshold applies to the results only
    assert [m.id for m in results.memories] == ["m-1"]


async def test_relevance_score_without_a_server_score_is_one_minus_distance(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(search_page(search_hit(score=None, score_type=None, dist=0.25)))
    results = await client.search_long_term_memory(text="tea")
    assert results.memories[0].relevance_score == pytest.approx(0.75)


async def test_search_all_long_term_memories_pages_through_results(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(
        search_page(search_hit(id="m-1", dist=0.1), search_hit(id="m-2", dist=0.2)),
        search_page(search_hit(id="m-2", dist=0.2), search_hit(id="m-3", dist=0.3)),
        search_page(search_hit(id="m-3", dist=0.3)),
    )
    found = [
        m.id
        async for m in client.search_all_long_term_memories("tea", page_size=2, user_id="alice")
    ]
    assert found == ["m-1", "m-2", "m-3"]
    # Each page starts again at the previous page's last result, which may begin a group
    # of results at the same distance.
    assert [(server.body(i)["limit"], server.body(i)["offset"]) for i in range(3)] == [
        (2, 0),
        (2, 1),
        (2, 2),
    ]
    assert all(server.body(i)["user_id"]["eq"] == "alice" for i in range(3))
    assert all(server.body(i)["recency_boost"] is False for i in range(3))
    assert len(server.requests) == 3


async def test_search_all_without_text_pages_by_offset(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(
        search_page(search_hit(id="m-1", dist=0.0), search_hit(id="m-2", dist=0.0)),
        search_page(search_hit(id="m-3", dist=0.0)),
    )
    found = [m.id async for m in client.search_all_long_term_memories(page_size=2)]
    assert found == ["m-1", "m-2", "m-3"]
    assert [(server.body(i)["limit"], server.body(i)["offset"]) for i in range(2)] == [
        (2, 0),
        (2, 2),
    ]


@pytest.mark.parametrize(
    ("options", "message"),
    [({"page_size": 0}, "page_size"), ({"page_size": 500}, "page_size"),
     ({"limit": 5}, "limit"), ({"offset": 5}, "offset")],
)  # fmt: skip
async def test_search_all_refuses_bad_paging_before_sending(
    client: AsyncMemoryAPIClient, server: FakeServer, options: dict[str, Any], message: str
) -> None:
    with pytest.raises(MemoryValidationError, match=message):
        async for _ in client.search_all_long_term_memories("tea", **options):
            pass
    assert server.requests == []


async def test_search_all_refuses_text_that_is_not_a_string(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    with pytest.raises(MemoryValidationError, match="text must be a string"):
        async for _ in client.search_all_long_term_memories(42):  # type: ignore[arg-type]
            pass
    assert server.requests == []


# -- forget and compact -------------------------------------------------------------------


@pytest.mark.parametrize("method", ["forget_long_term_memories", "forget"])
async def test_forget_always_sends_dry_run(
    client: AsyncMemoryAPIClient, server: FakeServer, method: str
) -> None:
    report = {"scanned": 10, "deleted": 2, "deleted_ids": ["m-1", "m-2"], "dry_run": True}
    server.default = report
    policy = {"max_age_days": 30.0, "max_inactive_days": 14.0, "budget": None}

    result = await getattr(client, method)(policy)
    assert result == report
    assert server.sent() == (
        "POST",
        "/v1/long-term-memory/forget",
        {"limit": "1000", "dry_run": "true"},
    )
    # A rule left None is left out (the server reads null as absent).
    assert server.body() == {"policy": {"max_age_days": 30.0, "max_inactive_days": 14.0}}

    await getattr(client, method)(
        {"max_age_days": 30.0},
        namespace="ns",
        user_id="alice",
        session_id="s1",
        limit=50,
        dry_run=False,
        pinned_ids=["keep-1"],
    )
    assert server.sent() == (
        "POST",
        "/v1/long-term-memory/forget",
        {
            "namespace": "ns",
            "user_id": "alice",
            "session_id": "s1",
            "limit": "50",
            "dry_run": "false",
        },
    )
    assert server.body() == {"policy": {"max_age_days": 30.0}, "pinned_ids": ["keep-1"]}


async def test_forget_rejects_bad_input_before_sending(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    with pytest.raises(MemoryValidationError):
        await client.forget({})
    with pytest.raises(MemoryValidationError):
        await client.forget({"max_age_days": 30}, dry_run="no")  # type: ignore[arg-type]
    assert server.requests == []


@pytest.mark.parametrize("method", ["compact_long_term_memories", "compact"])
async def test_compact(client: AsyncMemoryAPIClient, server: FakeServer, method: str) -> None:
    ack = await getattr(client, method)()
    assert ack.status == "ok"
    assert server.sent() == ("POST", "/v1/long-term-memory/compact", {})
    assert server.body() is None

    await getattr(client, method)(namespace="ns", user_id="alice")
    assert server.sent() == (
        "POST",
        "/v1/long-term-memory/compact",
        {"namespace": "ns", "user_id": "alice"},
    )


# -- memory prompt ------------------------------------------------------------------------


async def test_memory_prompt_as_in_the_spec(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.default = lambda request: (
        PROMPT if request.method == "POST" else echo(session())(request)
    )
    session_options: PromptSession = {
        "session_id": "s1",
        "user_id": "alice",
        "model_name": "gpt-4o",
    }
    long_term_search: LongTermSearch = {"text": "What do I drink?", "limit": 5, "user_id": "alice"}
    snapshot = copy.deepcopy((session_options, long_term_search))

    context = await client.memory_prompt(
        query="What do I drink?", session=session_options, long_term_search=long_term_search
    )

    post = [r.method for r in server.requests].index("POST")
    assert server.sent(post) == ("POST", "/v1/memory/prompt", {"optimize_query": "false"})
    # The session is read too, to check the server used the caller's own session.
    get = [r.method for r in server.requests].index("GET")
    assert server.sent(get) == ("GET", "/v1/working-memory/s1", {"user_id": "alice"})
    sent = server.body(post)
    assert sent.keys() == {"query", "session", "long_term_search"}
    assert sent["query"] == "What do I drink?"
    assert sent["session"] == session_options
    # inside long_term_search the server wants filter objects, not plain values
    assert plain_filters(sent["long_term_search"]) == {
        "text": "What do I drink?",
        "limit": 5,
        "offset": 0,
        "user_id": {"eq": "alice"},
    }
    assert (session_options, long_term_search) == snapshot
    # ready for a chat API: plain string content, the query last
    assert context.messages == [
        {"role": "system", "content": "## Long term memories\n- User likes tea"},
        {"role": "user", "content": "What do I drink?"},
    ]
    assert [m.text for m in context.long_term_memories] == ["User likes tea"]
    assert context.long_term_memories[0].relevance_score == pytest.approx(0.8)


async def test_memory_prompt_with_a_session_only(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.default = lambda request: (
        PROMPT if request.method == "POST" else echo(session())(request)
    )
    await client.memory_prompt(
        query="What do I drink?", session={"session_id": "s1", "model_name": "gpt-4o"}
    )
    post = [r.method for r in server.requests].index("POST")
    assert server.body(post) == {
        "query": "What do I drink?",
        "session": {"session_id": "s1", "model_name": "gpt-4o"},
    }


async def test_memory_prompt_without_a_session_searches_long_term_memory(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    # The server answers 400 when neither a session nor a search is given.
    server.reply(PROMPT)
    await client.memory_prompt("What do I drink?", optimize_query=True)
    assert server.sent()[2] == {"optimize_query": "true"}
    sent = server.body()
    assert sent.keys() == {"query", "long_term_search"}
    assert sent["long_term_search"]["text"] == "What do I drink?"


async def test_memory_prompt_rejects_bad_input_before_sending(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    with pytest.raises(MemoryValidationError):
        await client.memory_prompt("")
    with pytest.raises(MemoryValidationError):
        await client.memory_prompt("q", session={"model_name": "gpt-4o"})
    with pytest.raises(MemoryValidationError):
        await client.memory_prompt("q", long_term_search={"topics": {"not_in": ["x", "y"]}})  # type: ignore[arg-type]
    assert server.requests == []


async def test_hydrate_memory_prompt(client: AsyncMemoryAPIClient, server: FakeServer) -> None:
    server.reply(PROMPT)
    context = await client.hydrate_memory_prompt(
        "What do I drink?", limit=3, user_id="alice", topics=["drinks"]
    )
    sent = server.body()
    assert sent.keys() == {"query", "long_term_search"}
    assert plain_filters(sent["long_term_search"]) == {
        "text": "What do I drink?",
        "limit": 3,
        "offset": 0,
        "user_id": {"eq": "alice"},
        "topics": {"any": ["drinks"]},
    }
    assert context.messages[-1] == {"role": "user", "content": "What do I drink?"}


async def test_hydrate_memory_prompt_uses_long_term_memory_only(
    connect: Connect, server: FakeServer
) -> None:
    # "A prompt built from long-term memories only": a default session must not slip in.
    client = connect(session_id="s-default")
    server.reply(PROMPT)
    await client.hydrate_memory_prompt("What do I drink?")
    assert "session" not in server.body()


# -- summary views and tasks --------------------------------------------------------------


async def test_list_summary_views(client: AsyncMemoryAPIClient, server: FakeServer) -> None:
    server.reply([VIEW])
    views = await client.list_summary_views()
    assert server.sent() == ("GET", "/v1/summary-views", {})
    assert [(v.id, v.source, v.group_by) for v in views] == [("view-1", "long_term", ["user_id"])]


async def test_create_summary_view(client: AsyncMemoryAPIClient, server: FakeServer) -> None:
    server.reply(VIEW)
    request = {
        "name": "per user",
        "source": "long_term",
        "group_by": ["user_id"],
        "filters": {"memory_type": "semantic"},
        "time_window_days": 30,
    }
    view = await client.create_summary_view(request)
    assert server.sent() == ("POST", "/v1/summary-views", {})
    assert server.body() == request
    assert view.id == "view-1"


async def test_create_summary_view_rejects_bad_input_before_sending(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    with pytest.raises(MemoryValidationError):
        await client.create_summary_view({"group_by": ["user_id"]})
    with pytest.raises(MemoryValidationError):
        await client.create_summary_view({"source": "long_term", "colour": "red"})
    assert server.requests == []


async def test_get_and_delete_summary_view(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(VIEW, {"status": "ok"})
    view = await client.get_summary_view("view-1")
    assert view is not None
    assert view.name == "per user"
    assert server.sent() == ("GET", "/v1/summary-views/view-1", {})
    ack = await client.delete_summary_view("view-1")
    assert ack.status == "ok"
    assert server.sent() == ("DELETE", "/v1/summary-views/view-1", {})


async def test_list_summary_view_partitions(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply([PARTITION], [])
    partitions = await client.list_summary_view_partitions("view-1")
    assert server.sent() == ("GET", "/v1/summary-views/view-1/partitions", {})
    assert [(p.summary, p.memory_count) for p in partitions] == [("Alice drinks tea.", 3)]

    await client.list_summary_view_partitions(
        "view-1", user_id="alice", namespace="ns", session_id="s1", memory_type="semantic"
    )
    assert server.sent() == (
        "GET",
        "/v1/summary-views/view-1/partitions",
        {"user_id": "alice", "namespace": "ns", "session_id": "s1", "memory_type": "semantic"},
    )


async def test_run_summary_view_partition(client: AsyncMemoryAPIClient, server: FakeServer) -> None:
    server.reply(PARTITION)
    result = await client.run_summary_view_partition("view-1", {"user_id": "alice"})
    assert server.sent() == ("POST", "/v1/summary-views/view-1/partitions/run", {})
    assert server.body() == {"group": {"user_id": "alice"}}
    assert result.summary == "Alice drinks tea."
    with pytest.raises(MemoryValidationError):
        await client.run_summary_view_partition("view-1", {})
    assert len(server.requests) == 1


async def test_run_summary_view(client: AsyncMemoryAPIClient, server: FakeServer) -> None:
    server.reply(TASK, {**TASK, "id": "my-task"})
    task = await client.run_summary_view("view-1")
    assert server.sent() == ("POST", "/v1/summary-views/view-1/run", {})
    assert server.body() == {}
    assert (task.id, task.status) == ("task-1", "pending")

    await client.run_summary_view("view-1", task_id="my-task")
    assert server.body() == {"task_id": "my-task"}


async def test_get_task(client: AsyncMemoryAPIClient, server: FakeServer) -> None:
    server.reply({**TASK, "status": "running"})
    task = await client.get_task("task-1")
    assert server.sent() == ("GET", "/v1/tasks/task-1", {})
    assert task is not None
    assert (task.id, task.status, task.view_id) == ("task-1", "running", "view-1")


async def test_wait_for_task_polls_until_done(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(
        TASK, {**TASK, "status": "running"}, {**TASK, "status": "success", "completed_at": NOW}
    )
    task = await client.wait_for_task("task-1", interval=0.001)
    assert task.status == "success"
    assert [server.sent(i) for i in range(3)] == [("GET", "/v1/tasks/task-1", {})] * 3


async def test_wait_for_task_returns_a_failed_task(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply({**TASK, "status": "failed", "error_message": "LLM unavailable"})
    task = await client.wait_for_task("task-1", interval=0.001)
    assert (task.status, task.error_message) == ("failed", "LLM unavailable")


async def test_wait_for_task_gives_up_after_its_timeout(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.default = TASK
    # A task still running is not a connection problem: its own error, with the task.
    with pytest.raises(MemoryTaskTimeoutError, match="task-1") as caught:
        await client.wait_for_task("task-1", timeout=0.2, interval=0.01)
    assert not isinstance(caught.value, MemoryTimeoutError)
    assert caught.value.task is not None
    assert caught.value.task.status == "pending"
    assert 2 <= len(server.requests) <= 25


async def test_wait_for_an_unknown_task_raises_not_found(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(server.status(404, {"detail": "Task task-9 not found"}))
    with pytest.raises(MemoryNotFoundError):
        await client.wait_for_task("task-9", interval=0.001)


# -- path parameters ----------------------------------------------------------------------

# Legal ids that still need encoding: a space, a percent sign, a colon, non-ASCII.
ODD_ID = "a b%c:\u00e9"
ENCODED = "a%20b%25c%3A%C3%A9"
MISSING = {"status": 404, "detail": "not found"}


@pytest.mark.parametrize(
    ("method", "args", "replies", "path"),
    [
        ("get_working_memory", (), [session(session_id=ODD_ID)], "/v1/working-memory/{}"),
        ("delete_working_memory", (), [MISSING, {"status": "ok"}], "/v1/working-memory/{}"),
        (
            "set_working_memory",
            ({"messages": []},),
            [MISSING, session(session_id=ODD_ID)],
            "/v1/working-memory/{}",
        ),
        ("get_long_term_memory", (), [memory_record(id=ODD_ID)], "/v1/long-term-memory/{}"),
        ("edit_memory", ({"text": "new"},), [memory_record()], "/v1/long-term-memory/{}"),
        ("get_summary_view", (), [VIEW], "/v1/summary-views/{}"),
        ("delete_summary_view", (), [{"status": "ok"}], "/v1/summary-views/{}"),
        ("list_summary_view_partitions", (), [[]], "/v1/summary-views/{}/partitions"),
        (
            "run_summary_view_partition",
            ({"user_id": "alice"},),
            [PARTITION],
            "/v1/summary-views/{}/partitions/run",
        ),
        ("run_summary_view", (), [TASK], "/v1/summary-views/{}/run"),
        ("get_task", (), [TASK], "/v1/tasks/{}"),
    ],
)
async def test_path_parameters_are_url_encoded(
    client: AsyncMemoryAPIClient,
    server: FakeServer,
    method: str,
    args: tuple[Any, ...],
    replies: list[Any],
    path: str,
) -> None:
    for reply in replies:
        server.reply(server.status(404, reply) if reply is MISSING else reply)
    await getattr(client, method)(ODD_ID, *args)
    assert {server.sent(i)[1] for i in range(len(server.requests))} == {path.format(ENCODED)}


@pytest.mark.parametrize(
    "method", ["get_long_term_memory", "get_summary_view", "get_task", "delete_summary_view"]
)
@pytest.mark.parametrize("bad_id", ["", "   ", None])
async def test_ids_must_be_non_empty_strings(
    client: AsyncMemoryAPIClient, server: FakeServer, method: str, bad_id: Any
) -> None:
    with pytest.raises(MemoryValidationError):
        await getattr(client, method)(bad_id)
    assert server.requests == []


# -- read-your-writes ---------------------------------------------------------------------


async def test_a_search_right_after_a_create_waits_until_the_server_holds_it(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    created = await client.create_long_term_memories([{"text": "User likes tea"}])
    [memory_id] = [m.id for m in created.memories]
    # Not stored yet, then stored: the search goes out only after that.
    server.reply(server.status(404, {"detail": "not found"}), stored, search_page())
    await client.search_long_term_memory("tea")
    assert [(r.method, r.url.path) for r in server.requests[1:]] == [
        ("GET", f"/v1/long-term-memory/{memory_id}"),
        ("GET", f"/v1/long-term-memory/{memory_id}"),
        ("POST", "/v1/long-term-memory/search"),
    ]
    # Seen once, it is not waited for again.
    server.reply(search_page())
    await client.search_long_term_memory("tea")
    assert server.requests[-1].url.path == "/v1/long-term-memory/search"
    assert len(server.requests) == 5


async def test_a_read_by_id_that_found_a_new_memory_ends_the_wait_for_its_batch(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    created = await client.create_long_term_memories([{"text": "a"}, {"text": "b"}])
    first = created.memories[0].id
    server.reply(stored, search_page())
    await client.get_long_term_memory(first)
    await client.search_long_term_memory("tea")
    assert [r.method for r in server.requests] == ["POST", "GET", "POST"]


async def test_read_your_writes_waits_at_most_index_timeout(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    client.index_timeout = 0.05
    created = await client.create_long_term_memories([{"text": "a duplicate it dropped"}])
    server.default = server.status(404, {"detail": "not found"})
    with pytest.raises(MemoryNotFoundError):
        await client.get_long_term_memory(created.memories[0].id)
    assert 2 <= len(server.requests) <= 10


async def test_a_prompt_of_a_session_this_client_just_wrote_needs_no_check(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(server.status(404, NOT_FOUND), session(), PROMPT)
    await client.set_working_memory("s1", {"messages": [MESSAGE]})
    await client.memory_prompt("What do I drink?", session={"session_id": "s1"})
    # The session's key holds this client's session: the server reads that one.
    assert [r.method for r in server.requests] == ["GET", "PUT", "POST"]


async def test_helpers_read_through_get_working_memory_and_never_write_its_scope(
    server: FakeServer,
) -> None:
    # The helpers read with the public get_working_memory, so a subclass that overrides it
    # sees their reads; whatever it returns, the write carries the caller's scope.
    from agent_memory_client.types import WorkingMemoryResponse

    reads: list[tuple[Any, ...]] = []

    class Logged(AsyncMemoryAPIClient):
        async def get_working_memory(self, *args: Any, **kwargs: Any) -> WorkingMemoryResponse:
            reads.append(args)
            return WorkingMemoryResponse.from_dict(
                session(user_id="mallory", namespace="elsewhere", data={"a": 1})
            )

    server.default = session(user_id="alice", data={"a": 1, "b": 2})
    http = httpx.AsyncClient(transport=httpx.MockTransport(server))
    async with Logged(base_url="http://memory.test", user_id="alice", http_client=http) as client:
        await client.update_working_memory_data("s1", {"b": 2})
    await http.aclose()
    assert reads == [("s1", "alice", None)]
    method, path, query = server.sent()
    assert (method, path, query.get("user_id")) == ("PUT", "/v1/working-memory/s1", None)
    body = server.body()
    assert (body["user_id"], body.get("namespace"), body["data"]) == (
        "alice",
        None,
        {"a": 1, "b": 2},
    )


async def test_promote_writes_the_sessions_scope_and_refuses_another(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    # A memory without a user is stored as the session's user's; one that names another
    # user than the session's stops the promotion before anything is written.
    pending = {"id": "m1", "text": "User likes tea", "memory_type": "semantic"}
    server.reply(session(user_id="alice", memories=[pending]), {"status": "ok"})
    await client.promote_working_memories_to_long_term("s1", user_id="alice")
    assert server.sent()[:2] == ("POST", "/v1/long-term-memory/")
    assert server.body()["memories"][0]["user_id"] == "alice"

    foreign = {**pending, "user_id": "mallory"}
    server.reply(session(user_id="alice", memories=[foreign]))
    sent = len(server.requests)
    with pytest.raises(MemoryValidationError, match="mallory"):
        await client.promote_working_memories_to_long_term("s1", user_id="alice")
    assert len(server.requests) == sent + 1  # the read only
