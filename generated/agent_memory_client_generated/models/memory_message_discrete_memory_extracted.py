from typing import Literal, cast

MemoryMessageDiscreteMemoryExtracted = Literal["f", "t"]

MEMORY_MESSAGE_DISCRETE_MEMORY_EXTRACTED_VALUES: set[
    MemoryMessageDiscreteMemoryExtracted
] = {
    "f",
    "t",
}


def check_memory_message_discrete_memory_extracted(
    value: str,
) -> MemoryMessageDiscreteMemoryExtracted:
    if value in MEMORY_MESSAGE_DISCRETE_MEMORY_EXTRACTED_VALUES:
        return cast(MemoryMessageDiscreteMemoryExtracted, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMORY_MESSAGE_DISCRETE_MEMORY_EXTRACTED_VALUES!r}"
    )
