"""MemoryRecordDiscreteMemoryExtracted: one of f, t."""

from typing import Literal

MemoryRecordDiscreteMemoryExtracted = Literal["f", "t"]

MEMORY_RECORD_DISCRETE_MEMORY_EXTRACTED_VALUES: frozenset[
    MemoryRecordDiscreteMemoryExtracted
] = frozenset(
    {
        "f",
        "t",
    }
)
