from typing import Literal, cast

ClientMemoryRecordDiscreteMemoryExtracted = Literal["f", "t"]

CLIENT_MEMORY_RECORD_DISCRETE_MEMORY_EXTRACTED_VALUES: set[
    ClientMemoryRecordDiscreteMemoryExtracted
] = {
    "f",
    "t",
}


def check_client_memory_record_discrete_memory_extracted(
    value: str,
) -> ClientMemoryRecordDiscreteMemoryExtracted:
    if value in CLIENT_MEMORY_RECORD_DISCRETE_MEMORY_EXTRACTED_VALUES:
        return cast(ClientMemoryRecordDiscreteMemoryExtracted, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLIENT_MEMORY_RECORD_DISCRETE_MEMORY_EXTRACTED_VALUES!r}"
    )
