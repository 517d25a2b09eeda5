from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

# Every helper a field parser may use; the generator's ruff hook drops the unused ones.
from ..types import (
    Model,
    ParseError,
    _dump_value,
    _fromisoformat,
    as_dict,
    as_list,
    bad,
    missing,
    now_utc,
    parse_datetime,
    plain_str,
)
from .memory_record_result_discrete_memory_extracted import (
    MEMORY_RECORD_RESULT_DISCRETE_MEMORY_EXTRACTED_VALUES,
    MemoryRecordResultDiscreteMemoryExtracted,
)
from .memory_type_enum import MEMORY_TYPE_ENUM_VALUES, MemoryTypeEnum
from .search_score_type_enum import SEARCH_SCORE_TYPE_ENUM_VALUES, SearchScoreTypeEnum

_Self = TypeVar("_Self", bound="MemoryRecordResult")
_KNOWN = frozenset(
    {
        "dist",
        "id",
        "text",
        "access_count",
        "created_at",
        "discrete_memory_extracted",
        "entities",
        "event_date",
        "extracted_from",
        "extraction_strategy",
        "extraction_strategy_config",
        "last_accessed",
        "memory_hash",
        "memory_type",
        "namespace",
        "persisted_at",
        "pinned",
        "score",
        "score_type",
        "session_id",
        "topics",
        "updated_at",
        "user_id",
    }
)


class MemoryRecordResult(Model):
    """MemoryRecordResult

    Result from a memory search

    Attributes:
        dist (float)
        id (str): Client-provided ID for deduplication and overwrites
        text (str)
        access_count (int): Number of times this memory has been accessed (best-effort, rate-limited)
        created_at (datetime.datetime): Datetime when the memory was created
        discrete_memory_extracted (MemoryRecordResultDiscreteMemoryExtracted): Whether memory extraction has run for this memory
        entities (list[str]): Optional entities for the memory record
        event_date (datetime.datetime | None): Date/time when the event described in this memory occurred (primarily for
            episodic memories)
        extracted_from (list[str]): List of message IDs that this memory was extracted from
        extraction_strategy (str): Memory extraction strategy used when this was promoted from working memory
        extraction_strategy_config (dict[str, Any]): Configuration for the extraction strategy used
        last_accessed (datetime.datetime): Datetime when the memory was last accessed
        memory_hash (str | None): Hash representation of the memory for deduplication
        memory_type (MemoryTypeEnum): Enum for memory types with string values
        namespace (str | None): Optional namespace for the memory record
        persisted_at (datetime.datetime | None): Server-assigned timestamp when memory was persisted to long-term storage
        pinned (bool): Whether this memory is pinned and should not be auto-deleted
        score (float | None): Normalized relevance score for the selected search mode (0-1)
        score_type (SearchScoreTypeEnum | None): Search mode used to produce the normalized score
        session_id (str | None): Optional session ID for the memory record
        topics (list[str]): Optional topics for the memory record
        updated_at (datetime.datetime): Datetime when the memory was last updated
        user_id (str | None): Optional user ID for the memory record
    """

    __slots__ = (
        "dist",
        "id",
        "text",
        "access_count",
        "created_at",
        "discrete_memory_extracted",
        "entities",
        "event_date",
        "extracted_from",
        "extraction_strategy",
        "extraction_strategy_config",
        "last_accessed",
        "memory_hash",
        "memory_type",
        "namespace",
        "persisted_at",
        "pinned",
        "score",
        "score_type",
        "session_id",
        "topics",
        "updated_at",
        "user_id",
        "additional_properties",
    )
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("dist", "dist"),
        ("id", "id"),
        ("text", "text"),
        ("access_count", "access_count"),
        ("created_at", "created_at"),
        ("discrete_memory_extracted", "discrete_memory_extracted"),
        ("entities", "entities"),
        ("event_date", "event_date"),
        ("extracted_from", "extracted_from"),
        ("extraction_strategy", "extraction_strategy"),
        ("extraction_strategy_config", "extraction_strategy_config"),
        ("last_accessed", "last_accessed"),
        ("memory_hash", "memory_hash"),
        ("memory_type", "memory_type"),
        ("namespace", "namespace"),
        ("persisted_at", "persisted_at"),
        ("pinned", "pinned"),
        ("score", "score"),
        ("score_type", "score_type"),
        ("session_id", "session_id"),
        ("topics", "topics"),
        ("updated_at", "updated_at"),
        ("user_id", "user_id"),
    )

    dist: float
    id: str
    text: str
    access_count: int
    created_at: datetime.datetime
    discrete_memory_extracted: MemoryRecordResultDiscreteMemoryExtracted
    entities: list[str]
    event_date: datetime.datetime | None
    extracted_from: list[str]
    extraction_strategy: str
    extraction_strategy_config: dict[str, Any]
    last_accessed: datetime.datetime
    memory_hash: str | None
    memory_type: MemoryTypeEnum
    namespace: str | None
    persisted_at: datetime.datetime | None
    pinned: bool
    score: float | None
    score_type: SearchScoreTypeEnum | None
    session_id: str | None
    topics: list[str]
    updated_at: datetime.datetime
    user_id: str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        dist: float,
        id: str,
        text: str,
        access_count: int | None = None,
        created_at: datetime.datetime | None = None,
        discrete_memory_extracted: MemoryRecordResultDiscreteMemoryExtracted
        | None = None,
        entities: list[str] | None = None,
        event_date: datetime.datetime | None = None,
        extracted_from: list[str] | None = None,
        extraction_strategy: str | None = None,
        extraction_strategy_config: dict[str, Any] | None = None,
        last_accessed: datetime.datetime | None = None,
        memory_hash: str | None = None,
        memory_type: MemoryTypeEnum | None = None,
        namespace: str | None = None,
        persisted_at: datetime.datetime | None = None,
        pinned: bool | None = None,
        score: float | None = None,
        score_type: SearchScoreTypeEnum | None = None,
        session_id: str | None = None,
        topics: list[str] | None = None,
        updated_at: datetime.datetime | None = None,
        user_id: str | None = None,
    ) -> None:
        self.dist = dist
        self.id = id
        self.text = text
        self.access_count = access_count  # type: ignore[assignment]  # None: not given
        self.created_at = created_at  # type: ignore[assignment]  # None: not given
        self.discrete_memory_extracted = discrete_memory_extracted  # type: ignore[assignment]  # None: not given
        self.entities = entities  # type: ignore[assignment]  # None: not given
        self.event_date = event_date
        self.extracted_from = extracted_from  # type: ignore[assignment]  # None: not given
        self.extraction_strategy = extraction_strategy  # type: ignore[assignment]  # None: not given
        self.extraction_strategy_config = extraction_strategy_config  # type: ignore[assignment]  # None: not given
        self.last_accessed = last_accessed  # type: ignore[assignment]  # None: not given
        self.memory_hash = memory_hash
        self.memory_type = memory_type  # type: ignore[assignment]  # None: not given
        self.namespace = namespace
        self.persisted_at = persisted_at
        self.pinned = pinned  # type: ignore[assignment]  # None: not given
        self.score = score
        self.score_type = score_type
        self.session_id = session_id
        self.topics = topics  # type: ignore[assignment]  # None: not given
        self.updated_at = updated_at  # type: ignore[assignment]  # None: not given
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
            v1 = src["dist"]
            v2 = src["id"]
            v3 = src["text"]
            v4 = src["access_count"]
            v5 = src["created_at"]
            v6 = src["discrete_memory_extracted"]
            v7 = src["entities"]
            v8 = src["event_date"]
            v9 = src["extracted_from"]
            v10 = src["extraction_strategy"]
            v11 = src["extraction_strategy_config"]
            v12 = src["last_accessed"]
            v13 = src["memory_hash"]
            v14 = src["memory_type"]
            v15 = src["namespace"]
            v16 = src["persisted_at"]
            v17 = src["pinned"]
            v18 = src["score"]
            v19 = src["score_type"]
            v20 = src["session_id"]
            v21 = src["topics"]
            v22 = src["updated_at"]
            v23 = src["user_id"]
        except KeyError:
            get = src.get
            v1 = get("dist")
            v2 = get("id")
            v3 = get("text")
            v4 = get("access_count")
            v5 = get("created_at")
            v6 = get("discrete_memory_extracted")
            v7 = get("entities")
            v8 = get("event_date")
            v9 = get("extracted_from")
            v10 = get("extraction_strategy")
            v11 = get("extraction_strategy_config")
            v12 = get("last_accessed")
            v13 = get("memory_hash")
            v14 = get("memory_type")
            v15 = get("namespace")
            v16 = get("persisted_at")
            v17 = get("pinned")
            v18 = get("score")
            v19 = get("score_type")
            v20 = get("session_id")
            v21 = get("topics")
            v22 = get("updated_at")
            v23 = get("user_id")
            whole = False
        else:
            whole = True
        v = v1
        if v is None:
            raise missing("dist")
        if type(v) is not float:
            if isinstance(v, bool) or not isinstance(v, int):
                raise bad("dist", "a number", v)
            v = float(v)
        self.dist = v
        v = v2
        if v is None:
            raise missing("id")
        if type(v) is not str and not isinstance(v, str):
            raise bad("id", "a string", v)
        self.id = v
        v = v3
        if v is None:
            raise missing("text")
        if type(v) is not str and not isinstance(v, str):
            raise bad("text", "a string", v)
        self.text = v
        v = v4
        if v is None:
            if strict:
                v = 0
        else:
            if type(v) is not int and (isinstance(v, bool) or not isinstance(v, int)):
                raise bad("access_count", "an integer", v)
        self.access_count = v
        v = v5
        if v is None:
            if strict:
                v = now_utc()  # as the official client's models read it
        else:
            if type(v) is str:
                try:
                    v = _fromisoformat(v)
                except ValueError:
                    v = parse_datetime(v, "created_at")
            else:
                v = parse_datetime(v, "created_at")
        self.created_at = v
        v = v6
        if v is None:
            if strict:
                v = "f"
        else:
            if type(v) is not str:
                v = plain_str(
                    v, "discrete_memory_extracted"
                )  # an Enum member with a str value: its plain value
            if v not in MEMORY_RECORD_RESULT_DISCRETE_MEMORY_EXTRACTED_VALUES:
                raise bad("discrete_memory_extracted", "one of f, t", v)
        self.discrete_memory_extracted = v
        v = v7
        if v is None:
            if strict:
                v = []
        else:
            if type(v) is not list:
                v = as_list(v, "entities")
            for item in v:
                if not isinstance(item, str):
                    raise bad("entities", "a list of strings", v)
        self.entities = v
        v = v8
        if v is None:
            pass
        else:
            if type(v) is str:
                try:
                    v = _fromisoformat(v)
                except ValueError:
                    v = parse_datetime(v, "event_date")
            else:
                v = parse_datetime(v, "event_date")
        self.event_date = v
        v = v9
        if v is None:
            if strict:
                v = []
        else:
            if type(v) is not list:
                v = as_list(v, "extracted_from")
            for item in v:
                if not isinstance(item, str):
                    raise bad("extracted_from", "a list of strings", v)
        self.extracted_from = v
        v = v10
        if v is None:
            if strict:
                v = "discrete"
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("extraction_strategy", "a string", v)
        self.extraction_strategy = v
        v = v11
        if v is None:
            if strict:
                v = {}
        else:
            if type(v) is not dict:
                v = as_dict(v, "extraction_strategy_config")
        self.extraction_strategy_config = v
        v = v12
        if v is None:
            if strict:
                v = now_utc()  # as the official client's models read it
        else:
            if type(v) is str:
                try:
                    v = _fromisoformat(v)
                except ValueError:
                    v = parse_datetime(v, "last_accessed")
            else:
                v = parse_datetime(v, "last_accessed")
        self.last_accessed = v
        v = v13
        if v is None:
            pass
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("memory_hash", "a string", v)
        self.memory_hash = v
        v = v14
        if v is None:
            if strict:
                v = "message"
        else:
            if type(v) is not str:
                v = plain_str(
                    v, "memory_type"
                )  # an Enum member with a str value: its plain value
            if v not in MEMORY_TYPE_ENUM_VALUES:
                raise bad("memory_type", "one of episodic, message, semantic", v)
        self.memory_type = v
        v = v15
        if v is None:
            pass
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("namespace", "a string", v)
        self.namespace = v
        v = v16
        if v is None:
            pass
        else:
            if type(v) is str:
                try:
                    v = _fromisoformat(v)
                except ValueError:
                    v = parse_datetime(v, "persisted_at")
            else:
                v = parse_datetime(v, "persisted_at")
        self.persisted_at = v
        v = v17
        if v is None:
            if strict:
                v = False
        else:
            if v is not True and v is not False:
                raise bad("pinned", "true or false", v)
        self.pinned = v
        v = v18
        if v is None:
            pass
        else:
            if type(v) is not float:
                if isinstance(v, bool) or not isinstance(v, int):
                    raise bad("score", "a number", v)
                v = float(v)
        self.score = v
        v = v19
        if v is None:
            pass
        else:
            if type(v) is not str:
                v = plain_str(
                    v, "score_type"
                )  # an Enum member with a str value: its plain value
            if v not in SEARCH_SCORE_TYPE_ENUM_VALUES:
                raise bad("score_type", "one of hybrid, keyword, semantic", v)
        self.score_type = v
        v = v20
        if v is None:
            pass
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("session_id", "a string", v)
        self.session_id = v
        v = v21
        if v is None:
            if strict:
                v = []
        else:
            if type(v) is not list:
                v = as_list(v, "topics")
            for item in v:
                if not isinstance(item, str):
                    raise bad("topics", "a list of strings", v)
        self.topics = v
        v = v22
        if v is None:
            if strict:
                v = now_utc()  # as the official client's models read it
        else:
            if type(v) is str:
                try:
                    v = _fromisoformat(v)
                except ValueError:
                    v = parse_datetime(v, "updated_at")
            else:
                v = parse_datetime(v, "updated_at")
        self.updated_at = v
        v = v23
        if v is None:
            pass
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("user_id", "a string", v)
        self.user_id = v
        if whole and len(src) == 23:
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
        v = self.dist
        if v is not None:
            out["dist"] = v
        v = self.id
        if v is not None:
            out["id"] = v
        v = self.text
        if v is not None:
            out["text"] = v
        v = self.access_count
        if v is not None:
            out["access_count"] = v
        v = self.created_at
        if v is not None:
            out["created_at"] = v.isoformat()
        v = self.discrete_memory_extracted
        if v is not None:
            out["discrete_memory_extracted"] = v
        v = self.entities
        if v is not None:
            out["entities"] = list(v)
        v = self.event_date
        if v is not None:
            out["event_date"] = v.isoformat()
        v = self.extracted_from
        if v is not None:
            out["extracted_from"] = list(v)
        v = self.extraction_strategy
        if v is not None:
            out["extraction_strategy"] = v
        v = self.extraction_strategy_config
        if v is not None:
            out["extraction_strategy_config"] = _dump_value(v, "json", True, True)
        v = self.last_accessed
        if v is not None:
            out["last_accessed"] = v.isoformat()
        v = self.memory_hash
        if v is not None:
            out["memory_hash"] = v
        v = self.memory_type
        if v is not None:
            out["memory_type"] = v
        v = self.namespace
        if v is not None:
            out["namespace"] = v
        v = self.persisted_at
        if v is not None:
            out["persisted_at"] = v.isoformat()
        v = self.pinned
        if v is not None:
            out["pinned"] = v
        v = self.score
        if v is not None:
            out["score"] = v
        v = self.score_type
        if v is not None:
            out["score_type"] = v
        v = self.session_id
        if v is not None:
            out["session_id"] = v
        v = self.topics
        if v is not None:
            out["topics"] = list(v)
        v = self.updated_at
        if v is not None:
            out["updated_at"] = v.isoformat()
        v = self.user_id
        if v is not None:
            out["user_id"] = v
        for key, v in self.additional_properties.items():
            if v is not None:
                out[key] = _dump_value(v, "json", False, True)
        return out


def _not_object(value: Any) -> dict[str, Any]:
    raise ParseError([], f"expected an object, got {type(value).__name__}")
