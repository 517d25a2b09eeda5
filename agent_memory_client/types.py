"""Every type an operation of the client returns or takes.

    from agent_memory_client.types import MemoryRecord, WorkingMemoryResponse, SearchFilters

The server's models (generated from its OpenAPI spec), the client's own results
(``MemoryRecordResults``, ``CreateMemoriesResult``, ``MemoryPromptResult``) and the shapes
of search filters. Each model loads on first use. Models read absent fields as None (or an
empty list, or the schema's default), print their set fields, compare by value, and have
``to_dict()`` and the pydantic-style ``model_dump()``, ``model_dump_json()``,
``model_validate()`` and ``model_copy()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from agent_memory_client_generated import models as _models

if TYPE_CHECKING:
    # First: the official client's enum classes take these two names over the server's
    # string literals of the same names that the star import below brings.
    from ._official_models import MemoryTypeEnum as MemoryTypeEnum  # isort: skip
    from ._official_models import SummaryViewSource as SummaryViewSource  # isort: skip
    from agent_memory_client_generated.models import *  # noqa: F403  # isort: skip
    from agent_memory_client_generated.types import Model as Model
    from agent_memory_client_generated.types import ParseError as ParseError

    from ._config import ModelNameLiteral as ModelNameLiteral
    from ._official_models import ForgetPolicy as ForgetPolicy
    from ._official_models import ForgetResponse as ForgetResponse
    from ._official_models import JSONTypes as JSONTypes
    from ._official_models import RecencyConfig as RecencyConfig
    from ._official_models import TaskStatus as TaskStatus
    from ._options import BodyRequestOptions as BodyRequestOptions
    from ._options import PollOptions as PollOptions
    from ._options import RequestOptions as RequestOptions
    from ._options import SearchFiltersAndOptions as SearchFiltersAndOptions
    from ._raw import RawResponse as RawResponse
    from ._results import CreateMemoriesResult as CreateMemoriesResult
    from ._results import MemoryPromptResult as MemoryPromptResult
    from ._results import MemoryRecordResult as MemoryRecordResult
    from ._results import MemoryRecordResults as MemoryRecordResults
    from ._search import DateOperators as DateOperators
    from ._search import LongTermSearch as LongTermSearch
    from ._search import PromptSession as PromptSession
    from ._search import RecencyOptions as RecencyOptions
    from ._search import SearchFilters as SearchFilters
    from ._search import TagOperators as TagOperators
    from ._working_memory import WorkingMemory as WorkingMemory
    from .tools.calls import ToolCallResult as ToolCallResult

# Names the client defines itself (MemoryRecordResult is the server's, plus relevance_score):
# name -> (module, attribute).
_OWN = {
    "CreateMemoriesResult": ("._results", "CreateMemoriesResult"),
    "MemoryPromptResult": ("._results", "MemoryPromptResult"),
    "MemoryRecordResult": ("._results", "MemoryRecordResult"),
    "MemoryRecordResults": ("._results", "MemoryRecordResults"),
    "DateOperators": ("._search", "DateOperators"),
    "LongTermSearch": ("._search", "LongTermSearch"),
    "PromptSession": ("._search", "PromptSession"),
    "RecencyOptions": ("._search", "RecencyOptions"),
    "SearchFilters": ("._search", "SearchFilters"),
    "TagOperators": ("._search", "TagOperators"),
    "ToolCallResult": (".tools.calls", "ToolCallResult"),
    # The official client's models that the server's spec does not name (its enums are
    # str enums here too, so MemoryTypeEnum.SEMANTIC works where "semantic" does).
    "ForgetPolicy": ("._official_models", "ForgetPolicy"),
    "ForgetResponse": ("._official_models", "ForgetResponse"),
    "JSONTypes": ("._official_models", "JSONTypes"),
    "MemoryTypeEnum": ("._official_models", "MemoryTypeEnum"),
    "RecencyConfig": ("._official_models", "RecencyConfig"),
    "SummaryViewSource": ("._official_models", "SummaryViewSource"),
    "TaskStatus": ("._official_models", "TaskStatus"),
    # The official client's name for the body of a session write.
    "WorkingMemory": ("._working_memory", "WorkingMemory"),
    # Per-call options (timeout=, extra_headers=, ...) and with_raw_response's result.
    "RequestOptions": ("._options", "RequestOptions"),
    "BodyRequestOptions": ("._options", "BodyRequestOptions"),
    "PollOptions": ("._options", "PollOptions"),
    "SearchFiltersAndOptions": ("._options", "SearchFiltersAndOptions"),
    "RawResponse": ("._raw", "RawResponse"),
    # What model_validate() / from_dict() raise for data that does not fit (a ValueError).
    "ParseError": ("agent_memory_client_generated.types", "ParseError"),
    # The base of every model (isinstance checks, typing helpers of users).
    "Model": ("agent_memory_client_generated.types", "Model"),
    # The official client's name for the model names the server knows.
    "ModelNameLiteral": (
        "agent_memory_client_generated.models.get_working_memory_model_name_type_0",
        "GetWorkingMemoryModelNameType0",
    ),
}

__all__ = sorted({*_models.__all__, *_OWN})


def __getattr__(name: str) -> Any:
    own = _OWN.get(name)
    if own is not None:
        from importlib import import_module

        value = getattr(import_module(own[0], __package__), own[1])
    elif name in _models.__all__:
        value = getattr(_models, name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
