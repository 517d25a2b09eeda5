"""ExtractedMemoryRecordDiscreteMemoryExtracted: one of f, t."""

from typing import Literal

ExtractedMemoryRecordDiscreteMemoryExtracted = Literal["f", "t"]

EXTRACTED_MEMORY_RECORD_DISCRETE_MEMORY_EXTRACTED_VALUES: frozenset[
    ExtractedMemoryRecordDiscreteMemoryExtracted
] = frozenset(
    {
        "f",
        "t",
    }
)
