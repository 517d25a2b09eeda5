"""create_long_term_memory: POST /v1/long-term-memory/"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import Operation, query

if TYPE_CHECKING:
    from ...models.ack_response import AckResponse
    from ...models.create_memory_record_request import CreateMemoryRecordRequest


def request(
    *,
    body: CreateMemoryRecordRequest,
) -> Operation[AckResponse]:
    """Create Long Term Memory.

    Path parameters are percent-encoded; query parameters that are None are left out.
    """
    return Operation(
        name="create_long_term_memory",
        method="POST",
        path="/v1/long-term-memory/",
        params=query({}),
        body=body.to_dict(),
        parse=_parse,
    )


def _parse(data: Any) -> AckResponse:
    from ...models.ack_response import AckResponse

    return AckResponse.from_dict(data)
