"""Transports under the memory client: retries, connection pools per event loop, and
delegation to a user's own httpx or httpx2 client."""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Callable
from datetime import timedelta
from time import perf_counter
from typing import TYPE_CHECKING

import httpx

from .._http import flavour_of
from .._logging import logger
from .._loops import running_loop
from .._retry import ATTEMPTS, FRESH_CONNECTION, RetryPolicy

if TYPE_CHECKING:
    import httpx2

__all__ = [
    "AsyncDelegatingTransport",
    "AsyncLoopBoundTransport",
    "AsyncRetryTransport",
]


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Sends a request, and sends it again while the retry policy says so.

    It sits under the generated client, so every operation gets the same retries, and a
    timeout applies to each attempt. The body is read here, inside the loop, so a
    response cut or stalled mid-body is retried like any other failure of an idempotent
    request. The attempts made are written to ``request.extensions[ATTEMPTS]``.
    """

    def __init__(self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy) -> None:
        self._inner = inner
        self._policy = policy

    @property
    def inner(self) -> httpx.AsyncBaseTransport:
        """The transport under the retries (a client's connection pools)."""
        return self._inner

    @property
    def policy(self) -> RetryPolicy:
        """When and how patiently requests are retried."""
        return self._policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        idempotent = self._policy.is_idempotent(request.method, request.url.path)
        if not idempotent:
            # A connection kept alive from an earlier request may have been closed by the
            # server in the meantime (it closes after a 500, or when it restarts); a
            # request sent on it fails although the server never saw it. A request that
            # must not be repeated therefore gets a connection of its own.
            request.extensions[FRESH_CONNECTION] = True
        retries = 0
        while True:
            request.extensions[ATTEMPTS] = retries + 1
            started = perf_counter()
            try:
                response = await self._inner.handle_async_request(request)
                try:
                    await response.aread()
                finally:
                    await response.aclose()
            except httpx.TransportError as exc:
                delay = self._policy.delay_after_error(request, exc, retries)
                if delay is None:
                    raise
                reason = type(exc).__name__
            else:
                # This attempt's time, body included (a raw response's ``elapsed``).
                response.elapsed = timedelta(seconds=perf_counter() - started)
                delay = self._policy.delay_after_response(request, response, retries)
                logger.debug(
                    "%s %s -> %d (%.1f ms)",
                    request.method,
                    request.url.path,
                    response.status_code,
                    response.elapsed.total_seconds() * 1000,
                )
                if delay is None:
                    response.request = request
                    return response
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
            await asyncio.sleep(delay)

    async def aclose(self) -> None:
        await self._inner.aclose()


class AsyncDelegatingTransport(httpx.AsyncBaseTransport):
    """Sends requests through a user's own httpx or httpx2 client, which the user keeps owning.

    The user's limits, proxies, event hooks and default headers apply; the client's URL,
    auth header and timeout come from the memory client. An httpx2 client gets httpx2
    requests and its responses and errors come back as httpx's (see ``_http``), so the
    retries above work the same. Closing this transport leaves the user's client open.
    """

    def __init__(self, client: httpx.AsyncClient | httpx2.AsyncClient) -> None:
        self._client = client
        self._flavour = flavour_of(client, "AsyncClient")

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        outgoing = self._flavour.request(request, self._client.headers)
        with self._flavour.errors(request):
            response = await self._client.send(outgoing, stream=True)
            if not self._flavour.native:
                # Read here, where its errors become httpx's; an httpx response is read by
                # the retry transport instead.
                try:
                    await response.aread()
                finally:
                    await response.aclose()
        return self._flavour.response(response, request)

    async def aclose(self) -> None:
        return None


class AsyncLoopBoundTransport(httpx.AsyncBaseTransport):
    """The client's own connection pools, opened anew when the event loop changes.

    A connection belongs to the event loop that opened it. A client kept across
    ``asyncio.run()`` calls (a module-level client, one client per test suite) would
    otherwise reuse a connection of a closed loop and fail with "Event loop is closed".
    Requests marked FRESH_CONNECTION go through a second pool that keeps no connection
    alive, so each opens its own.
    """

    def __init__(self, factory: Callable[[bool], httpx.AsyncBaseTransport]) -> None:
        self._factory = factory
        self._pools: dict[bool, httpx.AsyncBaseTransport] = {}
        self._owner: weakref.ref[object] | None = None

    def _current_pool(self, fresh: bool) -> httpx.AsyncBaseTransport:
        loop = running_loop()
        if self._owner is None or self._owner() is not loop:
            if self._pools:
                # The old loop is gone or elsewhere: its connections cannot be closed from
                # here, so they are dropped for the garbage collector.
                logger.debug("event loop changed: opening a new connection pool")
            self._pools = {}
            self._owner = weakref.ref(loop)
        pool = self._pools.get(fresh)
        if pool is None:
            pool = self._pools[fresh] = self._factory(fresh)
        return pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        fresh = bool(request.extensions.get(FRESH_CONNECTION))
        return await self._current_pool(fresh).handle_async_request(request)

    async def aclose(self) -> None:
        pools, owner = self._pools, self._owner
        self._pools, self._owner = {}, None
        # Only the loop that opened the connections can close them.
        if owner is not None and owner() is running_loop():
            for pool in pools.values():
                await pool.aclose()
