"""The async and the sync client behind one interface, so each test runs against both.

``await client.get_working_memory(...)`` awaits the async client's method, or runs the
sync client's in a worker thread, as a blocking program would call it.
"""

from __future__ import annotations

import asyncio
import functools
import uuid
from collections.abc import Awaitable, Callable
from typing import Any, Literal

from agent_memory_client import MemoryAPIClient, RetryPolicy, SyncMemoryAPIClient

__all__ = ["FAST_RETRIES", "KINDS", "Client", "Kind", "Scope"]

Kind = Literal["async", "sync"]
KINDS: tuple[Kind, ...] = ("async", "sync")

# Backoff in tens of milliseconds keeps the suite fast; the number of retries stays the
# default (2), so "retried" and "gave up after 3 attempts" mean what they do for users.
FAST_RETRIES = RetryPolicy(initial_delay=0.02, max_delay=0.1)


class Client:
    """A memory client of either kind; every method is awaited."""

    def __init__(self, kind: Kind, **settings: Any) -> None:
        self.kind = kind
        settings.setdefault("retry_policy", FAST_RETRIES)
        self.raw: MemoryAPIClient | SyncMemoryAPIClient = (
            MemoryAPIClient(**settings) if kind == "async" else SyncMemoryAPIClient(**settings)
        )

    def __getattr__(self, name: str) -> Callable[..., Awaitable[Any]]:
        method = getattr(self.raw, name)
        if self.kind == "async":
            return method  # type: ignore[no-any-return]

        @functools.wraps(method)
        async def in_thread(*args: Any, **kwargs: Any) -> Any:
            return await asyncio.to_thread(method, *args, **kwargs)

        return in_thread

    async def aclose(self) -> None:
        if isinstance(self.raw, MemoryAPIClient):
            await self.raw.close()
        else:
            self.raw.close()


def _unique(prefix: str) -> str:
    # Letters and digits only (see tests/integration/_async/support.unique).
    return f"{prefix}{uuid.uuid4().hex[:12]}"


class Scope:
    """One test's session, user and namespace, all unique."""

    def __init__(self) -> None:
        self.session = _unique("fsession")
        self.user_id = _unique("fuser")
        self.namespace = _unique("fns")

    @property
    def kw(self) -> dict[str, Any]:
        return {"user_id": self.user_id, "namespace": self.namespace}

    def memory_id(self) -> str:
        return _unique("fmem")
