"""delete_long_term_memory: DELETE /v1/long-term-memory"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import Operation, query

if TYPE_CHECKING:
    from ...models.ack_response import AckResponse


def request(
    *,
    memory_ids: list[str] | None = None,
) -> Operation[AckResponse]:
    """Delete Long Term Memory.

    Path parameters are percent-encoded; query parameters that are None are left out.
    """
    return Operation(
        name="delete_long_term_memory",
        method="DELETE",
        path="/v1/long-term-memory",
        params=query(
            {
                "memory_ids": memory_ids,
            }
        ),
        body=None,
        parse=_parse,
    )


def _parse(data: Any) -> AckResponse:
    from ...models.ack_response import AckResponse

    return AckResponse.from_dict(data)
