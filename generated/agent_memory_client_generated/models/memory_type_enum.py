"""MemoryTypeEnum: one of episodic, message, semantic."""

from typing import Literal

MemoryTypeEnum = Literal["episodic", "message", "semantic"]

MEMORY_TYPE_ENUM_VALUES: frozenset[MemoryTypeEnum] = frozenset(
    {
        "episodic",
        "message",
        "semantic",
    }
)
