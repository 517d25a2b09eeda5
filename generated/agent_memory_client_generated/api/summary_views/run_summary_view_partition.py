"""run_summary_view_partition: POST /v1/summary-views/{view_id}/partitions/run"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ...types import Operation, query

if TYPE_CHECKING:
    from ...models.run_summary_view_partition_request import (
        RunSummaryViewPartitionRequest,
    )
    from ...models.summary_view_partition_result import SummaryViewPartitionResult


def request(
    *,
    view_id: str,
    body: RunSummaryViewPartitionRequest,
) -> Operation[SummaryViewPartitionResult]:
    """Run Summary View Partition.

    Path parameters are percent-encoded; query parameters that are None are left out.
    """
    return Operation(
        name="run_summary_view_partition",
        method="POST",
        path=f"/v1/summary-views/{quote(view_id, safe='')}/partitions/run",
        params=query({}),
        body=body.to_dict(),
        parse=_parse,
    )


def _parse(data: Any) -> SummaryViewPartitionResult:
    from ...models.summary_view_partition_result import SummaryViewPartitionResult

    return SummaryViewPartitionResult.from_dict(data)
