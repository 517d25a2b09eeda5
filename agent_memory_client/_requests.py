"""Request shaping: what callers pass (dicts, plain values, models) becomes request models.

No I/O happens here. Every function validates its input and raises MemoryValidationError
before a request is built, never mutates what the caller passed, and applies the scope a
call runs in (see ``_scope``). Search requests are built in ``_search``.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from agent_memory_client_generated.types import Model, ParseError, new_id

from . import _search as search
from ._exceptions import MemoryValidationError
from ._rules import check_bool, check_id, check_scope_value, check_ttl
from ._scope import Scope

if TYPE_CHECKING:
    from agent_memory_client_generated.models import (
        BodyForgetEndpointV1LongTermMemoryForgetPost,
        ClientMemoryRecord,
        CreateMemoryRecordRequest,
        CreateSummaryViewRequest,
        EditMemoryRecordRequest,
        ExtractedMemoryRecord,
        MemoryPromptRequest,
        MemoryRecord,
        RunSummaryViewPartitionRequest,
        UpdateWorkingMemory,
    )

__all__ = [
    "as_mapping",
    "build_create_request",
    "build_edit_request",
    "build_forget_body",
    "build_memory_prompt_request",
    "build_partition_request",
    "build_summary_view_request",
    "build_working_memory",
    "create_batches",
    "deep_merge",
    "new_memory_id",
    "parse_input",
    "promotable",
    "scope_in_memory",
]

M = TypeVar("M", bound=Model)


def new_memory_id() -> str:
    """A ULID: 48 bits of milliseconds then 80 random bits, sortable by creation time."""
    return new_id()


def _models() -> Any:
    from agent_memory_client_generated import models

    return models


_SCALARS = (str, int, float, bool, type(None))


def _plain(value: Any) -> Any:
    # Callers' values as JSON-ready data: a naive datetime is local time (as datetime.now()
    # gives it), tuples and sets are lists, Enum members their values.
    if type(value) in _SCALARS:
        return value
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.astimezone()
    if isinstance(value, enum.Enum):
        return _plain(value.value)
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_plain(v) for v in value]
    return value


def parse_input(model: type[M], data: Any, what: str) -> M:
    """A request model from a caller's mapping; unknown or malformed fields are an error."""
    return _validated(model, _plain_mapping(data, what), what)


def _plain_mapping(data: Any, what: str) -> dict[str, Any]:
    if not isinstance(data, Mapping):
        raise MemoryValidationError(f"{what} must be a dict or a model, got {type(data).__name__}")
    try:
        plain: dict[str, Any] = _plain(data)
    except RecursionError:
        raise MemoryValidationError(f"{what} is nested too deeply to send") from None
    return plain


def _validated(model: type[M], plain: dict[str, Any], what: str) -> M:
    try:
        parsed = model.model_validate(plain)
    except ParseError as exc:
        raise MemoryValidationError(f"{what} has an invalid value: {exc}") from None
    except RecursionError:
        raise MemoryValidationError(f"{what} is nested too deeply to send") from None
    if parsed.additional_properties:
        unknown = ", ".join(sorted(parsed.additional_properties))
        raise MemoryValidationError(f"{what} has unknown field(s): {unknown}")
    return parsed


def as_mapping(value: Any, what: str) -> dict[str, Any]:
    """A fresh dict of a caller's dict or model."""
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, Model):
        return value.to_dict()
    to_dict = getattr(value, "model_dump", None) or getattr(value, "to_dict", None)
    if callable(to_dict):  # e.g. the official client's pydantic models
        result = to_dict()
        if isinstance(result, dict):
            return result
    raise MemoryValidationError(f"{what} must be a dict or a model, got {type(value).__name__}")


def _check_text(value: Any, what: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise MemoryValidationError(f"{what} needs a non-empty 'text' string")


def _check_memory_type(value: Any, what: str) -> None:
    types = search.memory_types()
    if value is not None and value not in types:
        raise MemoryValidationError(
            f"{what} has memory_type {value!r}; expected one of {', '.join(types)}"
        )


def _check_scope_fields(record: Mapping[str, Any], what: str) -> None:
    for key in ("user_id", "namespace", "session_id"):
        if record.get(key) is not None:
            check_scope_value(record[key], f"{what} {key}")


# -- long-term memory records -------------------------------------------------------------


def prepare_memory_record(memory: Any, *, scope: Scope, what: str) -> dict[str, Any]:
    """A record as a fresh dict with an id and the scope's user and namespace filled in."""
    record = as_mapping(memory, what)
    _check_text(record.get("text"), what)
    _check_memory_type(record.get("memory_type"), what)
    if record.get("id") is None:
        record["id"] = new_memory_id()
    check_id(record["id"], f"{what} id")
    if record.get("user_id") is None and scope.user_id is not None:
        record["user_id"] = scope.user_id
    if record.get("namespace") is None and scope.namespace is not None:
        record["namespace"] = scope.namespace
    _check_scope_fields(record, what)
    return record


def build_create_request(
    memories: Iterable[Any], *, deduplicate: Any, scope: Scope
) -> tuple[CreateMemoryRecordRequest, list[ExtractedMemoryRecord]]:
    """The body of create_long_term_memory, with client-assigned ids and timestamps, and
    its records as the server stores them (its defaults filled in).

    created_at, updated_at and last_accessed are set here when missing (as the official
    client does), so the records the call returns are the records the server stores.
    """
    if isinstance(memories, (str, bytes, Mapping)) or not isinstance(memories, Iterable):
        raise MemoryValidationError("memories must be a list of records, not a single record")
    check_bool(deduplicate, "deduplicate")
    model = _models().ExtractedMemoryRecord
    now = dt.datetime.now(dt.timezone.utc)
    records, stored = [], []
    for index, memory in enumerate(memories):
        what = f"memories[{index}]"
        data = prepare_memory_record(memory, scope=scope, what=what)
        metadata = data.pop("metadata", None)
        for stamp in ("created_at", "updated_at", "last_accessed"):
            data.setdefault(stamp, now)
        plain = _plain_mapping(data, what)
        record = _validated(model, plain, what)
        if metadata is not None:
            # The spec's records carry free-form metadata. The server's model has no such
            # field yet (0.15.2 accepts and drops it); send it rather than refuse the record.
            if not isinstance(metadata, Mapping):
                raise MemoryValidationError(f"{what} metadata must be a dict")
            record.additional_properties["metadata"] = _plain_mapping(metadata, f"{what} metadata")
        records.append(record)
        stored.append(model.from_dict(plain))
    if not records:
        raise MemoryValidationError("memories must contain at least one record")
    request: CreateMemoryRecordRequest = _models().CreateMemoryRecordRequest(
        memories=records, deduplicate=deduplicate
    )
    return request, stored


def build_edit_request(updates: Any) -> EditMemoryRecordRequest:
    """The body of edit_memory; at least one field must change."""
    data = as_mapping(updates, "updates")
    if not data:
        raise MemoryValidationError("updates must change at least one field")
    if "text" in data:
        _check_text(data["text"], "updates")
    _check_memory_type(data.get("memory_type"), "updates")
    for key in ("id", "created_at", "updated_at", "last_accessed"):
        if key in data:
            raise MemoryValidationError(f"updates cannot change {key!r}")
    _check_scope_fields(data, "updates")
    request: EditMemoryRecordRequest = parse_input(
        _models().EditMemoryRecordRequest, data, "updates"
    )
    if not request.model_fields_set:
        raise MemoryValidationError("updates must change at least one field (None changes none)")
    return request


# -- working memory -----------------------------------------------------------------------


def _response_only() -> list[str]:
    """Fields of a working-memory response that a write does not take (session_id, ...)."""
    models = _models()
    written = {key for _, key in models.UpdateWorkingMemory._FIELDS}
    return [key for _, key in models.WorkingMemoryResponse._FIELDS if key not in written]


def build_working_memory(
    memory: Any, *, scope: Scope, ttl_seconds: int | None = None
) -> UpdateWorkingMemory:
    """The body of put_working_memory from a dict or model, with ids and timestamps set.

    The body's user_id and namespace are the scope's, whatever ``memory`` says (a session
    read from the server may say otherwise; see ``_scope``). Messages without
    ``created_at`` get the current time (the server warns about them otherwise);
    structured memories get client-assigned ids.
    """
    data = as_mapping(memory, "working memory")
    for key in _response_only():
        data.pop(key, None)
    messages = []
    raw_messages = data.get("messages")
    if raw_messages is not None and (
        isinstance(raw_messages, (str, bytes, Mapping)) or not isinstance(raw_messages, Iterable)
    ):
        raise MemoryValidationError("working memory 'messages' must be a list of messages")
    for index, message in enumerate(raw_messages or ()):
        item = as_mapping(message, f"messages[{index}]")
        if not isinstance(item.get("role"), str) or not isinstance(item.get("content"), str):
            raise MemoryValidationError(f"messages[{index}] needs string 'role' and 'content'")
        item.setdefault("created_at", dt.datetime.now(dt.timezone.utc))
        if item.get("id") is None:
            item["id"] = new_memory_id()
        check_id(item["id"], f"messages[{index}] id")
        messages.append(item)
    if raw_messages is not None:
        data["messages"] = messages
    raw_memories = data.get("memories")
    if raw_memories is not None and (
        isinstance(raw_memories, (str, bytes, Mapping)) or not isinstance(raw_memories, Iterable)
    ):
        raise MemoryValidationError("working memory 'memories' must be a list of records")
    memories = [
        prepare_memory_record(record, scope=scope, what=f"memories[{i}]")
        for i, record in enumerate(raw_memories or ())
    ]
    if raw_memories is not None:
        data["memories"] = memories
    data["user_id"] = scope.user_id
    data["namespace"] = scope.namespace
    if ttl_seconds is not None:
        data["ttl_seconds"] = ttl_seconds
    if data.get("ttl_seconds") is not None:
        check_ttl(data["ttl_seconds"])
    if data.get("data") is not None and not isinstance(data["data"], Mapping):
        raise MemoryValidationError("working memory 'data' must be a dict")
    body: UpdateWorkingMemory = parse_input(_models().UpdateWorkingMemory, data, "working memory")
    if memories:
        body.memories = [
            _working_record(record, f"memories[{i}]") for i, record in enumerate(memories)
        ]
    return body


def _working_record(data: Mapping[str, Any], what: str) -> ClientMemoryRecord | MemoryRecord:
    # A new memory is a ClientMemoryRecord; one read back from the server (a read-modify-write
    # of the session) has the server's extra fields (pinned, access_count, ...) and is a
    # MemoryRecord.
    try:
        record: ClientMemoryRecord | MemoryRecord = parse_input(
            _models().ClientMemoryRecord, data, what
        )
    except MemoryValidationError:
        record = parse_input(_models().MemoryRecord, data, what)
    return record


def scope_in_memory(
    memory: Any, *, user_id: str | None, namespace: str | None
) -> tuple[str | None, str | None]:
    """The user_id and namespace of a set_working_memory call whose dict may name them.

    A value inside the dict counts as given to the call; given both ways they must agree.
    """
    given = {"user_id": user_id, "namespace": namespace}
    if isinstance(memory, Mapping):
        for key in given:
            value = memory.get(key)
            if value is None:
                continue
            check_scope_value(value, f"working memory {key}")
            if given[key] is not None and given[key] != value:
                raise MemoryValidationError(
                    f"working memory {key} {value!r} differs from the call's {given[key]!r}"
                )
            given[key] = value
    return given["user_id"], given["namespace"]


# -- memory prompt ------------------------------------------------------------------------


def build_memory_prompt_request(
    query: Any,
    *,
    session: Any,
    long_term_search: Any,
    scope: Scope,
    model_name: str | None,
    context_window_max: int | None,
) -> MemoryPromptRequest:
    """The body of memory_prompt; the server needs a session or a long-term search."""
    if not isinstance(query, str) or not query.strip():
        raise MemoryValidationError("query must be a non-empty string")
    models = _models()
    request: MemoryPromptRequest = models.MemoryPromptRequest(query=query)
    if session is False:
        session = None  # long-term memories only, even with a default session
    elif session is None and scope.session_id is not None:
        session = {"session_id": scope.session_id}
    if session is not None:
        data = as_mapping(session, "session")
        data.setdefault("session_id", scope.session_id)
        if not data.get("session_id"):
            raise MemoryValidationError("session needs a 'session_id'")
        check_id(data["session_id"], "session session_id")
        for key, default in (
            ("user_id", scope.user_id),
            ("namespace", scope.namespace),
            ("model_name", model_name),
            ("context_window_max", context_window_max),
        ):
            if data.get(key) is None and default is not None:
                data[key] = default
        _check_scope_fields(data, "session")
        request.session = parse_input(models.WorkingMemoryRequest, data, "session")
    if long_term_search is None and session is None:
        long_term_search = {}
    if isinstance(long_term_search, (bool, models.SearchRequest)):
        request.long_term_search = long_term_search
    elif long_term_search is not None:
        options = as_mapping(long_term_search, "long_term_search")
        options.setdefault("text", query)
        request.long_term_search = search.search_request_from_mapping(
            options, user_id=scope.user_id, namespace=scope.namespace
        )
    return request


# -- forget, summary views ----------------------------------------------------------------


def build_forget_body(
    policy: Any, pinned_ids: Sequence[str] | None
) -> BodyForgetEndpointV1LongTermMemoryForgetPost:
    """The body of forget_long_term_memories."""
    from ._official_models import ForgetPolicy

    if not isinstance(policy, (Mapping, ForgetPolicy)):
        raise MemoryValidationError(
            "policy must be a ForgetPolicy or a dict, e.g. {'max_age_days': 30}"
        )
    try:
        rules = ForgetPolicy.model_validate(as_mapping(policy, "policy")).to_dict()
    except ValueError as exc:
        raise MemoryValidationError(f"policy: {exc}") from None
    if not rules:
        raise MemoryValidationError("policy must set at least one rule, e.g. max_age_days=30")
    data: dict[str, Any] = {"policy": rules}
    if pinned_ids is not None:
        if isinstance(pinned_ids, str) or not isinstance(pinned_ids, Iterable):
            raise MemoryValidationError("pinned_ids must be a list of memory ids")
        data["pinned_ids"] = [check_id(m, "pinned id") for m in pinned_ids]
    body: BodyForgetEndpointV1LongTermMemoryForgetPost = parse_input(
        _models().BodyForgetEndpointV1LongTermMemoryForgetPost, data, "forget request"
    )
    return body


def build_summary_view_request(view: Any) -> CreateSummaryViewRequest:
    """The body of create_summary_view from a dict or model."""
    request: CreateSummaryViewRequest = parse_input(
        _models().CreateSummaryViewRequest, as_mapping(view, "summary view"), "summary view"
    )
    return request


def build_partition_request(group: Any) -> RunSummaryViewPartitionRequest:
    """The body of run_summary_view_partition: the group's field values."""
    if not isinstance(group, Mapping) or not group:
        raise MemoryValidationError("group must be a non-empty dict such as {'user_id': 'alice'}")
    request: RunSummaryViewPartitionRequest = parse_input(
        _models().RunSummaryViewPartitionRequest, {"group": dict(group)}, "partition request"
    )
    return request


def deep_merge(base: Mapping[str, Any], updates: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` with ``updates`` merged in; nested dicts merge key by key, and the rest of
    an update replaces what was there."""
    merged = dict(base)
    for key, value in updates.items():
        current = merged.get(key)
        if isinstance(current, Mapping) and isinstance(value, Mapping):
            merged[key] = deep_merge(current, value)
        else:
            merged[key] = value
    return merged


def create_batches(memory_batches: Any, batch_size: int) -> list[list[Any]]:
    """The requests of bulk_create_long_term_memories: records, or lists of records (the
    official client's form), split into lists of at most ``batch_size``."""
    if isinstance(memory_batches, (str, bytes, Mapping)) or not isinstance(
        memory_batches, Iterable
    ):
        raise MemoryValidationError("memory_batches must be a list of records or of lists")
    items = list(memory_batches)
    nested = [isinstance(item, (list, tuple)) for item in items]
    if any(nested) and not all(nested):
        raise MemoryValidationError(
            "memory_batches must be a list of records or a list of lists of records, not a mix"
        )
    groups = items if items and all(nested) else [items]
    return [
        list(group[i : i + batch_size])
        for group in groups
        for i in range(0, len(group), batch_size)
    ]


def promotable(session: Any, wanted: set[str] | None) -> list[Any]:
    """The memories of a session read from the server to store in long-term memory
    (those with an id in ``wanted``, or all), each in the session's user and namespace.

    A memory that names no user or namespace gets the session's. One that names another
    user or namespace than the session's is refused, and nothing is promoted: the client
    never writes a scope it only read in a response.
    """
    owner = {"user_id": session.user_id, "namespace": session.namespace}
    records = []
    for memory in session.memories or []:
        if wanted is not None and memory.id not in wanted:
            continue
        update = {}
        for key, value in owner.items():
            held = getattr(memory, key, None)
            if held is None and value is not None:
                update[key] = value
            elif held is not None and held != value:
                raise MemoryValidationError(
                    f"memory {memory.id} of session {session.session_id} belongs to {key} "
                    f"{held!r}, not the session's {value!r}: nothing was promoted"
                )
        records.append(memory.model_copy(update=update) if update else memory)
    return records
