"""list_summary_view_partitions: GET /v1/summary-views/{view_id}/partitions"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ...types import Operation, ParseError, query

if TYPE_CHECKING:
    from ...models.summary_view_partition_result import SummaryViewPartitionResult


def request(
    *,
    view_id: str,
    user_id: str | None = None,
    namespace: str | None = None,
    session_id: str | None = None,
    memory_type: str | None = None,
) -> Operation[list[SummaryViewPartitionResult]]:
    """List Summary View Partitions.

    Path parameters are percent-encoded; query parameters that are None are left out.
    """
    return Operation(
        name="list_summary_view_partitions",
        method="GET",
        path=f"/v1/summary-views/{quote(view_id, safe='')}/partitions",
        params=query(
            {
                "user_id": user_id,
                "namespace": namespace,
                "session_id": session_id,
                "memory_type": memory_type,
            }
        ),
        body=None,
        parse=_parse,
    )


def _parse(data: Any) -> list[SummaryViewPartitionResult]:
    from ...models.summary_view_partition_result import SummaryViewPartitionResult

    if not isinstance(data, list):
        raise ParseError([], f"expected a list, got {type(data).__name__}")
    items = []
    for index, item in enumerate(data):
        try:
            items.append(SummaryViewPartitionResult.from_dict(item))
        except ParseError as exc:
            raise exc.within(index) from None
    return items
