"""get_summary_view: GET /v1/summary-views/{view_id}"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ...types import Operation, query

if TYPE_CHECKING:
    from ...models.summary_view import SummaryView


def request(
    *,
    view_id: str,
) -> Operation[SummaryView]:
    """Get Summary View.

    Path parameters are percent-encoded; query parameters that are None are left out.
    """
    return Operation(
        name="get_summary_view",
        method="GET",
        path=f"/v1/summary-views/{quote(view_id, safe='')}",
        params=query({}),
        body=None,
        parse=_parse,
    )


def _parse(data: Any) -> SummaryView:
    from ...models.summary_view import SummaryView

    return SummaryView.from_dict(data)
