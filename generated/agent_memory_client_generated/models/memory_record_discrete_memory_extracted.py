from typing import Literal, cast

MemoryRecordDiscreteMemoryExtracted = Literal["f", "t"]

MEMORY_RECORD_DISCRETE_MEMORY_EXTRACTED_VALUES: set[
    MemoryRecordDiscreteMemoryExtracted
] = {
    "f",
    "t",
}


def check_memory_record_discrete_memory_extracted(
    value: str,
) -> MemoryRecordDiscreteMemoryExtracted:
    if value in MEMORY_RECORD_DISCRETE_MEMORY_EXTRACTED_VALUES:
        return cast(MemoryRecordDiscreteMemoryExtracted, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMORY_RECORD_DISCRETE_MEMORY_EXTRACTED_VALUES!r}"
    )
