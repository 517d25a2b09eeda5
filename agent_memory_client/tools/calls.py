"""Tool calls from any provider, as ``(call id, tool name, arguments)``, and argument checks.

Accepted: OpenAI Chat Completions tool calls (SDK objects and dicts), legacy
``function_call`` dicts, OpenAI Responses ``function_call`` items, Anthropic ``tool_use``
blocks (SDK objects and dicts) and LangChain ``ToolCall`` dicts. Arguments are checked
against the tool's JSON schema by the small validator below: the subset of JSON Schema that
the tool definitions use. Nothing here does I/O.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypedDict

from .definitions import SCOPE_KEYS

__all__ = [
    "AnthropicToolUse",
    "OpenAIFunctionCall",
    "OpenAIToolCall",
    "ParsedToolCall",
    "ToolCallError",
    "ToolCallParsers",
    "ToolCallResolutionResult",
    "ToolCallResult",
    "UnifiedToolCall",
    "parse_arguments",
    "parse_tool_call",
    "single_objects_listed",
    "tool_call_id",
    "validate_arguments",
    "with_memory_types",
    "without_scope",
]


class ToolCallResult(TypedDict):
    """What resolving one tool call gives: ``formatted_response`` is text for the model."""

    success: bool
    function_name: str
    result: Any
    error: str | None
    formatted_response: str


#: The official client's name for :class:`ToolCallResult`.
ToolCallResolutionResult = ToolCallResult


class OpenAIFunctionCall(TypedDict):
    """A legacy OpenAI ``function_call``: ``{"name", "arguments"}`` (a JSON string)."""

    name: str
    arguments: str


class OpenAIToolCall(TypedDict):
    """An OpenAI Chat Completions tool call as a dict."""

    id: str
    type: Literal["function"]
    function: OpenAIFunctionCall


class AnthropicToolUse(TypedDict):
    """An Anthropic ``tool_use`` content block as a dict."""

    type: Literal["tool_use"]
    id: str
    name: str
    input: dict[str, Any]


class UnifiedToolCall(TypedDict):
    """A tool call in one shape, as the official client's ``parse_tool_call`` gave it."""

    id: str | None
    name: str
    arguments: dict[str, Any]
    provider: Literal["openai", "anthropic", "generic"]


class ToolCallError(ValueError):
    """A tool call that cannot be run: unknown format, bad JSON or bad arguments."""

    def __init__(self, message: str, *, name: str = "", call_id: str | None = None) -> None:
        super().__init__(message)
        self.name = name
        self.call_id = call_id


@dataclass(frozen=True)
class ParsedToolCall:
    """A tool call in one shape, whatever the provider."""

    name: str
    arguments: dict[str, Any] = field(default_factory=dict)
    call_id: str | None = None


def _field(obj: Any, key: str) -> Any:
    # SDK objects (pydantic models) and plain dicts, read the same way.
    if isinstance(obj, Mapping):
        return obj.get(key)
    return getattr(obj, key, None)


def parse_arguments(raw: Any, *, name: str = "", call_id: str | None = None) -> dict[str, Any]:
    """Arguments as a dict, from a JSON string (OpenAI) or a mapping (Anthropic, LangChain)."""
    if raw is None:
        return {}
    if isinstance(raw, (str, bytes, bytearray)):
        text = raw.decode() if isinstance(raw, (bytes, bytearray)) else raw
        # Models send "" for a tool without parameters.
        if not text.strip():
            return {}
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ToolCallError(
                f"the arguments are not valid JSON ({exc.msg} at position {exc.pos})",
                name=name,
                call_id=call_id,
            ) from None
    if not isinstance(raw, Mapping):
        raise ToolCallError(
            f"the arguments must be a JSON object, got {_json_type(raw)}",
            name=name,
            call_id=call_id,
        )
    return dict(raw)


def parse_tool_call(tool_call: Any) -> ParsedToolCall:
    """Read any accepted tool-call format; raises ToolCallError for anything else."""
    kind = _field(tool_call, "type")
    function = _field(tool_call, "function")
    if function is not None:  # Chat Completions: {"id", "type": "function", "function": {...}}
        return _parsed(_field(function, "name"), _field(function, "arguments"),
                       _field(tool_call, "id"))  # fmt: skip
    if kind == "tool_use" or (kind is None and _has(tool_call, "input")):  # Anthropic
        return _parsed(_field(tool_call, "name"), _field(tool_call, "input"),
                       _field(tool_call, "id"))  # fmt: skip
    if kind == "function_call" or _has(tool_call, "call_id"):  # Responses API item
        # The output item answers `call_id`; `id` is the item's own id.
        call_id = _field(tool_call, "call_id") or _field(tool_call, "id")
        return _parsed(_field(tool_call, "name"), _field(tool_call, "arguments"), call_id)
    if _has(tool_call, "args"):  # LangChain ToolCall
        return _parsed(_field(tool_call, "name"), _field(tool_call, "args"),
                       _field(tool_call, "id"))  # fmt: skip
    if _has(tool_call, "name") and _has(tool_call, "arguments"):  # legacy function_call
        return _parsed(_field(tool_call, "name"), _field(tool_call, "arguments"),
                       _field(tool_call, "id"))  # fmt: skip
    name = _field(tool_call, "name")
    raise ToolCallError(
        f"unrecognised tool call ({type(tool_call).__name__}): expected an OpenAI tool call, "
        "a function_call, a Responses function_call item, an Anthropic tool_use block or a "
        "LangChain tool call",
        name=name if isinstance(name, str) else "",
    )


def tool_call_id(tool_call: Any) -> str | None:
    """The id a tool result must answer, even for a call whose arguments do not parse."""
    if _field(tool_call, "function") is None and (
        _field(tool_call, "type") == "function_call" or _has(tool_call, "call_id")
    ):
        value = _field(tool_call, "call_id") or _field(tool_call, "id")
    else:
        value = _field(tool_call, "id")
    return value if isinstance(value, str) and value else None


def _has(obj: Any, key: str) -> bool:
    return key in obj if isinstance(obj, Mapping) else hasattr(obj, key)


def _parsed(name: Any, raw_arguments: Any, call_id: Any) -> ParsedToolCall:
    call_id = call_id if isinstance(call_id, str) and call_id else None
    if not isinstance(name, str) or not name:
        raise ToolCallError("the tool call has no tool name", call_id=call_id)
    arguments = parse_arguments(raw_arguments, name=name, call_id=call_id)
    return ParsedToolCall(name=name, arguments=arguments, call_id=call_id)


# -- validation ---------------------------------------------------------------------------


def single_objects_listed(
    arguments: Mapping[str, Any], schema: Mapping[str, Any]
) -> dict[str, Any]:
    """The arguments with a lone object put in a list where the schema wants a list of
    objects: models asked for a list of memories often send the one memory they create
    bare. Anything else is left for validation to judge."""
    properties: Mapping[str, Any] = schema.get("properties", {})
    listed = dict(arguments)
    for key, value in arguments.items():
        declared = properties.get(key)
        if (
            isinstance(value, Mapping)
            and isinstance(declared, Mapping)
            and declared.get("type") == "array"
            and isinstance(declared.get("items"), Mapping)
            and declared["items"].get("type") == "object"
        ):
            listed[key] = [value]
    return listed


def without_scope(arguments: Mapping[str, Any], schema: Mapping[str, Any]) -> dict[str, Any]:
    """The arguments without the user/namespace/session keys that a closed object of the
    schema does not declare, at any depth (a model may tuck a user_id into each memory it
    creates). Free-form objects, such as working-memory ``data``, are left as they are."""
    stripped = _strip_scope(arguments, schema)
    return dict(stripped) if isinstance(stripped, Mapping) else dict(arguments)


def _strip_scope(value: Any, schema: Mapping[str, Any]) -> Any:
    if isinstance(value, Mapping) and schema.get("additionalProperties", True) is False:
        declared: Mapping[str, Any] = schema.get("properties", {})
        return {
            key: _strip_scope(item, declared.get(key, {}))
            for key, item in value.items()
            if key not in SCOPE_KEYS or key in declared
        }
    if isinstance(value, list) and isinstance(schema.get("items"), Mapping):
        return [_strip_scope(item, schema["items"]) for item in value]
    return value


def _needs_type(schema: Mapping[str, Any]) -> bool:
    return "memory_type" in schema.get("required", ())


def with_memory_types(arguments: dict[str, Any], schema: Mapping[str, Any]) -> dict[str, Any]:
    """The arguments, with ``memory_type: "semantic"`` in each new memory that has none.

    The schemas of the tools that store memories ask the model for a memory type (as the
    official client's did); a call that leaves it out stores a semantic memory, the
    server's default, rather than fail.
    """
    if _needs_type(schema) and "memory_type" not in arguments:
        arguments = {**arguments, "memory_type": "semantic"}
    items = schema.get("properties", {}).get("memories", {}).get("items", {})
    memories = arguments.get("memories")
    if _needs_type(items) and isinstance(memories, list):
        typed = [
            {**m, "memory_type": "semantic"}
            if isinstance(m, Mapping) and "memory_type" not in m
            else m
            for m in memories
        ]
        arguments = {**arguments, "memories": typed}
    return arguments


def validate_arguments(arguments: Any, schema: Mapping[str, Any]) -> list[str]:
    """Every way ``arguments`` fails ``schema``, as readable messages (empty when valid).

    Supported keywords: type, enum, properties, required, additionalProperties (false or a
    schema), items, minItems, maxItems, minLength, maxLength, minimum, maximum and
    format "date-time".
    """
    errors: list[str] = []
    _check(arguments, schema, "", errors)
    return errors


_TYPES = {
    "object": lambda v: isinstance(v, Mapping),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    # JSON has one number type: 3.0 is an integer, True is not a number.
    "integer": lambda v: (
        (isinstance(v, int) and not isinstance(v, bool))
        or (isinstance(v, float) and math.isfinite(v) and v.is_integer())
    ),
    "number": lambda v: (
        isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
    ),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def _json_type(value: Any) -> str:
    for name in ("null", "boolean", "integer", "number", "string", "array", "object"):
        if _TYPES[name](value):
            return "a number" if name == "integer" else _ARTICLE[name]
    return type(value).__name__


_ARTICLE = {
    "null": "null",
    "boolean": "a boolean",
    "number": "a number",
    "string": "a string",
    "array": "an array",
    "object": "an object",
    "integer": "an integer",
}


def _show(value: Any) -> str:
    text = json.dumps(value, default=repr)
    return text if len(text) <= 80 else text[:77] + "..."


def _where(path: str) -> str:
    return f"'{path}'" if path else "the arguments"


def _check(value: Any, schema: Mapping[str, Any], path: str, errors: list[str]) -> None:
    expected = schema.get("type")
    if expected is not None:
        names = [expected] if isinstance(expected, str) else list(expected)
        if not any(_TYPES[name](value) for name in names):
            wanted = " or ".join(_ARTICLE.get(name, name) for name in names)
            errors.append(f"{_where(path)} must be {wanted}, got {_json_type(value)}")
            return
    if "enum" in schema and value not in schema["enum"]:
        choices = ", ".join(_show(c) for c in schema["enum"])
        errors.append(f"{_where(path)} must be one of {choices}, got {_show(value)}")
        return
    if isinstance(value, str):
        _check_string(value, schema, path, errors)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{_where(path)} must be at least {schema['minimum']}, got {value}")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{_where(path)} must be at most {schema['maximum']}, got {value}")
    elif isinstance(value, list):
        _check_array(value, schema, path, errors)
    elif isinstance(value, Mapping):
        _check_object(value, schema, path, errors)


def _check_string(value: str, schema: Mapping[str, Any], path: str, errors: list[str]) -> None:
    if "minLength" in schema and len(value.strip()) < schema["minLength"]:
        errors.append(f"{_where(path)} must not be empty")
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        errors.append(f"{_where(path)} must be at most {schema['maxLength']} characters")
    if schema.get("format") == "date-time":
        try:
            from dateutil.parser import isoparse  # only for date arguments, rarely

            isoparse(value)
        except (ValueError, OverflowError):
            errors.append(
                f"{_where(path)} must be an ISO 8601 date-time such as "
                f"'2025-03-14T09:00:00Z', got {_show(value)}"
            )


def _check_array(value: list[Any], schema: Mapping[str, Any], path: str, errors: list[str]) -> None:
    if "minItems" in schema and len(value) < schema["minItems"]:
        errors.append(f"{_where(path)} needs at least {schema['minItems']} item(s)")
    if "maxItems" in schema and len(value) > schema["maxItems"]:
        errors.append(f"{_where(path)} takes at most {schema['maxItems']} item(s)")
    items = schema.get("items")
    if isinstance(items, Mapping):
        for index, item in enumerate(value):
            _check(item, items, f"{path}[{index}]", errors)


def _check_object(
    value: Mapping[str, Any], schema: Mapping[str, Any], path: str, errors: list[str]
) -> None:
    properties: Mapping[str, Any] = schema.get("properties", {})
    prefix = f"{path}." if path else ""
    for key in schema.get("required", ()):
        if key not in value:
            errors.append(f"'{prefix}{key}' is required")
    extra = schema.get("additionalProperties", True)
    for key, item in value.items():
        if key in properties:
            _check(item, properties[key], f"{prefix}{key}", errors)
        elif extra is False:
            allowed = ", ".join(properties) or "none"
            errors.append(f"unknown parameter '{prefix}{key}' (parameters: {allowed})")
        elif isinstance(extra, Mapping):
            _check(item, extra, f"{prefix}{key}", errors)


# -- the official client's parsers ------------------------------------------------------------


def _unified(tool_call: Any) -> UnifiedToolCall:
    from .._exceptions import MemoryValidationError

    try:
        parsed = parse_tool_call(tool_call)
    except ToolCallError as exc:
        raise MemoryValidationError(f"tool call: {exc}") from None
    kind = _field(tool_call, "type")
    provider: Literal["openai", "anthropic", "generic"]
    if kind == "tool_use" or (kind is None and _has(tool_call, "input")):
        provider = "anthropic"
    elif _has(tool_call, "function") or _has(tool_call, "arguments"):
        provider = "openai"
    else:
        provider = "generic"
    return {
        "id": parsed.call_id,
        "name": parsed.name,
        "arguments": parsed.arguments,
        "provider": provider,
    }


class ToolCallParsers:
    """The official client's static tool-call parsers, shared by both clients.

    Each accepts what :func:`parse_tool_call` accepts (SDK objects too) and raises
    MemoryValidationError for a call it cannot read, or whose arguments are not a JSON
    object.
    """

    __slots__ = ()

    @staticmethod
    def parse_tool_call(tool_call: Any) -> UnifiedToolCall:
        """Any supported tool call as ``{"id", "name", "arguments", "provider"}``."""
        return _unified(tool_call)

    @staticmethod
    def parse_openai_function_call(function_call: Any) -> UnifiedToolCall:
        """A legacy ``{"name", "arguments"}`` function call, unified."""
        return _unified(function_call)

    @staticmethod
    def parse_openai_tool_call(tool_call: Any) -> UnifiedToolCall:
        """An OpenAI Chat Completions tool call, unified."""
        return _unified(tool_call)

    @staticmethod
    def parse_anthropic_tool_use(tool_use: Any) -> UnifiedToolCall:
        """An Anthropic ``tool_use`` block, unified."""
        return _unified(tool_use)
