from typing import Literal, cast

TaskTypeEnum = Literal["summary_view_full_run"]

TASK_TYPE_ENUM_VALUES: set[TaskTypeEnum] = {
    "summary_view_full_run",
}


def check_task_type_enum(value: str) -> TaskTypeEnum:
    if value in TASK_TYPE_ENUM_VALUES:
        return cast(TaskTypeEnum, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASK_TYPE_ENUM_VALUES!r}"
    )
