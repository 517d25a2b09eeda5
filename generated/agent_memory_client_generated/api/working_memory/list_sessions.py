"""list_sessions: GET /v1/working-memory/"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import Operation, query

if TYPE_CHECKING:
    from ...models.session_list_response import SessionListResponse


def request(
    *,
    limit: int | None = None,
    offset: int | None = None,
    namespace: str | None = None,
    user_id: str | None = None,
) -> Operation[SessionListResponse]:
    """List Sessions.

    Path parameters are percent-encoded; query parameters that are None are left out.
    """
    return Operation(
        name="list_sessions",
        method="GET",
        path="/v1/working-memory/",
        params=query(
            {
                "limit": limit,
                "offset": offset,
                "namespace": namespace,
                "user_id": user_id,
            }
        ),
        body=None,
        parse=_parse,
    )


def _parse(data: Any) -> SessionListResponse:
    from ...models.session_list_response import SessionListResponse

    return SessionListResponse.from_dict(data)
