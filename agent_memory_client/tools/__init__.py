"""Memory tools for LLMs: schemas for each provider, tool-call parsing, result messages.

``MemoryAPIClient.get_all_memory_tool_schemas()`` (OpenAI Chat Completions),
``get_all_memory_tool_schemas_anthropic()`` and ``get_all_memory_tool_schemas_responses()``
give the tools; ``client.resolve_tool_call(tool_call=call, session_id=...)`` runs a call;
the helpers here turn results into the provider's tool-result messages.
"""

from .calls import ParsedToolCall, ToolCallError, ToolCallResult, parse_tool_call
from .definitions import ALL_TOOL_NAMES, DEFAULT_TOOL_NAMES, ToolDefinition
from .getters import MemoryToolSchemas
from .messages import (
    anthropic_tool_result_block,
    anthropic_tool_result_message,
    memory_prompt_to_anthropic,
    memory_prompt_to_openai,
    openai_tool_message,
    openai_tool_messages,
    responses_tool_output,
    responses_tool_outputs,
    tool_result_text,
)
from .schemas import (
    SchemaFormat,
    ToolSchema,
    ToolSchemaCollection,
    get_all_memory_tool_schemas,
    get_all_memory_tool_schemas_anthropic,
    get_all_memory_tool_schemas_responses,
    get_memory_tool_schema,
)

__all__ = [
    "ALL_TOOL_NAMES",
    "DEFAULT_TOOL_NAMES",
    "MemoryToolSchemas",
    "ParsedToolCall",
    "SchemaFormat",
    "ToolCallError",
    "ToolCallResult",
    "ToolDefinition",
    "ToolSchema",
    "ToolSchemaCollection",
    "anthropic_tool_result_block",
    "anthropic_tool_result_message",
    "get_all_memory_tool_schemas",
    "get_all_memory_tool_schemas_anthropic",
    "get_all_memory_tool_schemas_responses",
    "get_memory_tool_schema",
    "memory_prompt_to_anthropic",
    "memory_prompt_to_openai",
    "openai_tool_message",
    "openai_tool_messages",
    "parse_tool_call",
    "responses_tool_output",
    "responses_tool_outputs",
    "tool_result_text",
]
