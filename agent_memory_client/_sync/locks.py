# Generated from agent_memory_client/_async/locks.py by scripts/unasync.py: do not edit.
"""One lock per working-memory session, for the client's read-modify-write helpers.

The helpers (append messages, add memories, update data, ...) read the whole session,
change it and write it back; the server has no version check, so two at once on the same
session would lose one's change. Within one client they take turns per session; helpers
on different sessions still run at the same time.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from threading import Lock

from .._scope import Scope

__all__ = ["SyncSessionLocks"]


class SyncSessionLocks:
    """Hands out a lock per session key; a lock lives only while someone holds or awaits it."""

    def __init__(self) -> None:
        self._locks: dict[Scope, Lock] = {}
        self._users: Counter[Scope] = Counter()
        # Guards the two tables: the sync client is used from several threads. It is never
        # held across a wait, so the async client can take it too.
        self._tables = threading.Lock()

    @contextmanager
    def hold(self, key: Scope) -> Iterator[None]:
        """Hold the lock of ``key`` for the duration of the block."""
        with self._tables:
            lock = self._locks.setdefault(key, Lock())
            self._users[key] += 1
        try:
            with lock:
                yield
        finally:
            with self._tables:
                self._users[key] -= 1
                if not self._users[key]:
                    del self._users[key], self._locks[key]
