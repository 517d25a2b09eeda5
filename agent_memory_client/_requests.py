"""Request shaping: turn what users pass (dicts, plain values, models) into generated models.

No I/O happens here. Every function validates its input and raises MemoryValidationError
before a request is built, never mutates what the caller passed, and applies the client's
default user_id / namespace where a value is missing.
"""

from __future__ import annotations

import datetime as dt
import inspect
import os
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Protocol, TypeVar

from agent_memory_client_generated.models import (
    BodyForgetEndpointV1LongTermMemoryForgetPost,
    ClientMemoryRecord,
    CreatedAt,
    CreateMemoryRecordRequest,
    CreateSummaryViewRequest,
    EditMemoryRecordRequest,
    Entities,
    EventDate,
    ExtractedMemoryRecord,
    LastAccessed,
    MemoryPromptRequest,
    MemoryRecord,
    MemoryType,
    Namespace,
    RunSummaryViewPartitionRequest,
    SearchRequest,
    SessionId,
    Topics,
    UpdateWorkingMemory,
    UserId,
    WorkingMemoryRequest,
)
from agent_memory_client_generated.types import UNSET, Unset

from ._exceptions import MemoryValidationError

__all__ = [
    "build_create_request",
    "build_edit_request",
    "build_forget_body",
    "build_memory_prompt_request",
    "build_search_request",
    "build_working_memory",
    "new_memory_id",
    "relevance_check",
]

MEMORY_TYPES = ("semantic", "episodic", "message")
SEARCH_MODES = ("semantic", "keyword", "hybrid")

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_memory_id() -> str:
    """A ULID: 48 bits of milliseconds then 80 random bits, sortable by creation time."""
    value = (time.time_ns() // 1_000_000) << 80 | int.from_bytes(os.urandom(10), "big")
    chars = []
    for _ in range(26):
        chars.append(_CROCKFORD[value & 31])
        value >>= 5
    return "".join(reversed(chars))


class _Model(Protocol):
    additional_properties: dict[str, Any]

    def to_dict(self) -> dict[str, Any]: ...


M = TypeVar("M", bound=_Model)


def _json_value(value: Any) -> Any:
    # Generated from_dict() parses ISO strings only; accept datetime objects too, and read
    # a naive datetime as local time, as datetime.now() produces it.
    if isinstance(value, dt.datetime):
        return (value if value.tzinfo else value.astimezone()).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {k: _json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_json_value(v) for v in value]
    return value


def _parse(model: type[M], data: Mapping[str, Any], what: str) -> M:
    """Build a generated model from a mapping; unknown or malformed fields are an error."""
    if not isinstance(data, Mapping):
        raise MemoryValidationError(f"{what} must be a dict or a model, got {type(data).__name__}")
    try:
        parsed: M = model.from_dict(_json_value(data))  # type: ignore[attr-defined]
    except KeyError as exc:
        raise MemoryValidationError(f"{what} is missing the required field {exc}") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise MemoryValidationError(f"{what} has an invalid value: {exc}") from None
    if parsed.additional_properties:
        unknown = ", ".join(sorted(parsed.additional_properties))
        raise MemoryValidationError(f"{what} has unknown field(s): {unknown}")
    return parsed


def _as_mapping(value: Any, what: str) -> dict[str, Any]:
    if isinstance(value, Mapping):
        return dict(value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        result = to_dict()
        if isinstance(result, dict):
            return result
    raise MemoryValidationError(f"{what} must be a dict or a model, got {type(value).__name__}")


def _check_text(value: Any, what: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise MemoryValidationError(f"{what} needs a non-empty 'text' string")


def _check_memory_type(value: Any, what: str) -> None:
    if value is not None and value not in MEMORY_TYPES:
        raise MemoryValidationError(
            f"{what} has memory_type {value!r}; expected one of {', '.join(MEMORY_TYPES)}"
        )


# -- long-term memory records -------------------------------------------------------------


def prepare_memory_record(
    memory: Any, *, user_id: str | None, namespace: str | None, what: str
) -> dict[str, Any]:
    """A record as a fresh dict with an id and the client's defaults filled in."""
    record = _as_mapping(memory, what)
    _check_text(record.get("text"), what)
    _check_memory_type(record.get("memory_type"), what)
    if not record.get("id"):
        record["id"] = new_memory_id()
    if record.get("user_id") is None and user_id is not None:
        record["user_id"] = user_id
    if record.get("namespace") is None and namespace is not None:
        record["namespace"] = namespace
    return record


def build_create_request(
    memories: Iterable[Any], *, deduplicate: bool, user_id: str | None, namespace: str | None
) -> CreateMemoryRecordRequest:
    """The body of create_long_term_memory, with client-assigned ids."""
    if isinstance(memories, (str, bytes, Mapping)):
        raise MemoryValidationError("memories must be a list of records, not a single record")
    records = []
    for index, memory in enumerate(memories):
        what = f"memories[{index}]"
        data = prepare_memory_record(memory, user_id=user_id, namespace=namespace, what=what)
        metadata = data.pop("metadata", None)
        record = _parse(ExtractedMemoryRecord, data, what)
        if metadata is not None:
            # The spec's records carry free-form metadata. The server's model has no such
            # field yet (0.15.2 accepts and drops it); send it rather than refuse the record.
            if not isinstance(metadata, Mapping):
                raise MemoryValidationError(f"{what} metadata must be a dict")
            record.additional_properties["metadata"] = _json_value(metadata)
        records.append(record)
    if not records:
        raise MemoryValidationError("memories must contain at least one record")
    if not isinstance(deduplicate, bool):
        raise MemoryValidationError("deduplicate must be True or False")
    return CreateMemoryRecordRequest(memories=records, deduplicate=deduplicate)


def build_edit_request(updates: Any) -> EditMemoryRecordRequest:
    """The body of edit_memory; at least one field must change."""
    data = _as_mapping(updates, "updates")
    if not data:
        raise MemoryValidationError("updates must change at least one field")
    if "text" in data:
        _check_text(data["text"], "updates")
    _check_memory_type(data.get("memory_type"), "updates")
    for key in ("id", "created_at", "updated_at", "last_accessed"):
        if key in data:
            raise MemoryValidationError(f"updates cannot change {key!r}")
    return _parse(EditMemoryRecordRequest, data, "updates")


# -- search filters -----------------------------------------------------------------------

_TAG_OPS = ("eq", "ne", "any", "all", "startswith")
_DATE_OPS = ("eq", "ne", "gt", "gte", "lt", "lte", "between")
# Which ends of a `between` range match (the server's DateTimeFilter.inclusive).
_INCLUSIVE = ("both", "neither", "left", "right")
# Spellings the official client accepted and the server does not understand.
_OP_ALIASES = {"in_": "any", "in": "any", "not_eq": "ne", "any_": "any", "all_": "all"}


def _operator(name: object) -> str:
    key = str(name)
    return _OP_ALIASES.get(key, key)


def _tag_filter(name: str, value: Any, model: type[Any]) -> Any:
    if value is None or isinstance(value, model):
        return value
    if isinstance(value, str):
        if not value:
            raise MemoryValidationError(f"{name} filter must not be an empty string")
        return model(eq=value)
    if isinstance(value, (list, tuple, set, frozenset)):
        values = list(value)
        if not values:
            return None
        if not all(isinstance(v, str) for v in values):
            raise MemoryValidationError(f"{name} filter values must be strings")
        return model(any_=values)
    if isinstance(value, Mapping):
        ops = {_operator(k): v for k, v in value.items() if v is not None}
        allowed = _TAG_OPS if model is not MemoryType else _TAG_OPS[:4]
        bad = sorted(set(ops) - set(allowed))
        if bad:
            raise MemoryValidationError(
                f"{name} filter does not support {', '.join(bad)}; use {', '.join(allowed)}"
            )
        if not ops:
            return None
        return _parse(model, ops, f"{name} filter")
    if hasattr(value, "to_dict"):
        return _tag_filter(name, value.to_dict(), model)
    raise MemoryValidationError(
        f"{name} filter must be a string, a list of strings or a dict of operators"
    )


def _date_filter(
    name: str, value: Any, model: type[Any], after: Any = None, before: Any = None
) -> Any:
    ops: dict[str, Any] = {}
    if isinstance(value, model):
        ops = value.to_dict()
        ops.pop("field", None)
        if ops.get("inclusive") == "both":
            ops.pop("inclusive")  # the default: leave it out unless between asks otherwise
    elif isinstance(value, dt.datetime):
        ops["eq"] = value
    elif isinstance(value, Mapping):
        ops = {_operator(k): v for k, v in value.items() if v is not None}
    elif value is not None:
        raise MemoryValidationError(f"{name} filter must be a datetime or a dict of operators")
    for bound in (after, before):
        if bound is not None and not isinstance(bound, dt.datetime):
            raise MemoryValidationError(f"{name} bounds must be datetime objects")
    # The server applies one operator per date filter (the first of between, eq, ne, gt,
    # lt, gte, lte it finds), so a range with both ends has to be a `between`.
    if after is not None and before is not None:
        ops["between"] = [after, before]
    elif after is not None:
        ops["gte"] = after
    elif before is not None:
        ops["lte"] = before
    if len(set(ops) - {"inclusive"}) > 1:
        raise MemoryValidationError(
            f"{name} filter takes one operator (the server applies only one); "
            f"use between for a range, got {', '.join(sorted(ops))}"
        )
    bad = sorted(set(ops) - set(_DATE_OPS) - {"inclusive"})
    if bad:
        raise MemoryValidationError(
            f"{name} filter does not support {', '.join(bad)}; use {', '.join(_DATE_OPS)}"
        )
    if ops.get("inclusive", "both") not in _INCLUSIVE:
        raise MemoryValidationError(
            f"{name} filter's inclusive must be one of {', '.join(_INCLUSIVE)}"
        )
    if not ops:
        return None
    return _parse(model, ops, f"{name} filter")


_SEARCH_KEYS = frozenset(
    {
        "text", "session_id", "namespace", "topics", "entities", "user_id", "memory_type",
        "created_at", "last_accessed", "event_date", "distance_threshold", "limit", "offset",
        "search_mode", "hybrid_alpha", "text_scorer", "recency_boost", "server_side_recency",
        "recency_semantic_weight", "recency_recency_weight", "recency_freshness_weight",
        "recency_novelty_weight", "recency_half_life_last_access_days",
        "recency_half_life_created_days",
    }
)  # fmt: skip


def build_search_request(
    *,
    text: str | None = None,
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
    distance_threshold: float | None = None,
    min_relevance_score: float | None = None,
    limit: int = 10,
    offset: int = 0,
    search_mode: str | None = None,
    hybrid_alpha: float | None = None,
    recency: Mapping[str, Any] | None = None,
    recency_boost: bool | None = None,
    server_side_recency: bool | None = None,
    extra: Mapping[str, Any] | None = None,
) -> SearchRequest:
    """The body of search_long_term_memory from plain values or filter objects."""
    if text is not None and not isinstance(text, str):
        raise MemoryValidationError("text must be a string")
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 100:
        raise MemoryValidationError(f"limit must be a whole number from 1 to 100, got {limit!r}")
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise MemoryValidationError(f"offset must be a whole number >= 0, got {offset!r}")
    if search_mode is not None and search_mode not in SEARCH_MODES:
        raise MemoryValidationError(
            f"search_mode must be one of {', '.join(SEARCH_MODES)}, got {search_mode!r}"
        )
    _check_thresholds(min_relevance_score, distance_threshold, search_mode)
    # For semantic search the server scores 1 - cosine distance, so a minimum score is a
    # maximum distance. (search_long_term_memory applies both on the client instead; see
    # relevance_check. memory_prompt can only ask the server.)
    semantic = search_mode in (None, "semantic")
    if min_relevance_score is not None and distance_threshold is None and semantic:
        distance_threshold = round(1.0 - float(min_relevance_score), 9)
    if isinstance(memory_type, str):
        _check_memory_type(memory_type, "memory_type filter")

    body: dict[str, Any] = {"limit": limit, "offset": offset}
    if text is not None:
        body["text"] = text
    if distance_threshold is not None:
        body["distance_threshold"] = float(distance_threshold)
    if search_mode is not None:
        body["search_mode"] = search_mode
    if hybrid_alpha is not None:
        body["hybrid_alpha"] = hybrid_alpha
    if recency_boost is not None:
        body["recency_boost"] = recency_boost
    if server_side_recency is not None:
        body["server_side_recency"] = server_side_recency
    for key, value in (recency or {}).items():
        name = key if key.startswith("recency_") else f"recency_{key}"
        if name not in _SEARCH_KEYS:
            raise MemoryValidationError(f"unknown recency option {key!r}")
        body[name] = value
    for key, value in (extra or {}).items():
        if key not in _SEARCH_KEYS:
            raise MemoryValidationError(f"unknown search option {key!r}")
        body[key] = value

    request = _parse(SearchRequest, body, "search request")
    filters = {
        "session_id": _tag_filter("session_id", session_id, SessionId),
        "namespace": _tag_filter("namespace", namespace, Namespace),
        "topics": _tag_filter("topics", topics, Topics),
        "entities": _tag_filter("entities", entities, Entities),
        "user_id": _tag_filter("user_id", user_id, UserId),
        "memory_type": _tag_filter("memory_type", memory_type, MemoryType),
        "created_at": _date_filter("created_at", created_at, CreatedAt, created_after,
                                   created_before),
        "last_accessed": _date_filter("last_accessed", last_accessed, LastAccessed,
                                      last_accessed_after, last_accessed_before),
        "event_date": _date_filter("event_date", event_date, EventDate, event_date_after,
                                   event_date_before),
    }  # fmt: skip
    for name, value in filters.items():
        if value is not None:
            setattr(request, name, value)
    return request


def _check_thresholds(
    min_relevance_score: Any, distance_threshold: Any, search_mode: str | None
) -> None:
    if min_relevance_score is not None and not (
        _is_number(min_relevance_score) and 0.0 <= min_relevance_score <= 1.0
    ):
        raise MemoryValidationError(
            f"min_relevance_score must be a number from 0 to 1, got {min_relevance_score!r}"
        )
    if distance_threshold is not None:
        if not (_is_number(distance_threshold) and distance_threshold >= 0):
            raise MemoryValidationError(
                f"distance_threshold must be a number >= 0, got {distance_threshold!r}"
            )
        if search_mode not in (None, "semantic"):
            raise MemoryValidationError(
                "distance_threshold applies to semantic search only (cosine distance), "
                f"not to search_mode={search_mode!r}; use min_relevance_score"
            )


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def relevance_check(
    *,
    min_relevance_score: float | None = None,
    distance_threshold: float | None = None,
    search_mode: str | None = None,
) -> Callable[[Any], bool] | None:
    """A check that a search result is close enough, or None if the search sets no limit.

    search_long_term_memory applies its thresholds to the nearest results on the client
    rather than sending ``distance_threshold``: the server then runs a range search over
    its approximate (HNSW) vector index, which on a busy index misses memories well inside
    the range (seen with server 0.15.2: a memory at distance 0.18 missing from a 0.3 range
    search that a plain nearest-neighbour search with the same filters returns). Cutting
    the ``limit`` nearest results at the threshold gives the same results, without misses.
    """
    _check_thresholds(min_relevance_score, distance_threshold, search_mode)
    if min_relevance_score is None and distance_threshold is None:
        return None
    max_distance = float("inf") if distance_threshold is None else float(distance_threshold)
    min_score = 0.0 if min_relevance_score is None else float(min_relevance_score)

    def relevant(memory: Any) -> bool:
        return bool(memory.dist <= max_distance and memory.relevance_score >= min_score)

    return relevant


# The filters the server drops when they match nothing (its "soft filter" fallback).
_SOFT_TAG_FILTERS = ("namespace", "topics", "entities", "memory_type")


def _tag_matches(ops: Mapping[str, Any], value: Any) -> bool:
    values = [value] if isinstance(value, str) else list(value or [])
    checks = {
        "eq": lambda v: v in values,
        "ne": lambda v: v not in values,
        "any": lambda v: any(x in values for x in v),
        "all": lambda v: all(x in values for x in v),
        "startswith": lambda v: any(str(x).startswith(v) for x in values),
    }
    return all(checks[op](arg) for op, arg in ops.items() if op in checks)


def result_filter(request: SearchRequest) -> Callable[[Any], bool] | None:
    """A check that a result really matches the request's tag filters, or None if none."""
    active = {}
    for name in _SOFT_TAG_FILTERS:
        value = getattr(request, name)
        if value is not None and not isinstance(value, Unset):
            active[name] = {k: v for k, v in value.to_dict().items() if k != "field"}
    if not active:
        return None

    def keep(memory: Any) -> bool:
        return all(_tag_matches(ops, getattr(memory, name, None)) for name, ops in active.items())

    return keep


def search_request_from_mapping(
    data: Mapping[str, Any], *, user_id: str | None, namespace: str | None
) -> SearchRequest:
    """A SearchRequest from a dict such as memory_prompt's ``long_term_search``."""
    options = dict(data)
    extra = {k: options.pop(k) for k in list(options) if k not in _SEARCH_PARAMETERS}
    options.setdefault("user_id", user_id)
    options.setdefault("namespace", namespace)
    return build_search_request(**options, extra=extra)


# -- working memory -----------------------------------------------------------------------


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat()


def build_working_memory(
    memory: Any, *, user_id: str | None, namespace: str | None, ttl_seconds: int | None = None
) -> UpdateWorkingMemory:
    """The body of put_working_memory from a dict or model, with ids and timestamps set.

    Messages without ``created_at`` get the current time (the server warns about them
    otherwise); structured memories get client-assigned ids.
    """
    data = _as_mapping(memory, "working memory")
    data.pop("session_id", None)  # the session id is the path parameter
    for key in ("context_percentage_total_used", "context_percentage_until_summarization"):
        data.pop(key, None)  # response-only fields, so a read-modify-write round trip works
    messages = []
    for index, message in enumerate(data.get("messages") or ()):
        item = _as_mapping(message, f"messages[{index}]")
        if not isinstance(item.get("role"), str) or not isinstance(item.get("content"), str):
            raise MemoryValidationError(f"messages[{index}] needs string 'role' and 'content'")
        item.setdefault("created_at", _now())
        if not item.get("id"):
            item["id"] = new_memory_id()
        messages.append(item)
    if "messages" in data:
        data["messages"] = messages
    memories = []
    for index, record in enumerate(data.get("memories") or ()):
        what = f"memories[{index}]"
        memories.append(prepare_memory_record(record, user_id=user_id, namespace=namespace,
                                              what=what))  # fmt: skip
    if "memories" in data:
        data["memories"] = memories
    if data.get("user_id") is None and user_id is not None:
        data["user_id"] = user_id
    if data.get("namespace") is None and namespace is not None:
        data["namespace"] = namespace
    if ttl_seconds is not None:
        data["ttl_seconds"] = ttl_seconds
    if data.get("data") is not None and not isinstance(data["data"], Mapping):
        raise MemoryValidationError("working memory 'data' must be a dict")
    parsed = _parse(UpdateWorkingMemory, data, "working memory")
    if not isinstance(parsed.memories, Unset):
        parsed.memories = [
            _working_record(record, f"memories[{i}]") for i, record in enumerate(memories)
        ]
    return parsed


def _working_record(data: Mapping[str, Any], what: str) -> ClientMemoryRecord | MemoryRecord:
    # A new memory is a ClientMemoryRecord; one read back from the server (a read-modify-write
    # of the session) has the server's extra fields (pinned, access_count, ...) and is a
    # MemoryRecord. The generated union parser would pick MemoryRecord for both.
    try:
        return _parse(ClientMemoryRecord, data, what)
    except MemoryValidationError:
        return _parse(MemoryRecord, data, what)


# -- memory prompt ------------------------------------------------------------------------


def build_memory_prompt_request(
    query: str,
    *,
    session: Any,
    long_term_search: Any,
    session_id: str | None,
    user_id: str | None,
    namespace: str | None,
    model_name: str | None,
    context_window_max: int | None,
) -> MemoryPromptRequest:
    """The body of memory_prompt; the server needs a session or a long-term search."""
    if not isinstance(query, str) or not query.strip():
        raise MemoryValidationError("query must be a non-empty string")
    request = MemoryPromptRequest(query=query)
    if session is False:
        session = None  # long-term memories only, even with a default session
    elif session is None and session_id is not None:
        session = {"session_id": session_id}
    if session is not None:
        data = _as_mapping(session, "session")
        data.setdefault("session_id", session_id)
        if not data.get("session_id"):
            raise MemoryValidationError("session needs a 'session_id'")
        for key, default in (
            ("user_id", user_id),
            ("namespace", namespace),
            ("model_name", model_name),
            ("context_window_max", context_window_max),
        ):
            if data.get(key) is None and default is not None:
                data[key] = default
        request.session = _parse(WorkingMemoryRequest, data, "session")
    if long_term_search is None and session is None:
        long_term_search = {}
    if isinstance(long_term_search, (bool, SearchRequest)):
        request.long_term_search = long_term_search
    elif long_term_search is not None:
        options = _as_mapping(long_term_search, "long_term_search")
        options.setdefault("text", query)
        request.long_term_search = search_request_from_mapping(
            options, user_id=user_id, namespace=namespace
        )
    return request


# -- forget, summary views ----------------------------------------------------------------


def build_forget_body(
    policy: Mapping[str, Any], pinned_ids: Sequence[str] | None
) -> BodyForgetEndpointV1LongTermMemoryForgetPost:
    """The body of forget_long_term_memories."""
    if not isinstance(policy, Mapping) or not policy:
        raise MemoryValidationError("policy must be a non-empty dict, e.g. {'max_age_days': 30}")
    data: dict[str, Any] = {"policy": dict(policy)}
    if pinned_ids is not None:
        data["pinned_ids"] = list(pinned_ids)
    return _parse(BodyForgetEndpointV1LongTermMemoryForgetPost, data, "forget request")


def build_summary_view_request(view: Any) -> CreateSummaryViewRequest:
    """The body of create_summary_view from a dict or model."""
    return _parse(CreateSummaryViewRequest, _as_mapping(view, "summary view"), "summary view")


def build_partition_request(group: Mapping[str, Any]) -> RunSummaryViewPartitionRequest:
    """The body of run_summary_view_partition: the group's field values."""
    if not isinstance(group, Mapping) or not group:
        raise MemoryValidationError("group must be a non-empty dict such as {'user_id': 'alice'}")
    return _parse(RunSummaryViewPartitionRequest, {"group": dict(group)}, "partition request")


def unset_if_none(value: Any) -> Any:
    """Generated functions take UNSET for 'leave out'; the facade uses None."""
    return UNSET if value is None else value


def require_id(value: Any, what: str) -> str:
    """A non-empty string id, or a MemoryValidationError."""
    if not isinstance(value, str) or not value.strip():
        raise MemoryValidationError(f"{what} must be a non-empty string, got {value!r}")
    return value


# The keyword arguments build_search_request takes by name; other keys of a search dict
# are passed on as raw SearchRequest fields (and checked there).
_SEARCH_PARAMETERS = frozenset(inspect.signature(build_search_request).parameters) - {"extra"}
