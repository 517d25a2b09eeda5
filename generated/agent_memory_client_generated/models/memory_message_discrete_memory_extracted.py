"""MemoryMessageDiscreteMemoryExtracted: one of f, t."""

from typing import Literal

MemoryMessageDiscreteMemoryExtracted = Literal["f", "t"]

MEMORY_MESSAGE_DISCRETE_MEMORY_EXTRACTED_VALUES: frozenset[
    MemoryMessageDiscreteMemoryExtracted
] = frozenset(
    {
        "f",
        "t",
    }
)
