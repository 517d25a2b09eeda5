"""The official client's name for the models module: ``agent_memory_client.types``.

``from agent_memory_client.models import ClientMemoryRecord, MemoryTypeEnum`` works as it
did with the official client; every name of ``agent_memory_client.types`` is here too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import types as _types

if TYPE_CHECKING:
    # The official client's names, typed (the others resolve through __getattr__).
    from .types import AckResponse as AckResponse
    from .types import ClientMemoryRecord as ClientMemoryRecord
    from .types import CreateSummaryViewRequest as CreateSummaryViewRequest
    from .types import ExtractedMemoryRecord as ExtractedMemoryRecord
    from .types import ForgetPolicy as ForgetPolicy
    from .types import ForgetResponse as ForgetResponse
    from .types import HealthCheckResponse as HealthCheckResponse
    from .types import JSONTypes as JSONTypes
    from .types import MemoryMessage as MemoryMessage
    from .types import MemoryPromptResponse as MemoryPromptResponse
    from .types import MemoryRecord as MemoryRecord
    from .types import MemoryRecordResult as MemoryRecordResult
    from .types import MemoryRecordResults as MemoryRecordResults
    from .types import MemoryStrategyConfig as MemoryStrategyConfig
    from .types import MemoryTypeEnum as MemoryTypeEnum
    from .types import ModelNameLiteral as ModelNameLiteral
    from .types import RecencyConfig as RecencyConfig
    from .types import SessionListResponse as SessionListResponse
    from .types import SummaryView as SummaryView
    from .types import SummaryViewPartitionResult as SummaryViewPartitionResult
    from .types import SummaryViewSource as SummaryViewSource
    from .types import Task as Task
    from .types import TaskStatus as TaskStatus
    from .types import WorkingMemory as WorkingMemory
    from .types import WorkingMemoryResponse as WorkingMemoryResponse

__all__ = _types.__all__


def __getattr__(name: str) -> Any:
    return getattr(_types, name)


def __dir__() -> list[str]:
    return list(__all__)
