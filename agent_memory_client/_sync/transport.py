# Generated from agent_memory_client/_async/transport.py by scripts/unasync.py: do not edit.
"""Transports under the client's httpx client: retries, connection pools per event loop,
and delegation to a user's own httpx client."""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable
from contextvars import ContextVar
from time import perf_counter

import httpx

from .._logging import logger
from .._loops import no_loop
from .._retry import RetryPolicy

__all__ = [
    "SyncDelegatingTransport",
    "SyncLoopBoundTransport",
    "SyncRetryTransport",
    "last_response",
]

# The response the last request of this task (or thread) ended with. The generated layer
# parses a body before returning it, so when parsing fails this is the only way to know
# what the server actually answered.
last_response: ContextVar[httpx.Response | None] = ContextVar(
    "agent_memory_client_last_response", default=None
)


class SyncRetryTransport(httpx.BaseTransport):
    """Sends a request, and sends it again while the retry policy says so.

    It sits under the generated client, so every operation gets the same retries, and a
    timeout applies to each attempt.
    """

    def __init__(self, inner: httpx.BaseTransport, policy: RetryPolicy) -> None:
        self._inner = inner
        self._policy = policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        retries = 0
        while True:
            started = perf_counter()
            try:
                response = self._inner.handle_request(request)
            except httpx.TransportError as exc:
                delay = self._policy.delay_after_error(request, exc, retries)
                if delay is None:
                    raise
                reason = type(exc).__name__
            else:
                delay = self._policy.delay_after_response(request, response, retries)
                logger.debug(
                    "%s %s -> %d (%.1f ms)",
                    request.method,
                    request.url.path,
                    response.status_code,
                    (perf_counter() - started) * 1000,
                )
                if delay is None:
                    last_response.set(response)
                    return response
                response.close()
                reason = f"HTTP {response.status_code}"
            retries += 1
            logger.info(
                "retrying %s %s in %.2fs (retry %d of %d) after %s",
                request.method,
                request.url.path,
                delay,
                retries,
                self._policy.max_retries,
                reason,
            )
            time.sleep(delay)

    def close(self) -> None:
        self._inner.close()


class SyncDelegatingTransport(httpx.BaseTransport):
    """Sends requests through a user's own httpx client, which the user keeps owning.

    The user's limits, proxies, event hooks and default headers apply; the client's URL,
    auth header and timeout come from the memory client. Closing this transport leaves the
    user's client open.
    """

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        for name, value in self._client.headers.items():
            if name not in request.headers:
                request.headers[name] = value
        return self._client.send(request, stream=True)

    def close(self) -> None:
        return None


class SyncLoopBoundTransport(httpx.BaseTransport):
    """The client's own connection pool, opened anew when the event loop changes.

    A connection belongs to the event loop that opened it. A client kept across
    ``asyncio.run()`` calls (a module-level client, one client per test suite) would
    otherwise reuse a connection of a closed loop and fail with "Event loop is closed".
    """

    def __init__(self, factory: Callable[[], httpx.BaseTransport]) -> None:
        self._factory = factory
        self._pool: httpx.BaseTransport | None = None
        self._owner: weakref.ref[object] | None = None

    def _current_pool(self) -> httpx.BaseTransport:
        loop = no_loop()
        if self._pool is None or self._owner is None or self._owner() is not loop:
            if self._pool is not None:
                # The old loop is gone or elsewhere: its connections cannot be closed from
                # here, so they are dropped for the garbage collector.
                logger.debug("event loop changed: opening a new connection pool")
            self._pool = self._factory()
            self._owner = weakref.ref(loop)
        return self._pool

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._current_pool().handle_request(request)

    def close(self) -> None:
        pool, owner = self._pool, self._owner
        self._pool = self._owner = None
        # Only the loop that opened the connections can close them.
        if pool is not None and owner is not None and owner() is no_loop():
            pool.close()
