"""TaskTypeEnum: one of summary_view_full_run."""

from typing import Literal

TaskTypeEnum = Literal["summary_view_full_run"]

TASK_TYPE_ENUM_VALUES: frozenset[TaskTypeEnum] = frozenset(
    {
        "summary_view_full_run",
    }
)
