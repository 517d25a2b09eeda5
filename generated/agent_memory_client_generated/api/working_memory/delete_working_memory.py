"""delete_working_memory: DELETE /v1/working-memory/{session_id}"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ...types import Operation, query

if TYPE_CHECKING:
    from ...models.ack_response import AckResponse


def request(
    *,
    session_id: str,
    user_id: str | None = None,
    namespace: str | None = None,
) -> Operation[AckResponse]:
    """Delete Working Memory.

    Path parameters are percent-encoded; query parameters that are None are left out.
    """
    return Operation(
        name="delete_working_memory",
        method="DELETE",
        path=f"/v1/working-memory/{quote(session_id, safe='')}",
        params=query(
            {
                "user_id": user_id,
                "namespace": namespace,
            }
        ),
        body=None,
        parse=_parse,
    )


def _parse(data: Any) -> AckResponse:
    from ...models.ack_response import AckResponse

    return AckResponse.from_dict(data)
