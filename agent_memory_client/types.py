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
    from agent_memory_client_generated.models import *  # noqa: F403

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
    from .tools.calls import ToolCallResult as ToolCallResult

# Names the client defines itself (MemoryRecordResult is the server's, plus relevance_score).
_OWN = {
    "CreateMemoriesResult": "._results",
    "MemoryPromptResult": "._results",
    "MemoryRecordResult": "._results",
    "MemoryRecordResults": "._results",
    "DateOperators": "._search",
    "LongTermSearch": "._search",
    "PromptSession": "._search",
    "RecencyOptions": "._search",
    "SearchFilters": "._search",
    "TagOperators": "._search",
    "ToolCallResult": ".tools.calls",
}

__all__ = sorted({*_models.__all__, *_OWN})


def __getattr__(name: str) -> Any:
    module = _OWN.get(name)
    if module is not None:
        from importlib import import_module

        value = getattr(import_module(module, __package__), name)
    elif name in _models.__all__:
        value = getattr(_models, name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
