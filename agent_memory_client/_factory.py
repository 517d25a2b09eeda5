"""``create_memory_client()``: the official client's way to open a checked client."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._async.client import AsyncMemoryAPIClient
from ._config import MemoryClientConfig

if TYPE_CHECKING:
    from ._config import ModelNameLiteral

__all__ = ["create_memory_client"]


async def create_memory_client(
    base_url: str,
    timeout: float = 30.0,
    default_namespace: str | None = None,
    default_model_name: ModelNameLiteral | None = None,
    default_context_window_max: int | None = None,
) -> AsyncMemoryAPIClient:
    """An async client for ``base_url`` whose server answered a health check.

    Raises the health check's ``MemoryClientError`` (a ``MemoryConnectionError`` when
    nothing answers) after closing the client. ``async with await
    create_memory_client(url) as client:`` closes it when done.
    """
    client = AsyncMemoryAPIClient(
        MemoryClientConfig(
            base_url=base_url,
            timeout=timeout,
            default_namespace=default_namespace,
            default_model_name=default_model_name,
            default_context_window_max=default_context_window_max,
        )
    )
    try:
        await client.health_check()
    except BaseException:
        await client.close()
        raise
    return client
