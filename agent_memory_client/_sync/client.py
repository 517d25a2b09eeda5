# Generated from agent_memory_client/_async/client.py by scripts/unasync.py: do not edit.
"""The memory client: every server operation plus the helpers built on them."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from time import monotonic
from types import ModuleType, TracebackType
from typing import Any, Literal

import attrs
import httpx
from agent_memory_client_generated.api.health import get_health
from agent_memory_client_generated.api.long_term_memory import (
    compact_long_term_memories_endpoint,
    create_long_term_memory,
    delete_long_term_memory,
    forget_endpoint,
    get_long_term_memory,
    search_long_term_memory,
    update_long_term_memory,
)
from agent_memory_client_generated.api.memory_prompt import memory_prompt
from agent_memory_client_generated.api.summary_views import (
    create_summary_view,
    delete_summary_view_endpoint,
    get_summary_view,
    list_summary_view_partitions,
    list_summary_views_endpoint,
    run_summary_view_full,
    run_summary_view_partition,
)
from agent_memory_client_generated.api.tasks import get_task_status
from agent_memory_client_generated.api.working_memory import (
    delete_working_memory,
    get_working_memory,
    list_sessions,
    put_working_memory,
)
from agent_memory_client_generated.client import AuthenticatedClient
from agent_memory_client_generated.models import (
    AckResponse,
    HealthCheckResponse,
    MemoryRecord,
    RunSummaryViewRequest,
    SessionListResponse,
    SummaryView,
    SummaryViewPartitionResult,
    Task,
    WorkingMemoryResponse,
)

from .. import _requests as req
from .._config import ClientSettings, MemoryClientConfig, resolve_settings
from .._exceptions import (
    MemoryConnectionError,
    MemoryNotFoundError,
    MemoryTimeoutError,
    MemoryValidationError,
    parsed_or_raise,
    unparsable_response,
)
from .._logging import logger
from .._paging import SearchPlan
from .._promotion import PendingPromotions, SessionKey, awaiting_promotion, session_key
from .._results import (
    CreateMemoriesResult,
    MemoryPromptResult,
    MemoryRecordResult,
    MemoryRecordResults,
)
from .._retry import RetryPolicy
from .._version import __version__
from ..tools.calls import ToolCallResult
from ..tools.getters import MemoryToolSchemas
from .locks import SyncSessionLocks
from .tools import SyncToolResolver
from .transport import (
    SyncDelegatingTransport,
    SyncLoopBoundTransport,
    SyncRetryTransport,
    last_response,
)

__all__ = ["SyncMemoryAPIClient"]

MergeStrategy = Literal["replace", "merge", "deep_merge"]


def _deep_merge(base: Mapping[str, Any], updates: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in updates.items():
        current = merged.get(key)
        if isinstance(current, Mapping) and isinstance(value, Mapping):
            merged[key] = _deep_merge(current, value)
        else:
            merged[key] = value
    return merged


class SyncMemoryAPIClient(MemoryToolSchemas):
    """Client for the Agent Memory Server.

    Settings come from the arguments, then the environment (MEMORY_SERVER_URL,
    MEMORY_API_KEY, MEMORY_TIMEOUT, MEMORY_MAX_RETRIES, DEFAULT_USER_ID, DEFAULT_NAMESPACE),
    then defaults. ``api_key`` and ``bearer_token`` are both sent as
    ``Authorization: Bearer <token>``. ``session_id``, ``user_id`` and ``namespace`` are
    defaults for every call that takes them. Pass ``http_client`` to send through your own
    httpx client; it stays yours to close. ``retry_policy`` replaces the default backoff
    (``max_retries`` still sets the number of retries when given).
    """

    #: Longest wait, in seconds, before writing to a session whose memories the server is
    #: still promoting to long-term memory (a write during promotion would be lost).
    settle_timeout: float = 1.0
    #: First pause between two reads of such a session (it doubles, up to 0.25 s).
    settle_interval: float = 0.02

    def __init__(
        self,
        config: MemoryClientConfig | str | None = None,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        bearer_token: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        session_id: str | None = None,
        user_id: str | None = None,
        namespace: str | None = None,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        if isinstance(config, str):
            base_url, config = base_url or config, None
        self._settings: ClientSettings = resolve_settings(
            config=config,
            base_url=base_url,
            api_key=api_key,
            bearer_token=bearer_token,
            timeout=timeout,
            max_retries=max_retries,
            session_id=session_id,
            user_id=user_id,
            namespace=namespace,
            http_client=http_client,
        )
        headers = {"User-Agent": f"agent-memory-client/{__version__}", **(default_headers or {})}
        if self._settings.token:
            headers["Authorization"] = f"Bearer {self._settings.token}"
        policy = attrs.evolve(
            retry_policy or RetryPolicy(),
            max_retries=(
                retry_policy.max_retries
                if retry_policy is not None and max_retries is None
                else self._settings.max_retries
            ),
        )
        inner: httpx.BaseTransport = (
            SyncDelegatingTransport(http_client)
            if http_client is not None
            else SyncLoopBoundTransport(httpx.HTTPTransport)
        )
        self._http = httpx.Client(
            base_url=self._settings.base_url,
            headers=headers,
            timeout=self._settings.timeout,
            transport=SyncRetryTransport(inner, policy),
        )
        self._api = AuthenticatedClient(
            base_url=self._settings.base_url, token="", raise_on_unexpected_status=False
        )
        self._api.set_httpx_client(self._http)
        self._tools = SyncToolResolver(self)
        # Sessions this client wrote with memories the server had yet to promote: the next
        # write to one of them waits for the promotion first (see _promotion).
        self._promoting = PendingPromotions()
        self._session_locks = SyncSessionLocks()

    # -- settings and lifecycle -------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The server's base URL."""
        return self._settings.base_url

    @property
    def session_id(self) -> str | None:
        """The default session id."""
        return self._settings.session_id

    @property
    def user_id(self) -> str | None:
        """The default user id."""
        return self._settings.user_id

    @property
    def namespace(self) -> str | None:
        """The default namespace."""
        return self._settings.namespace

    @property
    def max_retries(self) -> int:
        """How many times a failed request is retried."""
        return self._settings.max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        """The timeout of each attempt."""
        return self._settings.timeout

    def __repr__(self) -> str:
        auth = "bearer" if self._settings.token else "none"
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, user_id={self.user_id!r}, "
            f"namespace={self.namespace!r}, session_id={self.session_id!r}, auth={auth})"
        )

    def close(self) -> None:
        """Close the connections this client opened (a user's http_client stays open)."""
        self._http.close()

    def __enter__(self) -> SyncMemoryAPIClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- the one place requests are sent ----------------------------------------------------

    def _call(self, operation: str, endpoint: ModuleType, **kwargs: Any) -> Any:
        try:
            response = endpoint.sync_detailed(client=self._api, **kwargs)
        except httpx.TimeoutException as exc:
            raise MemoryTimeoutError(
                f"{operation} timed out after {self._describe_timeout()} "
                f"(and {self.max_retries} retries at most)",
                operation=operation,
            ) from exc
        except httpx.TransportError as exc:
            raise MemoryConnectionError(
                f"{operation} could not reach {self.base_url}: {type(exc).__name__}: {exc}",
                operation=operation,
            ) from exc
        except (KeyError, TypeError, ValueError) as exc:
            raise unparsable_response(operation, last_response.get(), exc) from exc
        return parsed_or_raise(operation, response)

    def _describe_timeout(self) -> str:
        read = self.timeout.read
        return f"{read:g}s" if read is not None else "no limit"

    def _scope(self, user_id: str | None, namespace: str | None) -> tuple[str | None, str | None]:
        return (
            user_id if user_id is not None else self.user_id,
            namespace if namespace is not None else self.namespace,
        )

    def _session(self, session_id: str | None) -> str:
        session = session_id if session_id is not None else self.session_id
        return req.require_id(session, "session_id")

    # -- health -----------------------------------------------------------------------------

    def health_check(self) -> HealthCheckResponse:
        """Check that the server is up; ``now`` is the server's clock (Unix time, in ms)."""
        result: HealthCheckResponse = self._call("health_check", get_health)
        return result

    # -- working memory ---------------------------------------------------------------------

    def list_sessions(
        self,
        *,
        limit: int = 20,
        offset: int = 0,
        namespace: str | None = None,
        user_id: str | None = None,
    ) -> SessionListResponse:
        """List working-memory session ids, newest first."""
        user_id, namespace = self._scope(user_id, namespace)
        result: SessionListResponse = self._call(
            "list_sessions",
            list_sessions,
            limit=limit,
            offset=offset,
            namespace=req.unset_if_none(namespace),
            user_id=req.unset_if_none(user_id),
        )
        return result

    def get_working_memory(
        self,
        session_id: str | None = None,
        *,
        user_id: str | None = None,
        namespace: str | None = None,
        model_name: str | None = None,
        context_window_max: int | None = None,
        recent_messages_limit: int | None = None,
    ) -> WorkingMemoryResponse:
        """Read a session's working memory; raises MemoryNotFoundError if it does not exist."""
        session = self._session(session_id)
        user_id, namespace = self._scope(user_id, namespace)
        result: WorkingMemoryResponse = self._call(
            "get_working_memory",
            get_working_memory,
            session_id=session,
            user_id=req.unset_if_none(user_id),
            namespace=req.unset_if_none(namespace),
            model_name=req.unset_if_none(model_name or self._settings.model_name),
            context_window_max=req.unset_if_none(
                context_window_max or self._settings.context_window_max
            ),
            recent_messages_limit=req.unset_if_none(recent_messages_limit),
        )
        return result

    def set_working_memory(
        self,
        session_id: str | None,
        memory: Mapping[str, Any] | Any,
        *,
        user_id: str | None = None,
        namespace: str | None = None,
        model_name: str | None = None,
        context_window_max: int | None = None,
        ttl_seconds: int | None = None,
    ) -> WorkingMemoryResponse:
        """Write (create or replace) a session's working memory.

        ``memory`` is a dict or model with any of messages, memories, data, context,
        ttl_seconds and long_term_memory_strategy. If this client's last write to the
        session left memories for the server to promote, this waits for that first (at
        most ``settle_timeout``): the promotion would otherwise undo this write.
        """
        session = self._session(session_id)
        user_id, namespace = self._scope(user_id, namespace)
        body = req.build_working_memory(
            memory, user_id=user_id, namespace=namespace, ttl_seconds=ttl_seconds
        )
        key = session_key(session, body.user_id, body.namespace)
        if self._promoting.pending(key, self.settle_timeout):
            self._read_settled(key)
        result: WorkingMemoryResponse = self._call(
            "set_working_memory",
            put_working_memory,
            session_id=session,
            body=body,
            model_name=req.unset_if_none(model_name or self._settings.model_name),
            context_window_max=req.unset_if_none(
                context_window_max or self._settings.context_window_max
            ),
        )
        if awaiting_promotion(result):
            self._promoting.add(key, self.settle_timeout)
        return result

    put_working_memory = set_working_memory

    def delete_working_memory(
        self,
        session_id: str | None = None,
        *,
        user_id: str | None = None,
        namespace: str | None = None,
    ) -> AckResponse:
        """Delete a session's working memory (after a pending promotion, as in set)."""
        session = self._session(session_id)
        user_id, namespace = self._scope(user_id, namespace)
        key = session_key(session, user_id, namespace)
        if self._promoting.pending(key, self.settle_timeout):
            # Deleted mid-promotion, the session would come back with the promotion's write.
            self._read_settled(key)
        result: AckResponse = self._call(
            "delete_working_memory",
            delete_working_memory,
            session_id=session,
            user_id=req.unset_if_none(user_id),
            namespace=req.unset_if_none(namespace),
        )
        return result

    def get_or_create_working_memory(
        self,
        session_id: str | None = None,
        *,
        user_id: str | None = None,
        namespace: str | None = None,
        model_name: str | None = None,
        context_window_max: int | None = None,
        long_term_memory_strategy: Mapping[str, Any] | None = None,
    ) -> tuple[bool, WorkingMemoryResponse]:
        """Read a session, creating it empty if missing; returns ``(created, memory)``."""
        try:
            existing = self.get_working_memory(
                session_id,
                user_id=user_id,
                namespace=namespace,
                model_name=model_name,
                context_window_max=context_window_max,
            )
        except MemoryNotFoundError:
            pass
        else:
            return False, existing
        empty: dict[str, Any] = {"messages": [], "memories": []}
        if long_term_memory_strategy is not None:
            empty["long_term_memory_strategy"] = dict(long_term_memory_strategy)
        created = self.set_working_memory(
            session_id,
            empty,
            user_id=user_id,
            namespace=namespace,
            model_name=model_name,
            context_window_max=context_window_max,
        )
        return True, created

    def _update_session(
        self,
        session_id: str | None,
        user_id: str | None,
        namespace: str | None,
        change: Callable[[dict[str, Any]], None],
        *,
        read: bool = True,
        model_name: str | None = None,
        context_window_max: int | None = None,
    ) -> WorkingMemoryResponse:
        """Read a session (``{}`` if missing), let ``change`` edit it, and write it back.

        The helpers' one read-modify-write path: one at a time per session in this client,
        and never while the server is promoting the session's memories.
        """
        session = self._session(session_id)
        user_id, namespace = self._scope(user_id, namespace)
        key = session_key(session, user_id, namespace)
        with self._session_locks.hold(key):
            # Only a missing session counts as empty: any other failure propagates, so a
            # transient error never leads to overwriting a session with nothing.
            current = self._read_settled(key) if read else None
            state = {} if current is None else current.to_dict()
            change(state)
            return self.set_working_memory(
                session,
                state,
                user_id=user_id,
                namespace=namespace,
                model_name=model_name,
                context_window_max=context_window_max,
            )

    def _read_settled(self, key: SessionKey) -> WorkingMemoryResponse | None:
        """The session once none of its memories awaits promotion; None if it does not exist.

        Every read-modify-write of a session goes through here (see ``_promotion``).
        """
        session, user_id, namespace = key
        self._promoting.discard(key)
        deadline = monotonic() + self.settle_timeout
        pause = self.settle_interval
        while True:
            try:
                memory = self.get_working_memory(session, user_id=user_id, namespace=namespace)
            except MemoryNotFoundError:
                return None
            if not awaiting_promotion(memory):
                return memory
            if monotonic() >= deadline:
                # A server with long-term memory off never promotes: it costs this wait.
                logger.info("session memories still promotion; writing anyway")
                return memory
            time.sleep(pause)
            pause = min(2 * pause, 0.25)  # promotion takes tens of ms; do not poll a slow one

    def append_messages_to_working_memory(
        self,
        session_id: str | None,
        messages: Sequence[Mapping[str, Any] | Any],
        *,
        user_id: str | None = None,
        namespace: str | None = None,
        model_name: str | None = None,
        context_window_max: int | None = None,
    ) -> WorkingMemoryResponse:
        """Add messages to the end of a session's conversation, keeping everything else."""
        if isinstance(messages, (str, Mapping)):
            raise MemoryValidationError("messages must be a list of messages")

        def append(state: dict[str, Any]) -> None:
            state["messages"] = [*state.get("messages", []), *messages]

        return self._update_session(
            session_id,
            user_id,
            namespace,
            append,
            model_name=model_name,
            context_window_max=context_window_max,
        )

    def set_working_memory_data(
        self,
        session_id: str | None,
        data: Mapping[str, Any],
        *,
        preserve_existing: bool = True,
        user_id: str | None = None,
        namespace: str | None = None,
    ) -> WorkingMemoryResponse:
        """Replace a session's ``data``, keeping its messages and memories."""
        if not isinstance(data, Mapping):
            raise MemoryValidationError("data must be a dict")

        def replace_data(state: dict[str, Any]) -> None:
            state["data"] = dict(data)

        return self._update_session(
            session_id, user_id, namespace, replace_data, read=preserve_existing
        )

    def update_working_memory_data(
        self,
        session_id: str | None,
        data_updates: Mapping[str, Any],
        *,
        merge_strategy: MergeStrategy = "merge",
        user_id: str | None = None,
        namespace: str | None = None,
    ) -> WorkingMemoryResponse:
        """Update a session's ``data`` by replace, shallow merge or deep merge."""
        if not isinstance(data_updates, Mapping):
            raise MemoryValidationError("data_updates must be a dict")
        if merge_strategy not in ("replace", "merge", "deep_merge"):
            raise MemoryValidationError(
                f"merge_strategy must be replace, merge or deep_merge, got {merge_strategy!r}"
            )

        def update_data(state: dict[str, Any]) -> None:
            existing = state.get("data") or {}
            if merge_strategy == "replace":
                state["data"] = dict(data_updates)
            elif merge_strategy == "merge":
                state["data"] = {**existing, **data_updates}
            else:
                state["data"] = _deep_merge(existing, data_updates)

        return self._update_session(session_id, user_id, namespace, update_data)

    def add_memories_to_working_memory(
        self,
        session_id: str | None,
        memories: Sequence[Mapping[str, Any] | Any],
        *,
        replace: bool = False,
        user_id: str | None = None,
        namespace: str | None = None,
    ) -> WorkingMemoryResponse:
        """Add structured memories to a session for the server to promote to long-term."""
        if isinstance(memories, (str, Mapping)):
            raise MemoryValidationError("memories must be a list of records")

        def add(state: dict[str, Any]) -> None:
            state["memories"] = [*([] if replace else state.get("memories", [])), *memories]

        return self._update_session(session_id, user_id, namespace, add)

    # -- long-term memory -------------------------------------------------------------------

    def create_long_term_memories(
        self,
        memories: Iterable[Mapping[str, Any] | Any],
        *,
        deduplicate: bool = True,
    ) -> CreateMemoriesResult:
        """Store memories in long-term memory; ids are assigned here when missing.

        The server indexes them shortly after answering; they become searchable a few
        tens of milliseconds later.
        """
        body = req.build_create_request(
            memories, deduplicate=deduplicate, user_id=self.user_id, namespace=self.namespace
        )
        ack: AckResponse = self._call(
            "create_long_term_memories", create_long_term_memory, body=body
        )
        return CreateMemoriesResult(memories=list(body.memories), status=ack.status)

    create_long_term_memory = create_long_term_memories

    def bulk_create_long_term_memories(
        self,
        memories: Iterable[Mapping[str, Any] | Any],
        *,
        batch_size: int = 100,
        deduplicate: bool = True,
    ) -> list[CreateMemoriesResult]:
        """Store many memories in batches of ``batch_size``, one request per batch."""
        if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
            raise MemoryValidationError("batch_size must be a whole number >= 1")
        items = list(memories)
        # Validate every batch before sending the first, so bad input stores nothing.
        bodies = [
            req.build_create_request(
                items[i : i + batch_size],
                deduplicate=deduplicate,
                user_id=self.user_id,
                namespace=self.namespace,
            )
            for i in range(0, len(items), batch_size)
        ]
        results = []
        for body in bodies:
            ack: AckResponse = self._call(
                "create_long_term_memories", create_long_term_memory, body=body
            )
            results.append(CreateMemoriesResult(memories=list(body.memories), status=ack.status))
        return results

    def get_long_term_memory(self, memory_id: str) -> MemoryRecord:
        """Read one long-term memory by id; raises MemoryNotFoundError if it does not exist."""
        result: MemoryRecord = self._call(
            "get_long_term_memory",
            get_long_term_memory,
            memory_id=req.require_id(memory_id, "memory_id"),
        )
        return result

    def edit_memory(self, memory_id: str, updates: Mapping[str, Any] | Any) -> MemoryRecord:
        """Change fields of a long-term memory; returns the memory as stored."""
        body = req.build_edit_request(updates)
        result: MemoryRecord = self._call(
            "edit_memory",
            update_long_term_memory,
            memory_id=req.require_id(memory_id, "memory_id"),
            body=body,
        )
        return result

    edit_long_term_memory = edit_memory

    def delete_long_term_memories(self, memory_ids: Sequence[str]) -> AckResponse:
        """Delete long-term memories by id."""
        if isinstance(memory_ids, str):
            memory_ids = [memory_ids]
        ids = [req.require_id(m, "memory id") for m in memory_ids]
        if not ids:
            raise MemoryValidationError("memory_ids must name at least one memory")
        result: AckResponse = self._call(
            "delete_long_term_memories", delete_long_term_memory, memory_ids=ids
        )
        return result

    def delete_memory(self, memory_id: str) -> AckResponse:
        """Delete one long-term memory by id."""
        return self.delete_long_term_memories([memory_id])

    def search_long_term_memory(
        self,
        text: str | None = None,
        *,
        session_id: Any = None,
        namespace: Any = None,
        topics: Any = None,
        entities: Any = None,
        user_id: Any = None,
        memory_type: Any = None,
        created_at: Any = None,
        created_after: Any = None,
        created_before: Any = None,
        last_accessed: Any = None,
        last_accessed_after: Any = None,
        last_accessed_before: Any = None,
        event_date: Any = None,
        event_date_after: Any = None,
        event_date_before: Any = None,
        min_relevance_score: float | None = None,
        distance_threshold: float | None = None,
        limit: int = 10,
        offset: int = 0,
        search_mode: Literal["semantic", "keyword", "hybrid"] | None = None,
        hybrid_alpha: float | None = None,
        recency: Mapping[str, Any] | None = None,
        recency_boost: bool | None = None,
        server_side_recency: bool | None = None,
        optimize_query: bool = False,
    ) -> MemoryRecordResults:
        """Search long-term memory.

        Filters take plain values (``user_id="alice"``, ``topics=["a", "b"]`` matches any),
        operator dicts (``{"all": [...]}``, ``{"ne": "x"}``) or filter objects. The client's
        default user_id and namespace apply when not given. Results carry
        ``relevance_score`` (0 to 1); ``min_relevance_score`` drops weaker ones and
        ``distance_threshold`` (semantic search) farther ones. Both thresholds are applied
        by the client to the ``limit`` nearest results: the server's own range search is
        approximate and misses close matches on a busy index.
        """
        user_id, namespace = self._scope(user_id, namespace)
        relevant = req.relevance_check(
            min_relevance_score=min_relevance_score,
            distance_threshold=distance_threshold,
            search_mode=search_mode,
        )
        body = req.build_search_request(
            text=text,
            session_id=session_id,
            namespace=namespace,
            topics=topics,
            entities=entities,
            user_id=user_id,
            memory_type=memory_type,
            created_at=created_at,
            created_after=created_after,
            created_before=created_before,
            last_accessed=last_accessed,
            last_accessed_after=last_accessed_after,
            last_accessed_before=last_accessed_before,
            event_date=event_date,
            event_date_after=event_date_after,
            event_date_before=event_date_before,
            limit=limit,
            offset=offset,
            search_mode=search_mode,
            hybrid_alpha=hybrid_alpha,
            recency=recency,
            recency_boost=recency_boost,
            server_side_recency=server_side_recency,
        )
        response = self._call(
            "search_long_term_memory",
            search_long_term_memory,
            body=body,
            optimize_query=optimize_query,
        )
        return MemoryRecordResults.from_generated(
            response, keep=req.result_filter(body), relevant=relevant
        )

    def search_all_long_term_memories(
        self, text: str | None = None, *, page_size: int = 50, **filters: Any
    ) -> Iterator[MemoryRecordResult]:
        """Yield every matching memory once, fetching about ``page_size`` (1 to 100) per request.

        Takes the filters of :meth:`search_long_term_memory` except ``limit`` and ``offset``.
        With a query text, results come best first; memories at exactly the same distance
        are read in one request where they fit (up to 100), as the server orders them
        differently from one page size to the next.
        """
        for reserved in ("limit", "offset"):
            if reserved in filters:
                raise MemoryValidationError(
                    f"search_all_long_term_memories pages by itself: {reserved} is not accepted"
                )
        plan = SearchPlan(page_size, ranked=isinstance(text, str) and text.strip() != "")
        # Recency re-ranking is off unless asked for: it mixes each memory's last_accessed
        # time into the order, and every search moves that time for what it returns.
        filters.setdefault("recency_boost", False)
        while not plan.finished:
            page = self.search_long_term_memory(
                text, limit=plan.limit, offset=plan.offset, **filters
            )
            for memory in plan.take(page.memories):
                yield memory

    def forget_long_term_memories(
        self,
        policy: Mapping[str, Any],
        *,
        namespace: str | None = None,
        user_id: str | None = None,
        session_id: str | None = None,
        limit: int = 1000,
        dry_run: bool = True,
        pinned_ids: Sequence[str] | None = None,
    ) -> dict[str, Any]:
        """Delete memories that match a forgetting policy (``dry_run=True`` only reports)."""
        if not isinstance(dry_run, bool):
            raise MemoryValidationError("dry_run must be True or False")
        user_id, namespace = self._scope(user_id, namespace)
        result = self._call(
            "forget_long_term_memories",
            forget_endpoint,
            body=req.build_forget_body(policy, pinned_ids),
            namespace=req.unset_if_none(namespace),
            user_id=req.unset_if_none(user_id),
            session_id=req.unset_if_none(session_id),
            limit=limit,
            dry_run=dry_run,  # always sent: the server's default is a dry run
        )
        return dict(result) if isinstance(result, Mapping) else {"result": result}

    forget = forget_long_term_memories

    def compact_long_term_memories(
        self, *, namespace: str | None = None, user_id: str | None = None
    ) -> AckResponse:
        """Ask the server to merge duplicate long-term memories."""
        user_id, namespace = self._scope(user_id, namespace)
        result: AckResponse = self._call(
            "compact_long_term_memories",
            compact_long_term_memories_endpoint,
            namespace=req.unset_if_none(namespace),
            user_id=req.unset_if_none(user_id),
        )
        return result

    compact = compact_long_term_memories

    # -- memory prompt ----------------------------------------------------------------------

    def memory_prompt(
        self,
        query: str,
        *,
        session: Mapping[str, Any] | Literal[False] | None = None,
        long_term_search: Mapping[str, Any] | bool | None = None,
        session_id: str | None = None,
        user_id: str | None = None,
        namespace: str | None = None,
        model_name: str | None = None,
        context_window_max: int | None = None,
        optimize_query: bool = False,
    ) -> MemoryPromptResult:
        """Build a prompt from the session's conversation and relevant long-term memories.

        ``session`` and ``long_term_search`` are dicts as in the server's API, with plain
        filter values allowed (``{"user_id": "alice", "limit": 5}``). Without ``session``
        the client's default session is used; ``session=False`` leaves it out. The result's
        ``messages`` can be sent to a chat API as they are. The server runs this search
        itself, so a ``min_relevance_score`` or ``distance_threshold`` here goes to the
        server's approximate range search (see :meth:`search_long_term_memory`).
        """
        user_id, namespace = self._scope(user_id, namespace)
        body = req.build_memory_prompt_request(
            query,
            session=session,
            long_term_search=long_term_search,
            session_id=session_id if session_id is not None else self.session_id,
            user_id=user_id,
            namespace=namespace,
            model_name=model_name or self._settings.model_name,
            context_window_max=context_window_max or self._settings.context_window_max,
        )
        response = self._call(
            "memory_prompt", memory_prompt, body=body, optimize_query=optimize_query
        )
        return MemoryPromptResult.from_generated(response)

    def hydrate_memory_prompt(
        self, query: str, *, limit: int = 10, **filters: Any
    ) -> MemoryPromptResult:
        """A prompt built from long-term memories only, with search filters as keywords."""
        return self.memory_prompt(
            query, session=False, long_term_search={"limit": limit, **filters}
        )

    # -- tools for LLMs ---------------------------------------------------------------------
    # The tool schema getters (get_all_memory_tool_schemas, ...) come from MemoryToolSchemas.

    def resolve_tool_call(
        self,
        tool_call: Any,
        session_id: str | None = None,
        namespace: str | None = None,
        user_id: str | None = None,
        *,
        tools: Iterable[Any] | None = None,
    ) -> ToolCallResult:
        """Run a tool call a model made; a bad call gives ``success: False``, never an error.

        Takes OpenAI tool calls (SDK objects or dicts), legacy ``function_call`` dicts,
        Responses API ``function_call`` items, Anthropic ``tool_use`` blocks (objects or
        dicts) and LangChain tool calls. Returns ``{"success", "function_name", "result",
        "error", "formatted_response"}``: send ``formatted_response`` back to the model.
        The user_id and namespace given here, else the client's, decide whose memories the
        call touches; the model cannot change them. Pass the ``tools`` the model was given
        to resolve tools you renamed and refuse any other.
        """
        return self._tools.resolve_tool_call(
            tool_call, session_id=session_id, user_id=user_id, namespace=namespace, tools=tools
        )

    def resolve_tool_calls(
        self,
        tool_calls: Iterable[Any],
        session_id: str | None = None,
        namespace: str | None = None,
        user_id: str | None = None,
        *,
        tools: Iterable[Any] | None = None,
    ) -> list[ToolCallResult]:
        """Run several tool calls; results come in call order.

        The async client runs them concurrently, except that calls on the session's working
        memory take turns so none overwrites another's change.
        """
        return self._tools.resolve_tool_calls(
            tool_calls, session_id=session_id, user_id=user_id, namespace=namespace, tools=tools
        )

    def resolve_function_call(
        self,
        function_name: str,
        function_arguments: str | Mapping[str, Any] | None,
        session_id: str | None = None,
        namespace: str | None = None,
        user_id: str | None = None,
        *,
        tools: Iterable[Any] | None = None,
    ) -> ToolCallResult:
        """Run a call given as a tool name and its arguments (a JSON string or a dict)."""
        return self.resolve_tool_call(
            {"name": function_name, "arguments": function_arguments},
            session_id,
            namespace,
            user_id,
            tools=tools,
        )

    # -- summary views and tasks ------------------------------------------------------------

    def list_summary_views(self) -> list[SummaryView]:
        """List all summary views."""
        result: list[SummaryView] = self._call("list_summary_views", list_summary_views_endpoint)
        return result

    def create_summary_view(self, view: Mapping[str, Any] | Any) -> SummaryView:
        """Create a summary view from a dict or model (source, group_by, filters, ...)."""
        result: SummaryView = self._call(
            "create_summary_view", create_summary_view, body=req.build_summary_view_request(view)
        )
        return result

    def get_summary_view(self, view_id: str) -> SummaryView:
        """Read a summary view; raises MemoryNotFoundError if it does not exist."""
        result: SummaryView = self._call(
            "get_summary_view", get_summary_view, view_id=req.require_id(view_id, "view_id")
        )
        return result

    def delete_summary_view(self, view_id: str) -> AckResponse:
        """Delete a summary view."""
        result: AckResponse = self._call(
            "delete_summary_view",
            delete_summary_view_endpoint,
            view_id=req.require_id(view_id, "view_id"),
        )
        return result

    def list_summary_view_partitions(
        self,
        view_id: str,
        *,
        user_id: str | None = None,
        namespace: str | None = None,
        session_id: str | None = None,
        memory_type: str | None = None,
    ) -> list[SummaryViewPartitionResult]:
        """List the stored summaries of a view's partitions, optionally filtered."""
        user_id, namespace = self._scope(user_id, namespace)
        result: list[SummaryViewPartitionResult] = self._call(
            "list_summary_view_partitions",
            list_summary_view_partitions,
            view_id=req.require_id(view_id, "view_id"),
            user_id=req.unset_if_none(user_id),
            namespace=req.unset_if_none(namespace),
            session_id=req.unset_if_none(session_id),
            memory_type=req.unset_if_none(memory_type),
        )
        return result

    def run_summary_view_partition(
        self, view_id: str, group: Mapping[str, Any]
    ) -> SummaryViewPartitionResult:
        """Summarise one partition of a view now, e.g. ``group={"user_id": "alice"}``."""
        result: SummaryViewPartitionResult = self._call(
            "run_summary_view_partition",
            run_summary_view_partition,
            view_id=req.require_id(view_id, "view_id"),
            body=req.build_partition_request(group),
        )
        return result

    def run_summary_view(self, view_id: str, *, task_id: str | None = None) -> Task:
        """Start summarising every partition of a view; returns the background task."""
        result: Task = self._call(
            "run_summary_view",
            run_summary_view_full,
            view_id=req.require_id(view_id, "view_id"),
            body=RunSummaryViewRequest(task_id=req.unset_if_none(task_id)),
        )
        return result

    def get_task(self, task_id: str) -> Task:
        """Read a background task's status; raises MemoryNotFoundError if unknown."""
        result: Task = self._call(
            "get_task", get_task_status, task_id=req.require_id(task_id, "task_id")
        )
        return result

    def wait_for_task(self, task_id: str, *, timeout: float = 60.0, interval: float = 0.5) -> Task:
        """Poll a task until it succeeds or fails, or raise MemoryTimeoutError."""
        waited = 0.0
        while True:
            task = self.get_task(task_id)
            if str(task.status) in ("success", "failed"):
                return task
            if waited >= timeout:
                raise MemoryTimeoutError(
                    f"task {task_id} still {task.status} after {timeout:g}s", operation="get_task"
                )
            time.sleep(interval)
            waited += interval
