"""Tool schemas, under the official client's module name (see ``agent_memory_client.tools``)."""

from .tools import ToolSchema, ToolSchemaCollection

__all__ = ["ToolSchema", "ToolSchemaCollection"]
