"""put_working_memory: PUT /v1/working-memory/{session_id}"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ...types import Operation, query

if TYPE_CHECKING:
    from ...models.put_working_memory_model_name_type_0 import (
        PutWorkingMemoryModelNameType0,
    )
    from ...models.update_working_memory import UpdateWorkingMemory
    from ...models.working_memory_response import WorkingMemoryResponse


def request(
    *,
    session_id: str,
    body: UpdateWorkingMemory,
    model_name: PutWorkingMemoryModelNameType0 | None = None,
    context_window_max: int | None = None,
) -> Operation[WorkingMemoryResponse]:
    """Put Working Memory.

    Path parameters are percent-encoded; query parameters that are None are left out.
    """
    return Operation(
        name="put_working_memory",
        method="PUT",
        path=f"/v1/working-memory/{quote(session_id, safe='')}",
        params=query(
            {
                "model_name": model_name,
                "context_window_max": context_window_max,
            }
        ),
        body=body.to_dict(),
        parse=_parse,
    )


def _parse(data: Any) -> WorkingMemoryResponse:
    from ...models.working_memory_response import WorkingMemoryResponse

    return WorkingMemoryResponse.from_dict(data)
