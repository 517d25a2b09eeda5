"""Run the tool calls a model makes against the memory server, through the client.

Every call is parsed, its tool looked up and its arguments checked against the tool's
schema before any request; whatever goes wrong comes back as ``success: False`` with an
error the model can act on, never as an exception. The application's user_id and
namespace decide whose memories a call touches, whatever the model sends.
"""

from __future__ import annotations

import datetime as dt
import warnings
from asyncio import Lock
from collections.abc import Awaitable, Callable, Iterable, Mapping
from contextlib import nullcontext
from typing import TYPE_CHECKING, Any

from .. import _requests as req
from .._exceptions import MemoryClientError, MemoryNotFoundError
from .._logging import logger
from .._scope import Scope
from ..tools import formatting as fmt
from ..tools.calls import (
    ParsedToolCall,
    ToolCallError,
    ToolCallResult,
    parse_tool_call,
    single_objects_listed,
    validate_arguments,
    with_memory_types,
    without_scope,
)
from ..tools.definitions import DEFAULT_TOOL_NAMES, ToolDefinition, lookup
from ..tools.schemas import SchemaFormat, ToolSchema
from .concurrency import gather_in_order

if TYPE_CHECKING:
    from .._search import SearchFilters
    from .client import AsyncMemoryAPIClient

__all__ = ["AsyncToolResolver"]

Arguments = dict[str, Any]
Handler = Callable[[Arguments, Scope], Awaitable["fmt.Outcome"]]


# A call the resolver will not run: an id outside the scope, an edit that changes nothing.
class _Refused(Exception):
    pass


def _success(name: str, outcome: fmt.Outcome) -> ToolCallResult:
    result, text = outcome
    return {"success": True, "function_name": name, "result": result, "error": None,
            "formatted_response": text}  # fmt: skip


def _failure(name: str, error: str) -> ToolCallResult:
    return {"success": False, "function_name": name, "result": None, "error": error,
            "formatted_response": f"Error: {error}"}  # fmt: skip


def _schema_of(tool: Any) -> ToolSchema | None:
    if isinstance(tool, ToolSchema):
        return tool
    if not isinstance(tool, Mapping):
        return None
    schema_format: SchemaFormat = (
        "openai" if "function" in tool else "anthropic" if "input_schema" in tool else "responses"
    )
    try:
        schema = ToolSchema(tool, schema_format)
        schema.definition  # noqa: B018 (reads the name: a dict without one is not a tool)
    except (KeyError, TypeError, ValueError):
        return None
    return schema


def _allowed_names(tools: Any) -> dict[str, ToolDefinition] | None:
    # The names the model was given, each mapped to the tool it runs (renames included).
    if tools is None:
        return None
    listed = [tools] if isinstance(tools, Mapping) else list(tools)
    names: dict[str, ToolDefinition] = {}
    for tool in listed:
        schema = _schema_of(tool)
        definition = schema.definition if schema is not None else None
        if schema is not None and definition is not None:
            names[schema.name] = definition
    return names


class AsyncToolResolver:
    """Resolves tool calls for one client; the client's methods delegate here.

    Each tool of ``tools.definitions`` runs the method named ``_run_<tool name>``.
    """

    def __init__(self, client: AsyncMemoryAPIClient) -> None:
        self._client = client

    def handler(self, definition: ToolDefinition) -> Handler | None:
        """The method that runs ``definition``'s tool, or None if this version has none."""
        found: Handler | None = getattr(self, f"_run_{definition.name}", None)
        return found

    def _scope(self, session_id: str | None, user_id: str | None, namespace: str | None) -> Scope:
        # The client's one rule: what the application gives here, else the client's.
        return self._client._in_scope(session_id=session_id, user_id=user_id, namespace=namespace)

    async def resolve_tool_call(
        self,
        tool_call: Any,
        *,
        session_id: str | None = None,
        user_id: str | None = None,
        namespace: str | None = None,
        tools: Any = None,
    ) -> ToolCallResult:
        """Run one tool call; see ``AsyncMemoryAPIClient.resolve_tool_call``."""
        scope = self._scope(session_id, user_id, namespace)
        return await self._resolve(tool_call, scope, _allowed_names(tools), None)

    async def resolve_tool_calls(
        self,
        tool_calls: Iterable[Any] | None,
        *,
        session_id: str | None = None,
        user_id: str | None = None,
        namespace: str | None = None,
        tools: Any = None,
    ) -> list[ToolCallResult]:
        """Run several tool calls; results come back in the order of the calls."""
        scope = self._scope(session_id, user_id, namespace)
        if tool_calls is None:  # the OpenAI SDK's tool_calls when the model called no tool
            return []
        allowed = _allowed_names(tools)
        # Working-memory tools take turns within a batch, in the order of the calls, so each
        # sees what the ones before it wrote. (Across batches and callers, the client's
        # per-session lock keeps their read-modify-writes from losing each other's changes.)
        session_lock = Lock()
        return await gather_in_order(
            [self._resolve(call, scope, allowed, session_lock) for call in tool_calls]
        )

    # -- one call -------------------------------------------------------------------------

    def _find(
        self, name: str, allowed: dict[str, ToolDefinition] | None
    ) -> tuple[ToolDefinition, str | None]:
        # The tool a name runs, and the name to use instead if it is deprecated.
        if allowed is not None and name in allowed:
            return allowed[name], None
        found = lookup(name)
        permitted = allowed is None or (
            found is not None and any(d.name == found[0].name for d in allowed.values())
        )
        if found is None or not permitted:
            offered = list(allowed) if allowed is not None else list(DEFAULT_TOOL_NAMES)
            raise ToolCallError(
                f"unknown tool {name!r}; the memory tools are: {', '.join(offered)}", name=name
            )
        definition, deprecated = found
        return definition, (definition.name if deprecated else None)

    def _check(
        self, tool_call: Any, scope: Scope, allowed: dict[str, ToolDefinition] | None
    ) -> tuple[ParsedToolCall, ToolDefinition, Arguments]:
        call = parse_tool_call(tool_call)
        definition, replacement = self._find(call.name, allowed)
        if replacement is not None:
            warnings.warn(
                f"the tool name {call.name!r} is deprecated; use {replacement!r}",
                DeprecationWarning,
                stacklevel=5,
            )
        schema = definition.parameters
        arguments = without_scope(single_objects_listed(call.arguments, schema), schema)
        arguments = with_memory_types(arguments, schema)
        errors = validate_arguments(arguments, schema)
        if errors:
            raise ToolCallError(f"invalid arguments for {call.name}: " + "; ".join(errors),
                                name=call.name)  # fmt: skip
        if definition.uses_session and not scope.session_id:
            raise ToolCallError(
                f"{call.name} works on a session's working memory, and no session_id was given "
                "(pass session_id to resolve_tool_call or set it on the client)",
                name=call.name,
            )
        return call, definition, arguments

    async def _resolve(
        self,
        tool_call: Any,
        scope: Scope,
        allowed: dict[str, ToolDefinition] | None,
        session_lock: Lock | None,
    ) -> ToolCallResult:
        try:
            call, definition, arguments = self._check(tool_call, scope, allowed)
        except ToolCallError as exc:
            return _failure(exc.name, str(exc))
        except Warning:
            raise  # a deprecation warning made an error is the application's choice
        except Exception as exc:  # e.g. arguments as bytes that are not UTF-8
            return _failure("", f"the tool call could not be read: {type(exc).__name__}: {exc}")
        guard = session_lock if session_lock is not None and definition.uses_session else None
        try:
            handler = self.handler(definition)
            if handler is None:
                raise _Refused(f"the tool {definition.name!r} is not available in this client")
            async with guard if guard is not None else nullcontext():
                outcome = await handler(arguments, scope)
        except _Refused as exc:
            return _failure(call.name, str(exc))
        except MemoryClientError as exc:
            return _failure(call.name, f"{call.name} failed: {exc}")
        except Exception as exc:  # a tool call must never take the conversation down
            logger.warning("tool call %s raised unexpectedly", call.name, exc_info=True)
            return _failure(call.name, f"{call.name} failed: {type(exc).__name__}: {exc}")
        return _success(call.name, outcome)

    # -- the tools --------------------------------------------------------------------------

    def _record(self, memory: Mapping[str, Any], scope: Scope) -> dict[str, Any]:
        # The server files a memory without a type as a "message"; a tool stores facts.
        record = {"memory_type": "semantic", **memory, "id": req.new_memory_id()}
        record["user_id"] = scope.user_id
        record["namespace"] = scope.namespace
        return record

    async def _owned(self, memory_id: str, scope: Scope) -> Any:
        # An id outside the scope reads exactly like a missing one (the client's check):
        # the model learns nothing about other users' memories.
        try:
            return await self._client.get_long_term_memory(
                memory_id, user_id=scope.user_id, namespace=scope.namespace
            )
        except MemoryNotFoundError:
            raise _Refused(f"there is no memory with id {memory_id!r}") from None

    async def _run_eagerly_create_long_term_memory(
        self, args: Arguments, scope: Scope
    ) -> fmt.Outcome:
        records = [self._record(memory, scope) for memory in args["memories"]]
        created = await self._client.create_long_term_memories(records)
        return fmt.created_result(created.memories, lazily=False, session_id=scope.session_id)

    async def _run_lazily_create_long_term_memory(
        self, args: Arguments, scope: Scope
    ) -> fmt.Outcome:
        record = self._record(args, scope)
        # No wait for this memory's own promotion: lazily means the call returns at once. The
        # client's next write to the session waits for it (see agent_memory_client._promotion).
        memory = await self._client.add_memories_to_working_memory(
            scope.session_id, [record], user_id=scope.user_id, namespace=scope.namespace
        )
        stored = memory.memories if isinstance(memory.memories, list) else []
        saved = next((m for m in stored if getattr(m, "id", None) == record["id"]), record)
        return fmt.created_result([saved], lazily=True, session_id=scope.session_id)

    async def _run_search_long_term_memory(self, args: Arguments, scope: Scope) -> fmt.Outcome:
        query: str = args["query"]
        filters: SearchFilters = {}
        if scope.user_id is not None:
            filters["user_id"] = scope.user_id
        if scope.namespace is not None:
            filters["namespace"] = scope.namespace
        if args.get("topics"):
            filters["topics"] = args["topics"]
        if args.get("entities"):
            filters["entities"] = args["entities"]
        if args.get("memory_type") is not None:
            filters["memory_type"] = args["memory_type"]
        if args.get("min_relevance") is not None:
            filters["min_relevance_score"] = args["min_relevance"]
        page = await self._client.search_long_term_memory(
            query,
            limit=int(args.get("max_results", 10)),
            offset=int(args.get("offset", 0)),
            optimize_query=bool(args.get("optimize_query", False)),
            **filters,
        )
        # The client already dropped results outside the scope and the filters.
        return fmt.search_result(query, page.memories, page.total, page.next_offset)

    async def _run_get_long_term_memory(self, args: Arguments, scope: Scope) -> fmt.Outcome:
        memory = await self._owned(args["memory_id"], scope)
        return fmt.memory_result(memory, action="read")

    async def _run_edit_memory(self, args: Arguments, scope: Scope) -> fmt.Outcome:
        updates = {key: value for key, value in args.items() if key != "memory_id"}
        if not updates:
            raise _Refused(
                "edit_memory needs at least one field to change: text, memory_type, topics, "
                "entities or event_date"
            )
        try:
            memory = await self._client.edit_memory(
                args["memory_id"], updates, user_id=scope.user_id, namespace=scope.namespace
            )
        except MemoryNotFoundError:
            raise _Refused(f"there is no memory with id {args['memory_id']!r}") from None
        return fmt.memory_result(memory, action="updated")

    async def _run_delete_memory(self, args: Arguments, scope: Scope) -> fmt.Outcome:
        memory_ids = list(dict.fromkeys(args["memory_ids"]))
        owned = await self._client._owned(memory_ids, scope)
        missing = [m for m in memory_ids if m not in owned]
        if missing:
            raise _Refused(
                "nothing was deleted: there is no memory with id "
                + ", ".join(repr(m) for m in missing)
            )
        ack = await self._client._delete(owned)
        return fmt.deleted_result(memory_ids, ack.status)

    async def _run_set_working_memory(self, args: Arguments, scope: Scope) -> fmt.Outcome:
        given: dict[str, Any] = {k: args[k] for k in ("messages", "context", "data") if k in args}
        # The client's read-modify-write path: the rest of the session is kept.
        self._client._session_write(scope, given)  # bad arguments fail before any request
        memory = await self._client._sessions.update(scope, lambda state: state.update(given))
        return fmt.working_memory_result(memory, created=None, action="saved")

    async def _run_get_or_create_working_memory(self, args: Arguments, scope: Scope) -> fmt.Outcome:
        created, memory = await self._client.get_or_create_working_memory(
            scope.session_id, user_id=scope.user_id, namespace=scope.namespace
        )
        return fmt.working_memory_result(memory, created=created)

    async def _run_update_working_memory_data(self, args: Arguments, scope: Scope) -> fmt.Outcome:
        memory = await self._client.update_working_memory_data(
            scope.session_id,
            args["data"],
            merge_strategy=args.get("merge_strategy", "merge"),
            user_id=scope.user_id,
            namespace=scope.namespace,
        )
        return fmt.working_memory_result(memory, created=None, action="data")

    async def _run_get_current_datetime(self, args: Arguments, scope: Scope) -> fmt.Outcome:
        return fmt.datetime_result(dt.datetime.now(dt.timezone.utc))
