"""forget_endpoint: POST /v1/long-term-memory/forget"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import Operation, query

if TYPE_CHECKING:
    from ...models.body_forget_endpoint_v1_long_term_memory_forget_post import (
        BodyForgetEndpointV1LongTermMemoryForgetPost,
    )


def request(
    *,
    body: BodyForgetEndpointV1LongTermMemoryForgetPost,
    namespace: str | None = None,
    user_id: str | None = None,
    session_id: str | None = None,
    limit: int | None = None,
    dry_run: bool | None = None,
) -> Operation[Any]:
    """Forget Endpoint.

    Path parameters are percent-encoded; query parameters that are None are left out.
    """
    return Operation(
        name="forget_endpoint",
        method="POST",
        path="/v1/long-term-memory/forget",
        params=query(
            {
                "namespace": namespace,
                "user_id": user_id,
                "session_id": session_id,
                "limit": limit,
                "dry_run": dry_run,
            }
        ),
        body=body.to_dict(),
        parse=_parse,
    )


def _parse(data: Any) -> Any:
    return data
