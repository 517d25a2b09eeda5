from typing import Literal, cast

MemoryRecordResultDiscreteMemoryExtracted = Literal["f", "t"]

MEMORY_RECORD_RESULT_DISCRETE_MEMORY_EXTRACTED_VALUES: set[
    MemoryRecordResultDiscreteMemoryExtracted
] = {
    "f",
    "t",
}


def check_memory_record_result_discrete_memory_extracted(
    value: str,
) -> MemoryRecordResultDiscreteMemoryExtracted:
    if value in MEMORY_RECORD_RESULT_DISCRETE_MEMORY_EXTRACTED_VALUES:
        return cast(MemoryRecordResultDiscreteMemoryExtracted, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMORY_RECORD_RESULT_DISCRETE_MEMORY_EXTRACTED_VALUES!r}"
    )
