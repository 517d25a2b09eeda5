"""One lock per working-memory session, for the client's read-modify-write helpers.

The helpers (append messages, add memories, update data, ...) read the whole session,
change it and write it back; the server has no version check, so two at once on the same
session would lose one's change. Within one client they take turns per session; helpers
on different sessions still run at the same time.
"""

from __future__ import annotations

import threading
from asyncio import Lock
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from .._scope import Scope

__all__ = ["AsyncSessionLocks"]


class AsyncSessionLocks:
    """Hands out a lock per session key; a lock lives only while someone holds or awaits it."""

    def __init__(self) -> None:
        self._locks: dict[Scope, Lock] = {}
        self._users: Counter[Scope] = Counter()
        # Guards the two tables: the sync client is used from several threads. It is never
        # held across a wait, so the async client can take it too.
        self._tables = threading.Lock()

    @asynccontextmanager
    async def hold(self, key: Scope) -> AsyncIterator[None]:
        """Hold the lock of ``key`` for the duration of the block."""
        with self._tables:
            lock = self._locks.setdefault(key, Lock())
            self._users[key] += 1
        try:
            async with lock:
                yield
        finally:
            with self._tables:
                self._users[key] -= 1
                if not self._users[key]:
                    del self._users[key], self._locks[key]
