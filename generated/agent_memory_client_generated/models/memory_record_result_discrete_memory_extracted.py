"""MemoryRecordResultDiscreteMemoryExtracted: one of f, t."""

from typing import Literal

MemoryRecordResultDiscreteMemoryExtracted = Literal["f", "t"]

MEMORY_RECORD_RESULT_DISCRETE_MEMORY_EXTRACTED_VALUES: frozenset[
    MemoryRecordResultDiscreteMemoryExtracted
] = frozenset(
    {
        "f",
        "t",
    }
)
