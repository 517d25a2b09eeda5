"""Settings reach the wire: auth, environment, per-client defaults, the user's httpx client.

Written once for the async client; scripts/unasync.py generates the sync twin in ``_sync/``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx
import pytest

from agent_memory_client import (
    AsyncMemoryAPIClient,
    MemoryClientConfig,
    MemoryClientError,
    MemoryInternalServerError,
    MemoryValidationError,
    __version__,
)

from .support import BASE_URL, PROMPT, Connect, echo, stored

if TYPE_CHECKING:
    from tests.unit.conftest import FakeServer

TOKEN = "tok-6f1c2b9e"
SESSION: dict[str, Any] = {"session_id": "s-default", "messages": [], "memories": []}
SEARCH: dict[str, Any] = {"memories": [], "total": 0, "next_offset": None}

# -- auth ---------------------------------------------------------------------------------


@pytest.mark.parametrize("auth", ["api_key", "bearer_token"])
async def test_a_token_is_sent_as_a_bearer_token(
    connect: Connect, server: FakeServer, auth: str
) -> None:
    server.reply({"now": 1}, SEARCH)
    client = connect(**{auth: TOKEN})
    await client.health_check()
    await client.search_long_term_memory(text="q")
    assert [r.headers["authorization"] for r in server.requests] == [f"Bearer {TOKEN}"] * 2


async def test_no_token_sends_no_authorization_header(connect: Connect, server: FakeServer) -> None:
    server.reply({"now": 1})
    await connect().health_check()
    assert "authorization" not in server.last.headers


async def test_bearer_token_wins_over_api_key(connect: Connect, server: FakeServer) -> None:
    # The spec's "Client Options" passes both; the server reads one Bearer token.
    server.reply({"now": 1})
    await connect(api_key="one", bearer_token="two").health_check()
    assert server.last.headers["authorization"] == "Bearer two"


async def test_requests_name_the_sdk(connect: Connect, server: FakeServer) -> None:
    server.reply({"now": 1})
    await connect().health_check()
    assert server.last.headers["user-agent"] == f"agent-memory-client/{__version__}"


async def test_default_headers_are_sent(connect: Connect, server: FakeServer) -> None:
    server.reply({"now": 1})
    await connect(default_headers={"X-Tenant": "acme"}).health_check()
    assert server.last.headers["x-tenant"] == "acme"


@pytest.mark.parametrize(
    "headers", [{"X-Key": "se\ncret"}, {"X-Key": "caf\u00e9"}, {"X-Key": 5}, ["X-Key"]]
)
async def test_a_header_that_cannot_be_sent_is_refused_at_construction(
    connect: Connect, server: FakeServer, headers: Any
) -> None:
    with pytest.raises(MemoryValidationError, match="default") as caught:
        connect(default_headers=headers)
    assert "se\ncret" not in str(caught.value)
    assert server.requests == []


# -- environment --------------------------------------------------------------------------


async def test_settings_from_the_environment(
    connect: Connect, server: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEMORY_SERVER_URL", "http://env-memory.test:9000")
    monkeypatch.setenv("MEMORY_API_KEY", TOKEN)
    monkeypatch.setenv("MEMORY_TIMEOUT", "7.5")
    monkeypatch.setenv("DEFAULT_USER_ID", "env-user")
    monkeypatch.setenv("DEFAULT_NAMESPACE", "env-ns")
    server.default = {"sessions": [], "total": 0}

    client = connect(base_url=None)
    await client.list_sessions()

    request = server.last
    assert str(request.url).startswith("http://env-memory.test:9000/v1/working-memory/?")
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.extensions["timeout"]["read"] == 7.5
    assert server.sent()[2] == {
        "limit": "20",
        "offset": "0",
        "namespace": "env-ns",
        "user_id": "env-user",
    }
    assert (client.base_url, client.user_id, client.namespace) == (
        "http://env-memory.test:9000",
        "env-user",
        "env-ns",
    )
    assert client.timeout == httpx.Timeout(7.5)


async def test_arguments_win_over_the_environment(
    connect: Connect, server: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEMORY_SERVER_URL", "http://env-memory.test:9000")
    monkeypatch.setenv("MEMORY_API_KEY", "env-token")
    monkeypatch.setenv("MEMORY_TIMEOUT", "7.5")
    monkeypatch.setenv("MEMORY_MAX_RETRIES", "5")
    monkeypatch.setenv("DEFAULT_USER_ID", "env-user")
    monkeypatch.setenv("DEFAULT_NAMESPACE", "env-ns")
    server.default = {"sessions": [], "total": 0}

    client = connect(api_key=TOKEN, timeout=2.0, max_retries=1, user_id="alice", namespace="prod")
    await client.list_sessions()

    request = server.last
    assert str(request.url).startswith(f"{BASE_URL}/v1/working-memory/?")
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.extensions["timeout"]["read"] == 2.0
    assert server.sent()[2]["user_id"] == "alice"
    assert server.sent()[2]["namespace"] == "prod"
    assert client.max_retries == 1


async def test_max_retries_from_the_environment(
    connect: Connect, server: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEMORY_MAX_RETRIES", "1")
    server.default = server.status(503, {"detail": "busy"}, {"Retry-After": "0"})
    client = connect(retry_policy=None)
    assert client.max_retries == 1
    with pytest.raises(MemoryInternalServerError):
        await client.health_check()
    assert len(server.requests) == 2


@pytest.mark.parametrize(
    ("name", "value"), [("MEMORY_TIMEOUT", "soon"), ("MEMORY_MAX_RETRIES", "many")]
)
async def test_a_malformed_environment_variable_is_named(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(MemoryValidationError, match=name):
        AsyncMemoryAPIClient(base_url=BASE_URL)


async def test_the_official_clients_config_object(server: FakeServer) -> None:
    server.default = {"sessions": [], "total": 0}
    http = httpx.AsyncClient(transport=httpx.MockTransport(server))
    config = MemoryClientConfig(
        base_url="http://config-memory.test",
        timeout=12.0,
        default_namespace="prod",
        default_user_id="alice",
        api_key=TOKEN,
    )
    client = AsyncMemoryAPIClient(config, http_client=http)
    try:
        await client.list_sessions()
    finally:
        await client.close()
        await http.aclose()
    request = server.last
    assert str(request.url).startswith("http://config-memory.test/v1/working-memory/?")
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.extensions["timeout"]["read"] == 12.0
    assert server.sent()[2]["namespace"] == "prod"
    assert server.sent()[2]["user_id"] == "alice"


async def test_a_base_url_with_a_path_prefix(connect: Connect, server: FakeServer) -> None:
    server.reply({"now": 1})
    client = connect(base_url="http://proxy.test/memory/")
    await client.health_check()
    assert str(server.last.url) == "http://proxy.test/memory/v1/health"


@pytest.mark.parametrize("base_url", ["localhost:8000", "ftp://memory.test", "http://"])
async def test_a_base_url_must_be_http(base_url: str) -> None:
    with pytest.raises(MemoryValidationError, match="base_url"):
        AsyncMemoryAPIClient(base_url=base_url)


# -- per-client defaults ------------------------------------------------------------------


async def test_a_session_written_is_read_back_with_the_same_scope(
    connect: Connect, server: FakeServer
) -> None:
    client = connect(user_id="alice", namespace="prod", session_id="s-default")
    server.reply(server.status(404), echo(SESSION), echo(SESSION), {"status": "ok"})

    await client.set_working_memory(None, {"messages": [{"role": "user", "content": "hi"}]})
    await client.get_working_memory()
    await client.delete_working_memory()

    scope = {"user_id": "alice", "namespace": "prod"}
    # The first write of a session checks the server's key for it holds no other session.
    assert server.sent(0) == ("GET", "/v1/working-memory/s-default", scope)
    assert server.sent(1) == ("PUT", "/v1/working-memory/s-default", {})
    assert server.body(1)["user_id"] == "alice"
    assert server.body(1)["namespace"] == "prod"
    assert server.sent(2) == ("GET", "/v1/working-memory/s-default", scope)
    assert server.sent(3) == ("DELETE", "/v1/working-memory/s-default", scope)


async def test_per_call_values_win_over_the_defaults(connect: Connect, server: FakeServer) -> None:
    client = connect(user_id="alice", namespace="prod", session_id="s-default")
    server.reply(echo(SESSION), echo(SESSION))

    await client.get_working_memory("s2", user_id="bob", namespace="test")
    await client.set_working_memory("s2", {"messages": []}, user_id="bob", namespace="test")

    assert server.sent(0) == (
        "GET",
        "/v1/working-memory/s2",
        {"user_id": "bob", "namespace": "test"},
    )
    assert server.sent(1)[1] == "/v1/working-memory/s2"
    assert (server.body(1)["user_id"], server.body(1)["namespace"]) == ("bob", "test")


async def test_defaults_scope_the_long_term_operations(
    connect: Connect, server: FakeServer
) -> None:
    client = connect(user_id="alice", namespace="prod")
    server.reply(
        {"sessions": [], "total": 0},
        {"status": "ok"},
        # the search waits until the server holds the memory just created (read-your-writes)
        stored,
        SEARCH,
        {"scanned": 0, "deleted": 0, "deleted_ids": [], "dry_run": True},
        {"status": "ok"},
    )

    await client.list_sessions()
    await client.create_long_term_memories([{"text": "User likes tea"}])
    await client.search_long_term_memory(text="tea")
    await client.forget({"max_age_days": 30})
    await client.compact()

    assert server.sent(0)[2] == {
        "limit": "20",
        "offset": "0",
        "namespace": "prod",
        "user_id": "alice",
    }
    [record] = server.body(1)["memories"]
    assert (record["user_id"], record["namespace"]) == ("alice", "prod")
    search = server.body(3)
    assert (search["user_id"]["eq"], search["namespace"]["eq"]) == ("alice", "prod")
    assert server.sent(4)[2] == {
        "namespace": "prod",
        "user_id": "alice",
        "limit": "1000",
        "dry_run": "true",
    }
    assert server.sent(5)[2] == {"namespace": "prod", "user_id": "alice"}


async def test_a_records_own_scope_wins_over_the_defaults(
    connect: Connect, server: FakeServer
) -> None:
    client = connect(user_id="alice", namespace="prod")
    await client.create_long_term_memories([{"text": "x", "user_id": "bob", "namespace": "test"}])
    [record] = server.body()["memories"]
    assert (record["user_id"], record["namespace"]) == ("bob", "test")


async def test_defaults_scope_the_memory_prompt(connect: Connect, server: FakeServer) -> None:
    client = connect(user_id="alice", namespace="prod", session_id="s-default")

    def prompt_body() -> Any:
        [post] = [i for i, r in enumerate(server.requests) if r.method == "POST"][-1:]
        return server.body(post)

    # A prompt with a session also reads the session, to check it is the caller's.
    server.default = lambda request: PROMPT if request.method == "POST" else echo(SESSION)(request)
    await client.memory_prompt("What do I drink?", long_term_search={"limit": 3})
    sent = prompt_body()
    assert sent["session"] == {"session_id": "s-default", "user_id": "alice", "namespace": "prod"}
    assert sent["long_term_search"]["user_id"]["eq"] == "alice"
    assert sent["long_term_search"]["namespace"]["eq"] == "prod"

    await client.memory_prompt(
        "What do I drink?",
        session={"session_id": "s2", "user_id": "bob"},
        long_term_search={"user_id": "bob"},
    )
    sent = prompt_body()
    assert sent["session"]["session_id"] == "s2"
    assert sent["session"]["user_id"] == "bob"
    assert sent["long_term_search"]["user_id"]["eq"] == "bob"


async def test_defaults_scope_the_summary_view_partitions(
    connect: Connect, server: FakeServer
) -> None:
    # "session_id, user_id and namespace are defaults for every call that takes them"
    client = connect(user_id="alice", namespace="prod")
    server.reply([])
    await client.list_summary_view_partitions("view-1")
    assert server.sent()[2] == {"user_id": "alice", "namespace": "prod"}


# -- the user's own httpx client ----------------------------------------------------------


async def test_the_users_http_client_is_used_and_stays_open(server: FakeServer) -> None:
    server.default = {"now": 1}
    http = httpx.AsyncClient(
        transport=httpx.MockTransport(server), headers={"X-Request-Source": "billing-service"}
    )
    client = AsyncMemoryAPIClient(base_url=BASE_URL, http_client=http, api_key=TOKEN)
    await client.health_check()
    await client.close()

    assert server.last.headers["x-request-source"] == "billing-service"
    assert server.last.headers["authorization"] == f"Bearer {TOKEN}"
    assert not http.is_closed
    response = await http.get(f"{BASE_URL}/v1/health")
    assert response.status_code == 200
    await http.aclose()


async def test_the_users_http_client_timeout_applies_when_none_is_given(
    server: FakeServer,
) -> None:
    server.default = {"now": 1}
    http = httpx.AsyncClient(transport=httpx.MockTransport(server), timeout=4.0)
    implicit = AsyncMemoryAPIClient(base_url=BASE_URL, http_client=http)
    explicit = AsyncMemoryAPIClient(base_url=BASE_URL, http_client=http, timeout=9.0)
    try:
        await implicit.health_check()
        await explicit.health_check()
    finally:
        await implicit.close()
        await explicit.close()
        await http.aclose()
    assert implicit.timeout.read == 4.0
    assert [r.extensions["timeout"]["read"] for r in server.requests] == [4.0, 9.0]


async def test_the_users_http_client_base_url_applies_when_none_is_given(
    server: FakeServer,
) -> None:
    server.default = {"now": 1}
    http = httpx.AsyncClient(
        transport=httpx.MockTransport(server), base_url="http://users-memory.test"
    )
    client = AsyncMemoryAPIClient(http_client=http)
    try:
        await client.health_check()
    finally:
        await client.close()
        await http.aclose()
    assert str(server.last.url) == "http://users-memory.test/v1/health"


# -- lifecycle ----------------------------------------------------------------------------


async def test_the_context_manager_closes_the_client(server: FakeServer) -> None:
    server.default = {"now": 1}
    http = httpx.AsyncClient(transport=httpx.MockTransport(server))
    async with AsyncMemoryAPIClient(base_url=BASE_URL, http_client=http) as client:
        await client.health_check()
    with pytest.raises((RuntimeError, MemoryClientError)):
        await client.health_check()
    assert len(server.requests) == 1
    assert not http.is_closed
    await http.aclose()


async def test_a_client_that_owns_its_connections_closes_them() -> None:
    async with AsyncMemoryAPIClient(base_url=BASE_URL) as client:
        pass
    with pytest.raises((RuntimeError, MemoryClientError)):
        await client.health_check()


async def test_repr_shows_the_server_but_never_the_token(connect: Connect) -> None:
    client = connect(api_key=TOKEN, user_id="alice")
    text = repr(client)
    assert BASE_URL in text
    assert "alice" in text
    assert TOKEN not in text
    assert TOKEN not in str(client)
