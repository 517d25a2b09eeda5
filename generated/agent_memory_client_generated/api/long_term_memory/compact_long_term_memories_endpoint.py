"""compact_long_term_memories_endpoint: POST /v1/long-term-memory/compact"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import Operation, query

if TYPE_CHECKING:
    from ...models.ack_response import AckResponse


def request(
    *,
    namespace: str | None = None,
    user_id: str | None = None,
) -> Operation[AckResponse]:
    """Compact Long Term Memories Endpoint.

    Path parameters are percent-encoded; query parameters that are None are left out.
    """
    return Operation(
        name="compact_long_term_memories_endpoint",
        method="POST",
        path="/v1/long-term-memory/compact",
        params=query(
            {
                "namespace": namespace,
                "user_id": user_id,
            }
        ),
        body=None,
        parse=_parse,
    )


def _parse(data: Any) -> AckResponse:
    from ...models.ack_response import AckResponse

    return AckResponse.from_dict(data)
