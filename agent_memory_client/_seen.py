"""What a client remembers of the sessions it has read and written (no I/O).

Two facts, both bounded so a long-running service does not grow them without end:

- whose key is checked: the server's key for a scope held no other scope's session when
  this client last looked (see ``Scope.may_share_key_with``), so writes need not look again;
- which sessions exist: this client saw the session, and its time to live has not run out
  since. Server 0.15.2 answers 404 when its Redis read fails, so a session that should
  exist but reads as missing, twice, is not taken for a new one (see ``_async.sessions``).
"""

from __future__ import annotations

import threading
from time import monotonic

from ._scope import Scope

__all__ = ["SeenSessions"]

_LIMIT = 4096


class SeenSessions:
    """Scopes whose key was checked, and sessions seen to exist with their TTL."""

    def __init__(self) -> None:
        self._checked: dict[Scope, None] = {}
        self._alive: dict[Scope, float] = {}  # scope -> monotonic time it expires (inf: never)
        self._lock = threading.Lock()  # the sync client's threads share it

    def key_checked(self, scope: Scope) -> bool:
        return scope in self._checked or scope in self._alive

    def check_done(self, scope: Scope) -> None:
        with self._lock:
            _bounded_set(self._checked, scope, None)

    def exists(self, scope: Scope, ttl_seconds: int | None) -> None:
        """The session of ``scope`` exists now (it was just read or written)."""
        expires = float("inf") if ttl_seconds is None else monotonic() + ttl_seconds
        with self._lock:
            _bounded_set(self._alive, scope, expires)

    def gone(self, scope: Scope) -> None:
        """This client deleted the session."""
        with self._lock:
            self._alive.pop(scope, None)

    def should_exist(self, scope: Scope) -> bool:
        """Whether this client saw the session and its time to live has not run out."""
        expires = self._alive.get(scope)
        return expires is not None and monotonic() < expires


def _bounded_set(table: dict[Scope, float] | dict[Scope, None], key: Scope, value: object) -> None:
    table.pop(key, None)  # re-inserted last: the oldest entries go first
    if len(table) >= _LIMIT:
        table.pop(next(iter(table)))
    table[key] = value  # type: ignore[assignment]
