"""list_summary_views_endpoint: GET /v1/summary-views"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import Operation, ParseError, query

if TYPE_CHECKING:
    from ...models.summary_view import SummaryView


def request() -> Operation[list[SummaryView]]:
    """List Summary Views Endpoint.

    Path parameters are percent-encoded; query parameters that are None are left out.
    """
    return Operation(
        name="list_summary_views_endpoint",
        method="GET",
        path="/v1/summary-views",
        params=query({}),
        body=None,
        parse=_parse,
    )


def _parse(data: Any) -> list[SummaryView]:
    from ...models.summary_view import SummaryView

    if not isinstance(data, list):
        raise ParseError([], f"expected a list, got {type(data).__name__}")
    items = []
    for index, item in enumerate(data):
        try:
            items.append(SummaryView.from_dict(item))
        except ParseError as exc:
            raise exc.within(index) from None
    return items
