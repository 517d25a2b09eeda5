# Generated from agent_memory_client/_async/client.py by scripts/unasync.py: do not edit.
"""The memory client: every server operation plus the helpers built on them."""

from __future__ import annotations

import copy
import functools
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from time import monotonic
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, TypeVar

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
    list_sessions,
    put_working_memory,
)
from agent_memory_client_generated.types import Operation

from .. import _requests as req
from .. import _search as search
from .._capabilities import ServerVersion
from .._config import ClientSettings, MemoryClientConfig, resolve_settings
from .._exceptions import (
    MemoryClientClosedError,
    MemoryConnectionError,
    MemoryNotFoundError,
    MemoryResponseError,
    MemoryTaskTimeoutError,
    MemoryTimeoutError,
    MemoryValidationError,
    error_for_status,
)
from .._json import UnencodableBody, decode, encode
from .._official_models import ForgetResponse
from .._options import (
    BodyRequestOptions,
    KeywordSearchOptions,
    PollOptions,
    RequestOptions,
    check_timeout,
    current_options,
    takes_options,
)
from .._paging import SearchPlan
from .._raw import record
from .._results import (
    CreateMemoriesResult,
    MemoryPromptResult,
    MemoryRecordResult,
    MemoryRecordResults,
    PromptResponse,
)
from .._retry import ATTEMPTS, RetryPolicy
from .._rules import check_bool, check_count, check_headers, check_id, check_ttl
from .._scope import Scope
from .._validation import OfficialValidators
from .._version import __version__
from .._visibility import Batch, RecentCreates
from .._wire import RequestFactory
from ..tools import formatting as tools_fmt
from ..tools.calls import ToolCallParsers
from ..tools.definitions import lookup as lookup_tool
from ..tools.getters import MemoryToolSchemas
from .capabilities import require_search_features
from .concurrency import gather_in_order, gather_pair
from .sessions import SyncSessions
from .transport import (
    SyncDelegatingTransport,
    SyncLoopBoundTransport,
    SyncRetryTransport,
)

if TYPE_CHECKING:
    import httpx2
    from agent_memory_client_generated.models import (
        AckResponse,
        CreateMemoryRecordRequest,
        ExtractedMemoryRecord,
        HealthCheckResponse,
        MemoryRecord,
        SearchRequest,
        SessionListResponse,
        SummaryView,
        SummaryViewPartitionResult,
        Task,
        WorkingMemoryResponse,
    )
    from typing_extensions import Self, Unpack

    from .._config import ModelNameLiteral
    from .._official_models import ForgetPolicy
    from .._search import LongTermSearch, PromptSession
    from ..tools.calls import ToolCallResult
    from .raw import SyncMemoryAPIClientWithRawResponse
    from .tools import SyncToolResolver

__all__ = ["SyncMemoryAPIClient"]

# The arguments search_memory_tool and add_memory_tool take from a model's call.
_SEARCH_TOOL_ARGS = frozenset(
    {"query", "topics", "entities", "memory_type", "max_results", "offset", "min_relevance",
     "optimize_query"}
)  # fmt: skip
_ADD_TOOL_ARGS = frozenset({"text", "memory_type", "topics", "entities"})

T = TypeVar("T")
R = TypeVar("R")
MergeStrategy = Literal["replace", "merge", "deep_merge"]


def _attempts(count: int) -> str:
    # Says whether retries happened, so nobody reading the message adds a retry loop of
    # their own around one that already ran.
    if count == 1:
        return "1 attempt, not retried"
    retries = "once" if count == 2 else f"{count - 1} times"
    return f"{count} attempts: retried {retries}"


def _describe_timeout(request: httpx.Request) -> str:
    # The request's own: a call's timeout= replaces the client's.
    read = request.extensions.get("timeout", {}).get("read")
    return f"{read:g}s" if read is not None else "no limit"


def _own_pool(fresh: bool) -> httpx.BaseTransport:
    # A pool that keeps no connection alive opens a new one per request (see transport).
    limits = httpx.Limits(max_keepalive_connections=0) if fresh else httpx.Limits()
    return httpx.HTTPTransport(limits=limits)


class SyncMemoryAPIClient(MemoryToolSchemas, ToolCallParsers, OfficialValidators):
    """Client for the Agent Memory Server.

    Settings come from the arguments, then the environment (MEMORY_SERVER_URL,
    MEMORY_API_KEY, MEMORY_TIMEOUT, MEMORY_MAX_RETRIES, DEFAULT_USER_ID, DEFAULT_NAMESPACE),
    then defaults. ``api_key`` and ``bearer_token`` are both sent as
    ``Authorization: Bearer <token>``. ``session_id``, ``user_id`` and ``namespace`` are
    the client's scope: the default of every call that takes them, and what the client
    holds the server's answers to. Pass ``http_client`` to send through your own httpx or
    httpx2 client; it stays yours to close. ``retry_policy`` replaces the default backoff
    (``max_retries`` still sets the number of retries when given).

    Every operation also takes options for that call only (``timeout=``,
    ``extra_headers=``, ``extra_query=``, and ``extra_body=`` where it sends a body; see
    ``agent_memory_client._options``); :meth:`with_options` makes a client with other
    settings on the same connections, and :attr:`with_raw_response` returns each
    operation's HTTP response along with its result.
    """

    #: Longest wait, in seconds, before writing to a session whose memories the server is
    #: still promoting to long-term memory (a write during promotion would be lost).
    settle_timeout: float = 1.0
    #: First pause between two reads of such a session (it doubles, up to 0.25 s).
    settle_interval: float = 0.02
    #: Longest wait, in seconds, for this client's new long-term memories to be stored
    #: before a search or a read of them (0 turns read-your-writes off).
    index_timeout: float = 2.0

    def __init__(
        self,
        config: MemoryClientConfig | str | None = None,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        bearer_token: str | None = None,
        timeout: float | httpx.Timeout | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        session_id: str | None = None,
        user_id: str | None = None,
        namespace: str | None = None,
        http_client: httpx.Client | httpx2.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        if isinstance(config, str):
            base_url, config = base_url or config, None
        # First: a client of the wrong kind is refused before anything reads from it.
        inner: httpx.BaseTransport = (
            SyncDelegatingTransport(http_client)
            if http_client is not None
            else SyncLoopBoundTransport(_own_pool)
        )
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
        self._scope = Scope(
            session_id=self._settings.session_id,
            user_id=self._settings.user_id,
            namespace=self._settings.namespace,
        )
        headers = {
            "User-Agent": f"agent-memory-client/{__version__}",
            **check_headers(default_headers),
        }
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
        # Requests go straight to the transport (see _wire): retries are the transport's,
        # and an httpx client's send() on top adds nothing used here (auth, redirects,
        # cookies, hooks); a user's own client still sends with all of its own.
        self._requests = RequestFactory(self._settings.base_url, headers, self._settings.timeout)
        self._transport = SyncRetryTransport(inner, policy)
        self._closed = False
        self._sessions = SyncSessions(self)
        self._resolver: SyncToolResolver | None = None
        self._creates = RecentCreates()
        # The server's release, read when a call first uses an option that needs a newer one.
        self._server_version = ServerVersion()
        self._config = config
        # The client that opened the connection pool (see with_options): closing it closes
        # the pool, and every client derived from it with it.
        self._root = self

    # -- settings and lifecycle -------------------------------------------------------------

    @property
    def config(self) -> MemoryClientConfig:
        """The settings, as the official client's ``MemoryClientConfig``: the one given to
        the constructor, else one that describes what the client resolved."""
        if self._config is None:
            settings = self._settings
            self._config = MemoryClientConfig(
                base_url=settings.base_url,
                timeout=settings.timeout.read or 0.0,
                default_namespace=settings.namespace,
                default_model_name=settings.model_name,
                default_context_window_max=settings.context_window_max,
                default_user_id=settings.user_id,
                default_session_id=settings.session_id,
                max_retries=settings.max_retries,
            )
        return self._config

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
        """Close the connections this client opened (a user's http_client stays open).

        A client made by :meth:`with_options` only stops working: the pool it shares
        stays open for the client it came from, whose ``close()`` closes it for both.
        """
        self._closed = True
        if self._root is self:
            self._transport.close()

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Self:
        """A client like this one with other settings, sharing its connections and state.

        ``timeout`` and ``max_retries`` replace this client's; ``default_headers`` are
        added over its headers (as in the constructor, the client's token stays its
        ``Authorization``: a call chooses another with ``extra_headers``);
        ``retry_policy`` replaces its backoff. The new client sends through the same
        connection pool (or ``http_client``) and shares what this client knows of the
        server: its new memories awaiting storage (read-your-writes), the sessions it saw
        and whose memories promotion, and its per-session turn-taking, so the two
        behave as one client. Closing it leaves this client and the pool open; closing
        this client closes the pool, and the new client with it.
        """
        # As in the constructor: a new policy keeps its own max_retries unless one is given.
        policy = self._transport.policy if retry_policy is None else retry_policy
        if max_retries is not None:
            policy = attrs.evolve(policy, max_retries=check_count(max_retries, "max_retries"))
        settings = attrs.evolve(
            self._settings,
            timeout=self._settings.timeout if timeout is None else check_timeout(timeout),
            max_retries=policy.max_retries,
        )
        headers = httpx.Headers(self._requests.headers)
        headers.update(check_headers(default_headers))  # by name, case-insensitively
        if settings.token:
            headers["Authorization"] = f"Bearer {settings.token}"
        derived = copy.copy(self)  # keeps instance settings such as index_timeout
        derived.__dict__.pop("with_raw_response", None)
        derived._settings = settings
        derived._requests = RequestFactory(settings.base_url, headers, settings.timeout)
        derived._transport = SyncRetryTransport(self._transport.inner, policy)
        derived._closed = False
        derived._sessions = self._sessions.shared_with(derived)
        derived._resolver = None
        derived._config = None  # `config` describes the derived settings
        return derived

    @functools.cached_property
    def with_raw_response(self) -> SyncMemoryAPIClientWithRawResponse:
        """The operations, each returning a ``RawResponse``: ``status_code``, ``headers``,
        ``elapsed`` and ``parse()``, the usual result.

        ``client.with_raw_response.search_long_term_memory("q")``. An operation that
        makes several requests answers with the response of the one it is named for (the
        write of a read-modify-write helper, the search after the read-your-writes
        probes; see ``agent_memory_client._raw``). ``search_all_long_term_memories``,
        ``bulk_create_long_term_memories`` and the tool resolvers are not offered.
        """
        from .raw import SyncMemoryAPIClientWithRawResponse

        return SyncMemoryAPIClientWithRawResponse(self)

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

    def _call(self, operation: str, op: Operation[T]) -> T:
        """Send ``op`` and return its parsed result, or raise the error for what happened.

        Only this request's own response is ever parsed or blamed: a body that does not
        parse is a MemoryResponseError of this response.
        """
        return self._send(operation, self._prepare(operation, op), op.parse)

    def _call_as(self, operation: str, op: Operation[T], parse: Callable[[Any], R]) -> R:
        """``_call``, reading the result with ``parse`` (into a subclass of ``T``)."""
        return self._send(operation, self._prepare(operation, op), parse)

    def _prepare(self, operation: str, op: Operation[Any]) -> httpx.Request:
        """The request for ``op``, its body encoded; MemoryValidationError if it cannot be.

        The running call's options (see ``_options``) apply to it."""
        options = current_options()
        content: bytes | None = None
        if op.body is not None:
            try:
                content = encode(op.body if options is None else options.body_of(op.body))
            except UnencodableBody as exc:
                raise MemoryValidationError(
                    f"{operation}: the request cannot be sent as JSON: {exc}", operation=operation
                ) from None
        return self._requests.build(op.method, op.path, op.params, content, options)

    def _send(self, operation: str, request: httpx.Request, parse: Callable[[Any], R]) -> R:
        if self._closed or self._root._closed:
            raise MemoryClientClosedError(
                f"{operation}: the client is closed; create a new one", operation=operation
            )
        try:
            response = self._transport.handle_request(request)
        except httpx.TimeoutException as exc:
            attempts = int(request.extensions.get(ATTEMPTS, 1))
            raise MemoryTimeoutError(
                f"{operation} timed out after {_describe_timeout(request)} per attempt "
                f"({_attempts(attempts)})",
                operation=operation,
                attempts=attempts,
            ) from exc
        except httpx.TransportError as exc:
            attempts = int(request.extensions.get(ATTEMPTS, 1))
            reached = not isinstance(exc, httpx.ConnectError)
            what = "lost the connection to" if reached else "could not reach"
            raise MemoryConnectionError(
                f"{operation} {what} {self.base_url}: {type(exc).__name__}: {exc} "
                f"({_attempts(attempts)})",
                operation=operation,
                attempts=attempts,
            ) from exc
        except RuntimeError:
            if self._closed or self._root._closed:  # closed while the call was on its way
                raise MemoryClientClosedError(
                    f"{operation}: the client is closed; create a new one", operation=operation
                ) from None
            raise
        status = response.status_code
        if not 200 <= status < 300:
            raise error_for_status(operation, status, response.content, response.headers)
        record(operation, response)  # for a raw response (see with_raw_response)
        try:
            return parse(decode(response.content))
        except (ValueError, RecursionError) as exc:  # a ParseError is a ValueError
            raise MemoryResponseError(
                f"{operation}: the server's response did not parse: {exc}",
                status_code=status,
                operation=operation,
            ) from None

    def _in_scope(
        self, *, session_id: Any = None, user_id: Any = None, namespace: Any = None
    ) -> Scope:
        """The scope of a call: what it gives, else the client's (one rule, everywhere)."""
        return self._scope.narrow(session_id=session_id, user_id=user_id, namespace=namespace)

    def _session_scope(
        self, session_id: Any = None, *, user_id: Any = None, namespace: Any = None
    ) -> Scope:
        scope = self._in_scope(session_id=session_id, user_id=user_id, namespace=namespace)
        check_id(scope.session_id, "session_id")
        return scope

    # -- health -----------------------------------------------------------------------------

    @takes_options
    def health_check(self, **options: Unpack[RequestOptions]) -> HealthCheckResponse:
        """Check that the server is up; ``now`` is the server's clock (Unix time, in ms)."""
        return self._call("health_check", get_health.request())

    # -- working memory ---------------------------------------------------------------------

    @takes_options
    def list_sessions(
        self,
        limit: int = 20,
        offset: int = 0,
        namespace: str | None = None,
        user_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> SessionListResponse:
        """List working-memory session ids, newest first."""
        scope = self._in_scope(user_id=user_id, namespace=namespace)
        return self._call(
            "list_sessions",
            list_sessions.request(
                limit=check_count(limit, "limit", minimum=1),
                offset=check_count(offset, "offset"),
                namespace=scope.namespace,
                user_id=scope.user_id,
            ),
        )

    @takes_options
    def get_working_memory(
        self,
        session_id: str | None = None,
        user_id: str | None = None,
        namespace: str | None = None,
        model_name: ModelNameLiteral | None = None,
        context_window_max: int | None = None,
        recent_messages_limit: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> WorkingMemoryResponse:
        """Read a session's working memory; raises MemoryNotFoundError if it does not exist.

        With ``model_name`` or ``context_window_max`` the server leaves out the oldest
        messages that do not fit that context window.
        """
        scope = self._session_scope(session_id, user_id=user_id, namespace=namespace)
        return self._sessions.read(
            scope,
            model_name=model_name or self._settings.model_name,
            context_window_max=context_window_max or self._settings.context_window_max,
            recent_messages_limit=recent_messages_limit,
        )

    @takes_options
    def set_working_memory(
        self,
        session_id: str | None,
        memory: Mapping[str, Any] | Any,
        user_id: str | None = None,
        model_name: ModelNameLiteral | None = None,
        context_window_max: int | None = None,
        *,
        namespace: str | None = None,
        ttl_seconds: int | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> WorkingMemoryResponse:
        """Write (create or replace) a session's working memory.

        ``memory`` is a dict or model with any of messages, memories, data, context,
        ttl_seconds and long_term_memory_strategy (a user_id or namespace in it counts as
        given to the call). If this client's last write to the session left memories for
        the server to promote, this waits for that first (at most ``settle_timeout``): the
        promotion would otherwise undo this write.
        """
        user_id, namespace = req.scope_in_memory(memory, user_id=user_id, namespace=namespace)
        scope = self._session_scope(session_id, user_id=user_id, namespace=namespace)
        if ttl_seconds is not None:
            check_ttl(ttl_seconds)
        # Everything is checked before the first request: the write itself is ready.
        write = self._session_write(
            scope,
            req.as_mapping(memory, "working memory"),
            model_name=model_name,
            context_window_max=context_window_max,
            ttl_seconds=ttl_seconds,
        )
        self._sessions.before_write(scope)
        self._sessions.check_own_key(scope)
        return self._write_session(scope, write)

    put_working_memory = set_working_memory

    def _session_write(
        self,
        scope: Scope,
        state: Mapping[str, Any],
        *,
        model_name: ModelNameLiteral | None = None,
        context_window_max: int | None = None,
        ttl_seconds: int | None = None,
    ) -> tuple[httpx.Request, Callable[[Any], WorkingMemoryResponse]]:
        """The write of a session, checked and encoded: the body carries the scope, whatever
        the state says."""
        assert scope.session_id is not None
        body = req.build_working_memory(state, scope=scope, ttl_seconds=ttl_seconds)
        op = put_working_memory.request(
            session_id=scope.session_id,
            body=body,
            model_name=model_name or self._settings.model_name,
            context_window_max=context_window_max or self._settings.context_window_max,
        )
        return self._prepare("set_working_memory", op), op.parse

    def _write_session(
        self, scope: Scope, write: tuple[httpx.Request, Callable[[Any], WorkingMemoryResponse]]
    ) -> WorkingMemoryResponse:
        result = self._send("set_working_memory", *write)
        self._sessions.after_write(scope, result)
        return result

    @takes_options
    def delete_working_memory(
        self,
        session_id: str | None = None,
        namespace: str | None = None,
        user_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AckResponse:
        """Delete a session's working memory (after a pending promotion, as in set).

        Refused, with nothing deleted, when the server stores another scope's session
        under this one's key (see ``agent_memory_client._scope``).
        """
        scope = self._session_scope(session_id, user_id=user_id, namespace=namespace)
        # Deleted mid-promotion, the session would come back with the promotion's write.
        self._sessions.before_write(scope)
        self._sessions.check_own_key(scope)
        assert scope.session_id is not None
        ack = self._call(
            "delete_working_memory",
            delete_working_memory.request(
                session_id=scope.session_id, user_id=scope.user_id, namespace=scope.namespace
            ),
        )
        self._sessions.seen.gone(scope)
        return ack

    @takes_options
    def get_or_create_working_memory(
        self,
        session_id: str | None = None,
        user_id: str | None = None,
        namespace: str | None = None,
        model_name: ModelNameLiteral | None = None,
        context_window_max: int | None = None,
        long_term_memory_strategy: Mapping[str, Any] | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> tuple[bool, WorkingMemoryResponse]:
        """Read a session, creating it empty if missing; returns ``(created, memory)``.

        "Missing" is confirmed by a second read, so a failed read on the server never
        replaces a session with an empty one.
        """
        scope = self._session_scope(session_id, user_id=user_id, namespace=namespace)
        try:
            return False, self.get_working_memory(
                scope.session_id, scope.user_id, scope.namespace, model_name, context_window_max
            )
        except MemoryNotFoundError:
            pass
        created = False

        def create(state: dict[str, Any]) -> None:
            nonlocal created
            if state:  # it exists after all (the first read failed on the server)
                return
            created = True
            state.update(messages=[], memories=[])
            if long_term_memory_strategy is not None:
                state["long_term_memory_strategy"] = dict(long_term_memory_strategy)

        memory = self._sessions.update(
            scope, create, misses=1, model_name=model_name, context_window_max=context_window_max
        )
        return created, memory

    @takes_options
    def append_messages_to_working_memory(
        self,
        session_id: str | None,
        messages: Sequence[Mapping[str, Any] | Any],
        namespace: str | None = None,
        model_name: ModelNameLiteral | None = None,
        context_window_max: int | None = None,
        user_id: str | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> WorkingMemoryResponse:
        """Add messages to the end of a session's conversation, keeping everything else."""
        if isinstance(messages, (str, bytes, Mapping)) or not isinstance(messages, Iterable):
            raise MemoryValidationError("messages must be a list of messages")
        added = list(messages)
        scope = self._session_scope(session_id, user_id=user_id, namespace=namespace)

        self._session_write(scope, {"messages": added})  # bad input fails before any request

        def append(state: dict[str, Any]) -> None:
            state["messages"] = [*state.get("messages", []), *added]

        return self._sessions.update(
            scope, append, model_name=model_name, context_window_max=context_window_max
        )

    @takes_options
    def set_working_memory_data(
        self,
        session_id: str | None,
        data: Mapping[str, Any],
        namespace: str | None = None,
        preserve_existing: bool = True,
        *,
        user_id: str | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> WorkingMemoryResponse:
        """Replace a session's ``data``, keeping its messages and memories."""
        if not isinstance(data, Mapping):
            raise MemoryValidationError("data must be a dict")
        check_bool(preserve_existing, "preserve_existing")
        scope = self._session_scope(session_id, user_id=user_id, namespace=namespace)

        self._session_write(scope, {"data": data})  # bad input fails before any request

        def replace_data(state: dict[str, Any]) -> None:
            state["data"] = dict(data)

        return self._sessions.update(scope, replace_data, read=preserve_existing)

    @takes_options
    def update_working_memory_data(
        self,
        session_id: str | None,
        data_updates: Mapping[str, Any],
        namespace: str | None = None,
        merge_strategy: MergeStrategy = "merge",
        user_id: str | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> WorkingMemoryResponse:
        """Update a session's ``data`` by replace, shallow merge or deep merge."""
        if not isinstance(data_updates, Mapping):
            raise MemoryValidationError("data_updates must be a dict")
        if merge_strategy not in ("replace", "merge", "deep_merge"):
            raise MemoryValidationError(
                f"merge_strategy must be replace, merge or deep_merge, got {merge_strategy!r}"
            )
        scope = self._session_scope(session_id, user_id=user_id, namespace=namespace)

        self._session_write(scope, {"data": data_updates})  # bad input fails before any request

        def update_data(state: dict[str, Any]) -> None:
            existing = state.get("data") or {}
            if merge_strategy == "replace":
                state["data"] = dict(data_updates)
            elif merge_strategy == "merge":
                state["data"] = {**existing, **data_updates}
            else:
                state["data"] = req.deep_merge(existing, data_updates)

        return self._sessions.update(scope, update_data)

    @takes_options
    def add_memories_to_working_memory(
        self,
        session_id: str | None,
        memories: Sequence[Mapping[str, Any] | Any],
        namespace: str | None = None,
        replace: bool = False,
        *,
        user_id: str | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> WorkingMemoryResponse:
        """Add structured memories to a session for the server to promote to long-term."""
        if isinstance(memories, (str, bytes, Mapping)) or not isinstance(memories, Iterable):
            raise MemoryValidationError("memories must be a list of records")
        added = list(memories)
        check_bool(replace, "replace")
        scope = self._session_scope(session_id, user_id=user_id, namespace=namespace)

        self._session_write(scope, {"memories": added})  # bad input fails before any request

        def add(state: dict[str, Any]) -> None:
            state["memories"] = [*([] if replace else state.get("memories", [])), *added]

        return self._sessions.update(scope, add)

    # -- long-term memory -------------------------------------------------------------------

    @takes_options
    def create_long_term_memories(
        self,
        memories: Iterable[Mapping[str, Any] | Any],
        deduplicate: bool = True,
        **options: Unpack[BodyRequestOptions],
    ) -> CreateMemoriesResult:
        """Store memories in long-term memory; ids are assigned here when missing.

        The server stores them shortly after answering. This client's own searches and
        reads wait for them (at most ``index_timeout``); other clients see them a few
        tens of milliseconds later.
        """
        return self._create(
            *req.build_create_request(memories, deduplicate=deduplicate, scope=self._scope)
        )

    create_long_term_memory = create_long_term_memories

    def _create(
        self, body: CreateMemoryRecordRequest, stored: list[ExtractedMemoryRecord]
    ) -> CreateMemoriesResult:
        ack = self._call("create_long_term_memories", create_long_term_memory.request(body=body))
        self._creates.add([m.id for m in stored], self.index_timeout)
        return CreateMemoriesResult(memories=stored, status=ack.status)

    @takes_options
    def bulk_create_long_term_memories(
        self,
        memory_batches: Iterable[Any],
        batch_size: int = 100,
        delay_between_batches: float = 0.0,
        *,
        deduplicate: bool = True,
        **options: Unpack[BodyRequestOptions],
    ) -> list[CreateMemoriesResult]:
        """Store many memories, one request per ``batch_size`` of them.

        ``memory_batches`` is a list of records, or (as in the official client) a list of
        lists of records, each split into requests of ``batch_size``. Every record is
        checked before the first request, so bad input stores nothing. With
        ``delay_between_batches`` the client pauses that many seconds after each request
        (to stay under a rate limit). Returns one result per request.
        """
        check_count(batch_size, "batch_size", minimum=1)
        if (
            isinstance(delay_between_batches, bool)
            or not isinstance(delay_between_batches, int | float)
            or delay_between_batches < 0
        ):
            raise MemoryValidationError("delay_between_batches must be a number of seconds >= 0")
        chunks = req.create_batches(memory_batches, batch_size)
        for chunk in chunks:  # bad input fails before any request
            req.build_create_request(chunk, deduplicate=deduplicate, scope=self._scope)
        results = []
        for chunk in chunks:
            results.append(self.create_long_term_memory(chunk, deduplicate=deduplicate))
            if delay_between_batches:
                time.sleep(delay_between_batches)
        return results

    @takes_options
    def promote_working_memories_to_long_term(
        self,
        session_id: str | None,
        memory_ids: Sequence[str] | None = None,
        namespace: str | None = None,
        *,
        user_id: str | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> CreateMemoriesResult:
        """Store a session's pending memories in long-term memory now, rather than waiting
        for the server to promote them (all of them, or those with ``memory_ids``).

        ``user_id`` (keyword only; the official client had none) names the session's user.
        """
        if isinstance(memory_ids, str):
            raise MemoryValidationError("memory_ids must be a list of memory ids")
        wanted = None if memory_ids is None else {check_id(m, "memory id") for m in memory_ids}
        memory = self.get_working_memory(
            session_id=session_id,
            user_id=user_id,
            namespace=namespace,
            model_name=None,
            context_window_max=None,
        )
        records = req.promotable(memory, wanted)
        if not records:
            return CreateMemoriesResult(memories=[], status="ok")
        return self.create_long_term_memory(records)

    def _until_visible(self, batch: Batch) -> bool:
        """Wait until the server holds ``batch``, or its deadline; whether it was seen."""
        pause = 0.01
        while monotonic() < batch.deadline:
            try:
                self._call(
                    "get_long_term_memory",
                    get_long_term_memory.request(memory_id=batch.next_probe()),
                )
            except MemoryNotFoundError:
                time.sleep(min(pause, max(batch.deadline - monotonic(), 0)))
                pause = min(2 * pause, 0.1)
                continue
            self._creates.seen(batch)
            return True
        self._creates.seen(batch)  # the server dropped it (duplicates) or is very slow
        return False

    def _creates_visible(self) -> None:
        """Read-your-writes for searches: wait for every batch this client just created."""
        pending = self._creates.pending()
        if pending:
            gather_in_order([self._until_visible(batch) for batch in pending])

    def _read_memory(self, memory_id: str) -> MemoryRecord:
        """GET one memory; one this client just created is waited for (read-your-writes)."""
        batch = self._creates.batch_of(memory_id)
        pause = 0.01
        while True:
            try:
                memory = self._call(
                    "get_long_term_memory", get_long_term_memory.request(memory_id=memory_id)
                )
            except MemoryNotFoundError:
                if batch is None or monotonic() >= batch.deadline:
                    raise
            else:
                if batch is not None:  # stored as one: the rest of its batch is there too
                    self._creates.seen(batch)
                return memory
            time.sleep(min(pause, max(batch.deadline - monotonic(), 0)))
            pause = min(2 * pause, 0.1)

    def _ids_visible(self, memory_ids: Iterable[str]) -> None:
        """Read-your-writes for edits and deletes by id: wait for those just created."""

        def visible(memory_id: str) -> bool:
            try:
                self._read_memory(memory_id)
            except MemoryNotFoundError:
                return False
            return True

        pending = [m for m in memory_ids if self._creates.batch_of(m) is not None]
        if pending:
            gather_in_order([visible(m) for m in pending])

    @takes_options
    def get_long_term_memory(
        self,
        memory_id: str,
        *,
        user_id: str | None = None,
        namespace: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> MemoryRecord:
        """Read one long-term memory by id.

        Raises MemoryNotFoundError if it does not exist, or belongs to another user or
        namespace than the call's (else the client's) scope. A memory this client just
        created is waited for (at most ``index_timeout``).
        """
        check_id(memory_id, "memory_id")
        scope = self._in_scope(user_id=user_id, namespace=namespace)
        memory = self._read_memory(memory_id)
        # The server finds ids through a case-insensitive index: "abc" can return "ABC".
        if memory.id != memory_id or not scope.holds(memory):
            detail = f"Memory with ID {memory_id} not found"
            raise MemoryNotFoundError(
                f"get_long_term_memory failed with HTTP 404: {detail}",
                status_code=404,
                detail=detail,
                operation="get_long_term_memory",
            )
        return memory

    def _owned(self, memory_ids: Sequence[str], scope: Scope) -> list[str]:
        """Of ``memory_ids``, those that exist in ``scope`` (all of them without a scope)."""
        if scope.user_id is None and scope.namespace is None:
            self._ids_visible(memory_ids)
            return list(memory_ids)

        def owned(memory_id: str) -> str | None:
            try:
                self.get_long_term_memory(
                    memory_id, user_id=scope.user_id, namespace=scope.namespace
                )
            except MemoryNotFoundError:
                return None
            return memory_id

        found = gather_in_order([owned(m) for m in memory_ids])
        return [m for m in found if m is not None]

    @takes_options
    def edit_memory(
        self,
        memory_id: str,
        updates: Mapping[str, Any] | Any,
        *,
        user_id: str | None = None,
        namespace: str | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> MemoryRecord:
        """Change fields of a long-term memory; returns the memory as stored.

        With a user or namespace scope (the call's, else the client's), a memory outside
        it reads as missing (MemoryNotFoundError), and updates cannot move it out.
        """
        check_id(memory_id, "memory_id")
        body = req.build_edit_request(updates)
        scope = self._in_scope(user_id=user_id, namespace=namespace)
        for key in ("user_id", "namespace"):
            wanted, new = getattr(scope, key), getattr(body, key)
            if wanted is not None and new is not None and new != wanted:
                raise MemoryValidationError(
                    f"updates would move the memory out of the scope ({key} {wanted!r})"
                )
        if scope.user_id is None and scope.namespace is None:
            self._ids_visible([memory_id])
        else:  # raises MemoryNotFoundError for a memory outside the scope
            self.get_long_term_memory(memory_id, user_id=scope.user_id, namespace=scope.namespace)
        return self._call(
            "edit_memory", update_long_term_memory.request(memory_id=memory_id, body=body)
        )

    edit_long_term_memory = edit_memory

    @takes_options
    def delete_long_term_memories(
        self,
        memory_ids: Sequence[str],
        *,
        user_id: str | None = None,
        namespace: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AckResponse:
        """Delete long-term memories by id.

        With a user or namespace scope (the call's, else the client's), every id must name
        a memory in it: otherwise MemoryNotFoundError names the others and nothing is
        deleted (a memory of another user reads as missing).
        """
        if isinstance(memory_ids, str):
            memory_ids = [memory_ids]
        ids = [check_id(m, "memory id") for m in memory_ids]
        if not ids:
            raise MemoryValidationError("memory_ids must name at least one memory")
        scope = self._in_scope(user_id=user_id, namespace=namespace)
        owned = self._owned(ids, scope)
        missing = [m for m in ids if m not in owned]
        if missing:
            detail = "No memory with ID " + ", ".join(missing) + f" in {scope.describe()}"
            raise MemoryNotFoundError(
                f"delete_long_term_memories: nothing was deleted: {detail}",
                status_code=404,
                detail=detail,
                operation="delete_long_term_memories",
            )
        return self._delete(owned)

    def _delete(self, memory_ids: list[str]) -> AckResponse:
        if not memory_ids:
            from agent_memory_client_generated.models import AckResponse

            return AckResponse(status="ok, deleted 0 memories")
        return self._call(
            "delete_long_term_memories", delete_long_term_memory.request(memory_ids=memory_ids)
        )

    @takes_options
    def delete_memory(
        self,
        memory_id: str,
        *,
        user_id: str | None = None,
        namespace: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AckResponse:
        """Delete one long-term memory by id."""
        return self.delete_long_term_memories([memory_id], user_id=user_id, namespace=namespace)

    @takes_options
    def search_long_term_memory(
        self,
        text: str | None = None,
        session_id: search.SessionIdFilter | None = None,
        namespace: search.NamespaceFilter | None = None,
        topics: search.TopicsFilter | None = None,
        entities: search.EntitiesFilter | None = None,
        created_at: search.CreatedAtFilter | None = None,
        last_accessed: search.LastAccessedFilter | None = None,
        user_id: search.UserIdFilter | None = None,
        distance_threshold: float | None = None,
        memory_type: search.MemoryTypeFilter | None = None,
        recency: search.Recency | None = None,
        limit: int = 10,
        offset: int = 0,
        optimize_query: bool = False,
        **more: Unpack[KeywordSearchOptions],
    ) -> MemoryRecordResults:
        """Search long-term memory.

        Filters (``SearchFilters``) take plain values (``user_id="alice"``,
        ``topics=["a", "b"]`` matches any), operator dicts (``{"all": [...]}``,
        ``{"ne": "x"}``) or filter objects; user_id and namespace default to the client's.
        Results carry ``relevance_score`` (0 to 1); ``min_relevance_score`` drops weaker
        ones and ``distance_threshold`` (semantic search) farther ones. Both thresholds
        are applied by the client to the ``limit`` nearest results: the server's own range
        search is approximate and misses close matches on a busy index. Every result is
        checked against the tag filters exactly (see ``agent_memory_client._search``).
        This client's own new memories are waited for (at most ``index_timeout``). The
        filters up to ``recency`` may be passed by position, in the official client's order.
        """
        check_bool(optimize_query, "optimize_query")
        filters = search.given(
            more,
            session_id=session_id,
            namespace=namespace,
            topics=topics,
            entities=entities,
            created_at=created_at,
            last_accessed=last_accessed,
            user_id=user_id,
            distance_threshold=distance_threshold,
            memory_type=memory_type,
            recency=recency,
        )
        body = self._search_request(text, filters, limit=limit, offset=offset)
        relevant = search.relevance_check(filters)
        require_search_features(self, "search_long_term_memory", body)
        self._creates_visible()
        results = self._call_as(
            "search_long_term_memory",
            search_long_term_memory.request(body=body, optimize_query=optimize_query),
            MemoryRecordResults.from_dict,
        )
        return results.checked(keep=search.result_check(body), relevant=relevant)

    def _search_request(
        self, text: Any, filters: Mapping[str, Any], *, limit: Any, offset: Any
    ) -> SearchRequest:
        scoped = search.scoped(filters, user_id=self.user_id, namespace=self.namespace)
        return search.build_search_request(text, scoped, limit=limit, offset=offset)

    @takes_options
    def search_all_long_term_memories(
        self,
        text: str | None = None,
        session_id: search.SessionIdFilter | None = None,
        namespace: search.NamespaceFilter | None = None,
        topics: search.TopicsFilter | None = None,
        entities: search.EntitiesFilter | None = None,
        created_at: search.CreatedAtFilter | None = None,
        last_accessed: search.LastAccessedFilter | None = None,
        user_id: search.UserIdFilter | None = None,
        distance_threshold: float | None = None,
        memory_type: search.MemoryTypeFilter | None = None,
        batch_size: int = 50,
        *,
        recency: search.Recency | None = None,
        page_size: int | None = None,
        **more: Unpack[KeywordSearchOptions],
    ) -> Iterator[MemoryRecordResult]:
        """Yield every matching memory once, fetching about ``batch_size`` (1 to 100) per
        request (``page_size`` is another name for it).

        Takes the filters of :meth:`search_long_term_memory`. With a query text, results
        come best first; memories at exactly the same distance are read in one request
        where they fit (up to 100), as the server orders them differently from one page
        size to the next.
        """
        filters: dict[str, Any] = search.given(
            more,
            session_id=session_id,
            namespace=namespace,
            topics=topics,
            entities=entities,
            created_at=created_at,
            last_accessed=last_accessed,
            user_id=user_id,
            distance_threshold=distance_threshold,
            memory_type=memory_type,
            recency=recency,
        )
        if page_size is not None:
            batch_size = page_size
        for reserved in ("limit", "offset"):
            if reserved in filters:
                raise MemoryValidationError(
                    f"search_all_long_term_memories pages by itself: {reserved} is not accepted"
                )
        search.check_filter_keys(filters)
        plan = SearchPlan(batch_size, ranked=isinstance(text, str) and text.strip() != "")
        # Recency re-ranking is off unless asked for: it mixes each memory's last_accessed
        # time into the order, and every search moves that time for what it returns.
        filters.setdefault("recency_boost", False)
        while not plan.finished:
            page = self.search_long_term_memory(
                text, limit=plan.limit, offset=plan.offset, **filters
            )
            for memory in plan.take(page.memories, page.next_offset):
                yield memory

    @takes_options
    def forget_long_term_memories(
        self,
        policy: Mapping[str, Any] | ForgetPolicy,
        namespace: str | None = None,
        user_id: str | None = None,
        session_id: str | None = None,
        limit: int = 1000,
        dry_run: bool = True,
        pinned_ids: Sequence[str] | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> ForgetResponse:
        """Delete memories that match a forgetting policy (``dry_run=True`` only reports).

        ``policy`` is a ``ForgetPolicy`` or a dict with its fields (max_age_days,
        max_inactive_days, budget, memory_type_allowlist).
        """
        check_bool(dry_run, "dry_run")
        scope = self._in_scope(user_id=user_id, namespace=namespace)
        return self._call_as(
            "forget_long_term_memories",
            forget_endpoint.request(
                body=req.build_forget_body(policy, pinned_ids),
                namespace=scope.namespace,
                user_id=scope.user_id,
                session_id=None if session_id is None else check_id(session_id, "session_id"),
                limit=check_count(limit, "limit", minimum=1),
                dry_run=dry_run,  # always sent: the server's default is a dry run
            ),
            ForgetResponse.from_dict,
        )

    forget = forget_long_term_memories

    @takes_options
    def compact_long_term_memories(
        self,
        *,
        namespace: str | None = None,
        user_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AckResponse:
        """Ask the server to merge duplicate long-term memories."""
        scope = self._in_scope(user_id=user_id, namespace=namespace)
        return self._call(
            "compact_long_term_memories",
            compact_long_term_memories_endpoint.request(
                namespace=scope.namespace, user_id=scope.user_id
            ),
        )

    compact = compact_long_term_memories

    # -- memory prompt ----------------------------------------------------------------------

    @takes_options
    def memory_prompt(
        self,
        query: str,
        session_id: str | None = None,
        namespace: str | None = None,
        model_name: ModelNameLiteral | None = None,
        context_window_max: int | None = None,
        long_term_search: LongTermSearch | SearchRequest | bool | None = None,
        user_id: str | None = None,
        optimize_query: bool = False,
        *,
        session: PromptSession | Literal[False] | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> MemoryPromptResult:
        """Build a prompt from the session's conversation and relevant long-term memories.

        ``session`` and ``long_term_search`` are dicts as in the server's API, with plain
        filter values allowed (``{"user_id": "alice", "limit": 5}``). Without ``session``
        the client's default session is used; ``session=False`` leaves it out. The result's
        ``messages`` can be sent to a chat API as they are. The server runs this search
        itself, so a ``min_relevance_score`` or ``distance_threshold`` here goes to the
        server's approximate range search (see :meth:`search_long_term_memory`); the
        memories it returns are checked against the search's filters and the scope, and a
        session of another scope never enters the prompt.
        """
        check_bool(optimize_query, "optimize_query")
        scope = self._in_scope(session_id=session_id, user_id=user_id, namespace=namespace)
        body = req.build_memory_prompt_request(
            query,
            session=session,
            long_term_search=long_term_search,
            scope=scope,
            model_name=model_name or self._settings.model_name,
            context_window_max=context_window_max or self._settings.context_window_max,
        )
        require_search_features(self, "memory_prompt", body.long_term_search)
        self._creates_visible()
        asked = (
            None
            if body.session is None
            else Scope(
                session_id=body.session.session_id,
                user_id=body.session.user_id,
                namespace=body.session.namespace,
            )
        )
        call = self._call_as(
            "memory_prompt",
            memory_prompt.request(body=body, optimize_query=optimize_query),
            PromptResponse.from_dict,
        )
        if asked is None or self._sessions.seen.should_exist(asked):
            # No session, or one this client saw under its own key: the server reads that.
            response, foreign = call, False
        else:
            # Else the server may find another scope's session (see _scope): check alongside.
            response, foreign = gather_pair(call, self._sessions.resolves_elsewhere(asked))
        ltm = body.long_term_search
        keep = search.result_check(ltm) if not isinstance(ltm, bool) and ltm is not None else None
        return MemoryPromptResult.from_generated(response, keep=keep, foreign_session=foreign)

    @takes_options
    def hydrate_memory_prompt(
        self,
        query: str,
        session_id: search.SessionIdFilter | None = None,
        namespace: search.NamespaceFilter | None = None,
        topics: search.TopicsFilter | None = None,
        entities: search.EntitiesFilter | None = None,
        created_at: search.CreatedAtFilter | None = None,
        last_accessed: search.LastAccessedFilter | None = None,
        user_id: search.UserIdFilter | None = None,
        distance_threshold: float | None = None,
        memory_type: search.MemoryTypeFilter | None = None,
        limit: int = 10,
        offset: int = 0,
        optimize_query: bool = False,
        *,
        recency: search.Recency | None = None,
        **more: Unpack[KeywordSearchOptions],
    ) -> MemoryPromptResult:
        """A prompt built from long-term memories only, with the search filters of
        :meth:`search_long_term_memory` (by position in the official client's order)."""
        filters = search.given(
            more,
            session_id=session_id,
            namespace=namespace,
            topics=topics,
            entities=entities,
            created_at=created_at,
            last_accessed=last_accessed,
            user_id=user_id,
            distance_threshold=distance_threshold,
            memory_type=memory_type,
            recency=recency,
        )
        request = search.search_request_from_mapping(
            {**filters, "text": query, "limit": limit, "offset": offset},
            user_id=self._scope.user_id,
            namespace=self._scope.namespace,
        )
        return self.memory_prompt(
            query, session=False, long_term_search=request, optimize_query=optimize_query
        )

    # -- tools for LLMs ---------------------------------------------------------------------
    # The tool schema getters (get_all_memory_tool_schemas, ...) come from MemoryToolSchemas.

    @property
    def _tools(self) -> SyncToolResolver:
        # Built on first use: programs that never resolve a tool call never load the resolver.
        if self._resolver is None:
            from .tools import SyncToolResolver

            self._resolver = SyncToolResolver(self)
        return self._resolver

    @takes_options
    def resolve_tool_call(
        self,
        tool_call: Any,
        session_id: str | None = None,
        namespace: str | None = None,
        user_id: str | None = None,
        *,
        tools: Iterable[Any] | None = None,
        **options: Unpack[RequestOptions],
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

    @takes_options
    def resolve_tool_calls(
        self,
        tool_calls: Iterable[Any] | None,
        session_id: str | None = None,
        namespace: str | None = None,
        user_id: str | None = None,
        *,
        tools: Iterable[Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[ToolCallResult]:
        """Run several tool calls; results come in call order (None, no calls, gives []).

        The async client runs them concurrently, except that calls on the session's working
        memory take turns so none overwrites another's change.
        """
        return self._tools.resolve_tool_calls(
            tool_calls, session_id=session_id, user_id=user_id, namespace=namespace, tools=tools
        )

    @takes_options
    def resolve_function_call(
        self,
        function_name: str,
        function_arguments: str | Mapping[str, Any] | None,
        session_id: str | None = None,
        namespace: str | None = None,
        user_id: str | None = None,
        *,
        tools: Iterable[Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> ToolCallResult:
        """Run a call given as a tool name and its arguments (a JSON string or a dict)."""
        return self.resolve_tool_call(
            {"name": function_name, "arguments": function_arguments},
            session_id,
            namespace,
            user_id,
            tools=tools,
        )

    @takes_options
    def resolve_function_calls(
        self,
        function_calls: Iterable[Mapping[str, Any]],
        session_id: str | None = None,
        namespace: str | None = None,
        user_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[ToolCallResult]:
        """Run several ``{"name", "arguments"}`` calls; one result each, in order."""
        return self.resolve_tool_calls(list(function_calls), session_id, namespace, user_id)

    # The official client's tool functions: each runs the tool of that name as a model's
    # call would (same checks, same scope rules) and returns its result as a dict, with
    # the text for the model as "summary" and "error" when it failed.

    def _tool_dict(
        self,
        name: str,
        arguments: Mapping[str, Any],
        session_id: str | None = None,
        namespace: str | None = None,
        user_id: str | None = None,
    ) -> dict[str, Any]:
        given = {k: v for k, v in arguments.items() if v is not None}
        outcome = self.resolve_function_call(name, given, session_id, namespace, user_id)
        return tools_fmt.official_tool_dict(outcome)

    def search_memory_tool(
        self,
        query: str,
        topics: Sequence[str] | None = None,
        entities: Sequence[str] | None = None,
        memory_type: str | None = None,
        max_results: int = 5,
        offset: int = 0,
        min_relevance: float | None = None,
        user_id: str | None = None,
        optimize_query: bool = False,
        *,
        namespace: str | None = None,
    ) -> dict[str, Any]:
        """Search long-term memory as the ``search_memory`` tool does (in the call's
        user and namespace, else the client's)."""
        arguments = {
            "query": query,
            "topics": topics,
            "entities": entities,
            "memory_type": memory_type,
            "max_results": max_results,
            "offset": offset,
            "min_relevance": min_relevance,
            "optimize_query": optimize_query,
        }
        return self._tool_dict("search_memory", arguments, namespace=namespace, user_id=user_id)

    def get_working_memory_tool(
        self, session_id: str, namespace: str | None = None, user_id: str | None = None
    ) -> dict[str, Any]:
        """Read (creating if missing) a session's working memory, as the tool does."""
        return self._tool_dict("get_or_create_working_memory", {}, session_id, namespace, user_id)

    def get_or_create_working_memory_tool(
        self,
        session_id: str,
        namespace: str | None = None,
        user_id: str | None = None,
        long_term_memory_strategy: Mapping[str, Any] | Any | None = None,
    ) -> dict[str, Any]:
        """Read or create a session's working memory, as the tool does."""
        if long_term_memory_strategy is None:
            return self.get_working_memory_tool(session_id, namespace, user_id)
        # The tool has no strategy argument: create the session with it first.
        created, _ = self.get_or_create_working_memory(
            session_id,
            user_id,
            namespace,
            long_term_memory_strategy=req.as_mapping(
                long_term_memory_strategy, "long_term_memory_strategy"
            ),
        )
        result = self.get_working_memory_tool(session_id, namespace, user_id)
        result["created"] = created
        return result

    def add_memory_tool(
        self,
        session_id: str,
        text: str,
        memory_type: str | None = None,
        topics: Sequence[str] | None = None,
        entities: Sequence[str] | None = None,
        namespace: str | None = None,
        user_id: str | None = None,
    ) -> dict[str, Any]:
        """Add a memory to a session for the server to promote, as the tool does."""
        arguments = {
            "text": text,
            "memory_type": memory_type,
            "topics": topics,
            "entities": entities,
        }
        return self._tool_dict(
            "lazily_create_long_term_memory", arguments, session_id, namespace, user_id
        )

    def update_memory_data_tool(
        self,
        session_id: str,
        data: Mapping[str, Any],
        merge_strategy: MergeStrategy = "merge",
        namespace: str | None = None,
        user_id: str | None = None,
    ) -> dict[str, Any]:
        """Update a session's data, as the ``update_working_memory_data`` tool does."""
        arguments = {"data": data, "merge_strategy": merge_strategy}
        return self._tool_dict(
            "update_working_memory_data", arguments, session_id, namespace, user_id
        )

    def _tool_text(
        self,
        name: str,
        arguments: Mapping[str, Any],
        session_id: str | None,
        namespace: str | None,
        user_id: str | None,
    ) -> str:
        """What the model reads for a call of tool ``name`` in a bound scope (the path of
        the LangChain tools). Searches and lazy creates go through search_memory_tool and
        add_memory_tool, the official client's entry points for those two tools, so code
        that wraps them sees these calls too; anything they cannot take goes to the
        resolver, which reports it to the model."""
        found = lookup_tool(name)
        tool = None if found is None else found[0].name
        given = set(arguments) - {"user_id", "namespace", "session_id"}
        if tool == "search_long_term_memory" and "query" in given <= _SEARCH_TOOL_ARGS:
            known = {k: arguments[k] for k in given}
            found_memories = self.search_memory_tool(**known, user_id=user_id, namespace=namespace)
            return str(found_memories["summary"])
        if (
            tool == "lazily_create_long_term_memory"
            and session_id is not None
            and "text" in given <= _ADD_TOOL_ARGS
        ):
            known = {k: arguments[k] for k in given}
            added = self.add_memory_tool(
                session_id=session_id, namespace=namespace, user_id=user_id, **known
            )
            return str(added["summary"])
        outcome = self.resolve_function_call(
            function_name=name,
            function_arguments=arguments,
            session_id=session_id,
            namespace=namespace,
            user_id=user_id,
        )
        return str(outcome["formatted_response"])

    # -- summary views and tasks ------------------------------------------------------------

    @takes_options
    def list_summary_views(self, **options: Unpack[RequestOptions]) -> list[SummaryView]:
        """List all summary views."""
        return self._call("list_summary_views", list_summary_views_endpoint.request())

    @takes_options
    def create_summary_view(
        self, request: Mapping[str, Any] | Any, **options: Unpack[BodyRequestOptions]
    ) -> SummaryView:
        """Create a summary view from a dict or a ``CreateSummaryViewRequest`` (source,
        group_by, filters, ...)."""
        return self._call(
            "create_summary_view",
            create_summary_view.request(body=req.build_summary_view_request(request)),
        )

    @takes_options
    def get_summary_view(
        self, view_id: str, **options: Unpack[RequestOptions]
    ) -> SummaryView | None:
        """Read a summary view; None if there is none with this id (as in the official
        client: this and :meth:`get_task` are the calls that answer a 404 with None)."""
        try:
            return self._call(
                "get_summary_view", get_summary_view.request(view_id=check_id(view_id, "view_id"))
            )
        except MemoryNotFoundError:
            return None

    @takes_options
    def delete_summary_view(self, view_id: str, **options: Unpack[RequestOptions]) -> AckResponse:
        """Delete a summary view."""
        return self._call(
            "delete_summary_view",
            delete_summary_view_endpoint.request(view_id=check_id(view_id, "view_id")),
        )

    @takes_options
    def list_summary_view_partitions(
        self,
        view_id: str,
        namespace: str | None = None,
        user_id: str | None = None,
        session_id: str | None = None,
        memory_type: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[SummaryViewPartitionResult]:
        """List the stored summaries of a view's partitions, optionally filtered."""
        scope = self._in_scope(user_id=user_id, namespace=namespace)
        return self._call(
            "list_summary_view_partitions",
            list_summary_view_partitions.request(
                view_id=check_id(view_id, "view_id"),
                user_id=scope.user_id,
                namespace=scope.namespace,
                session_id=None if session_id is None else check_id(session_id, "session_id"),
                memory_type=memory_type,
            ),
        )

    @takes_options
    def run_summary_view_partition(
        self,
        view_id: str,
        group: Mapping[str, Any],
        **options: Unpack[BodyRequestOptions],
    ) -> SummaryViewPartitionResult:
        """Summarise one partition of a view now, e.g. ``group={"user_id": "alice"}``."""
        return self._call(
            "run_summary_view_partition",
            run_summary_view_partition.request(
                view_id=check_id(view_id, "view_id"), body=req.build_partition_request(group)
            ),
        )

    @takes_options
    def run_summary_view(
        self,
        view_id: str,
        force: bool = False,
        *,
        task_id: str | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> Task:
        """Start summarising every partition of a view; returns the background task.

        A full run always recomputes every partition, so ``force`` (the official client's
        parameter) changes nothing and is not sent.
        """
        from agent_memory_client_generated.models import RunSummaryViewRequest

        check_bool(force, "force")
        body = RunSummaryViewRequest(
            task_id=None if task_id is None else check_id(task_id, "task_id")
        )
        return self._call(
            "run_summary_view",
            run_summary_view_full.request(view_id=check_id(view_id, "view_id"), body=body),
        )

    @takes_options
    def get_task(self, task_id: str, **options: Unpack[RequestOptions]) -> Task | None:
        """Read a background task's status; None if the server knows no such task (as in
        the official client)."""
        try:
            return self._call(
                "get_task", get_task_status.request(task_id=check_id(task_id, "task_id"))
            )
        except MemoryNotFoundError:
            return None

    @takes_options
    def wait_for_task(
        self,
        task_id: str,
        *,
        timeout: float = 60.0,
        interval: float = 0.5,
        **options: Unpack[PollOptions],
    ) -> Task:
        """Poll a task until it succeeds or fails.

        Raises MemoryTaskTimeoutError (``.task`` is its last status) if it is still
        running ``timeout`` seconds after the call, the time of each poll included.
        """
        check_id(task_id, "task_id")
        for value, what in ((timeout, "timeout"), (interval, "interval")):
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise MemoryValidationError(f"{what} must be a number of seconds >= 0")
        deadline = monotonic() + timeout
        while True:
            task = self.get_task(task_id)
            if task is None:
                raise MemoryNotFoundError(
                    f"task {task_id} not found",
                    status_code=404,
                    detail=f"Task {task_id} not found",
                    operation="wait_for_task",
                )
            if str(task.status) in ("success", "failed"):
                return task
            left = deadline - monotonic()
            if left <= 0:
                raise MemoryTaskTimeoutError(
                    f"task {task_id} still {task.status} after {timeout:g}s",
                    task=task,
                    operation="wait_for_task",
                )
            time.sleep(min(interval, left))
