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
    locate,
    missing,
    now_utc,
    one_of,
    parse_datetime,
)
from .client_memory_record import ClientMemoryRecord
from .memory_message import MemoryMessage
from .memory_record import MemoryRecord
from .memory_strategy_config import MemoryStrategyConfig

_Self = TypeVar("_Self", bound="WorkingMemoryResponse")
_KNOWN = frozenset(
    {
        "session_id",
        "context",
        "context_percentage_total_used",
        "context_percentage_until_summarization",
        "created_at",
        "data",
        "last_accessed",
        "long_term_memory_strategy",
        "memories",
        "messages",
        "namespace",
        "tokens",
        "ttl_seconds",
        "updated_at",
        "user_id",
    }
)


class WorkingMemoryResponse(Model):
    """WorkingMemoryResponse

    Response containing working memory

    Attributes:
        session_id (str)
        context (str | None): Summary of past session messages if server has auto-summarized
        context_percentage_total_used (float | None): Percentage of total context window currently used (0-100)
        context_percentage_until_summarization (float | None): Percentage until auto-summarization triggers (0-100, reaches 100% at
            summarization threshold)
        created_at (datetime.datetime): Datetime when the working memory was created
        data (dict[str, Any] | None): Arbitrary JSON data storage (key-value pairs)
        last_accessed (datetime.datetime): Datetime when the working memory was last accessed
        long_term_memory_strategy (MemoryStrategyConfig): Configuration for memory extraction strategy.
        memories (list[MemoryRecord | ClientMemoryRecord]): Structured memory records for promotion to long-term storage
        messages (list[MemoryMessage]): Conversation messages (role/content pairs)
        namespace (str | None): Optional namespace for the working memory
        tokens (int): Optional number of tokens in the working memory
        ttl_seconds (int | None): TTL for the working memory in seconds
        updated_at (datetime.datetime): Datetime when the working memory was last updated
        user_id (str | None): Optional user ID for the working memory
    """

    __slots__ = (
        "session_id",
        "context",
        "context_percentage_total_used",
        "context_percentage_until_summarization",
        "created_at",
        "data",
        "last_accessed",
        "long_term_memory_strategy",
        "memories",
        "messages",
        "namespace",
        "tokens",
        "ttl_seconds",
        "updated_at",
        "user_id",
        "additional_properties",
    )
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("session_id", "session_id"),
        ("context", "context"),
        ("context_percentage_total_used", "context_percentage_total_used"),
        (
            "context_percentage_until_summarization",
            "context_percentage_until_summarization",
        ),
        ("created_at", "created_at"),
        ("data", "data"),
        ("last_accessed", "last_accessed"),
        ("long_term_memory_strategy", "long_term_memory_strategy"),
        ("memories", "memories"),
        ("messages", "messages"),
        ("namespace", "namespace"),
        ("tokens", "tokens"),
        ("ttl_seconds", "ttl_seconds"),
        ("updated_at", "updated_at"),
        ("user_id", "user_id"),
    )

    # The class its items are read as; a subclass may name a subclass of it.
    _messages_item: ClassVar[builtins.type[MemoryMessage]] = MemoryMessage

    session_id: str
    context: str | None
    context_percentage_total_used: float | None
    context_percentage_until_summarization: float | None
    created_at: datetime.datetime
    data: dict[str, Any] | None
    last_accessed: datetime.datetime
    long_term_memory_strategy: MemoryStrategyConfig
    memories: list[MemoryRecord | ClientMemoryRecord]
    messages: list[MemoryMessage]
    namespace: str | None
    tokens: int
    ttl_seconds: int | None
    updated_at: datetime.datetime
    user_id: str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        session_id: str,
        context: str | None = None,
        context_percentage_total_used: float | None = None,
        context_percentage_until_summarization: float | None = None,
        created_at: datetime.datetime | None = None,
        data: dict[str, Any] | None = None,
        last_accessed: datetime.datetime | None = None,
        long_term_memory_strategy: MemoryStrategyConfig | None = None,
        memories: list[MemoryRecord | ClientMemoryRecord] | None = None,
        messages: list[MemoryMessage] | None = None,
        namespace: str | None = None,
        tokens: int | None = None,
        ttl_seconds: int | None = None,
        updated_at: datetime.datetime | None = None,
        user_id: str | None = None,
    ) -> None:
        self.session_id = session_id
        self.context = context
        self.context_percentage_total_used = context_percentage_total_used
        self.context_percentage_until_summarization = (
            context_percentage_until_summarization
        )
        self.created_at = created_at  # type: ignore[assignment]  # None: not given
        self.data = data
        self.last_accessed = last_accessed  # type: ignore[assignment]  # None: not given
        self.long_term_memory_strategy = long_term_memory_strategy  # type: ignore[assignment]  # None: not given
        self.memories = memories  # type: ignore[assignment]  # None: not given
        self.messages = messages  # type: ignore[assignment]  # None: not given
        self.namespace = namespace
        self.tokens = tokens  # type: ignore[assignment]  # None: not given
        self.ttl_seconds = ttl_seconds
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
            v1 = src["session_id"]
            v2 = src["context"]
            v3 = src["context_percentage_total_used"]
            v4 = src["context_percentage_until_summarization"]
            v5 = src["created_at"]
            v6 = src["data"]
            v7 = src["last_accessed"]
            v8 = src["long_term_memory_strategy"]
            v9 = src["memories"]
            v10 = src["messages"]
            v11 = src["namespace"]
            v12 = src["tokens"]
            v13 = src["ttl_seconds"]
            v14 = src["updated_at"]
            v15 = src["user_id"]
        except KeyError:
            get = src.get
            v1 = get("session_id")
            v2 = get("context")
            v3 = get("context_percentage_total_used")
            v4 = get("context_percentage_until_summarization")
            v5 = get("created_at")
            v6 = get("data")
            v7 = get("last_accessed")
            v8 = get("long_term_memory_strategy")
            v9 = get("memories")
            v10 = get("messages")
            v11 = get("namespace")
            v12 = get("tokens")
            v13 = get("ttl_seconds")
            v14 = get("updated_at")
            v15 = get("user_id")
            whole = False
        else:
            whole = True
        v = v1
        if v is None:
            raise missing("session_id")
        if type(v) is not str and not isinstance(v, str):
            raise bad("session_id", "a string", v)
        self.session_id = v
        v = v2
        if v is None:
            pass
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("context", "a string", v)
        self.context = v
        v = v3
        if v is None:
            pass
        else:
            if type(v) is not float:
                if isinstance(v, bool) or not isinstance(v, int):
                    raise bad("context_percentage_total_used", "a number", v)
                v = float(v)
        self.context_percentage_total_used = v
        v = v4
        if v is None:
            pass
        else:
            if type(v) is not float:
                if isinstance(v, bool) or not isinstance(v, int):
                    raise bad("context_percentage_until_summarization", "a number", v)
                v = float(v)
        self.context_percentage_until_summarization = v
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
            pass
        else:
            if type(v) is not dict:
                v = as_dict(v, "data")
        self.data = v
        v = v7
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
        v = v8
        if v is None:
            if strict:
                v = MemoryStrategyConfig._parse({}, True)
        else:
            try:
                v = MemoryStrategyConfig._parse(v, strict)
            except ParseError as exc:
                raise exc.within("long_term_memory_strategy") from None
        self.long_term_memory_strategy = v
        v = v9
        if v is None:
            if strict:
                v = []
        else:
            if type(v) is not list:
                v = as_list(v, "memories")
            items = []
            for index, item in enumerate(v):
                try:
                    items.append(
                        one_of(
                            item,
                            strict,
                            (
                                MemoryRecord._parse,
                                ClientMemoryRecord._parse,
                            ),
                        )
                    )
                except ParseError as exc:
                    raise exc.within("memories", index) from None
            v = items
        self.memories = v
        v = v10
        if v is None:
            if strict:
                v = []
        else:
            if type(v) is not list:
                v = as_list(v, "messages")
            parse_item = cls._messages_item._parse
            try:
                v = [parse_item(item, strict) for item in v]
            except ParseError:
                raise locate(v, parse_item, strict, "messages") from None
        self.messages = v
        v = v11
        if v is None:
            pass
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("namespace", "a string", v)
        self.namespace = v
        v = v12
        if v is None:
            if strict:
                v = 0
        else:
            if type(v) is not int and (isinstance(v, bool) or not isinstance(v, int)):
                raise bad("tokens", "an integer", v)
        self.tokens = v
        v = v13
        if v is None:
            pass
        else:
            if type(v) is not int and (isinstance(v, bool) or not isinstance(v, int)):
                raise bad("ttl_seconds", "an integer", v)
        self.ttl_seconds = v
        v = v14
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
        v = v15
        if v is None:
            pass
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("user_id", "a string", v)
        self.user_id = v
        if whole and len(src) == 15:
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
        v = self.session_id
        if v is not None:
            out["session_id"] = v
        v = self.context
        if v is not None:
            out["context"] = v
        v = self.context_percentage_total_used
        if v is not None:
            out["context_percentage_total_used"] = v
        v = self.context_percentage_until_summarization
        if v is not None:
            out["context_percentage_until_summarization"] = v
        v = self.created_at
        if v is not None:
            out["created_at"] = v.isoformat()
        v = self.data
        if v is not None:
            out["data"] = _dump_value(v, "json", True, True)
        v = self.last_accessed
        if v is not None:
            out["last_accessed"] = v.isoformat()
        v = self.long_term_memory_strategy
        if v is not None:
            out["long_term_memory_strategy"] = v.to_dict()
        v = self.memories
        if v is not None:
            out["memories"] = _dump_value(v, "json", True, True)
        v = self.messages
        if v is not None:
            out["messages"] = [item.to_dict() for item in v]
        v = self.namespace
        if v is not None:
            out["namespace"] = v
        v = self.tokens
        if v is not None:
            out["tokens"] = v
        v = self.ttl_seconds
        if v is not None:
            out["ttl_seconds"] = v
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
