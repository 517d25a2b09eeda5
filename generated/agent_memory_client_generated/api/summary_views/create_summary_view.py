"""create_summary_view: POST /v1/summary-views"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import Operation, query

if TYPE_CHECKING:
    from ...models.create_summary_view_request import CreateSummaryViewRequest
    from ...models.summary_view import SummaryView


def request(
    *,
    body: CreateSummaryViewRequest,
) -> Operation[SummaryView]:
    """Create Summary View.

    Path parameters are percent-encoded; query parameters that are None are left out.
    """
    return Operation(
        name="create_summary_view",
        method="POST",
        path="/v1/summary-views",
        params=query({}),
        body=body.to_dict(),
        parse=_parse,
    )


def _parse(data: Any) -> SummaryView:
    from ...models.summary_view import SummaryView

    return SummaryView.from_dict(data)
