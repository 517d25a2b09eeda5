"""The async client, under the official client's module name.

``from agent_memory_client.client import MemoryAPIClient, MemoryClientConfig,
create_memory_client`` works as it did; new code imports from ``agent_memory_client``.
"""

from ._async.client import AsyncMemoryAPIClient
from ._async.client import AsyncMemoryAPIClient as MemoryAPIClient
from ._config import MemoryClientConfig
from ._factory import create_memory_client
from .tools.calls import (
    AnthropicToolUse,
    OpenAIFunctionCall,
    OpenAIToolCall,
    ToolCallResolutionResult,
    UnifiedToolCall,
)

__all__ = [
    "AnthropicToolUse",
    "AsyncMemoryAPIClient",
    "MemoryAPIClient",
    "MemoryClientConfig",
    "OpenAIFunctionCall",
    "OpenAIToolCall",
    "ToolCallResolutionResult",
    "UnifiedToolCall",
    "create_memory_client",
]
