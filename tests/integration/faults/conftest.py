"""Fixtures of the fault suite: its own server stack, proxies, a fake server, clients.

- ``fault_stack`` (session): Redis, the LLM stub, a Redis proxy and a memory server whose
  ``REDIS_URL`` is the proxy. Started here even when MEMORY_TEST_SERVER_URL names a server:
  these tests kill it and break its Redis.
- ``server``: that server (``.url``, ``.kill()``, ``.restart()``); restarted after a test
  that left it dead.
- ``redis_faults``: the Redis proxy, with no faults (and an empty command log) at the start
  of each test and no faults after it.
- ``proxy``: an HTTP fault proxy in front of the server, new for each test.
- ``fake``: an in-process fake server for 429 and 5xx.
- ``kind`` / ``make_client``: every test runs with the async and the sync client.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest

from .clients import KINDS, Client, Kind, Scope
from .fake_server import FakeServer
from .http_proxy import HttpFaultProxy
from .redis_proxy import RedisProxy
from .servers import FaultStack, KillableServer, running_fault_stack


@pytest.fixture(scope="session")
def fault_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FaultStack]:
    log_dir = tmp_path_factory.mktemp("fault-stack-logs")
    with contextlib.ExitStack() as resources:
        try:
            stack = resources.enter_context(running_fault_stack(log_dir))
        except Exception as exc:  # failing to start must fail the tests, never skip them
            pytest.fail(f"could not start the fault-injection stack: {exc}", pytrace=False)
        yield stack


@pytest.fixture
def server(fault_stack: FaultStack) -> Iterator[KillableServer]:
    server = fault_stack.server
    if not server.alive:
        server.restart()
    yield server
    if not server.alive:
        fault_stack.redis.clear()
        server.restart()


@pytest.fixture
def redis_faults(fault_stack: FaultStack) -> Iterator[RedisProxy]:
    fault_stack.redis.reset()
    yield fault_stack.redis
    fault_stack.redis.clear()


@pytest.fixture
def proxy(server: KillableServer) -> Iterator[HttpFaultProxy]:
    try:
        fault_proxy = HttpFaultProxy(server.port)
    except OSError as exc:
        pytest.fail(f"could not start the HTTP fault proxy: {exc}", pytrace=False)
    with fault_proxy:
        yield fault_proxy


@pytest.fixture
def fake() -> Iterator[FakeServer]:
    try:
        fake_server = FakeServer()
    except OSError as exc:
        pytest.fail(f"could not start the fake server: {exc}", pytrace=False)
    with fake_server:
        yield fake_server


@pytest.fixture(params=KINDS)
def kind(request: pytest.FixtureRequest) -> Kind:
    value: Kind = request.param
    return value


@pytest.fixture
async def make_client(kind: Kind) -> AsyncIterator[Callable[..., Client]]:
    """Build clients of this test's kind (``make_client(base_url=..., ...)``); all are
    closed after the test."""
    made: list[Client] = []

    def make(**settings: Any) -> Client:
        client = Client(kind, **settings)
        made.append(client)
        return client

    yield make
    for client in made:
        await client.aclose()


@pytest.fixture
def scope() -> Scope:
    return Scope()
