"""get_working_memory: GET /v1/working-memory/{session_id}"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ...types import Operation, query

if TYPE_CHECKING:
    from ...models.get_working_memory_model_name_type_0 import (
        GetWorkingMemoryModelNameType0,
    )
    from ...models.working_memory_response import WorkingMemoryResponse


def request(
    *,
    session_id: str,
    user_id: str | None = None,
    namespace: str | None = None,
    model_name: GetWorkingMemoryModelNameType0 | None = None,
    context_window_max: int | None = None,
    recent_messages_limit: int | None = None,
) -> Operation[WorkingMemoryResponse]:
    """Get Working Memory.

    Path parameters are percent-encoded; query parameters that are None are left out.
    """
    return Operation(
        name="get_working_memory",
        method="GET",
        path=f"/v1/working-memory/{quote(session_id, safe='')}",
        params=query(
            {
                "user_id": user_id,
                "namespace": namespace,
                "model_name": model_name,
                "context_window_max": context_window_max,
                "recent_messages_limit": recent_messages_limit,
            }
        ),
        body=None,
        parse=_parse,
    )


def _parse(data: Any) -> WorkingMemoryResponse:
    from ...models.working_memory_response import WorkingMemoryResponse

    return WorkingMemoryResponse.from_dict(data)
