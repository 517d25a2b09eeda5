"""Read-modify-write helpers on one session take turns, in both clients; other sessions don't wait.

The fake server keeps sessions in memory and pauses inside every request, so that without
the client's per-session lock two appends read the same state and one overwrites the other.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

from agent_memory_client import AsyncMemoryAPIClient, SyncMemoryAPIClient

URL = "http://memory.test"


class Sessions:
    """Working memory by session id; counts requests in flight."""

    def __init__(self) -> None:
        self.sessions: dict[str, dict[str, Any]] = {}
        self.in_flight = 0
        self.most_in_flight = 0
        self._guard = threading.Lock()

    def enter(self) -> None:
        with self._guard:
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)

    def answer(self, request: httpx.Request) -> httpx.Response:
        with self._guard:
            self.in_flight -= 1
            session_id = request.url.path.rsplit("/", 1)[-1]
            if request.method == "GET":
                if session_id not in self.sessions:
                    return httpx.Response(404, json={"detail": "Session not found"})
                return httpx.Response(200, json=self.sessions[session_id])
            body = json.loads(request.content)
            self.sessions[session_id] = {**body, "session_id": session_id}
            return httpx.Response(200, json=self.sessions[session_id])

    def contents(self, session_id: str) -> list[str]:
        return [m["content"] for m in self.sessions[session_id]["messages"]]


def message(i: int) -> list[dict[str, str]]:
    return [{"role": "user", "content": f"m{i}"}]


async def test_concurrent_appends_to_one_session_keep_every_message() -> None:
    server = Sessions()

    async def handler(request: httpx.Request) -> httpx.Response:
        server.enter()
        await asyncio.sleep(0.002)
        return server.answer(request)

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        client = AsyncMemoryAPIClient(base_url=URL, http_client=http, max_retries=0)
        await asyncio.gather(
            *(client.append_messages_to_working_memory("s1", message(i)) for i in range(8))
        )
        await asyncio.gather(
            *(client.append_messages_to_working_memory(f"other-{i}", message(i)) for i in range(8))
        )

    assert sorted(server.contents("s1")) == [f"m{i}" for i in range(8)]
    # Different sessions did not wait for each other.
    assert server.most_in_flight > 1
    assert client._sessions._locks._locks == {}  # no lock outlives its use


def test_appends_from_several_threads_keep_every_message() -> None:
    server = Sessions()

    def handler(request: httpx.Request) -> httpx.Response:
        server.enter()
        time.sleep(0.002)
        return server.answer(request)

    with httpx.Client(transport=httpx.MockTransport(handler)) as http:
        client = SyncMemoryAPIClient(base_url=URL, http_client=http, max_retries=0)
        with ThreadPoolExecutor(max_workers=4) as pool:
            list(
                pool.map(
                    lambda i: client.append_messages_to_working_memory("s1", message(i)), range(8)
                )
            )

    assert sorted(server.contents("s1")) == [f"m{i}" for i in range(8)]
    assert client._sessions._locks._locks == {}
