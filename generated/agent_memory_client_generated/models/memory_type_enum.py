from typing import Literal, cast

MemoryTypeEnum = Literal["episodic", "message", "semantic"]

MEMORY_TYPE_ENUM_VALUES: set[MemoryTypeEnum] = {
    "episodic",
    "message",
    "semantic",
}


def check_memory_type_enum(value: str) -> MemoryTypeEnum:
    if value in MEMORY_TYPE_ENUM_VALUES:
        return cast(MemoryTypeEnum, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMORY_TYPE_ENUM_VALUES!r}"
    )
