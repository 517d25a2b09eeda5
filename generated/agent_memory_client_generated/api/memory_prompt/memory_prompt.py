"""memory_prompt: POST /v1/memory/prompt"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import Operation, query

if TYPE_CHECKING:
    from ...models.memory_prompt_request import MemoryPromptRequest
    from ...models.memory_prompt_response import MemoryPromptResponse


def request(
    *,
    body: MemoryPromptRequest,
    optimize_query: bool | None = None,
) -> Operation[MemoryPromptResponse]:
    """Memory Prompt.

    Path parameters are percent-encoded; query parameters that are None are left out.
    """
    return Operation(
        name="memory_prompt",
        method="POST",
        path="/v1/memory/prompt",
        params=query(
            {
                "optimize_query": optimize_query,
            }
        ),
        body=body.to_dict(),
        parse=_parse,
    )


def _parse(data: Any) -> MemoryPromptResponse:
    from ...models.memory_prompt_response import MemoryPromptResponse

    return MemoryPromptResponse.from_dict(data)
