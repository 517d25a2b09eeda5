# Generated from tests/unit/_async/test_input_safety.py by scripts/unasync.py: do not edit.
"""Input the client must refuse before anything is sent, and failures that must arrive as
the SDK's own exceptions (a fake server stands in where the real one cannot misbehave).

Each test describes the target behaviour; see tests/integration/_async/test_data_safety.py
for what crosses the wire. Written once for the async client; scripts/unasync.py generates
the sync twin in ``_sync/``.
"""

from __future__ import annotations

import math
import re
import traceback
from collections.abc import Callable
from time import monotonic, sleep
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from agent_memory_client import (
    MemoryClientClosedError,
    MemoryClientConfig,
    MemoryClientError,
    MemoryConnectionError,
    MemoryResponseError,
    MemoryTaskTimeoutError,
    MemoryValidationError,
    SyncMemoryAPIClient,
)

from .support import BASE_URL, MEMORY, Connect

if TYPE_CHECKING:
    from tests.unit.conftest import FakeServer

NOW = "2025-03-14T09:00:00Z"
SESSION: dict[str, Any] = {"session_id": "s1", "messages": [], "memories": []}
VIEW: dict[str, Any] = {"id": "view-1", "source": "long_term", "group_by": ["user_id"]}
PARTITION: dict[str, Any] = {
    "view_id": "view-1",
    "group": {"user_id": "alice"},
    "summary": "Alice drinks tea.",
    "memory_count": 1,
}
TASK: dict[str, Any] = {
    "id": "task-1",
    "type": "summary_view_full_run",
    "status": "pending",
    "created_at": NOW,
}

# A client method called with one id in a given position: ``call(client, the_id)``.
IdCall = Callable[[SyncMemoryAPIClient, Any], Any]


@pytest.fixture
def client_defaults() -> dict[str, Any]:
    """No retries: a request that was sent shows up exactly once."""
    return {"base_url": BASE_URL, "max_retries": 0}


def nothing_sent(server: FakeServer) -> None:
    sent = [f"{r.method} {r.url.raw_path.decode(errors='replace')[:80]}" for r in server.requests]
    assert sent == [], f"requests reached the server: {sent}"


def deeply_nested(depth: int) -> dict[str, Any]:
    root: dict[str, Any] = {}
    node = root
    for _ in range(depth):
        node["a"] = {}
        node = node["a"]
    return root


# -- 5. ids that leave their route ----------------------------------------------------------

SESSION_ID_CALLS: dict[str, IdCall] = {
    "get_working_memory": lambda c, i: c.get_working_memory(i),
    "set_working_memory": lambda c, i: c.set_working_memory(i, {"data": {"k": "v"}}),
    "put_working_memory": lambda c, i: c.put_working_memory(i, {"data": {"k": "v"}}),
    "delete_working_memory": lambda c, i: c.delete_working_memory(i),
    "get_or_create_working_memory": lambda c, i: c.get_or_create_working_memory(i),
    "append_messages_to_working_memory": lambda c, i: c.append_messages_to_working_memory(
        i, [{"role": "user", "content": "hi"}]
    ),
    "set_working_memory_data": lambda c, i: c.set_working_memory_data(i, {"k": "v"}),
    "update_working_memory_data": lambda c, i: c.update_working_memory_data(i, {"k": "v"}),
    "add_memories_to_working_memory": lambda c, i: c.add_memories_to_working_memory(
        i, [{"text": "User likes tea"}]
    ),
}
MEMORY_ID_CALLS: dict[str, IdCall] = {
    "get_long_term_memory": lambda c, i: c.get_long_term_memory(i),
    "edit_memory": lambda c, i: c.edit_memory(i, {"text": "User likes green tea"}),
    "edit_long_term_memory": lambda c, i: c.edit_long_term_memory(i, {"text": "green tea"}),
    "delete_long_term_memories": lambda c, i: c.delete_long_term_memories([i]),
    "delete_memory": lambda c, i: c.delete_memory(i),
}
VIEW_ID_CALLS: dict[str, IdCall] = {
    "get_summary_view": lambda c, i: c.get_summary_view(i),
    "delete_summary_view": lambda c, i: c.delete_summary_view(i),
    "list_summary_view_partitions": lambda c, i: c.list_summary_view_partitions(i),
    "run_summary_view_partition": lambda c, i: c.run_summary_view_partition(
        i, {"user_id": "alice"}
    ),
    "run_summary_view": lambda c, i: c.run_summary_view(i),
}
TASK_ID_CALLS: dict[str, IdCall] = {
    "get_task": lambda c, i: c.get_task(i),
    "wait_for_task": lambda c, i: c.wait_for_task(i, timeout=0.05, interval=0.01),
}
ID_CALLS: dict[str, IdCall] = {
    **{f"session_id:{k}": v for k, v in SESSION_ID_CALLS.items()},
    **{f"memory_id:{k}": v for k, v in MEMORY_ID_CALLS.items()},
    **{f"view_id:{k}": v for k, v in VIEW_ID_CALLS.items()},
    **{f"task_id:{k}": v for k, v in TASK_ID_CALLS.items()},
}
BAD_IDS: dict[str, str] = {
    "dot": ".",
    "dotdot": "..",
    "slash": "a/b",
    "query": "?x",
    "fragment": "a#b",
    "nul": "a\x00b",
    "empty": "",
    "blank": "   ",
    "70000-chars": "x" * 70_000,
}


@pytest.mark.parametrize("bad_id", list(BAD_IDS.values()), ids=list(BAD_IDS))
@pytest.mark.parametrize("operation", sorted(ID_CALLS))
def test_an_id_that_leaves_its_route_is_refused_before_sending(
    client: SyncMemoryAPIClient, server: FakeServer, operation: str, bad_id: str
) -> None:
    # get_working_memory("..") sends GET /v1 today; "a/b" and "?x" address other routes.
    with pytest.raises(MemoryValidationError):
        ID_CALLS[operation](client, bad_id)
    nothing_sent(server)


RECORD_IDS: dict[str, str] = {
    "slash": "a/b",
    "dot": ".",
    "dotdot": "..",
    "query": "?x",
    "blank": " ",
    "5000-chars": "x" * 5_000,
}


@pytest.mark.parametrize("record_id", list(RECORD_IDS.values()), ids=list(RECORD_IDS))
def test_create_refuses_a_record_id_the_server_could_never_serve_back(
    client: SyncMemoryAPIClient, server: FakeServer, record_id: str
) -> None:
    with pytest.raises(MemoryValidationError):
        client.create_long_term_memories([{"id": record_id, "text": "User likes tea"}])
    nothing_sent(server)


@pytest.mark.parametrize("record_id", list(RECORD_IDS.values()), ids=list(RECORD_IDS))
def test_set_working_memory_refuses_a_record_id_the_server_could_never_serve_back(
    client: SyncMemoryAPIClient, server: FakeServer, record_id: str
) -> None:
    memory = {"memories": [{"id": record_id, "text": "User likes tea"}]}
    with pytest.raises(MemoryValidationError):
        client.set_working_memory("s1", memory)
    nothing_sent(server)


@pytest.mark.parametrize("good_id", ["01JABC", "user-session-123"])
def test_ordinary_ids_keep_working(
    client: SyncMemoryAPIClient, server: FakeServer, good_id: str
) -> None:
    server.reply(
        {**SESSION, "session_id": good_id},
        {**MEMORY, "id": good_id},
        {**VIEW, "id": good_id},
        {**TASK, "id": good_id},
        {"status": "ok"},
    )
    client.get_working_memory(good_id)
    client.get_long_term_memory(good_id)
    client.get_summary_view(good_id)
    client.get_task(good_id)
    client.create_long_term_memories([{"id": good_id, "text": "User likes tea"}])

    paths = [server.sent(i)[1] for i in range(4)]
    assert paths == [
        f"/v1/working-memory/{good_id}",
        f"/v1/long-term-memory/{good_id}",
        f"/v1/summary-views/{good_id}",
        f"/v1/tasks/{good_id}",
    ]
    assert server.body()["memories"][0]["id"] == good_id


# -- 4. empty or non-string scope -------------------------------------------------------------


@pytest.mark.parametrize("setting", ["user_id", "namespace", "session_id"])
def test_an_empty_scope_on_the_client_is_refused(connect: Connect, setting: str) -> None:
    # Today "" silently means "no user": searches then return every user's memories.
    with pytest.raises(MemoryValidationError):
        connect(**{setting: ""})


@pytest.mark.parametrize("setting", ["default_user_id", "default_namespace", "default_session_id"])
def test_an_empty_scope_in_a_config_is_refused(connect: Connect, setting: str) -> None:
    options: dict[str, Any] = {setting: ""}
    with pytest.raises(MemoryValidationError):
        connect(config=MemoryClientConfig(base_url=BASE_URL, **options))


NOT_STRINGS: dict[str, Any] = {"True": True, "bytes": b"x", "int": 123}


@pytest.mark.parametrize("value", list(NOT_STRINGS.values()), ids=list(NOT_STRINGS))
@pytest.mark.parametrize("setting", ["user_id", "namespace", "session_id"])
def test_a_non_string_scope_on_the_client_is_refused(
    connect: Connect, server: FakeServer, setting: str, value: Any
) -> None:
    with pytest.raises(MemoryValidationError):
        connect(**{setting: value})
    nothing_sent(server)


# Methods that take a scope per call: name -> (call(client, **scope), the scope keys it takes).
ScopedCall = Callable[..., Any]
SCOPED_CALLS: dict[str, tuple[ScopedCall, tuple[str, ...]]] = {
    "get_working_memory": (
        lambda c, session_id="s1", **kw: c.get_working_memory(session_id, **kw),
        ("user_id", "namespace", "session_id"),
    ),
    "set_working_memory": (
        lambda c, session_id="s1", **kw: c.set_working_memory(session_id, {"data": {}}, **kw),
        ("user_id", "namespace", "session_id"),
    ),
    "delete_working_memory": (
        lambda c, session_id="s1", **kw: c.delete_working_memory(session_id, **kw),
        ("user_id", "namespace", "session_id"),
    ),
    "get_or_create_working_memory": (
        lambda c, session_id="s1", **kw: c.get_or_create_working_memory(session_id, **kw),
        ("user_id", "namespace", "session_id"),
    ),
    "append_messages_to_working_memory": (
        lambda c, session_id="s1", **kw: c.append_messages_to_working_memory(
            session_id, [{"role": "user", "content": "hi"}], **kw
        ),
        ("user_id", "namespace", "session_id"),
    ),
    "update_working_memory_data": (
        lambda c, session_id="s1", **kw: c.update_working_memory_data(session_id, {"k": 1}, **kw),
        ("user_id", "namespace", "session_id"),
    ),
    "list_sessions": (lambda c, **kw: c.list_sessions(**kw), ("user_id", "namespace")),
    "search_long_term_memory": (
        lambda c, **kw: c.search_long_term_memory("tea", **kw),
        ("user_id", "namespace", "session_id"),
    ),
    "memory_prompt": (
        lambda c, **kw: c.memory_prompt("tea?", long_term_search={"limit": 3}, **kw),
        ("user_id", "namespace", "session_id"),
    ),
    "forget_long_term_memories": (
        lambda c, **kw: c.forget_long_term_memories({"max_age_days": 30}, **kw),
        ("user_id", "namespace", "session_id"),
    ),
    "compact_long_term_memories": (
        lambda c, **kw: c.compact_long_term_memories(**kw),
        ("user_id", "namespace"),
    ),
    "list_summary_view_partitions": (
        lambda c, **kw: c.list_summary_view_partitions("view-1", **kw),
        ("user_id", "namespace", "session_id"),
    ),
}
SCOPE_CASES = [
    pytest.param(name, key, value, id=f"{name}-{key}-{label}")
    for name, (_, keys) in SCOPED_CALLS.items()
    for key in keys
    for label, value in {"empty": "", **NOT_STRINGS}.items()
]


@pytest.mark.parametrize(("operation", "key", "value"), SCOPE_CASES)
def test_an_empty_or_non_string_scope_per_call_is_refused(
    client: SyncMemoryAPIClient, server: FakeServer, operation: str, key: str, value: Any
) -> None:
    call, _ = SCOPED_CALLS[operation]
    with pytest.raises(MemoryValidationError):
        call(client, **{key: value})
    nothing_sent(server)


# -- 3. tokens that cannot be sent ----------------------------------------------------------

SECRET = "tok-6f1c2b9e-secret"
BAD_TOKENS: dict[str, str] = {
    "inner-newline": "tok-6f1c\n2b9e-secret",
    "inner-crlf": "tok-6f1c\r\n2b9e-secret",
    "nul": "tok-6f1c\x002b9e-secret",
    "non-ascii": "tok-6f1c\u00e92b9e-secret",
}


def token_fragments(token: str) -> list[str]:
    """The token's readable pieces: none of them may show up anywhere."""
    return [piece for piece in re.split(r"[^\x21-\x7e]+", token) if len(piece) >= 4]


def assert_hidden(token: str, *texts: str) -> None:
    for text in texts:
        for piece in token_fragments(token):
            assert piece not in text, f"{piece!r} of the token leaked: {text[:300]!r}"


def formatted(error: BaseException) -> str:
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


def _with_api_key(connect: Connect, token: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    return connect(api_key=token)


def _with_bearer_token(connect: Connect, token: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    return connect(bearer_token=token)


def _with_config(connect: Connect, token: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    return connect(config=MemoryClientConfig(base_url=BASE_URL, api_key=token))


def _with_env(connect: Connect, token: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("MEMORY_API_KEY", token)
    return connect()


TOKEN_SOURCES = {
    "api_key": _with_api_key,
    "bearer_token": _with_bearer_token,
    "config": _with_config,
    "env": _with_env,
}


@pytest.mark.parametrize(
    ("source", "token"),
    [
        pytest.param(source, token, id=f"{name}-{source}")
        for name, token in BAD_TOKENS.items()
        for source in sorted(TOKEN_SOURCES)
        # the environment itself cannot hold a NUL character
        if not (source == "env" and "\x00" in token)
    ],
)
def test_a_token_that_cannot_be_a_header_is_refused_at_construction_without_echo(
    connect: Connect,
    server: FakeServer,
    monkeypatch: pytest.MonkeyPatch,
    token: str,
    source: str,
) -> None:
    # Today the client is built; the header then fails in h11 with a LocalProtocolError
    # ("Illegal header value b'Bearer <token>'"), reported as MemoryConnectionError and
    # logged by httpcore, token included; a non-ASCII token raises UnicodeEncodeError.
    with pytest.raises(MemoryValidationError) as failure:
        TOKEN_SOURCES[source](connect, token, monkeypatch)
    error = failure.value
    assert_hidden(token, str(error), repr(error), formatted(error))
    nothing_sent(server)


# -- 6. failures that must be the SDK's own exceptions --------------------------------------


def search_hit(**fields: Any) -> dict[str, Any]:
    return {"id": "m-1", "text": "User likes tea", "dist": 0.1, "topics": ["a"], **fields}


def test_a_non_numeric_distance_is_a_response_error(
    client: SyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply({"memories": [search_hit(dist="far")], "total": 1})
    with pytest.raises(MemoryResponseError):  # today: TypeError from comparing str and float
        client.search_long_term_memory("tea", min_relevance_score=0.5)


def test_non_list_topics_in_a_filtered_search_is_a_response_error(
    client: SyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply({"memories": [search_hit(topics=5)], "total": 1})
    with pytest.raises(MemoryResponseError):  # today: TypeError 'int' object is not iterable
        client.search_long_term_memory("tea", topics=["a"])


def test_non_list_long_term_memories_in_a_prompt_is_a_response_error(
    client: SyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(
        {
            "messages": [{"role": "user", "content": {"type": "text", "text": "tea?"}}],
            "long_term_memories": "x",
        }
    )
    with pytest.raises(MemoryResponseError):  # today: TypeError from __class__ assignment
        client.memory_prompt("tea?", long_term_search={"limit": 3})


def test_append_messages_none_is_a_validation_error(
    client: SyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(SESSION)
    with pytest.raises(MemoryValidationError):  # today: TypeError after reading the session
        client.append_messages_to_working_memory("s1", None)  # type: ignore[arg-type]
    nothing_sent(server)


def test_data_nested_too_deep_is_a_validation_error(
    client: SyncMemoryAPIClient, server: FakeServer
) -> None:
    with pytest.raises(MemoryValidationError):  # today: RecursionError
        client.set_working_memory("s1", {"data": deeply_nested(5_000)})
    nothing_sent(server)


UNSERIALISABLE: dict[str, Any] = {"object": object(), "nan": math.nan, "bytes": b"bytes"}


@pytest.mark.parametrize("value", list(UNSERIALISABLE.values()), ids=list(UNSERIALISABLE))
def test_unserialisable_data_is_a_validation_error(
    client: SyncMemoryAPIClient, server: FakeServer, value: Any
) -> None:
    # Today: MemoryResponseError "the server's response did not parse", nothing having been
    # sent at all.
    with pytest.raises(MemoryValidationError):
        client.set_working_memory("s1", {"data": {"k": value}})
    nothing_sent(server)


@pytest.mark.parametrize("value", list(UNSERIALISABLE.values()), ids=list(UNSERIALISABLE))
def test_unserialisable_metadata_is_a_validation_error(
    client: SyncMemoryAPIClient, server: FakeServer, value: Any
) -> None:
    with pytest.raises(MemoryValidationError):
        client.create_long_term_memories([{"text": "User likes tea", "metadata": {"k": value}}])
    nothing_sent(server)


def test_resolve_tool_calls_of_none_is_an_empty_list(client: SyncMemoryAPIClient) -> None:
    assert client.resolve_tool_calls(None) == []


def _first_of_search_all(client: SyncMemoryAPIClient) -> Any:
    for memory in client.search_all_long_term_memories("tea"):
        return memory
    return None


def _with_an_id(call: IdCall) -> Callable[[SyncMemoryAPIClient], Any]:
    return lambda client: call(client, "id-1")


# Every operation, called with valid arguments.
EVERY_OPERATION: dict[str, Callable[[SyncMemoryAPIClient], Any]] = {
    **{name: _with_an_id(call) for name, call in ID_CALLS.items()},
    "health_check": lambda c: c.health_check(),
    "list_sessions": lambda c: c.list_sessions(),
    "create_long_term_memories": lambda c: c.create_long_term_memories([{"text": "tea"}]),
    "bulk_create_long_term_memories": lambda c: c.bulk_create_long_term_memories([{"text": "tea"}]),
    "search_long_term_memory": lambda c: c.search_long_term_memory("tea"),
    "search_all_long_term_memories": _first_of_search_all,
    "forget_long_term_memories": lambda c: c.forget_long_term_memories({"max_age_days": 30}),
    "compact_long_term_memories": lambda c: c.compact_long_term_memories(),
    "memory_prompt": lambda c: c.memory_prompt("tea?", long_term_search={"limit": 3}),
    "hydrate_memory_prompt": lambda c: c.hydrate_memory_prompt("tea?"),
    "list_summary_views": lambda c: c.list_summary_views(),
    "create_summary_view": lambda c: c.create_summary_view(
        {"source": "long_term", "group_by": ["user_id"]}
    ),
}


@pytest.mark.parametrize("operation", sorted(EVERY_OPERATION))
def test_every_operation_after_close_raises_client_closed(
    client: SyncMemoryAPIClient, server: FakeServer, operation: str
) -> None:
    client.close()
    with pytest.raises(MemoryClientClosedError):  # today: RuntimeError from httpx
        EVERY_OPERATION[operation](client)
    nothing_sent(server)


# -- 7. ttl_seconds ---------------------------------------------------------------------------

BAD_TTLS: dict[str, Any] = {"zero": 0, "negative": -1, "True": True, "fraction": 1.5}


@pytest.mark.parametrize("ttl", list(BAD_TTLS.values()), ids=list(BAD_TTLS))
def test_a_bad_ttl_argument_is_refused(
    client: SyncMemoryAPIClient, server: FakeServer, ttl: Any
) -> None:
    with pytest.raises(MemoryValidationError):
        client.set_working_memory("s1", {"data": {"k": "v"}}, ttl_seconds=ttl)
    nothing_sent(server)


@pytest.mark.parametrize("ttl", list(BAD_TTLS.values()), ids=list(BAD_TTLS))
def test_a_bad_ttl_in_the_memory_is_refused(
    client: SyncMemoryAPIClient, server: FakeServer, ttl: Any
) -> None:
    with pytest.raises(MemoryValidationError):
        client.set_working_memory("s1", {"data": {"k": "v"}, "ttl_seconds": ttl})
    nothing_sent(server)


# -- 8. wait_for_task ---------------------------------------------------------------------------


def test_a_task_still_pending_raises_task_timeout_with_the_last_status(
    client: SyncMemoryAPIClient, server: FakeServer
) -> None:
    server.default = TASK
    with pytest.raises(MemoryTaskTimeoutError) as failure:
        client.wait_for_task("task-1", timeout=0.3, interval=0.1)
    error = failure.value
    assert not isinstance(error, MemoryConnectionError)  # the server answered every time
    assert isinstance(error, MemoryClientError)
    assert error.task is not None
    assert error.task.id == "task-1"
    assert str(error.task.status) == "pending"


def test_wait_for_task_counts_elapsed_time_not_sleep_time(
    client: SyncMemoryAPIClient, server: FakeServer
) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        sleep(0.2)
        return httpx.Response(200, json=TASK)

    server.default = slow
    started = monotonic()
    with pytest.raises(MemoryClientError):
        client.wait_for_task("task-1", timeout=0.3, interval=0.1)
    elapsed = monotonic() - started
    # A deadline of 0.3 s: at most one more answer (0.2 s) and one pause past it. Today the
    # sleeps alone are counted, and it takes ~1.1 s.
    assert elapsed < 0.85, f"waited {elapsed:.2f}s with timeout=0.3"
