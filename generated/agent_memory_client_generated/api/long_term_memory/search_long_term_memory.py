"""search_long_term_memory: POST /v1/long-term-memory/search"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import Operation, query

if TYPE_CHECKING:
    from ...models.memory_record_results_response import MemoryRecordResultsResponse
    from ...models.search_request import SearchRequest


def request(
    *,
    body: SearchRequest,
    optimize_query: bool | None = None,
) -> Operation[MemoryRecordResultsResponse]:
    """Search Long Term Memory.

    Path parameters are percent-encoded; query parameters that are None are left out.
    """
    return Operation(
        name="search_long_term_memory",
        method="POST",
        path="/v1/long-term-memory/search",
        params=query(
            {
                "optimize_query": optimize_query,
            }
        ),
        body=body.to_dict(),
        parse=_parse,
    )


def _parse(data: Any) -> MemoryRecordResultsResponse:
    from ...models.memory_record_results_response import MemoryRecordResultsResponse

    return MemoryRecordResultsResponse.from_dict(data)
