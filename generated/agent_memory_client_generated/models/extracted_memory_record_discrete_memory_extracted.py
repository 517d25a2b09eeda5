from typing import Literal, cast

ExtractedMemoryRecordDiscreteMemoryExtracted = Literal["f", "t"]

EXTRACTED_MEMORY_RECORD_DISCRETE_MEMORY_EXTRACTED_VALUES: set[
    ExtractedMemoryRecordDiscreteMemoryExtracted
] = {
    "f",
    "t",
}


def check_extracted_memory_record_discrete_memory_extracted(
    value: str,
) -> ExtractedMemoryRecordDiscreteMemoryExtracted:
    if value in EXTRACTED_MEMORY_RECORD_DISCRETE_MEMORY_EXTRACTED_VALUES:
        return cast(ExtractedMemoryRecordDiscreteMemoryExtracted, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTRACTED_MEMORY_RECORD_DISCRETE_MEMORY_EXTRACTED_VALUES!r}"
    )
