"""The resolver's contract against a fake server: bad calls never reach it, failures come
back as results, and the application's scope is what the server is asked about.

Written once for the async client; scripts/unasync.py generates the sync twin in ``_sync/``.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from agent_memory_client import AsyncMemoryAPIClient, ToolCallResult

if TYPE_CHECKING:
    from tests.unit.conftest import FakeServer

NOW = "2025-03-14T09:00:00Z"


def memory(memory_id: str = "m1", **fields: Any) -> dict[str, Any]:
    """A long-term memory as the server returns it."""
    return {
        "id": memory_id,
        "text": "User likes tea",
        "user_id": "alice",
        "namespace": "app",
        "memory_type": "semantic",
        "created_at": NOW,
        "dist": 0.3,
        **fields,
    }


def session(**fields: Any) -> dict[str, Any]:
    """Working memory as the server returns it."""
    return {
        "session_id": "s1",
        "messages": [],
        "memories": [],
        "data": None,
        "context": None,
        "user_id": "alice",
        "namespace": "app",
        **fields,
    }


def call(name: str, **arguments: Any) -> dict[str, Any]:
    return {
        "id": "call_1",
        "type": "function",
        "function": {"name": name, "arguments": json.dumps(arguments)},
    }


@pytest.fixture
async def client(server: FakeServer) -> AsyncIterator[AsyncMemoryAPIClient]:
    http = httpx.AsyncClient(transport=httpx.MockTransport(server))
    async with AsyncMemoryAPIClient(
        base_url="http://memory.test",
        http_client=http,
        max_retries=0,
        user_id="alice",
        namespace="app",
        session_id="s1",
    ) as memory_client:
        yield memory_client
    await http.aclose()


async def resolve(client: AsyncMemoryAPIClient, tool_call: Any, **scope: Any) -> ToolCallResult:
    result = await client.resolve_tool_call(tool_call, **scope)
    assert json.loads(json.dumps(result)) == result
    return result


# -- nothing is sent for a bad call -------------------------------------------------------


@pytest.mark.parametrize(
    ("tool_call", "error"),
    [
        (call("order_pizza"), "unknown tool 'order_pizza'"),
        ({"name": "search_memory", "arguments": "{'query': 'tea'}"}, "not valid JSON"),
        (call("search_long_term_memory", query=7), "'query' must be a string"),
        (call("delete_memory", memory_ids="m1"), "'memory_ids' must be an array"),
        (call("edit_memory", memory_id="m1"), "at least one field to change"),
        (call("edit_memory", memory_id="m1", pinned=True), "unknown parameter 'pinned'"),
        ({"tool": "search"}, "unrecognised tool call"),
        ({"name": "search_memory", "arguments": b"\xff"}, "could not be read: UnicodeDecodeError"),
    ],
)
async def test_bad_calls_fail_before_any_request(
    client: AsyncMemoryAPIClient, server: FakeServer, tool_call: Any, error: str
) -> None:
    result = await resolve(client, tool_call)

    assert result["success"] is False
    assert error in str(result["error"])
    assert result["formatted_response"] == f"Error: {result['error']}"
    assert server.requests == []


async def test_a_session_tool_without_a_session_fails_before_any_request(
    server: FakeServer,
) -> None:
    http = httpx.AsyncClient(transport=httpx.MockTransport(server))
    async with AsyncMemoryAPIClient(base_url="http://memory.test", http_client=http) as client:
        result = await resolve(client, call("get_or_create_working_memory"))
    await http.aclose()

    assert not result["success"]
    assert "no session_id was given" in str(result["error"])
    assert server.requests == []


# -- server failures become results -------------------------------------------------------


async def test_a_server_error_is_a_failed_result(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(server.status(500, {"detail": "Redis is down"}))

    result = await resolve(client, call("search_long_term_memory", query="tea"))

    assert not result["success"]
    assert result["error"] == (
        "search_long_term_memory failed: search_long_term_memory failed with HTTP 500: "
        "Redis is down"
    )


async def test_an_unexpected_error_is_a_failed_result(
    client: AsyncMemoryAPIClient, server: FakeServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.reply(RuntimeError("boom"))

    result = await resolve(client, call("search_long_term_memory", query="tea"))

    assert not result["success"]
    assert "search_long_term_memory failed" in str(result["error"])


# -- scope --------------------------------------------------------------------------------


async def test_search_asks_about_the_applications_user_not_the_models(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply({"memories": [memory(dist=0.2)], "total": 1})

    result = await resolve(
        client,
        call("search_memory", query="tea", user_id="mallory", namespace="other", max_results=3.0),
        session_id="s9",
    )

    assert result["success"], result["error"]
    body = server.body()
    assert body["user_id"]["eq"] == "alice"
    assert body["namespace"]["eq"] == "app"
    assert body["limit"] == 3
    assert "session_id" not in body


async def test_resolve_scope_arguments_win_over_client_defaults(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply({"memories": [memory(user_id="bob", namespace="b")], "total": 1})

    result = await resolve(
        client, call("search_long_term_memory", query="tea"), user_id="bob", namespace="b"
    )

    assert result["success"]
    assert server.body()["user_id"]["eq"] == "bob"
    assert [m["user_id"] for m in result["result"]["memories"]] == ["bob"]


async def test_search_drops_results_outside_the_scope(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    # What the server's namespace fallback returns: another namespace's memories.
    server.reply(
        {"memories": [memory("m1"), memory("m2", namespace="other")], "total": 2, "next_offset": 2}
    )

    result = await resolve(client, call("search_long_term_memory", query="tea"))

    assert [m["id"] for m in result["result"]["memories"]] == ["m1"]
    assert (result["result"]["total"], result["result"]["next_offset"]) == (1, None)
    assert "m2" not in result["formatted_response"]


@pytest.mark.parametrize("owner", [{"user_id": "bob"}, {"namespace": "other"}, {"user_id": None}])
async def test_edit_of_a_memory_outside_the_scope_sends_no_edit(
    client: AsyncMemoryAPIClient, server: FakeServer, owner: dict[str, Any]
) -> None:
    server.reply(memory(**owner))

    result = await resolve(client, call("edit_memory", memory_id="m1", text="Overwritten"))

    assert not result["success"]
    assert result["error"] == "there is no memory with id 'm1'"
    assert [r.method for r in server.requests] == ["GET"]


async def test_delete_checks_every_id_first(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(memory("m1"), server.status(404, {"detail": "not found"}), memory("m3"))

    result = await resolve(client, call("delete_memory", memory_ids=["m1", "m2", "m3", "m1"]))

    assert not result["success"]
    assert result["error"] == "nothing was deleted: there is no memory with id 'm2'"
    assert [r.method for r in server.requests] == ["GET", "GET", "GET"]


async def test_created_memories_belong_to_the_application_scope(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    result = await resolve(
        client,
        call(
            "eagerly_create_long_term_memory",
            memories=[{"text": "User likes tea", "user_id": "mallory"}],
        ),
        user_id="carol",
    )

    assert result["success"], result["error"]
    sent = server.body()["memories"][0]
    assert (sent["user_id"], sent["namespace"], sent["memory_type"]) == ("carol", "app", "semantic")
    assert "session_id" not in sent
    assert sent["id"] == result["result"]["memories"][0]["id"]


# -- names --------------------------------------------------------------------------------


async def test_deprecated_names_warn(client: AsyncMemoryAPIClient, server: FakeServer) -> None:
    server.default = session(memories=[{"id": "m1", "text": "x", "persisted_at": NOW}])

    with pytest.warns(DeprecationWarning, match="'add_memory_to_working_memory' is deprecated"):
        result = await resolve(client, call("add_memory_to_working_memory", text="User likes tea"))

    assert result["success"], result["error"]
    assert result["function_name"] == "add_memory_to_working_memory"


async def test_a_renamed_tool_resolves_only_with_its_collection(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply({"memories": [], "total": 0})
    tools = client.get_all_memory_tool_schemas_anthropic().with_name(
        "search_long_term_memory", "recall"
    )

    unknown = await resolve(client, {"name": "recall", "input": {"query": "tea"}, "id": "t"})
    known = await resolve(
        client, {"name": "recall", "input": {"query": "tea"}, "id": "t"}, tools=tools
    )
    plain = await resolve(
        client,
        {"name": "get_current_datetime", "input": {}, "id": "t"},
        tools=[t.to_dict() for t in tools],
    )

    assert not unknown["success"]
    assert known["success"], known["error"]
    assert not plain["success"]
    assert "the memory tools are: eagerly_create_long_term_memory" in str(plain["error"])


# -- several calls ------------------------------------------------------------------------


async def test_resolve_tool_calls_returns_results_in_call_order(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.default = {"memories": [], "total": 0}

    results = await client.resolve_tool_calls(
        [
            call("search_long_term_memory", query="a"),
            call("order_pizza"),
            {"name": "get_current_datetime", "arguments": ""},
            call("search_long_term_memory", query=""),
        ]
    )

    assert [r["function_name"] for r in results] == [
        "search_long_term_memory",
        "order_pizza",
        "get_current_datetime",
        "search_long_term_memory",
    ]
    assert [r["success"] for r in results] == [True, False, True, False]
    assert len(server.requests) == 1


async def test_resolve_function_call(client: AsyncMemoryAPIClient, server: FakeServer) -> None:
    server.reply({"memories": [memory()], "total": 1})

    by_json = await client.resolve_function_call("search_memory", '{"query": "tea"}')
    by_dict = await client.resolve_function_call("get_current_datetime", None)

    assert by_json["success"]
    assert "User likes tea (id: m1" in by_json["formatted_response"]
    assert by_dict["success"]


def test_every_tool_definition_has_a_handler(client: AsyncMemoryAPIClient) -> None:
    from agent_memory_client.tools.definitions import DEFINITIONS

    missing = [d.name for d in DEFINITIONS if client._tools.handler(d) is None]
    assert missing == []


async def test_a_tool_without_a_handler_is_a_failed_result_not_an_exception(
    client: AsyncMemoryAPIClient, server: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from agent_memory_client.tools import definitions

    orphan = definitions.ToolDefinition(
        name="summarise_everything", description="A tool of a newer version.",
        parameters={"type": "object", "properties": {}},
    )  # fmt: skip
    monkeypatch.setattr(
        "agent_memory_client._async.tools.lookup",
        lambda name: (orphan, False) if name == orphan.name else definitions.lookup(name),
    )
    result = await client.resolve_tool_call(call("summarise_everything"), session_id="s1")
    assert not result["success"]
    assert "summarise_everything" in str(result["error"])
    assert server.requests == []
