"""run_summary_view_full: POST /v1/summary-views/{view_id}/run"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ...types import Operation, query

if TYPE_CHECKING:
    from ...models.run_summary_view_request import RunSummaryViewRequest
    from ...models.task import Task


def request(
    *,
    view_id: str,
    body: RunSummaryViewRequest,
) -> Operation[Task]:
    """Run Summary View Full.

    Path parameters are percent-encoded; query parameters that are None are left out.
    """
    return Operation(
        name="run_summary_view_full",
        method="POST",
        path=f"/v1/summary-views/{quote(view_id, safe='')}/run",
        params=query({}),
        body=body.to_dict(),
        parse=_parse,
    )


def _parse(data: Any) -> Task:
    from ...models.task import Task

    return Task.from_dict(data)
