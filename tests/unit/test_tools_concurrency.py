"""The async client resolves a batch of tool calls concurrently, except working-memory tools,
which take turns so that no read-modify-write of the session loses another's change."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from agent_memory_client import AsyncMemoryAPIClient

NOW = "2025-03-14T09:00:00Z"


class SlowServer:
    """Answers searches and keeps one session; every request yields to the event loop first."""

    def __init__(self) -> None:
        self.in_flight = 0
        self.most_in_flight = 0
        self.session: dict[str, Any] | None = None
        self.log: list[str] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            for _ in range(5):
                await asyncio.sleep(0)
            return self._answer(request)
        finally:
            self.in_flight -= 1

    def _answer(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.log.append(f"{request.method} {path}")
        if path.endswith("/search"):
            return httpx.Response(200, json={"memories": [], "total": 0})
        if request.method == "GET":
            if self.session is None:
                return httpx.Response(404, json={"detail": "Session not found"})
            return httpx.Response(200, json=self.session)
        body = json.loads(request.content)
        # Promotion is instant here: every memory comes back persisted.
        memories = [{**m, "persisted_at": NOW} for m in body.get("memories", [])]
        self.session = {**body, "session_id": "s1", "memories": memories}
        return httpx.Response(200, json=self.session)


@pytest.fixture
def server() -> SlowServer:
    return SlowServer()


@pytest.fixture
async def client(server: SlowServer) -> AsyncIterator[AsyncMemoryAPIClient]:
    http = httpx.AsyncClient(transport=httpx.MockTransport(server))
    async with AsyncMemoryAPIClient(
        base_url="http://memory.test", http_client=http, max_retries=0, user_id="alice"
    ) as memory_client:
        yield memory_client
    await http.aclose()


def call(name: str, **arguments: Any) -> dict[str, Any]:
    return {"name": name, "arguments": json.dumps(arguments)}


async def test_independent_calls_run_at_the_same_time(
    client: AsyncMemoryAPIClient, server: SlowServer
) -> None:
    calls = [call("search_long_term_memory", query=f"q{i}") for i in range(4)]

    results = await client.resolve_tool_calls(calls, session_id="s1")

    assert [r["success"] for r in results] == [True] * 4
    assert server.most_in_flight == 4


async def test_working_memory_calls_take_turns_and_keep_every_change(
    client: AsyncMemoryAPIClient, server: SlowServer
) -> None:
    calls = [
        call("lazily_create_long_term_memory", text="User likes tea"),
        call("search_long_term_memory", query="tea"),
        call("lazily_create_long_term_memory", text="User likes cake"),
        call("update_working_memory_data", data={"mood": "hungry"}),
        call("set_working_memory", context="Snacks"),
    ]

    results = await client.resolve_tool_calls(calls, session_id="s1")

    assert [r["success"] for r in results] == [True] * 5, [r["error"] for r in results]
    assert server.session is not None
    assert [m["text"] for m in server.session["memories"]] == ["User likes tea", "User likes cake"]
    assert server.session["data"] == {"mood": "hungry"}
    assert server.session["context"] == "Snacks"
    # The search did not wait for the session's turn.
    assert server.log.index("POST /v1/long-term-memory/search") < server.log.index(
        "PUT /v1/working-memory/s1"
    )
