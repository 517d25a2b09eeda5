"""Long-term memory search: the filters callers pass, the request they become, and the
checks the client applies to what the server returns. No I/O.

The filters are written once, as the ``SearchFilters`` TypedDict: search, search_all,
memory_prompt's ``long_term_search`` and hydrate take them (``Unpack[SearchFilters]``), and
the request fields they map to come from the generated ``SearchRequest``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict, get_args

from ._exceptions import MemoryValidationError
from ._rules import check_count

if TYPE_CHECKING:
    from agent_memory_client_generated.models import (
        CreatedAt,
        Entities,
        EventDate,
        LastAccessed,
        MemoryType,
        Namespace,
        SearchRequest,
        SessionId,
        Topics,
        UserId,
    )
    from agent_memory_client_generated.models.memory_type_enum import MemoryTypeEnum
    from agent_memory_client_generated.models.search_mode_enum import SearchModeEnum

    from ._official_models import RecencyConfig

__all__ = [
    "DateOperators",
    "LongTermSearch",
    "MoreSearchFilters",
    "PromptSession",
    "RecencyOptions",
    "SearchFilters",
    "TagOperators",
    "build_search_request",
    "relevance_check",
    "result_check",
    "search_request_from_mapping",
]


class TagOperators(TypedDict, total=False):
    """Operators of a tag filter (``{"any": ["a", "b"]}``); the server applies each given."""

    eq: str
    ne: str
    any: Sequence[str]
    all: Sequence[str]
    startswith: str


class DateOperators(TypedDict, total=False):
    """Operators of a date filter; the server applies one, so a range is ``between``."""

    eq: dt.datetime
    ne: dt.datetime
    gt: dt.datetime
    gte: dt.datetime
    lt: dt.datetime
    lte: dt.datetime
    between: Sequence[dt.datetime]
    inclusive: Literal["both", "neither", "left", "right"]


class RecencyOptions(TypedDict, total=False):
    """How the server mixes recency into the ranking (its ``recency_*`` fields)."""

    semantic_weight: float
    recency_weight: float
    freshness_weight: float
    novelty_weight: float
    half_life_last_access_days: float
    half_life_created_days: float
    recency_boost: bool
    server_side_recency: bool


# The types of the filters the official client took by position (see SearchFilters).
SessionIdFilter: TypeAlias = "str | Sequence[str] | TagOperators | SessionId"
NamespaceFilter: TypeAlias = "str | Sequence[str] | TagOperators | Namespace"
TopicsFilter: TypeAlias = "str | Sequence[str] | TagOperators | Topics"
EntitiesFilter: TypeAlias = "str | Sequence[str] | TagOperators | Entities"
UserIdFilter: TypeAlias = "str | Sequence[str] | TagOperators | UserId"
MemoryTypeFilter: TypeAlias = (
    "MemoryTypeEnum | Sequence[MemoryTypeEnum] | TagOperators | MemoryType"
)
CreatedAtFilter: TypeAlias = "dt.datetime | DateOperators | CreatedAt"
LastAccessedFilter: TypeAlias = "dt.datetime | DateOperators | LastAccessed"
Recency: TypeAlias = "RecencyOptions | RecencyConfig"


class MoreSearchFilters(TypedDict, total=False):
    """The filters of :class:`SearchFilters` that searches take by keyword only."""

    created_after: dt.datetime
    created_before: dt.datetime
    last_accessed_after: dt.datetime
    last_accessed_before: dt.datetime
    event_date: dt.datetime | DateOperators | EventDate
    event_date_after: dt.datetime
    event_date_before: dt.datetime
    min_relevance_score: float
    search_mode: SearchModeEnum
    hybrid_alpha: float
    text_scorer: str
    recency_boost: bool
    server_side_recency: bool


class SearchFilters(MoreSearchFilters, total=False):
    """The filters and options every search takes, by keyword.

    Tag filters take a string (equals), a list of strings (any of them), a dict of
    operators or a filter object; date filters a datetime (equals), a dict of operators or
    a filter object, and ``*_after`` / ``*_before`` bounds. user_id and namespace default
    to the client's. The first ten (session_id to recency) may also be passed by position,
    in the official client's order.
    """

    session_id: SessionIdFilter
    namespace: NamespaceFilter
    topics: TopicsFilter
    entities: EntitiesFilter
    created_at: CreatedAtFilter
    last_accessed: LastAccessedFilter
    user_id: UserIdFilter
    distance_threshold: float
    memory_type: MemoryTypeFilter
    recency: Recency


def given(filters: Mapping[str, Any], **named: Any) -> dict[str, Any]:
    """``filters`` with the named (positional) filters that are not None added."""
    out = dict(filters)
    for key, value in named.items():
        if value is not None:
            if key in out:
                raise MemoryValidationError(f"{key} given twice")
            out[key] = value
    return out


class LongTermSearch(SearchFilters, total=False):
    """memory_prompt's ``long_term_search``: the filters, plus text and paging."""

    text: str
    limit: int
    offset: int


class PromptSession(TypedDict, total=False):
    """memory_prompt's ``session``: whose conversation to put into the prompt."""

    session_id: str
    user_id: str
    namespace: str
    model_name: str
    context_window_max: int
    long_term_memory_strategy: Mapping[str, Any]


_FILTER_KEYS = frozenset(SearchFilters.__annotations__)
_TAG_FILTERS = ("session_id", "namespace", "topics", "entities", "user_id", "memory_type")
_DATE_FILTERS = ("created_at", "last_accessed", "event_date")
# The operators each filter takes come from the generated filter models (_filter_ops), so a
# new server operator is accepted once regenerated; these are the fields of those models
# that are not operators.
_NOT_OPERATORS = frozenset({"field", "enum_class", "inclusive"})
# Filters the facade builds itself; every other SearchRequest field given as a filter is
# sent as it is (_plain_options), so a new server option works once regenerated.
_BUILT = frozenset({"text", "limit", "offset", "distance_threshold", "recency"})
_INCLUSIVE = ("both", "neither", "left", "right")
# The *_after / *_before bounds of each date filter.
_BOUNDS = {"created_at": "created", "last_accessed": "last_accessed", "event_date": "event_date"}
# Spellings the official client accepted and the server does not understand.
_OP_ALIASES = {"in_": "any", "in": "any", "not_eq": "ne", "any_": "any", "all_": "all"}


def _models() -> Any:
    # The generated models load on first use (see agent_memory_client_generated.models).
    from agent_memory_client_generated import models

    return models


@functools.cache
def memory_types() -> tuple[str, ...]:
    from agent_memory_client_generated.models.memory_type_enum import MemoryTypeEnum

    return tuple(sorted(get_args(MemoryTypeEnum)))


@functools.cache
def search_modes() -> tuple[str, ...]:
    from agent_memory_client_generated.models.search_mode_enum import SearchModeEnum

    return tuple(sorted(get_args(SearchModeEnum)))


@functools.cache
def _filter_ops(name: str) -> tuple[str, ...]:
    """The operators of the tag or date filter ``name``: its generated model's fields."""
    return tuple(key for _, key in _filter_class(name)._FIELDS if key not in _NOT_OPERATORS)


@functools.cache
def _plain_options() -> frozenset[str]:
    """SearchRequest fields that a filter of the same name sets as given."""
    built = _BUILT | set(_TAG_FILTERS) | set(_DATE_FILTERS)
    return frozenset(_raw_fields() - built)


@functools.cache
def _raw_fields() -> frozenset[str]:
    # SearchRequest's own field names, for the raw options memory_prompt's dict may carry.
    return frozenset(key for _, key in _models().SearchRequest._FIELDS)


def _operator(name: object) -> str:
    key = str(name)
    return _OP_ALIASES.get(key, key)


@functools.cache
def _filter_class(name: str) -> Any:
    return getattr(_models(), "".join(part.title() for part in name.split("_")))


def _tag_operators(name: str, value: Mapping[str, Any]) -> dict[str, Any]:
    """The server's operators for a dict of them, the official client's spellings too.

    The server can exclude one value (``ne``) but not several: ``not_in`` / ``none`` with
    more than one value is refused rather than sent and ignored.
    """
    ops: dict[str, Any] = {}
    for key, arg in value.items():
        if arg is None or key == "field":
            continue
        op = _operator(key)
        if op in ("not_in", "none"):
            values = list(arg) if isinstance(arg, (list, tuple, set, frozenset)) else [arg]
            if len(values) != 1:
                raise MemoryValidationError(
                    f"{name} filter's {key} can exclude one value only: the server has no "
                    "operator that excludes several (it has ne, for one)"
                )
            op, arg = "ne", values[0]
        ops[op] = arg
    return ops


def _tag_filter(name: str, value: Any) -> dict[str, Any] | None:
    model = _filter_class(name)
    if value is None:
        return None
    if isinstance(value, model):
        value = value.to_dict()
    if isinstance(value, str):
        if not value:
            raise MemoryValidationError(f"{name} filter must not be an empty string")
        return {"eq": value}
    if isinstance(value, (list, tuple, set, frozenset)):
        values = list(value)
        if not values:
            return None
        if not all(isinstance(v, str) and v for v in values):
            raise MemoryValidationError(f"{name} filter values must be non-empty strings")
        return {"any": values}
    if isinstance(value, Mapping):
        ops = _tag_operators(name, value)
        allowed = _filter_ops(name)
        bad = sorted(set(ops) - set(allowed))
        if bad:
            raise MemoryValidationError(
                f"{name} filter does not support {', '.join(bad)}; use {', '.join(allowed)}"
            )
        for op, arg in ops.items():
            several = op in ("any", "all")
            if several and not (
                isinstance(arg, (list, tuple, set, frozenset))
                and all(isinstance(v, str) for v in arg)
            ):
                raise MemoryValidationError(f"{name} filter's {op} must be a list of strings")
            if not several and not isinstance(arg, str):
                raise MemoryValidationError(f"{name} filter's {op} must be a string")
        return {op: list(arg) if op in ("any", "all") else arg for op, arg in ops.items()} or None
    raise MemoryValidationError(
        f"{name} filter must be a string, a list of strings, a dict of operators or a "
        f"{model.__name__} filter, got {type(value).__name__}"
    )


def _date_filter(name: str, value: Any, after: Any, before: Any) -> dict[str, Any] | None:
    model = _filter_class(name)
    ops: dict[str, Any] = {}
    if isinstance(value, model):
        ops = value.model_dump(exclude_none=True)
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
    date_ops = _filter_ops(name)
    bad = sorted(set(ops) - set(date_ops) - {"inclusive"})
    if bad:
        raise MemoryValidationError(
            f"{name} filter does not support {', '.join(bad)}; use {', '.join(date_ops)}"
        )
    if ops.get("inclusive", "both") not in _INCLUSIVE:
        raise MemoryValidationError(
            f"{name} filter's inclusive must be one of {', '.join(_INCLUSIVE)}"
        )
    for op, arg in ops.items():
        points = arg if op == "between" else [arg] if op != "inclusive" else []
        if op == "between" and not (isinstance(arg, (list, tuple)) and len(arg) == 2):
            raise MemoryValidationError(f"{name} filter's between must be two datetimes")
        if not all(isinstance(p, dt.datetime) for p in points):
            raise MemoryValidationError(f"{name} filter's {op} must be a datetime")
    if not ops:
        return None
    # A naive datetime is local time, as datetime.now() produces it.
    return {
        op: _aware(arg) if isinstance(arg, dt.datetime) else
        [_aware(a) for a in arg] if op == "between" else arg
        for op, arg in ops.items()
    }  # fmt: skip


def _recency_fields(recency: Any, fields: frozenset[str]) -> dict[str, Any]:
    """The server's fields for ``recency=`` (a dict or the official ``RecencyConfig``).

    Options are named as in ``RecencyConfig`` (``recency_weight`` is the server's
    ``recency_recency_weight``) or by their server names; ``recency_boost`` and
    ``server_side_recency`` keep theirs. A None option is left out.
    """
    if recency is None:
        return {}
    if hasattr(recency, "model_dump") and not isinstance(recency, Mapping):
        recency = recency.model_dump(exclude_none=True)
    if not isinstance(recency, Mapping):
        raise MemoryValidationError("recency must be a dict of recency options or a RecencyConfig")
    out: dict[str, Any] = {}
    for key, value in recency.items():
        if value is None:
            continue
        key = str(key)
        if key in ("recency_boost", "server_side_recency"):
            name = key
        elif f"recency_{key}" in fields:
            name = f"recency_{key}"
        elif key.startswith("recency_") and key in fields:
            name = key
        else:
            raise MemoryValidationError(f"unknown recency option {key!r}")
        out[name] = value
    return out


def _aware(moment: dt.datetime) -> str:
    return (moment if moment.tzinfo else moment.astimezone()).isoformat()


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


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


def check_filter_keys(filters: Mapping[str, Any], *, allowed: Iterable[str] = ()) -> None:
    """Refuse keys that are not search filters (a typo must not widen a search).

    SearchRequest fields the facade does not build are accepted too: a server option added
    since this SearchFilters was written is sent once the models are regenerated.
    """
    unknown = sorted(set(filters) - _FILTER_KEYS - _plain_options() - set(allowed))
    if unknown:
        raise MemoryValidationError(f"unknown search option(s): {', '.join(unknown)}")


def build_search_request(
    text: Any,
    filters: Mapping[str, Any],
    *,
    limit: Any = 10,
    offset: Any = 0,
    raw: Mapping[str, Any] | None = None,
    server_thresholds: bool = False,
) -> SearchRequest:
    """The body of a search from its text, filters (``SearchFilters``) and paging.

    ``server_thresholds`` sends min_relevance_score / distance_threshold to the server
    (memory_prompt, whose search the server runs); search applies them on the client.
    ``raw`` holds SearchRequest fields given by their own names (memory_prompt's dict).
    """
    check_filter_keys(filters)
    if text is not None and not isinstance(text, str):
        raise MemoryValidationError(f"text must be a string, got {type(text).__name__}")
    check_count(limit, "limit", minimum=1, maximum=100)
    check_count(offset, "offset")
    search_mode = filters.get("search_mode")
    if search_mode is not None and search_mode not in search_modes():
        raise MemoryValidationError(
            f"search_mode must be one of {', '.join(search_modes())}, got {search_mode!r}"
        )
    min_score = filters.get("min_relevance_score")
    distance = filters.get("distance_threshold")
    _check_thresholds(min_score, distance, search_mode)
    memory_type = filters.get("memory_type")
    if isinstance(memory_type, str) and memory_type not in memory_types():
        raise MemoryValidationError(
            f"memory_type filter {memory_type!r} is not one of {', '.join(memory_types())}"
        )

    body: dict[str, Any] = {"limit": limit, "offset": offset}
    if text is not None:
        body["text"] = text
    if server_thresholds:
        # For semantic search the server scores 1 - cosine distance, so a minimum score
        # is a maximum distance.
        semantic = search_mode in (None, "semantic")
        if min_score is not None and distance is None and semantic:
            distance = round(1.0 - float(min_score), 9)
        if distance is not None:
            body["distance_threshold"] = float(distance)
    for key in sorted(_plain_options() & set(filters)):
        if filters.get(key) is not None:
            body[key] = filters[key]
    fields = _raw_fields()
    for name, value in _recency_fields(filters.get("recency"), fields).items():
        body[name] = value
    for key, value in (raw or {}).items():
        if key not in fields:
            raise MemoryValidationError(f"unknown search option {key!r}")
        body[key] = value
    for name in _TAG_FILTERS:
        tag = _tag_filter(name, filters.get(name))
        if tag is not None:
            body[name] = tag
    for name in _DATE_FILTERS:
        bound = _BOUNDS[name]
        date = _date_filter(
            name, filters.get(name), filters.get(f"{bound}_after"), filters.get(f"{bound}_before")
        )
        if date is not None:
            body[name] = date
    from ._requests import parse_input

    request: SearchRequest = parse_input(_models().SearchRequest, body, "search request")
    return request


def relevance_check(filters: Mapping[str, Any]) -> Callable[[Any], bool] | None:
    """A check that a search result is close enough, or None if the search sets no limit.

    search_long_term_memory applies its thresholds to the nearest results on the client
    rather than sending ``distance_threshold``: the server then runs a range search over
    its approximate (HNSW) vector index, which on a busy index misses memories well inside
    the range (seen with server 0.15.2: a memory at distance 0.18 missing from a 0.3 range
    search that a plain nearest-neighbour search with the same filters returns). Cutting
    the ``limit`` nearest results at the threshold gives the same results, without misses.
    """
    min_score = filters.get("min_relevance_score")
    distance = filters.get("distance_threshold")
    _check_thresholds(min_score, distance, filters.get("search_mode"))
    if min_score is None and distance is None:
        return None
    max_distance = float("inf") if distance is None else float(distance)
    min_relevance = 0.0 if min_score is None else float(min_score)

    def relevant(memory: Any) -> bool:
        return bool(memory.dist <= max_distance and memory.relevance_score >= min_relevance)

    return relevant


def _operator_check(op: str, arg: Any) -> Callable[[list[Any]], bool]:
    """One tag operator as a check of a result's values (exact, case-sensitive)."""

    def eq(values: list[Any]) -> bool:
        return arg in values

    def ne(values: list[Any]) -> bool:
        return arg not in values

    def any_of(values: list[Any]) -> bool:
        return any(x in values for x in arg)

    def all_of(values: list[Any]) -> bool:
        return all(x in values for x in arg)

    def startswith(values: list[Any]) -> bool:
        return any(str(x).startswith(arg) for x in values)

    checks = {"eq": eq, "ne": ne, "any": any_of, "all": all_of, "startswith": startswith}
    return checks[op]


_CHECKABLE = ("eq", "ne", "any", "all", "startswith")
# Tag fields that hold one string on a memory; the others (topics, entities) hold lists.
_ONE_VALUE = ("session_id", "namespace", "user_id", "memory_type")


def _tag_check(name: str, ops: Mapping[str, Any]) -> Callable[[Any], bool]:
    """A check that a result's tag field ``name`` satisfies every operator in ``ops``."""
    if name in _ONE_VALUE and list(ops) == ["eq"]:
        # The common case (a search scoped to a user or namespace), on every result.
        wanted = ops["eq"]

        def equals(memory: Any) -> bool:
            return bool(getattr(memory, name, None) == wanted)

        return equals
    # An operator the client cannot check (one the server added) is left to the server.
    checks = [_operator_check(op, arg) for op, arg in ops.items() if op in _CHECKABLE]

    def check(memory: Any) -> bool:
        value = getattr(memory, name, None)
        values = [value] if isinstance(value, str) else value or []
        return all(passes(values) for passes in checks)

    return check


def result_check(request: SearchRequest) -> Callable[[Any], bool] | None:
    """A check that a result really matches the request's tag filters, or None if none.

    The server matches tags case-insensitively and reads "|" inside a value as "or", so
    a search for user "alice" also returns "Alice"'s memories; and when namespace, topics,
    entities or memory-type filters match nothing it repeats the search without them.
    Every tag filter is therefore checked again here, exactly.
    """
    checks = []
    for name in _TAG_FILTERS:
        value = getattr(request, name)
        if value is not None:
            ops = {k: v for k, v in value.to_dict().items() if k != "field"}
            checks.append(_tag_check(name, ops))
    if not checks:
        return None
    if len(checks) == 1:
        return checks[0]

    def keep(memory: Any) -> bool:
        return all(check(memory) for check in checks)

    return keep


def scoped(
    filters: Mapping[str, Any], *, user_id: str | None, namespace: str | None
) -> dict[str, Any]:
    """The filters with the scope's user and namespace where they name none."""
    result = dict(filters)
    if result.get("user_id") is None and user_id is not None:
        result["user_id"] = user_id
    if result.get("namespace") is None and namespace is not None:
        result["namespace"] = namespace
    return result


def search_request_from_mapping(
    data: Mapping[str, Any], *, user_id: str | None, namespace: str | None
) -> SearchRequest:
    """A search request from a dict such as memory_prompt's ``long_term_search``.

    The dict holds SearchFilters, ``text``, ``limit`` and ``offset``, and may hold any
    SearchRequest field by its own name. user_id and namespace default to the scope's.
    """
    options = dict(data)
    text = options.pop("text", None)
    limit = options.pop("limit", 10)
    offset = options.pop("offset", 0)
    filters = scoped({k: options.pop(k) for k in list(options) if k in _FILTER_KEYS},
                     user_id=user_id, namespace=namespace)  # fmt: skip
    return build_search_request(
        text, filters, limit=limit, offset=offset, raw=options, server_thresholds=True
    )
