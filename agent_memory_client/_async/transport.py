"""Transports under the client's httpx client: retries, and delegation to a user's client."""

from __future__ import annotations

import asyncio
from contextvars import ContextVar
from time import perf_counter

import httpx

from .._logging import logger
from .._retry import RetryPolicy

__all__ = ["AsyncDelegatingTransport", "AsyncRetryTransport", "last_response"]

# The response the last request of this task (or thread) ended with. The generated layer
# parses a body before returning it, so when parsing fails this is the only way to know
# what the server actually answered.
last_response: ContextVar[httpx.Response | None] = ContextVar(
    "agent_memory_client_last_response", default=None
)


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Sends a request, and sends it again while the retry policy says so.

    It sits under the generated client, so every operation gets the same retries, and a
    timeout applies to each attempt.
    """

    def __init__(self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy) -> None:
        self._inner = inner
        self._policy = policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        retries = 0
        while True:
            started = perf_counter()
            try:
                response = await self._inner.handle_async_request(request)
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
                await response.aclose()
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
    """Sends requests through a user's own httpx client, which the user keeps owning.

    The user's limits, proxies, event hooks and default headers apply; the client's URL,
    auth header and timeout come from the memory client. Closing this transport leaves the
    user's client open.
    """

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        for name, value in self._client.headers.items():
            if name not in request.headers:
                request.headers[name] = value
        return await self._client.send(request, stream=True)

    async def aclose(self) -> None:
        return None
