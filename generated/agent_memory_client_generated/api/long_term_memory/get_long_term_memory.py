"""get_long_term_memory: GET /v1/long-term-memory/{memory_id}"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ...types import Operation, query

if TYPE_CHECKING:
    from ...models.memory_record import MemoryRecord


def request(
    *,
    memory_id: str,
) -> Operation[MemoryRecord]:
    """Get Long Term Memory.

    Path parameters are percent-encoded; query parameters that are None are left out.
    """
    return Operation(
        name="get_long_term_memory",
        method="GET",
        path=f"/v1/long-term-memory/{quote(memory_id, safe='')}",
        params=query({}),
        body=None,
        parse=_parse,
    )


def _parse(data: Any) -> MemoryRecord:
    from ...models.memory_record import MemoryRecord

    return MemoryRecord.from_dict(data)
