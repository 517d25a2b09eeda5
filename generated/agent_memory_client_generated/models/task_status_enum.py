from typing import Literal, cast

TaskStatusEnum = Literal["failed", "pending", "running", "success"]

TASK_STATUS_ENUM_VALUES: set[TaskStatusEnum] = {
    "failed",
    "pending",
    "running",
    "success",
}


def check_task_status_enum(value: str) -> TaskStatusEnum:
    if value in TASK_STATUS_ENUM_VALUES:
        return cast(TaskStatusEnum, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASK_STATUS_ENUM_VALUES!r}"
    )
