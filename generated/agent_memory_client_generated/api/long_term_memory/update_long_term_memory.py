"""update_long_term_memory: PATCH /v1/long-term-memory/{memory_id}"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ...types import Operation, query

if TYPE_CHECKING:
    from ...models.edit_memory_record_request import EditMemoryRecordRequest
    from ...models.memory_record import MemoryRecord


def request(
    *,
    memory_id: str,
    body: EditMemoryRecordRequest,
) -> Operation[MemoryRecord]:
    """Update Long Term Memory.

    Path parameters are percent-encoded; query parameters that are None are left out.
    """
    return Operation(
        name="update_long_term_memory",
        method="PATCH",
        path=f"/v1/long-term-memory/{quote(memory_id, safe='')}",
        params=query({}),
        body=body.to_dict(),
        parse=_parse,
    )


def _parse(data: Any) -> MemoryRecord:
    from ...models.memory_record import MemoryRecord

    return MemoryRecord.from_dict(data)
