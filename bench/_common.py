"""What the bench workers share: the data, the scenarios and the timing loop.

It runs in both interpreters (ours: .venv, Python 3.11; the reference: the server's venv,
Python 3.12), so it uses only the standard library and httpx, which both have. A worker
wraps its client(s) in a :class:`Side` and calls :func:`main`; it prints one JSON object,
scenario name -> samples (seconds; bytes for the ``peak_*`` scenarios; 1.0 or 0.0 per try
for the ``*_hits`` ones).
"""

from __future__ import annotations

import asyncio
import gc
import json
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

import httpx

MOCK_URL = "http://memory.bench"
SEARCH_RESULTS = 100
WM_MESSAGES = 50
PEAK_RESULTS = 1000
# Our client refuses limit > 100 (as the server does), so the mock answers this search text
# with PEAK_RESULTS results whatever the limit: a page no real server would send.
PEAK_TEXT = "peak"
BATCH_SIZE = 50
BATCH_TOTAL = 500
SEED_MEMORIES = 10
NEW_CLIENTS = 3
# Read-your-writes: how long to wait, untimed, for the server to store a try's memory
# before the next try (so each try starts with nothing of this client being indexed).
STORED_TIMEOUT = 30.0


# -- data (identical for every side) ---------------------------------------------------------


def memory_records(user_id: str, count: int, tag: str) -> list[dict[str, Any]]:
    """Records to create: plain dicts, unique texts (the server deduplicates by hash)."""
    return [
        {
            "text": f"{tag} {i}: user prefers window seats and flies out of Lisbon on Fridays",
            "user_id": user_id,
            "memory_type": "semantic",
            "topics": ["travel", "preferences"],
            "entities": ["Lisbon"],
        }
        for i in range(count)
    ]


def messages(count: int, tag: str) -> list[dict[str, str]]:
    """A conversation of ``count`` messages, ~200 characters each."""
    line = "Let's plan the trip: two nights in Porto, then the train south to the coast. "
    return [
        {"role": "user" if i % 2 == 0 else "assistant", "content": f"{tag} {i}. {line * 2}"}
        for i in range(count)
    ]


def _stamp(i: int) -> str:
    # In the past: the reference refuses timestamps more than 5 minutes ahead.
    return f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:12:21.{i % 1000:03d}000Z"


def search_response(count: int, user_id: str) -> bytes:
    """A search answer shaped like agent-memory-server 0.15.2's (captured from a real one)."""
    memories: list[dict[str, Any]] = [
        {
            "id": f"01JBENCH{i:018d}",
            "text": f"Memory {i}: user prefers window seats and flies out of Lisbon on Fridays",
            "session_id": None,
            "user_id": user_id,
            "namespace": None,
            "last_accessed": _stamp(i),
            "created_at": _stamp(i + 1),
            "updated_at": _stamp(i + 2),
            "pinned": False,
            "access_count": i % 7,
            "topics": ["travel", "preferences"],
            "entities": ["Lisbon"],
            "memory_hash": f"{i:064x}",
            "discrete_memory_extracted": "t",
            "memory_type": "semantic",
            "persisted_at": None,
            "extracted_from": [],
            "event_date": None,
            "extraction_strategy": "discrete",
            "extraction_strategy_config": {},
            "dist": 0.25 + i / (4 * count),
            "score": 0.75 - i / (4 * count),
            "score_type": "semantic",
        }
        for i in range(count)
    ]
    return json.dumps({"memories": memories, "total": count, "next_offset": None}).encode()


def working_memory_response(session_id: str, user_id: str, count: int) -> bytes:
    """A working-memory answer shaped like the server's, with ``count`` messages."""
    msgs = [
        {
            **m,
            "id": f"01JBENCHMSG{i:015d}",
            "created_at": _stamp(i),
            "persisted_at": None,
            "discrete_memory_extracted": "f",
        }
        for i, m in enumerate(messages(count, "message"))
    ]
    body = {
        "messages": msgs,
        "memories": [],
        "data": {"trip": "Portugal", "nights": 5},
        "context": None,
        "user_id": user_id,
        "tokens": 0,
        "session_id": session_id,
        "namespace": None,
        "long_term_memory_strategy": {"strategy": "discrete", "config": {}},
        "ttl_seconds": None,
        "last_accessed": _stamp(1),
        "created_at": _stamp(2),
        "updated_at": _stamp(3),
        "context_percentage_total_used": None,
        "context_percentage_until_summarization": None,
    }
    return json.dumps(body).encode()


def mock_transport(user_id: str, session_id: str) -> httpx.MockTransport:
    """Answers search and get-working-memory from bytes built once, so only clients differ."""
    bodies = {n: search_response(n, user_id) for n in (SEARCH_RESULTS, PEAK_RESULTS)}
    wm = working_memory_response(session_id, user_id, WM_MESSAGES)

    def handle(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": "application/json"}
        if request.url.path == "/v1/long-term-memory/search":
            text = json.loads(request.content)["text"]
            body = bodies[PEAK_RESULTS if text == PEAK_TEXT else SEARCH_RESULTS]
            return httpx.Response(200, content=body, headers=headers)
        if request.url.path == f"/v1/working-memory/{session_id}":
            return httpx.Response(200, content=wm, headers=headers)
        return httpx.Response(404, json={"detail": f"no mock for {request.url.path}"})

    return httpx.MockTransport(handle)


# -- what each side implements ---------------------------------------------------------------


class Side(Protocol):
    """One client, behind the calls the scenarios make. Each returns a count to check, or
    (the read-your-writes calls) ids or whether the memory was found."""

    async def search(self, text: str, user_id: str, limit: int) -> int: ...
    async def search_ids(self, text: str, user_id: str, limit: int) -> list[str]: ...
    async def create_one(self, record: dict[str, Any]) -> str: ...
    async def found_by_id(self, memory_id: str) -> bool: ...
    async def get_wm(self, session_id: str, user_id: str) -> int: ...
    async def put_wm(self, session_id: str, user_id: str, msgs: list[dict[str, str]]) -> int: ...
    async def create(self, records: list[dict[str, Any]]) -> int: ...
    async def bulk_create(self, records: list[dict[str, Any]], batch_size: int) -> int: ...
    async def prompt(self, query: str, session_id: str, user_id: str) -> int: ...
    async def close(self) -> None: ...


# url, or None for the mock transport (with the user and session it answers for) -> a Side
MakeSide = Callable[[str | None, str, str], Awaitable[Side]]


# -- scenarios -------------------------------------------------------------------------------


Samples = dict[str, list[float]]


async def _timed(samples: Samples, name: str, call: Awaitable[int], expect: int | None) -> None:
    started = time.perf_counter()
    got = await call
    samples.setdefault(name, []).append(time.perf_counter() - started)
    if expect is not None and got != expect:
        raise AssertionError(f"{name}: expected {expect} items, got {got}")


async def client_overhead(make: MakeSide, user: str, n: int, samples: Samples) -> None:
    """(1) A 100-result search, a 1,000-result search and a 50-message working memory from a
    MockTransport."""
    side = await make(None, user, "s-mock")
    try:
        await side.search("seats", user, SEARCH_RESULTS)  # warm-up: lazy imports, pools
        await side.search(PEAK_TEXT, user, SEARCH_RESULTS)
        await side.get_wm("s-mock", user)
        for _ in range(n):
            search = side.search("seats", user, SEARCH_RESULTS)
            await _timed(samples, "mock_search_100", search, SEARCH_RESULTS)
            search = side.search(PEAK_TEXT, user, SEARCH_RESULTS)
            await _timed(samples, "mock_search_1000", search, PEAK_RESULTS)
            await _timed(samples, "mock_get_wm_50", side.get_wm("s-mock", user), WM_MESSAGES)
    finally:
        await side.close()


async def peak_memory(make: MakeSide, user: str, n: int, samples: Samples) -> None:
    """(5) Peak traced memory of one 1,000-result search through the client (mock)."""
    side = await make(None, user, "s-mock")
    try:
        await side.search(PEAK_TEXT, user, SEARCH_RESULTS)
        for _ in range(n):
            gc.collect()
            tracemalloc.start()
            got = await side.search(PEAK_TEXT, user, SEARCH_RESULTS)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            assert got == PEAK_RESULTS, got
            samples.setdefault("peak_search_1000", []).append(float(peak))
    finally:
        await side.close()


async def round_trips(make: MakeSide, url: str, user: str, n: int, samples: Samples) -> None:
    """(2) Each call once per iteration against the real server, in the same order; and a
    new client's first call (construction, connection pool, connection) a few times.

    The creates go through a second client of the same side, the writer: our client's
    searches (and memory prompts) wait for its *own* just-created memories to be stored
    (read-your-writes, timed in (6)), and "search, limit 10" is meant to time a search alone.
    """
    session = f"{user}-session"
    side = await make(url, user, session)
    writer = await make(url, user, session)
    try:
        await writer.create(memory_records(user, SEED_MEMORIES, f"{user} seed"))
        await side.put_wm(session, user, messages(10, "seed"))
        await side.search("window seats", user, 10)
        await side.get_wm(session, user)
        await side.prompt("where do I fly from?", session, user)
        for _ in range(NEW_CLIENTS):
            started = time.perf_counter()
            fresh = await make(url, user, session)
            await fresh.get_wm(session, user)
            samples.setdefault("rt_new_client", []).append(time.perf_counter() - started)
            await fresh.close()
        for i in range(n):
            one = memory_records(user, 1, f"{user} rt{i}")
            await _timed(samples, "rt_create_1", writer.create(one), 1)
            await _timed(samples, "rt_search_10", side.search("window seats", user, 10), None)
            await _timed(samples, "rt_get_wm", side.get_wm(session, user), 10)
            put = side.put_wm(session, user, messages(10, f"rt{i}"))
            await _timed(samples, "rt_put_wm", put, 10)
            prompt = side.prompt("where do I fly from?", session, user)
            await _timed(samples, "rt_memory_prompt", prompt, None)
    finally:
        await side.close()
        await writer.close()


async def _stored(http: httpx.AsyncClient, memory_id: str) -> None:
    """Wait until the server returns ``memory_id`` by id (raw HTTP, not a client's code)."""
    deadline = time.monotonic() + STORED_TIMEOUT
    while time.monotonic() < deadline:
        response = await http.get(f"/v1/long-term-memory/{memory_id}")
        if response.status_code == 200:
            return
        if response.status_code != 404:
            response.raise_for_status()
        await asyncio.sleep(0.01)
    raise AssertionError(f"memory {memory_id} not stored after {STORED_TIMEOUT:.0f} s")


async def read_your_writes(make: MakeSide, url: str, user: str, n: int, samples: Samples) -> None:
    """(6) Create one memory, then at once search for it (its own text) or get it by id.

    Timed from just before the create to the result; a hit is the new memory's id among
    the search's 10 results, or the get finding it. Between tries (untimed) the memory is
    awaited with raw HTTP, so every try starts with nothing of this client being indexed.
    """
    side = await make(url, user, f"{user}-session")
    http = httpx.AsyncClient(base_url=url, trust_env=False, timeout=30.0)
    try:
        await side.search("window seats", user, 1)  # a client already used: pool, imports
        # All searches first: after a get by id our client still counts that memory's
        # batch as pending (until index_timeout), so a search right after it would check.
        for kind in ("search", "get"):
            for i in range(n):
                record = memory_records(user, 1, f"{user} ryw-{kind}-{i}")[0]
                started = time.perf_counter()
                memory_id = await side.create_one(record)
                if kind == "search":
                    found = memory_id in await side.search_ids(record["text"], user, 10)
                else:
                    found = await side.found_by_id(memory_id)
                samples.setdefault(f"ryw_{kind}", []).append(time.perf_counter() - started)
                samples.setdefault(f"ryw_{kind}_hits", []).append(1.0 if found else 0.0)
                await _stored(http, memory_id)
    finally:
        await side.close()
        await http.aclose()


async def batch(make: MakeSide, url: str, user: str, n: int, samples: Samples) -> None:
    """(3) 500 memories in batches of 50, one request per batch, on a client already used."""
    session = f"{user}-session"
    side = await make(url, user, session)
    try:
        await side.get_wm(session, user)  # the first call sets up the connection pool
        for i in range(n):
            records = memory_records(user, BATCH_TOTAL, f"{user} batch{i}")
            expect = BATCH_TOTAL // BATCH_SIZE
            await _timed(samples, "batch_500_by_50", side.bulk_create(records, BATCH_SIZE), expect)
    finally:
        await side.close()


def memories_stored(iterations: dict[str, int]) -> int:
    """How many long-term memories one worker run creates for its user."""
    return (
        SEED_MEMORIES
        + iterations["round_trip"]
        + 2 * iterations["ryw"]
        + BATCH_TOTAL * iterations["batch"]
    )


async def run_all(make: MakeSide, job: dict[str, Any]) -> Samples:
    """The job's scenarios once, in a fixed order (mock first, then the server); ``job``
    comes from run.py, its ``groups`` ("mock", "server") say which scenarios to run."""
    user, url, iters = job["user"], job["url"], job["iterations"]
    groups = job["groups"]
    samples: Samples = {}
    if "mock" in groups:
        await client_overhead(make, user, iters["mock"], samples)
    if "peak" in groups:
        await peak_memory(make, user, iters["peak"], samples)
    if "server" in groups:
        await round_trips(make, url, user, iters["round_trip"], samples)
        await read_your_writes(make, url, user, iters["ryw"], samples)
        await batch(make, url, user, iters["batch"], samples)
    return samples


def main(sides: dict[str, MakeSide]) -> None:
    """Entry point of a worker: the job as JSON in argv[1], the samples as JSON on stdout."""
    job = json.loads(sys.argv[1])
    samples = asyncio.run(run_all(sides[job["side"]], job))
    json.dump(samples, sys.stdout)
