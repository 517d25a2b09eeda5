"""Tool schemas in each provider's format, customisable without touching the defaults.

A ToolSchema is a dict and a ToolSchemaCollection a list, so both go straight into
``tools=`` of the OpenAI and Anthropic SDKs and through ``json.dumps``. Every getter renders
a fresh copy from the tool's definition: changing one never changes another.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from typing import Any, Literal, TypeVar

from .definitions import DEFAULT_TOOL_NAMES, ToolDefinition, lookup

__all__ = [
    "SchemaFormat",
    "ToolSchema",
    "ToolSchemaCollection",
    "get_all_memory_tool_schemas",
    "get_all_memory_tool_schemas_anthropic",
    "get_all_memory_tool_schemas_responses",
    "get_memory_tool_schema",
]

SchemaFormat = Literal["openai", "anthropic", "responses"]
_FORMATS: tuple[SchemaFormat, ...] = ("openai", "anthropic", "responses")

_S = TypeVar("_S", bound="ToolSchema")
_C = TypeVar("_C", bound="ToolSchemaCollection")


def _render(definition: ToolDefinition, name: str, schema_format: SchemaFormat) -> dict[str, Any]:
    parameters = copy.deepcopy(dict(definition.parameters))
    if schema_format == "openai":
        return {
            "type": "function",
            "function": {
                "name": name,
                "description": definition.description,
                "parameters": parameters,
            },
        }
    if schema_format == "anthropic":
        return {"name": name, "description": definition.description, "input_schema": parameters}
    # The Responses API requires `strict`; strict mode would make every parameter required.
    return {
        "type": "function",
        "name": name,
        "description": definition.description,
        "parameters": parameters,
        "strict": False,
    }


class ToolSchema(dict[str, Any]):
    """One tool's schema in one format: ``"openai"`` (Chat Completions), ``"anthropic"`` or
    ``"responses"`` (OpenAI Responses API).

    It is the dict the provider expects. ``with_name``, ``with_description`` and
    ``with_parameter_description`` return changed copies; ``set_*`` change this copy in place
    (as in the official client). A renamed tool still resolves to its definition when its
    schema or collection is passed to ``resolve_tool_call(tools=...)``.
    """

    def __init__(
        self,
        schema: Mapping[str, Any],
        schema_format: SchemaFormat = "openai",
        *,
        definition: ToolDefinition | None = None,
    ) -> None:
        if schema_format not in _FORMATS:
            raise ValueError(f"schema_format must be one of {', '.join(_FORMATS)}")
        super().__init__(copy.deepcopy(dict(schema)))
        self._format: SchemaFormat = schema_format
        self._definition = definition

    @classmethod
    def from_definition(
        cls: type[_S],
        definition: ToolDefinition,
        schema_format: SchemaFormat = "openai",
        *,
        name: str | None = None,
    ) -> _S:
        """Render a tool definition, optionally under another name."""
        rendered = _render(definition, name or definition.name, schema_format)
        return cls(rendered, schema_format, definition=definition)

    # -- reading ----------------------------------------------------------------------------

    @property
    def format(self) -> SchemaFormat:
        """``"openai"``, ``"anthropic"`` or ``"responses"``."""
        return self._format

    @property
    def definition(self) -> ToolDefinition | None:
        """The tool this schema calls (None for a schema built from a foreign dict)."""
        if self._definition is not None:
            return self._definition
        found = lookup(self.name)
        return found[0] if found else None

    def _body(self) -> dict[str, Any]:
        # Where name and description live: nested under "function" only in Chat Completions.
        body: dict[str, Any] = self["function"] if self._format == "openai" else self
        return body

    def _parameters(self) -> dict[str, Any]:
        key = "input_schema" if self._format == "anthropic" else "parameters"
        parameters: dict[str, Any] = self._body()[key]
        return parameters

    @property
    def name(self) -> str:
        """The name the model sees."""
        return str(self._body()["name"])

    @property
    def description(self) -> str:
        """The description the model sees."""
        return str(self._body().get("description", ""))

    @property
    def parameters(self) -> dict[str, Any]:
        """A copy of the JSON schema of the arguments."""
        return copy.deepcopy(self._parameters())

    def get_name(self) -> str:
        """The name the model sees."""
        return self.name

    def get_description(self) -> str:
        """The description the model sees."""
        return self.description

    def get_parameter_description(self, parameter: str) -> str | None:
        """A parameter's description; nested ones by path, e.g. ``"memories.text"``."""
        description = self._parameter(parameter).get("description")
        return description if isinstance(description, str) else None

    def _parameter(self, path: str) -> dict[str, Any]:
        node = self._parameters()
        for depth, part in enumerate(path.split(".")):
            if depth and node.get("type") == "array":
                node = node["items"]
            properties = node.get("properties", {})
            if part not in properties:
                raise KeyError(
                    f"tool {self.name!r} has no parameter {path!r}; "
                    f"parameters here: {', '.join(properties) or 'none'}"
                )
            node = properties[part]
        return node

    # -- customising ------------------------------------------------------------------------

    def copy(self: _S) -> _S:
        """An independent copy (``dict.copy`` would share the nested dicts)."""
        return type(self)(self, self._format, definition=self.definition)

    def to_dict(self) -> dict[str, Any]:
        """A plain dict, independent of this schema."""
        return copy.deepcopy(dict(self))

    def with_name(self: _S, name: str) -> _S:
        """A copy under another name; it still calls the same tool."""
        return self.copy().set_name(name)

    def with_description(self: _S, description: str) -> _S:
        """A copy with another description."""
        return self.copy().set_description(description)

    def with_parameter_description(self: _S, parameter: str, description: str) -> _S:
        """A copy with another description for a parameter (nested: ``"memories.text"``)."""
        return self.copy().set_parameter_description(parameter, description)

    def set_name(self: _S, name: str) -> _S:
        """Rename this schema in place; returns it."""
        if not isinstance(name, str) or not name:
            raise ValueError("a tool name must be a non-empty string")
        # Keep the tool this schema calls before its name stops saying so.
        self._definition = self.definition
        self._body()["name"] = name
        return self

    def set_description(self: _S, description: str) -> _S:
        """Change the description in place; returns this schema."""
        self._body()["description"] = str(description)
        return self

    def set_parameter_description(self: _S, parameter: str, description: str) -> _S:
        """Change a parameter's description in place; returns this schema."""
        self._parameter(parameter)["description"] = str(description)
        return self

    @property
    def _schema(self) -> dict[str, Any]:
        # The official client kept the schema dict here; programs read it.
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> ToolSchema:
        return self.copy()

    def __repr__(self) -> str:
        return f"ToolSchema(name={self.name!r}, format={self._format!r})"


# Items are ToolSchema; typed Any so that type checkers accept the collection where the
# OpenAI and Anthropic SDKs declare `tools: Iterable[<their TypedDicts>]`.
class ToolSchemaCollection(list[Any]):
    """Several tool schemas, a list that goes straight into ``tools=``.

    ``select``, ``with_name``, ``with_description`` and ``with_parameter_description`` return
    changed copies; ``set_name`` and ``set_description`` change this collection in place.
    """

    def names(self) -> list[str]:
        """The tool names the model sees, in order."""
        return [schema.name for schema in self]

    def get_by_name(self, name: str) -> ToolSchema | None:
        """The schema the model sees under ``name``, if any; another name of the same
        tool (the official client's ``search_memory`` for ``search_long_term_memory``)
        finds it too."""
        found: ToolSchema | None = next((s for s in self if s.name == name), None)
        if found is None:
            alias = lookup(name)
            if alias is not None:
                found = next((s for s in self if s.definition is alias[0]), None)
        return found

    def _require(self, name: str) -> ToolSchema:
        schema = self.get_by_name(name)
        if schema is None:
            raise KeyError(f"no tool {name!r} here; tools: {', '.join(self.names())}")
        return schema

    def copy(self: _C) -> _C:
        """An independent copy."""
        return type(self)(schema.copy() for schema in self)

    def to_list(self) -> list[dict[str, Any]]:
        """The schemas as plain dicts."""
        return [schema.to_dict() for schema in self]

    def select(self: _C, names: Iterable[str]) -> _C:
        """A collection of the named tools only, in the order given."""
        if isinstance(names, str):
            names = [names]
        return type(self)(self._require(name).copy() for name in names)

    def with_name(self: _C, name: str, new_name: str) -> _C:
        """A copy with one tool renamed."""
        return self.copy().set_name(name, new_name)

    def with_description(self: _C, name: str, description: str) -> _C:
        """A copy with one tool's description replaced."""
        return self.copy().set_description(name, description)

    def with_parameter_description(self: _C, name: str, parameter: str, description: str) -> _C:
        """A copy with one parameter description of one tool replaced."""
        changed = self.copy()
        changed._require(name).set_parameter_description(parameter, description)
        return changed

    def set_name(self: _C, name: str, new_name: str) -> _C:
        """Rename a tool in place; returns this collection."""
        self._require(name).set_name(new_name)
        return self

    def set_description(self: _C, name: str, description: str) -> _C:
        """Replace a tool's description in place; returns this collection."""
        self._require(name).set_description(description)
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> ToolSchemaCollection:
        return self.copy()

    def __repr__(self) -> str:
        return f"ToolSchemaCollection({self.names()!r})"


def get_memory_tool_schema(name: str, schema_format: SchemaFormat = "openai") -> ToolSchema:
    """One tool's schema, by any of its current names (the model sees the name given)."""
    found = lookup(name)
    if found is None:
        raise KeyError(f"unknown memory tool {name!r}")
    definition, deprecated = found
    if deprecated:
        raise ValueError(f"tool name {name!r} is deprecated; use {definition.name!r}")
    return ToolSchema.from_definition(definition, schema_format, name=name)


def _collection(names: Iterable[str] | None, schema_format: SchemaFormat) -> ToolSchemaCollection:
    if isinstance(names, str):
        names = [names]
    chosen = DEFAULT_TOOL_NAMES if names is None else names
    return ToolSchemaCollection(get_memory_tool_schema(n, schema_format) for n in chosen)


def get_all_memory_tool_schemas(names: Iterable[str] | None = None) -> ToolSchemaCollection:
    """Memory tools for OpenAI Chat Completions: the default seven, or the tools named."""
    return _collection(names, "openai")


def get_all_memory_tool_schemas_anthropic(
    names: Iterable[str] | None = None,
) -> ToolSchemaCollection:
    """Memory tools for Anthropic's Messages API: the default seven, or the tools named."""
    return _collection(names, "anthropic")


def get_all_memory_tool_schemas_responses(
    names: Iterable[str] | None = None,
) -> ToolSchemaCollection:
    """Memory tools for OpenAI's Responses API: the default seven, or the tools named."""
    return _collection(names, "responses")
