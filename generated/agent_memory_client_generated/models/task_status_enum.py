"""TaskStatusEnum: one of failed, pending, running, success."""

from typing import Literal

TaskStatusEnum = Literal["failed", "pending", "running", "success"]

TASK_STATUS_ENUM_VALUES: frozenset[TaskStatusEnum] = frozenset(
    {
        "failed",
        "pending",
        "running",
        "success",
    }
)
