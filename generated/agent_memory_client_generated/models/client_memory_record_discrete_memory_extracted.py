"""ClientMemoryRecordDiscreteMemoryExtracted: one of f, t."""

from typing import Literal

ClientMemoryRecordDiscreteMemoryExtracted = Literal["f", "t"]

CLIENT_MEMORY_RECORD_DISCRETE_MEMORY_EXTRACTED_VALUES: frozenset[
    ClientMemoryRecordDiscreteMemoryExtracted
] = frozenset(
    {
        "f",
        "t",
    }
)
