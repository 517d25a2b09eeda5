"""get_task_status: GET /v1/tasks/{task_id}"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ...types import Operation, query

if TYPE_CHECKING:
    from ...models.task import Task


def request(
    *,
    task_id: str,
) -> Operation[Task]:
    """Get Task Status.

    Path parameters are percent-encoded; query parameters that are None are left out.
    """
    return Operation(
        name="get_task_status",
        method="GET",
        path=f"/v1/tasks/{quote(task_id, safe='')}",
        params=query({}),
        body=None,
        parse=_parse,
    )


def _parse(data: Any) -> Task:
    from ...models.task import Task

    return Task.from_dict(data)
