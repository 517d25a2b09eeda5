# Generated from agent_memory_client/_async/sessions.py by scripts/unasync.py: do not edit.
"""Reading and changing a working-memory session safely: the read-modify-write path.

The helpers (append messages, add memories, update data, ...) and the tool resolver read
a whole session, change it and write it back; the server has no version check. This is
the one place that does so, and it holds to four rules:

- a session the server returns from another scope reads as missing (see ``_scope``), and
  the write always carries the caller's scope;
- a 404 is confirmed before a session counts as new: server 0.15.2 answers 404 when its
  Redis read fails, and writing "new" then would replace the session with the change
  alone. A second read after a short pause must agree; if it fails, nothing is written,
  and a session this client saw that should still exist (see ``_seen``) is never taken
  for a new one;
- the write waits while the server is promoting the session's memories (its promotion
  writes the session back as it read it, undoing anything written in between);
- within one client, changes to one session take turns (asyncio tasks and threads).
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from time import monotonic
from typing import TYPE_CHECKING, Any

from agent_memory_client_generated.api.working_memory import get_working_memory

from .._exceptions import MemoryNotFoundError
from .._logging import logger
from .._promotion import PendingPromotions, awaiting_promotion
from .._scope import Scope
from .._seen import SeenSessions
from .capabilities import refuse_shared_key
from .locks import SyncSessionLocks

if TYPE_CHECKING:
    from agent_memory_client_generated.models import WorkingMemoryResponse

    from .._config import ModelNameLiteral
    from .client import SyncMemoryAPIClient

__all__ = ["SyncSessions"]

# Pause before the read that confirms a 404 (a transient Redis error passes in less).
CONFIRM_PAUSE = 0.05


class SyncSessions:
    """The sessions of one client: exact reads, and read-modify-writes."""

    def __init__(self, client: SyncMemoryAPIClient) -> None:
        self._client = client
        self._locks = SyncSessionLocks()
        # Sessions this client wrote with memories the server had yet to promote: the next
        # write to one of them waits for the promotion first (see _promotion).
        self.promoting = PendingPromotions()
        # Keys checked, and sessions seen to exist (see _seen).
        self.seen = SeenSessions()

    def shared_with(self, client: SyncMemoryAPIClient) -> SyncSessions:
        """The same sessions, reached through ``client`` (one made by ``with_options``):
        the locks, pending promotions and sessions seen are shared, so both clients keep
        to the rules above together."""
        twin = copy.copy(self)
        twin._client = client
        return twin

    # -- reads ------------------------------------------------------------------------------

    def _get(
        self, scope: Scope, *, missing_ok: bool = True, **options: Any
    ) -> WorkingMemoryResponse | None:
        """What the server answers for ``scope``'s session (any scope's); None for a 404
        when ``missing_ok``."""
        assert scope.session_id is not None
        try:
            return self._client._call(
                "get_working_memory",
                get_working_memory.request(
                    session_id=scope.session_id,
                    user_id=scope.user_id,
                    namespace=scope.namespace,
                    **options,
                ),
            )
        except MemoryNotFoundError:
            if missing_ok:
                return None
            raise

    def read(
        self,
        scope: Scope,
        *,
        model_name: ModelNameLiteral | None = None,
        context_window_max: int | None = None,
        recent_messages_limit: int | None = None,
    ) -> WorkingMemoryResponse:
        """The session of exactly ``scope``; MemoryNotFoundError if there is none."""
        try:
            memory = self._get(
                scope,
                missing_ok=False,
                model_name=model_name,
                context_window_max=context_window_max,
                recent_messages_limit=recent_messages_limit,
            )
        except MemoryNotFoundError:
            # Nothing under this scope's key (nor through the server's index): a write
            # there replaces no other scope's session (see check_own_key).
            self.seen.check_done(scope)
            raise
        if memory is None or not scope.is_session(memory):
            # Another scope's session means the server looked the session up by a
            # case-insensitive index (see _scope): for this caller there is none.
            raise scope.not_found()
        self.seen.exists(scope, memory.ttl_seconds)
        return memory

    def _read_whole(self, scope: Scope) -> WorkingMemoryResponse | None:
        """The whole session of ``scope``, through the client's public get_working_memory
        (so a subclass or wrapper of it sees the helpers' reads too); None for a 404 or a
        session of another scope. A client with a default model window reads directly: its
        get_working_memory would leave out old messages, and the write would drop them.
        """
        client = self._client
        settings = client._settings
        if settings.model_name is not None or settings.context_window_max is not None:
            memory = self._get(scope)
            if memory is None:
                return None
            if not scope.is_session(memory):
                refuse_shared_key(self._client, scope, memory)
                return None
            return memory
        try:
            memory = client.get_working_memory(scope.session_id, scope.user_id, scope.namespace)
        except MemoryNotFoundError:
            return None
        self.seen.check_done(scope)  # the key holds this scope's session
        return memory

    def read_existing(self, scope: Scope, *, misses: int = 0) -> WorkingMemoryResponse | None:
        """The whole session of ``scope`` as stored, or None once it is confirmed missing.

        A 404 counts only when a second read after CONFIRM_PAUSE agrees (a failed read on
        the server is a 404 too), and not for a session this client saw that should still
        exist: that raises MemoryNotFoundError rather than pass for a new session. Any
        other failure propagates, so nothing gets written. ``misses`` is how many 404s
        the caller already saw for it. Raises MemoryValidationError when the server stores
        another scope's session under this scope's key: writing would replace that one.
        """
        for attempt in range(min(misses, 1), 2):
            if attempt:
                time.sleep(CONFIRM_PAUSE)
            memory = self._read_whole(scope)
            if memory is None:
                # Missing, or another scope's session found through the server's index
                # because this scope's own key is missing (the write then goes to this
                # scope's own key, after checking that key: see check_own_key).
                continue
            self.seen.exists(scope, memory.ttl_seconds)
            return memory
        if self.seen.should_exist(scope):
            raise MemoryNotFoundError(
                f"session {scope.session_id} reads as missing, but this client saw it and "
                "its time to live has not run out: the server may be failing to read it "
                "(it answers 404 then), or another client deleted it. Nothing was written; "
                "set_working_memory starts it again.",
                status_code=404,
                detail=f"Session {scope.session_id} not found",
                operation="get_working_memory",
            )
        return None

    def resolves_elsewhere(self, scope: Scope) -> bool:
        """Whether the server reads another scope's session for ``scope`` (see _scope)."""
        memory = self._get(scope)
        return memory is not None and not scope.is_session(memory)

    def check_own_key(self, scope: Scope) -> None:
        """Refuse a write to a key under which the server stores another scope's session.

        The server joins a session's namespace, user id and session id with ":" into its
        key, so user "alice" (no namespace) and namespace "alice" (no user) share one, as
        do user "team:carol" and namespace "team" with user "carol". The first write of a
        scope by this client reads the key first; later ones trust that read.
        """
        if self.seen.key_checked(scope):
            return
        memory = self._get(scope)
        if memory is not None and not scope.is_session(memory):
            refuse_shared_key(self._client, scope, memory)
        self.seen.check_done(scope)

    def read_settled(self, scope: Scope, *, misses: int = 0) -> WorkingMemoryResponse | None:
        """The session once none of its memories awaits promotion; None if it is missing.

        Every read-modify-write of a session goes through here (see ``_promotion``).
        """
        client = self._client
        self.promoting.discard(scope)
        deadline = monotonic() + client.settle_timeout
        pause = client.settle_interval
        while True:
            memory = self.read_existing(scope, misses=misses)
            misses = 0
            if memory is None or not awaiting_promotion(memory):
                return memory
            if monotonic() >= deadline:
                # A server with long-term memory off never promotes: it costs this wait.
                logger.info("session memories still promotion; writing anyway")
                return memory
            time.sleep(pause)
            pause = min(2 * pause, 0.25)  # promotion takes tens of ms; do not poll a slow one

    # -- writes -----------------------------------------------------------------------------

    def before_write(self, scope: Scope) -> None:
        """Wait for a promotion this client left pending on ``scope`` (see _promotion)."""
        if self.promoting.pending(scope, self._client.settle_timeout):
            self.read_settled(scope)

    def after_write(self, scope: Scope, memory: WorkingMemoryResponse) -> None:
        self.seen.exists(scope, memory.ttl_seconds)
        if awaiting_promotion(memory):
            self.promoting.add(scope, self._client.settle_timeout)

    def update(
        self,
        scope: Scope,
        change: Callable[[dict[str, Any]], None],
        *,
        read: bool = True,
        misses: int = 0,
        model_name: ModelNameLiteral | None = None,
        context_window_max: int | None = None,
    ) -> WorkingMemoryResponse:
        """Read the session (``{}`` if it is confirmed missing), let ``change`` edit it as
        JSON, and write it back in ``scope`` with the client's put_working_memory (checked
        as any write). ``misses``: 404s the caller already saw."""
        from agent_memory_client_generated.models import UpdateWorkingMemory

        client = self._client
        with self._locks.hold(scope):
            current = self.read_settled(scope, misses=misses) if read else None
            state = {} if current is None else current.to_dict()
            change(state)
            return client.put_working_memory(
                scope.session_id,
                UpdateWorkingMemory.model_validate(state),
                scope.user_id,
                model_name,
                context_window_max,
                namespace=scope.namespace,
            )
