"""Bench worker for our SDK (.venv): ``python bench/_ours.py '<job json>'``, side async or sync.

Without ``"speedups": true`` in the job it runs as a base install: orjson (the speedups
extra, installed in .venv) is made unimportable before anything can import it.
"""

from __future__ import annotations

import json
import sys

SPEEDUPS = bool(json.loads(sys.argv[1]).get("speedups"))
if not SPEEDUPS:
    sys.modules["orjson"] = None  # type: ignore[assignment]  # `import orjson` now fails

from typing import Any  # noqa: E402

import httpx  # noqa: E402
from _common import MOCK_URL, Side, main, mock_transport  # noqa: E402

from agent_memory_client import (  # noqa: E402
    MemoryAPIClient,
    MemoryNotFoundError,
    SyncMemoryAPIClient,
)


class AsyncSide:
    def __init__(self, client: MemoryAPIClient, http: httpx.AsyncClient | None) -> None:
        self._c, self._http = client, http

    async def search(self, text: str, user_id: str, limit: int) -> int:
        found = await self._c.search_long_term_memory(text=text, user_id=user_id, limit=limit)
        return len(found.memories)

    async def search_ids(self, text: str, user_id: str, limit: int) -> list[str]:
        found = await self._c.search_long_term_memory(text=text, user_id=user_id, limit=limit)
        return [m.id for m in found.memories]

    async def create_one(self, record: dict[str, Any]) -> str:
        return (await self._c.create_long_term_memories([record])).memories[0].id

    async def found_by_id(self, memory_id: str) -> bool:
        try:
            await self._c.get_long_term_memory(memory_id)
        except MemoryNotFoundError:
            return False
        return True

    async def get_wm(self, session_id: str, user_id: str) -> int:
        return len((await self._c.get_working_memory(session_id, user_id=user_id)).messages)

    async def put_wm(self, session_id: str, user_id: str, msgs: list[dict[str, str]]) -> int:
        memory = await self._c.set_working_memory(session_id, {"messages": msgs}, user_id=user_id)
        return len(memory.messages)

    async def create(self, records: list[dict[str, Any]]) -> int:
        return len((await self._c.create_long_term_memories(records)).memories)

    async def bulk_create(self, records: list[dict[str, Any]], batch_size: int) -> int:
        return len(await self._c.bulk_create_long_term_memories(records, batch_size=batch_size))

    async def prompt(self, query: str, session_id: str, user_id: str) -> int:
        prompt = await self._c.memory_prompt(
            query, session_id=session_id, user_id=user_id, long_term_search={"limit": 10}
        )
        return len(prompt.messages)

    async def close(self) -> None:
        await self._c.close()
        if self._http is not None:
            await self._http.aclose()


class SyncSide:
    """The blocking client behind the same async interface: each call blocks the (otherwise
    idle) event loop for its whole duration, so what is timed is the sync client alone."""

    def __init__(self, client: SyncMemoryAPIClient, http: httpx.Client | None) -> None:
        self._c, self._http = client, http

    async def search(self, text: str, user_id: str, limit: int) -> int:
        return len(
            self._c.search_long_term_memory(text=text, user_id=user_id, limit=limit).memories
        )

    async def search_ids(self, text: str, user_id: str, limit: int) -> list[str]:
        found = self._c.search_long_term_memory(text=text, user_id=user_id, limit=limit)
        return [m.id for m in found.memories]

    async def create_one(self, record: dict[str, Any]) -> str:
        return self._c.create_long_term_memories([record]).memories[0].id

    async def found_by_id(self, memory_id: str) -> bool:
        try:
            self._c.get_long_term_memory(memory_id)
        except MemoryNotFoundError:
            return False
        return True

    async def get_wm(self, session_id: str, user_id: str) -> int:
        return len(self._c.get_working_memory(session_id, user_id=user_id).messages)

    async def put_wm(self, session_id: str, user_id: str, msgs: list[dict[str, str]]) -> int:
        memory = self._c.set_working_memory(session_id, {"messages": msgs}, user_id=user_id)
        return len(memory.messages)

    async def create(self, records: list[dict[str, Any]]) -> int:
        return len(self._c.create_long_term_memories(records).memories)

    async def bulk_create(self, records: list[dict[str, Any]], batch_size: int) -> int:
        return len(self._c.bulk_create_long_term_memories(records, batch_size=batch_size))

    async def prompt(self, query: str, session_id: str, user_id: str) -> int:
        prompt = self._c.memory_prompt(
            query, session_id=session_id, user_id=user_id, long_term_search={"limit": 10}
        )
        return len(prompt.messages)

    async def close(self) -> None:
        self._c.close()
        if self._http is not None:
            self._http.close()


# The mock goes in through the public `http_client` argument: requests pass through our
# retry transport and then the given client, the path a user with their own client takes.


async def make_async(url: str | None, user_id: str, session_id: str) -> Side:
    if url is None:
        http = httpx.AsyncClient(transport=mock_transport(user_id, session_id))
        return AsyncSide(MemoryAPIClient(base_url=MOCK_URL, http_client=http), http)
    return AsyncSide(MemoryAPIClient(base_url=url), None)


async def make_sync(url: str | None, user_id: str, session_id: str) -> Side:
    if url is None:
        http = httpx.Client(transport=mock_transport(user_id, session_id))
        return SyncSide(SyncMemoryAPIClient(base_url=MOCK_URL, http_client=http), http)
    return SyncSide(SyncMemoryAPIClient(base_url=url), None)


def check_decoder() -> None:
    """The worker decoded with what it was meant to: orjson with speedups, else json."""
    from agent_memory_client import _json

    expected = "orjson" if SPEEDUPS else "json"
    used = getattr(_json._loads, "__module__", None)
    if used != expected:
        raise SystemExit(f"decoded with {used!r}, not {expected!r} (speedups={SPEEDUPS})")


if __name__ == "__main__":
    main({"async": make_async, "sync": make_sync})
    check_decoder()
