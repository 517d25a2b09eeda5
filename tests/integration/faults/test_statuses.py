"""Error statuses the real server does not give on demand, from the fake server: bursts of
503, and 429 with Retry-After."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from time import monotonic
from typing import Any

import pytest

from agent_memory_client import MemoryInternalServerError, MemoryRateLimitError, RetryPolicy

from .clients import Client
from .fake_server import HEALTH, SEARCH, FakeServer

MakeClient = Callable[..., Client]

# (method, path, call): a GET and an idempotent POST.
CALLS: dict[str, tuple[str, str, Callable[[Client], Awaitable[Any]]]] = {
    "health_check": ("GET", HEALTH, lambda c: c.health_check()),
    "search_long_term_memory": ("POST", SEARCH, lambda c: c.search_long_term_memory("maps")),
}


@pytest.mark.parametrize("burst", [1, 2])
@pytest.mark.parametrize("name", CALLS)
async def test_503_burst_within_max_retries_succeeds(
    name: str, burst: int, fake: FakeServer, make_client: MakeClient
) -> None:
    method, path, call = CALLS[name]
    fake.script(method, path, [(503, {})] * burst)
    client = make_client(base_url=fake.url, max_retries=2)

    await call(client)

    assert len(fake.hits(method, path)) == burst + 1


@pytest.mark.parametrize("name", CALLS)
async def test_503_burst_beyond_max_retries_raises_503(
    name: str, fake: FakeServer, make_client: MakeClient
) -> None:
    method, path, call = CALLS[name]
    fake.script(method, path, [(503, {})] * 3)
    client = make_client(base_url=fake.url, max_retries=2)

    with pytest.raises(MemoryInternalServerError) as caught:
        await call(client)

    assert caught.value.status_code == 503
    assert len(fake.hits(method, path)) == 3


async def test_429_with_retry_after_waits_then_succeeds(
    fake: FakeServer, make_client: MakeClient
) -> None:
    fake.script("GET", HEALTH, [(429, {"Retry-After": "1"})])
    client = make_client(base_url=fake.url)
    started = monotonic()

    await client.health_check()

    first, second = fake.hits("GET", HEALTH)
    assert second - first >= 0.95
    assert monotonic() - started >= 0.95


@pytest.mark.parametrize(
    ("retry_after", "policy"),
    [
        ("120", RetryPolicy(initial_delay=0.02, max_delay=0.1)),  # default cap: 60 s
        ("1", RetryPolicy(initial_delay=0.02, max_delay=0.1, max_retry_after=0.5)),
    ],
    ids=["over-default-cap", "over-own-cap"],
)
async def test_429_with_retry_after_over_the_cap_raises_at_once(
    retry_after: str, policy: RetryPolicy, fake: FakeServer, make_client: MakeClient
) -> None:
    fake.script("GET", HEALTH, [(429, {"Retry-After": retry_after})])
    client = make_client(base_url=fake.url, retry_policy=policy)
    started = monotonic()

    with pytest.raises(MemoryRateLimitError) as caught:
        await client.health_check()

    assert monotonic() - started < 0.5
    assert len(fake.hits("GET", HEALTH)) == 1
    assert caught.value.status_code == 429
    assert caught.value.retry_after == float(retry_after)
