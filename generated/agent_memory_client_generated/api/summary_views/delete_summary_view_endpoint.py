"""delete_summary_view_endpoint: DELETE /v1/summary-views/{view_id}"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ...types import Operation, query

if TYPE_CHECKING:
    from ...models.ack_response import AckResponse


def request(
    *,
    view_id: str,
) -> Operation[AckResponse]:
    """Delete Summary View Endpoint.

    Path parameters are percent-encoded; query parameters that are None are left out.
    """
    return Operation(
        name="delete_summary_view_endpoint",
        method="DELETE",
        path=f"/v1/summary-views/{quote(view_id, safe='')}",
        params=query({}),
        body=None,
        parse=_parse,
    )


def _parse(data: Any) -> AckResponse:
    from ...models.ack_response import AckResponse

    return AckResponse.from_dict(data)
