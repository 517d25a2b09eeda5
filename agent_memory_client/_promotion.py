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
from typing import Any

__all__ = ["SessionKey", "awaiting_promotion", "session_key"]

SessionKey = tuple[str, str | None, str | None]
"""How the server tells sessions apart: session id, user id and namespace."""


def session_key(session_id: str, user_id: object, namespace: object) -> SessionKey:
    """The key of a session; an unset user id or namespace is None."""
    return (
        session_id,
        user_id if isinstance(user_id, str) else None,
        namespace if isinstance(namespace, str) else None,
    )


def awaiting_promotion(memory: Any) -> bool:
    """Whether a working memory holds memories the server has not promoted yet."""
    memories = memory.memories if isinstance(memory.memories, list) else []
    return any(not isinstance(m.persisted_at, dt.datetime) for m in memories)
