"""Bench worker for the reference client, agent-memory-client 0.14.0 from PyPI.

Run with the server venv's Python, where ``agent_memory_client`` is the reference:
``.cache/server-venv/bin/python bench/_reference.py '<job json>'``. It is imported by name at
run time because mypy, run from .venv, would check it against our package of the same name.
"""

from __future__ import annotations

import importlib
import warnings
from typing import Any

import httpx
from _common import MOCK_URL, Side, main, mock_transport

ref = importlib.import_module("agent_memory_client")
models = importlib.import_module("agent_memory_client.models")
filters = importlib.import_module("agent_memory_client.filters")
assert ref.__version__ == "0.14.0", f"not the reference client: {ref.__file__}"

# get_working_memory warns on every call (deprecated in 0.14.0); the call still pays for it.
warnings.simplefilter("ignore", DeprecationWarning)


class ReferenceSide:
    """Its API takes model objects, so building them from the same dicts is part of each call."""

    def __init__(self, client: Any) -> None:
        self._c = client

    async def search(self, text: str, user_id: str, limit: int) -> int:
        user = filters.UserId(eq=user_id)
        found = await self._c.search_long_term_memory(text=text, user_id=user, limit=limit)
        return len(found.memories)

    async def search_ids(self, text: str, user_id: str, limit: int) -> list[str]:
        user = filters.UserId(eq=user_id)
        found = await self._c.search_long_term_memory(text=text, user_id=user, limit=limit)
        return [m.id for m in found.memories]

    async def create_one(self, record: dict[str, Any]) -> str:
        memory = models.ClientMemoryRecord(**record)  # its id is assigned here (a ULID)
        await self._c.create_long_term_memory([memory])
        return str(memory.id)

    async def found_by_id(self, memory_id: str) -> bool:
        try:
            await self._c.get_long_term_memory(memory_id)
        except ref.MemoryNotFoundError:
            return False
        return True

    async def get_wm(self, session_id: str, user_id: str) -> int:
        return len((await self._c.get_working_memory(session_id, user_id=user_id)).messages)

    async def put_wm(self, session_id: str, user_id: str, msgs: list[dict[str, str]]) -> int:
        messages = [models.MemoryMessage(**m) for m in msgs]
        body = models.WorkingMemory(session_id=session_id, user_id=user_id, messages=messages)
        return len((await self._c.put_working_memory(session_id, body)).messages)

    async def create(self, records: list[dict[str, Any]]) -> int:
        await self._c.create_long_term_memory([models.ClientMemoryRecord(**r) for r in records])
        return len(records)

    async def bulk_create(self, records: list[dict[str, Any]], batch_size: int) -> int:
        batch = [models.ClientMemoryRecord(**r) for r in records]
        # Its default sleeps 0.1 s after each batch; off, so only the clients are compared.
        acks = await self._c.bulk_create_long_term_memories(
            [batch], batch_size=batch_size, delay_between_batches=0
        )
        return len(acks)

    async def prompt(self, query: str, session_id: str, user_id: str) -> int:
        # The same request body ours sends: the query as search text, the user as a filter.
        search = {"text": query, "user_id": {"eq": user_id}, "limit": 10}
        prompt = await self._c.memory_prompt(
            query, session_id=session_id, user_id=user_id, long_term_search=search
        )
        return len(prompt["messages"])

    async def close(self) -> None:
        await self._c.close()


async def make(url: str | None, user_id: str, session_id: str) -> Side:
    client = ref.MemoryAPIClient(ref.MemoryClientConfig(base_url=url or MOCK_URL))
    if url is None:
        # Bench only: the reference builds its own httpx.AsyncClient and accepts no transport,
        # so its private `_client` is swapped for one with the same settings on the
        # MockTransport. Nothing outside this worker does this.
        own: httpx.AsyncClient = client._client
        client._client = httpx.AsyncClient(
            base_url=own.base_url,
            timeout=own.timeout,
            headers=own.headers,
            transport=mock_transport(user_id, session_id),
        )
        await own.aclose()
    return ReferenceSide(client)


if __name__ == "__main__":
    main({"reference": make})
