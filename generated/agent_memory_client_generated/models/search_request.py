from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

# Every helper a field parser may use; the generator's ruff hook drops the unused ones.
from ..types import (
    Model,
    ParseError,
    _dump_value,
    as_dict,
    bad,
    plain_str,
)
from .created_at import CreatedAt
from .entities import Entities
from .event_date import EventDate
from .last_accessed import LastAccessed
from .memory_type import MemoryType
from .namespace import Namespace
from .search_mode_enum import SEARCH_MODE_ENUM_VALUES, SearchModeEnum
from .session_id import SessionId
from .topics import Topics
from .user_id import UserId

_Self = TypeVar("_Self", bound="SearchRequest")
_KNOWN = frozenset(
    {
        "created_at",
        "distance_threshold",
        "entities",
        "event_date",
        "hybrid_alpha",
        "last_accessed",
        "limit",
        "memory_type",
        "namespace",
        "offset",
        "recency_boost",
        "recency_freshness_weight",
        "recency_half_life_created_days",
        "recency_half_life_last_access_days",
        "recency_novelty_weight",
        "recency_recency_weight",
        "recency_semantic_weight",
        "search_mode",
        "server_side_recency",
        "session_id",
        "text",
        "text_scorer",
        "topics",
        "user_id",
    }
)


class SearchRequest(Model):
    """SearchRequest

    Payload for long-term memory search

    Attributes:
        created_at (CreatedAt | None): Optional created at timestamp to filter by
        distance_threshold (float | None): Optional distance threshold to filter by
        entities (Entities | None): Optional entities to filter by
        event_date (EventDate | None): Optional event date to filter by (for episodic memories)
        hybrid_alpha (float): For hybrid search, weight assigned to vector similarity relative to keyword
            relevance
        last_accessed (LastAccessed | None): Optional last accessed timestamp to filter by
        limit (int): Optional limit on the number of results
        memory_type (MemoryType | None): Optional memory type to filter by
        namespace (Namespace | None): Optional namespace to filter by
        offset (int): Optional offset
        recency_boost (bool | None): Enable recency-aware re-ranking (defaults to enabled if None)
        recency_freshness_weight (float | None): Weight for freshness component
        recency_half_life_created_days (float | None): Half-life (days) for created_at decay
        recency_half_life_last_access_days (float | None): Half-life (days) for last_accessed decay
        recency_novelty_weight (float | None): Weight for novelty (age) component
        recency_recency_weight (float | None): Weight for recency score
        recency_semantic_weight (float | None): Weight for semantic similarity
        search_mode (SearchModeEnum): Enum for supported long-term memory search strategies.
        server_side_recency (bool | None): If true, attempt server-side recency-aware re-ranking when supported by backend
        session_id (SessionId | None): Optional session ID to filter by
        text (str | None): Optional query text to use for semantic, keyword, or hybrid search
        text_scorer (str): Redis full-text scoring algorithm used for keyword and hybrid search. Defaults
            to BM25STD, a normalized BM25 variant that keeps lexical scores stable for
            hybrid ranking. Keyword and hybrid search disable Redis stopword filtering, so
            callers should strip obvious stopwords beforehand when they have language-
            specific context.
        topics (Topics | None): Optional topics to filter by
        user_id (UserId | None): Optional user ID to filter by
    """

    __slots__ = (
        "created_at",
        "distance_threshold",
        "entities",
        "event_date",
        "hybrid_alpha",
        "last_accessed",
        "limit",
        "memory_type",
        "namespace",
        "offset",
        "recency_boost",
        "recency_freshness_weight",
        "recency_half_life_created_days",
        "recency_half_life_last_access_days",
        "recency_novelty_weight",
        "recency_recency_weight",
        "recency_semantic_weight",
        "search_mode",
        "server_side_recency",
        "session_id",
        "text",
        "text_scorer",
        "topics",
        "user_id",
        "additional_properties",
    )
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("created_at", "created_at"),
        ("distance_threshold", "distance_threshold"),
        ("entities", "entities"),
        ("event_date", "event_date"),
        ("hybrid_alpha", "hybrid_alpha"),
        ("last_accessed", "last_accessed"),
        ("limit", "limit"),
        ("memory_type", "memory_type"),
        ("namespace", "namespace"),
        ("offset", "offset"),
        ("recency_boost", "recency_boost"),
        ("recency_freshness_weight", "recency_freshness_weight"),
        ("recency_half_life_created_days", "recency_half_life_created_days"),
        ("recency_half_life_last_access_days", "recency_half_life_last_access_days"),
        ("recency_novelty_weight", "recency_novelty_weight"),
        ("recency_recency_weight", "recency_recency_weight"),
        ("recency_semantic_weight", "recency_semantic_weight"),
        ("search_mode", "search_mode"),
        ("server_side_recency", "server_side_recency"),
        ("session_id", "session_id"),
        ("text", "text"),
        ("text_scorer", "text_scorer"),
        ("topics", "topics"),
        ("user_id", "user_id"),
    )

    created_at: CreatedAt | None
    distance_threshold: float | None
    entities: Entities | None
    event_date: EventDate | None
    hybrid_alpha: float
    last_accessed: LastAccessed | None
    limit: int
    memory_type: MemoryType | None
    namespace: Namespace | None
    offset: int
    recency_boost: bool | None
    recency_freshness_weight: float | None
    recency_half_life_created_days: float | None
    recency_half_life_last_access_days: float | None
    recency_novelty_weight: float | None
    recency_recency_weight: float | None
    recency_semantic_weight: float | None
    search_mode: SearchModeEnum
    server_side_recency: bool | None
    session_id: SessionId | None
    text: str | None
    text_scorer: str
    topics: Topics | None
    user_id: UserId | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        created_at: CreatedAt | None = None,
        distance_threshold: float | None = None,
        entities: Entities | None = None,
        event_date: EventDate | None = None,
        hybrid_alpha: float | None = None,
        last_accessed: LastAccessed | None = None,
        limit: int | None = None,
        memory_type: MemoryType | None = None,
        namespace: Namespace | None = None,
        offset: int | None = None,
        recency_boost: bool | None = None,
        recency_freshness_weight: float | None = None,
        recency_half_life_created_days: float | None = None,
        recency_half_life_last_access_days: float | None = None,
        recency_novelty_weight: float | None = None,
        recency_recency_weight: float | None = None,
        recency_semantic_weight: float | None = None,
        search_mode: SearchModeEnum | None = None,
        server_side_recency: bool | None = None,
        session_id: SessionId | None = None,
        text: str | None = None,
        text_scorer: str | None = None,
        topics: Topics | None = None,
        user_id: UserId | None = None,
    ) -> None:
        self.created_at = created_at
        self.distance_threshold = distance_threshold
        self.entities = entities
        self.event_date = event_date
        self.hybrid_alpha = hybrid_alpha  # type: ignore[assignment]  # None: not given
        self.last_accessed = last_accessed
        self.limit = limit  # type: ignore[assignment]  # None: not given
        self.memory_type = memory_type
        self.namespace = namespace
        self.offset = offset  # type: ignore[assignment]  # None: not given
        self.recency_boost = recency_boost
        self.recency_freshness_weight = recency_freshness_weight
        self.recency_half_life_created_days = recency_half_life_created_days
        self.recency_half_life_last_access_days = recency_half_life_last_access_days
        self.recency_novelty_weight = recency_novelty_weight
        self.recency_recency_weight = recency_recency_weight
        self.recency_semantic_weight = recency_semantic_weight
        self.search_mode = search_mode  # type: ignore[assignment]  # None: not given
        self.server_side_recency = server_side_recency
        self.session_id = session_id
        self.text = text
        self.text_scorer = text_scorer  # type: ignore[assignment]  # None: not given
        self.topics = topics
        self.user_id = user_id
        self.additional_properties = {}

    @classmethod
    def _parse(cls: builtins.type[_Self], src: Any, strict: bool) -> _Self:
        if type(src) is not dict:
            src = as_dict(src, "") if isinstance(src, Mapping) else _not_object(src)
        self = object.__new__(cls)
        # Every field read at once by subscription (the fast path: servers send them all),
        # else with get(); a None reads the same either way: absent or null.
        v: Any
        try:
            v1 = src["created_at"]
            v2 = src["distance_threshold"]
            v3 = src["entities"]
            v4 = src["event_date"]
            v5 = src["hybrid_alpha"]
            v6 = src["last_accessed"]
            v7 = src["limit"]
            v8 = src["memory_type"]
            v9 = src["namespace"]
            v10 = src["offset"]
            v11 = src["recency_boost"]
            v12 = src["recency_freshness_weight"]
            v13 = src["recency_half_life_created_days"]
            v14 = src["recency_half_life_last_access_days"]
            v15 = src["recency_novelty_weight"]
            v16 = src["recency_recency_weight"]
            v17 = src["recency_semantic_weight"]
            v18 = src["search_mode"]
            v19 = src["server_side_recency"]
            v20 = src["session_id"]
            v21 = src["text"]
            v22 = src["text_scorer"]
            v23 = src["topics"]
            v24 = src["user_id"]
        except KeyError:
            get = src.get
            v1 = get("created_at")
            v2 = get("distance_threshold")
            v3 = get("entities")
            v4 = get("event_date")
            v5 = get("hybrid_alpha")
            v6 = get("last_accessed")
            v7 = get("limit")
            v8 = get("memory_type")
            v9 = get("namespace")
            v10 = get("offset")
            v11 = get("recency_boost")
            v12 = get("recency_freshness_weight")
            v13 = get("recency_half_life_created_days")
            v14 = get("recency_half_life_last_access_days")
            v15 = get("recency_novelty_weight")
            v16 = get("recency_recency_weight")
            v17 = get("recency_semantic_weight")
            v18 = get("search_mode")
            v19 = get("server_side_recency")
            v20 = get("session_id")
            v21 = get("text")
            v22 = get("text_scorer")
            v23 = get("topics")
            v24 = get("user_id")
            whole = False
        else:
            whole = True
        v = v1
        if v is None:
            pass
        else:
            try:
                v = CreatedAt._parse(v, strict)
            except ParseError as exc:
                raise exc.within("created_at") from None
        self.created_at = v
        v = v2
        if v is None:
            pass
        else:
            if type(v) is not float:
                if isinstance(v, bool) or not isinstance(v, int):
                    raise bad("distance_threshold", "a number", v)
                v = float(v)
        self.distance_threshold = v
        v = v3
        if v is None:
            pass
        else:
            try:
                v = Entities._parse(v, strict)
            except ParseError as exc:
                raise exc.within("entities") from None
        self.entities = v
        v = v4
        if v is None:
            pass
        else:
            try:
                v = EventDate._parse(v, strict)
            except ParseError as exc:
                raise exc.within("event_date") from None
        self.event_date = v
        v = v5
        if v is None:
            if strict:
                v = 0.7
        else:
            if type(v) is not float:
                if isinstance(v, bool) or not isinstance(v, int):
                    raise bad("hybrid_alpha", "a number", v)
                v = float(v)
        self.hybrid_alpha = v
        v = v6
        if v is None:
            pass
        else:
            try:
                v = LastAccessed._parse(v, strict)
            except ParseError as exc:
                raise exc.within("last_accessed") from None
        self.last_accessed = v
        v = v7
        if v is None:
            if strict:
                v = 10
        else:
            if type(v) is not int and (isinstance(v, bool) or not isinstance(v, int)):
                raise bad("limit", "an integer", v)
        self.limit = v
        v = v8
        if v is None:
            pass
        else:
            try:
                v = MemoryType._parse(v, strict)
            except ParseError as exc:
                raise exc.within("memory_type") from None
        self.memory_type = v
        v = v9
        if v is None:
            pass
        else:
            try:
                v = Namespace._parse(v, strict)
            except ParseError as exc:
                raise exc.within("namespace") from None
        self.namespace = v
        v = v10
        if v is None:
            if strict:
                v = 0
        else:
            if type(v) is not int and (isinstance(v, bool) or not isinstance(v, int)):
                raise bad("offset", "an integer", v)
        self.offset = v
        v = v11
        if v is None:
            pass
        else:
            if v is not True and v is not False:
                raise bad("recency_boost", "true or false", v)
        self.recency_boost = v
        v = v12
        if v is None:
            pass
        else:
            if type(v) is not float:
                if isinstance(v, bool) or not isinstance(v, int):
                    raise bad("recency_freshness_weight", "a number", v)
                v = float(v)
        self.recency_freshness_weight = v
        v = v13
        if v is None:
            pass
        else:
            if type(v) is not float:
                if isinstance(v, bool) or not isinstance(v, int):
                    raise bad("recency_half_life_created_days", "a number", v)
                v = float(v)
        self.recency_half_life_created_days = v
        v = v14
        if v is None:
            pass
        else:
            if type(v) is not float:
                if isinstance(v, bool) or not isinstance(v, int):
                    raise bad("recency_half_life_last_access_days", "a number", v)
                v = float(v)
        self.recency_half_life_last_access_days = v
        v = v15
        if v is None:
            pass
        else:
            if type(v) is not float:
                if isinstance(v, bool) or not isinstance(v, int):
                    raise bad("recency_novelty_weight", "a number", v)
                v = float(v)
        self.recency_novelty_weight = v
        v = v16
        if v is None:
            pass
        else:
            if type(v) is not float:
                if isinstance(v, bool) or not isinstance(v, int):
                    raise bad("recency_recency_weight", "a number", v)
                v = float(v)
        self.recency_recency_weight = v
        v = v17
        if v is None:
            pass
        else:
            if type(v) is not float:
                if isinstance(v, bool) or not isinstance(v, int):
                    raise bad("recency_semantic_weight", "a number", v)
                v = float(v)
        self.recency_semantic_weight = v
        v = v18
        if v is None:
            if strict:
                v = "semantic"
        else:
            if type(v) is not str:
                v = plain_str(
                    v, "search_mode"
                )  # an Enum member with a str value: its plain value
            if v not in SEARCH_MODE_ENUM_VALUES:
                raise bad("search_mode", "one of hybrid, keyword, semantic", v)
        self.search_mode = v
        v = v19
        if v is None:
            pass
        else:
            if v is not True and v is not False:
                raise bad("server_side_recency", "true or false", v)
        self.server_side_recency = v
        v = v20
        if v is None:
            pass
        else:
            try:
                v = SessionId._parse(v, strict)
            except ParseError as exc:
                raise exc.within("session_id") from None
        self.session_id = v
        v = v21
        if v is None:
            pass
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("text", "a string", v)
        self.text = v
        v = v22
        if v is None:
            if strict:
                v = "BM25STD"
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("text_scorer", "a string", v)
        self.text_scorer = v
        v = v23
        if v is None:
            pass
        else:
            try:
                v = Topics._parse(v, strict)
            except ParseError as exc:
                raise exc.within("topics") from None
        self.topics = v
        v = v24
        if v is None:
            pass
        else:
            try:
                v = UserId._parse(v, strict)
            except ParseError as exc:
                raise exc.within("user_id") from None
        self.user_id = v
        if whole and len(src) == 24:
            self.additional_properties = {}  # every key is a field's
        elif _KNOWN.issuperset(src):
            self.additional_properties = {}
        else:
            self.additional_properties = {
                k: x for k, x in src.items() if k not in _KNOWN
            }
        return self

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON (the server's field names), leaving out fields that are None."""
        out: dict[str, Any] = {}
        v: Any
        v = self.created_at
        if v is not None:
            out["created_at"] = v.to_dict()
        v = self.distance_threshold
        if v is not None:
            out["distance_threshold"] = v
        v = self.entities
        if v is not None:
            out["entities"] = v.to_dict()
        v = self.event_date
        if v is not None:
            out["event_date"] = v.to_dict()
        v = self.hybrid_alpha
        if v is not None:
            out["hybrid_alpha"] = v
        v = self.last_accessed
        if v is not None:
            out["last_accessed"] = v.to_dict()
        v = self.limit
        if v is not None:
            out["limit"] = v
        v = self.memory_type
        if v is not None:
            out["memory_type"] = v.to_dict()
        v = self.namespace
        if v is not None:
            out["namespace"] = v.to_dict()
        v = self.offset
        if v is not None:
            out["offset"] = v
        v = self.recency_boost
        if v is not None:
            out["recency_boost"] = v
        v = self.recency_freshness_weight
        if v is not None:
            out["recency_freshness_weight"] = v
        v = self.recency_half_life_created_days
        if v is not None:
            out["recency_half_life_created_days"] = v
        v = self.recency_half_life_last_access_days
        if v is not None:
            out["recency_half_life_last_access_days"] = v
        v = self.recency_novelty_weight
        if v is not None:
            out["recency_novelty_weight"] = v
        v = self.recency_recency_weight
        if v is not None:
            out["recency_recency_weight"] = v
        v = self.recency_semantic_weight
        if v is not None:
            out["recency_semantic_weight"] = v
        v = self.search_mode
        if v is not None:
            out["search_mode"] = v
        v = self.server_side_recency
        if v is not None:
            out["server_side_recency"] = v
        v = self.session_id
        if v is not None:
            out["session_id"] = v.to_dict()
        v = self.text
        if v is not None:
            out["text"] = v
        v = self.text_scorer
        if v is not None:
            out["text_scorer"] = v
        v = self.topics
        if v is not None:
            out["topics"] = v.to_dict()
        v = self.user_id
        if v is not None:
            out["user_id"] = v.to_dict()
        for key, v in self.additional_properties.items():
            if v is not None:
                out[key] = _dump_value(v, "json", False, True)
        return out


def _not_object(value: Any) -> dict[str, Any]:
    raise ParseError([], f"expected an object, got {type(value).__name__}")
