"""The schema getters both clients offer, under the names the official client uses."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .schemas import (
    SchemaFormat,
    ToolSchema,
    ToolSchemaCollection,
    get_all_memory_tool_schemas,
    get_all_memory_tool_schemas_anthropic,
    get_all_memory_tool_schemas_responses,
    get_memory_tool_schema,
)

__all__ = ["MemoryToolSchemas"]

_LABELS = {
    "openai": "OpenAI Chat Completions",
    "anthropic": "Anthropic",
    "responses": "the OpenAI Responses API",
}


def _getter(tool: str, schema_format: SchemaFormat) -> Callable[[], ToolSchema]:
    def getter() -> ToolSchema:
        return get_memory_tool_schema(tool, schema_format)

    getter.__doc__ = f"The ``{tool}`` tool for {_LABELS[schema_format]}."
    return getter


class MemoryToolSchemas:
    """Tool schemas, callable on the client class or an instance; each call renders anew."""

    @staticmethod
    def get_all_memory_tool_schemas(names: Iterable[str] | None = None) -> ToolSchemaCollection:
        """Memory tools for OpenAI Chat Completions: the default seven, or the tools named."""
        return get_all_memory_tool_schemas(names)

    @staticmethod
    def get_all_memory_tool_schemas_anthropic(
        names: Iterable[str] | None = None,
    ) -> ToolSchemaCollection:
        """Memory tools for Anthropic's Messages API: the default seven, or the tools named."""
        return get_all_memory_tool_schemas_anthropic(names)

    @staticmethod
    def get_all_memory_tool_schemas_responses(
        names: Iterable[str] | None = None,
    ) -> ToolSchemaCollection:
        """Memory tools for OpenAI's Responses API: the default seven, or the tools named."""
        return get_all_memory_tool_schemas_responses(names)

    @staticmethod
    def get_memory_tool_schema(name: str, schema_format: SchemaFormat = "openai") -> ToolSchema:
        """One tool's schema by any of its current names."""
        return get_memory_tool_schema(name, schema_format)

    # The official client's per-tool getters, same names and the tool names they return.
    get_memory_search_tool_schema = staticmethod(_getter("search_memory", "openai"))
    get_memory_search_tool_schema_anthropic = staticmethod(_getter("search_memory", "anthropic"))
    get_working_memory_tool_schema = staticmethod(_getter("get_or_create_working_memory", "openai"))
    get_working_memory_tool_schema_anthropic = staticmethod(
        _getter("get_or_create_working_memory", "anthropic")
    )
    get_lazily_create_long_term_memory_tool_schema = staticmethod(
        _getter("lazily_create_long_term_memory", "openai")
    )
    get_lazily_create_long_term_memory_tool_schema_anthropic = staticmethod(
        _getter("lazily_create_long_term_memory", "anthropic")
    )
    get_eagerly_create_long_term_memory_tool_schema = staticmethod(
        _getter("eagerly_create_long_term_memory", "openai")
    )
    get_eagerly_create_long_term_memory_tool_schema_anthropic = staticmethod(
        _getter("eagerly_create_long_term_memory", "anthropic")
    )
    get_update_memory_data_tool_schema = staticmethod(
        _getter("update_working_memory_data", "openai")
    )
    get_update_memory_data_tool_schema_anthropic = staticmethod(
        _getter("update_working_memory_data", "anthropic")
    )
    get_long_term_memory_tool_schema = staticmethod(_getter("get_long_term_memory", "openai"))
    get_long_term_memory_tool_schema_anthropic = staticmethod(
        _getter("get_long_term_memory", "anthropic")
    )
    edit_long_term_memory_tool_schema = staticmethod(_getter("edit_long_term_memory", "openai"))
    edit_long_term_memory_tool_schema_anthropic = staticmethod(
        _getter("edit_long_term_memory", "anthropic")
    )
    delete_long_term_memories_tool_schema = staticmethod(
        _getter("delete_long_term_memories", "openai")
    )
    delete_long_term_memories_tool_schema_anthropic = staticmethod(
        _getter("delete_long_term_memories", "anthropic")
    )
    get_current_datetime_tool_schema = staticmethod(_getter("get_current_datetime", "openai"))
    get_current_datetime_tool_schema_anthropic = staticmethod(
        _getter("get_current_datetime", "anthropic")
    )
