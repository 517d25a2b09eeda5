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
    missing,
    plain_str,
)
from .memory_strategy_config import MemoryStrategyConfig
from .working_memory_request_model_name_type_0 import (
    WORKING_MEMORY_REQUEST_MODEL_NAME_TYPE_0_VALUES,
    WorkingMemoryRequestModelNameType0,
)

_Self = TypeVar("_Self", bound="WorkingMemoryRequest")
_KNOWN = frozenset(
    {
        "session_id",
        "context_window_max",
        "long_term_memory_strategy",
        "model_name",
        "namespace",
        "user_id",
    }
)


class WorkingMemoryRequest(Model):
    """WorkingMemoryRequest

    Request parameters for working memory operations

    Attributes:
        session_id (str)
        context_window_max (int | None)
        long_term_memory_strategy (MemoryStrategyConfig | None): Configuration for memory extraction strategy when promoting to long-term memory
        model_name (WorkingMemoryRequestModelNameType0 | None)
        namespace (str | None)
        user_id (str | None)
    """

    __slots__ = (
        "session_id",
        "context_window_max",
        "long_term_memory_strategy",
        "model_name",
        "namespace",
        "user_id",
        "additional_properties",
    )
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("session_id", "session_id"),
        ("context_window_max", "context_window_max"),
        ("long_term_memory_strategy", "long_term_memory_strategy"),
        ("model_name", "model_name"),
        ("namespace", "namespace"),
        ("user_id", "user_id"),
    )

    session_id: str
    context_window_max: int | None
    long_term_memory_strategy: MemoryStrategyConfig | None
    model_name: WorkingMemoryRequestModelNameType0 | None
    namespace: str | None
    user_id: str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        session_id: str,
        context_window_max: int | None = None,
        long_term_memory_strategy: MemoryStrategyConfig | None = None,
        model_name: WorkingMemoryRequestModelNameType0 | None = None,
        namespace: str | None = None,
        user_id: str | None = None,
    ) -> None:
        self.session_id = session_id
        self.context_window_max = context_window_max
        self.long_term_memory_strategy = long_term_memory_strategy
        self.model_name = model_name
        self.namespace = namespace
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
            v2 = src["context_window_max"]
            v3 = src["long_term_memory_strategy"]
            v4 = src["model_name"]
            v5 = src["namespace"]
            v6 = src["user_id"]
        except KeyError:
            get = src.get
            v1 = get("session_id")
            v2 = get("context_window_max")
            v3 = get("long_term_memory_strategy")
            v4 = get("model_name")
            v5 = get("namespace")
            v6 = get("user_id")
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
            if type(v) is not int and (isinstance(v, bool) or not isinstance(v, int)):
                raise bad("context_window_max", "an integer", v)
        self.context_window_max = v
        v = v3
        if v is None:
            pass
        else:
            try:
                v = MemoryStrategyConfig._parse(v, strict)
            except ParseError as exc:
                raise exc.within("long_term_memory_strategy") from None
        self.long_term_memory_strategy = v
        v = v4
        if v is None:
            pass
        else:
            if type(v) is not str:
                v = plain_str(
                    v, "model_name"
                )  # an Enum member with a str value: its plain value
            if v not in WORKING_MEMORY_REQUEST_MODEL_NAME_TYPE_0_VALUES:
                raise bad(
                    "model_name",
                    "one of claude-3-5-haiku-20241022, claude-3-5-haiku-latest, claude-3-5-sonnet-20240620, claude-3-5-sonnet-20241022, claude-3-5-sonnet-latest, claude-3-7-sonnet-20250219, claude-3-7-sonnet-latest, claude-3-haiku-20240307, claude-3-opus-20240229, claude-3-opus-latest, claude-3-sonnet-20240229, claude-haiku-4-5, claude-haiku-4-5-20251001, claude-opus-4-5, claude-opus-4-5-20251101, claude-sonnet-4-5, claude-sonnet-4-5-20250929, gpt-3.5-turbo, gpt-3.5-turbo-16k, gpt-4, gpt-4-32k, gpt-4.1, gpt-4.1-mini, gpt-4o, gpt-4o-mini, gpt-5-mini, gpt-5-nano, gpt-5.1-chat-latest, gpt-5.2-chat-latest, o1, o1-mini, o3-mini, text-embedding-3-large, text-embedding-3-small, text-embedding-ada-002",
                    v,
                )
        self.model_name = v
        v = v5
        if v is None:
            pass
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("namespace", "a string", v)
        self.namespace = v
        v = v6
        if v is None:
            pass
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("user_id", "a string", v)
        self.user_id = v
        if whole and len(src) == 6:
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
        v = self.context_window_max
        if v is not None:
            out["context_window_max"] = v
        v = self.long_term_memory_strategy
        if v is not None:
            out["long_term_memory_strategy"] = v.to_dict()
        v = self.model_name
        if v is not None:
            out["model_name"] = v
        v = self.namespace
        if v is not None:
            out["namespace"] = v
        v = self.user_id
        if v is not None:
            out["user_id"] = v
        for key, v in self.additional_properties.items():
            if v is not None:
                out[key] = _dump_value(v, "json", False, True)
        return out


def _not_object(value: Any) -> dict[str, Any]:
    raise ParseError([], f"expected an object, got {type(value).__name__}")
