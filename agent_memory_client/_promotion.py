"""The server's promotion of working memories, and why writes wait for it.

When a session is written with memories (``memories`` records without ``persisted_at``),
server 0.15.2 promotes them in a background task: it reads the session, stores the new
memories in long-term memory, marks them persisted, and writes back the copy it read. Any
change written to the session in between is lost; a session deleted in between comes
back. Measured against the real server: adding a memory to a session and appending a
message right after lost the message in 13 of 20 tries; deleting the session right after
brought it back in 9 of 20.

The clients therefore wait, before writing to a session that has memories awaiting
promotion, until every memory is marked persisted (the write-back has then landed), for
at most ``settle_timeout`` seconds: a server that never promotes (long-term memory off)
only costs that wait, and the write goes ahead.
"""

from __future__ import annotations

import datetime as dt
import threading
from time import monotonic
from typing import Any

from ._scope import Scope

__all__ = ["PendingPromotions", "awaiting_promotion"]


def awaiting_promotion(memory: Any) -> bool:
    """Whether a working memory holds memories the server has not promoted yet."""
    return any(not isinstance(m.persisted_at, dt.datetime) for m in memory.memories)


class PendingPromotions:
    """Sessions a client wrote with memories the server had yet to promote, and when.

    Only recent writes matter (a promotion takes tens of milliseconds), so an entry older
    than the ``horizon`` a caller gives counts as done; old entries are dropped as new ones
    come, so a long-running service does not accumulate one per session it ever wrote.
    """

    _PURGE_AT = 256

    def __init__(self) -> None:
        self._written: dict[Scope, float] = {}
        self._lock = threading.Lock()  # the sync client's threads share it

    def add(self, key: Scope, horizon: float) -> None:
        """Note a write of ``key`` that left memories to promote."""
        now = monotonic()
        with self._lock:
            if len(self._written) >= self._PURGE_AT:
                for old, written in list(self._written.items()):
                    if now - written > horizon:
                        del self._written[old]
            self._written[key] = now

    def pending(self, key: Scope, horizon: float) -> bool:
        """Whether ``key`` was written with memories to promote within ``horizon`` seconds."""
        written = self._written.get(key)
        return written is not None and monotonic() - written <= horizon

    def discard(self, key: Scope) -> None:
        """Forget ``key`` (its promotion has been waited for)."""
        self._written.pop(key, None)

    def __len__(self) -> int:
        return len(self._written)
