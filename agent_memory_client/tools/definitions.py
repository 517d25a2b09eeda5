"""The memory tools an LLM can call: one definition per tool, every format renders from it.

A definition holds the text the model reads (written here and nowhere else), the JSON
schema its arguments must match, and the other names it answers to. Nothing here does I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = [
    "ALL_TOOL_NAMES",
    "DEFAULT_TOOL_NAMES",
    "DEFINITIONS",
    "SCOPE_KEYS",
    "ToolDefinition",
    "lookup",
]


@dataclass(frozen=True)
class ToolDefinition:
    """One tool: its name, the text and schema the model sees, and its other names.

    ``aliases`` resolve silently (the official client's names); ``deprecated_aliases``
    resolve with a DeprecationWarning. ``uses_session`` marks tools that read or write the
    session's working memory: they need a session id, and within one batch of calls they
    run one at a time because each one reads, changes and writes the whole session.
    """

    name: str
    description: str
    parameters: Mapping[str, Any]
    aliases: tuple[str, ...] = ()
    deprecated_aliases: tuple[str, ...] = ()
    uses_session: bool = False


# Arguments that decide whose memories a call touches. The application sets them (resolve
# arguments or client defaults); a model that sends them is ignored rather than obeyed, so
# no schema declares them.
SCOPE_KEYS = frozenset({"user_id", "namespace", "session_id"})


def _object(properties: Mapping[str, Any], required: tuple[str, ...] = ()) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": dict(properties)}
    if required:
        schema["required"] = list(required)
    schema["additionalProperties"] = False
    return schema


def _strings(description: str) -> dict[str, Any]:
    return {"type": "array", "items": {"type": "string"}, "description": description}


_MEMORY_TEXT = {
    "type": "string",
    "minLength": 1,
    "description": (
        "The information to remember, as one self-contained statement about the user, "
        "e.g. 'User is vegetarian' or 'User moved to Seattle in March 2025'."
    ),
}
_MEMORY_TYPE = {
    "type": "string",
    "enum": ["episodic", "semantic"],
    "default": "semantic",
    "description": (
        "'semantic' for lasting facts and preferences, 'episodic' for events that happened "
        "at a particular time."
    ),
}
# Editing keeps the stored type unless the model names one, so no default here.
_NEW_MEMORY_TYPE = {k: v for k, v in _MEMORY_TYPE.items() if k != "default"}
_TOPICS = _strings("Short topic labels, e.g. ['food', 'preferences'].")
_ENTITIES = _strings("Names of people, places, products or things mentioned, e.g. ['Paris'].")
_EVENT_DATE = {
    "type": "string",
    "format": "date-time",
    "description": "When an episodic event happened, ISO 8601, e.g. '2025-03-14T09:00:00Z'.",
}
_MEMORY_ID = {
    "type": "string",
    "minLength": 1,
    "description": "The memory's id, as shown in search results.",
}
_MEMORY_FIELDS = {
    "text": _MEMORY_TEXT,
    "memory_type": _MEMORY_TYPE,
    "topics": _TOPICS,
    "entities": _ENTITIES,
    "event_date": _EVENT_DATE,
}

_STORE_ADVICE = (
    "Store one fact per memory and search first, so you do not store what is already known."
)

DEFINITIONS: tuple[ToolDefinition, ...] = (
    ToolDefinition(
        name="eagerly_create_long_term_memory",
        description=(
            "Save memories to long-term memory right away, so they can be searched within a "
            "second. Use it for important facts the user shares that must be available "
            "immediately, also in other conversations. " + _STORE_ADVICE
        ),
        parameters=_object(
            {
                "memories": {
                    "type": "array",
                    "minItems": 1,
                    "items": _object(_MEMORY_FIELDS, required=("text", "memory_type")),
                    "description": "The memories to save.",
                }
            },
            required=("memories",),
        ),
        deprecated_aliases=("create_long_term_memories", "create_long_term_memory"),
    ),
    ToolDefinition(
        name="lazily_create_long_term_memory",
        description=(
            "Remember something for the long term by adding it to this conversation's working "
            "memory; the memory server moves it to long-term memory in the background. "
            "Cheaper than eagerly_create_long_term_memory and the usual choice for facts and "
            "preferences the user mentions. " + _STORE_ADVICE
        ),
        parameters=_object(_MEMORY_FIELDS, required=("text", "memory_type")),
        deprecated_aliases=("add_memory_to_working_memory",),
        uses_session=True,
    ),
    ToolDefinition(
        name="search_long_term_memory",
        description=(
            "Search the user's long-term memory by meaning. Use it before answering questions "
            "that depend on what you know about the user (preferences, past events, facts), "
            "and before storing, editing or deleting a memory. Each result has the memory's "
            "text, its id (for edit_memory and delete_memory) and its relevance from 0 to 1."
        ),
        parameters=_object(
            {
                "query": {
                    "type": "string",
                    "minLength": 1,
                    "description": "What to look for, in natural language.",
                },
                "topics": _strings("Only memories with any of these topics."),
                "entities": _strings("Only memories that mention any of these entities."),
                "memory_type": {
                    "type": "string",
                    "enum": ["semantic", "episodic", "message"],
                    "description": "Only memories of this type.",
                },
                "max_results": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 50,
                    "default": 10,
                    "description": "How many memories to return at most.",
                },
                "offset": {
                    "type": "integer",
                    "minimum": 0,
                    "default": 0,
                    "description": "How many results to skip, to see further results.",
                },
                "min_relevance": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1,
                    "description": "Leave out memories less relevant than this (0 to 1).",
                },
                "optimize_query": {
                    "type": "boolean",
                    "default": False,
                    "description": "Let the server rewrite the query for search first.",
                },
            },
            required=("query",),
        ),
        aliases=("search_memory",),
    ),
    ToolDefinition(
        name="edit_memory",
        description=(
            "Correct or update a long-term memory, e.g. when the user says something changed. "
            "Give the memory's id (from search_long_term_memory) and only the fields to change; "
            "the others stay as they are."
        ),
        parameters=_object(
            {
                "memory_id": _MEMORY_ID,
                "text": {**_MEMORY_TEXT, "description": "The new text of the memory."},
                "memory_type": _NEW_MEMORY_TYPE,
                "topics": _TOPICS,
                "entities": _ENTITIES,
                "event_date": _EVENT_DATE,
            },
            required=("memory_id",),
        ),
        aliases=("edit_long_term_memory",),
    ),
    ToolDefinition(
        name="delete_memory",
        description=(
            "Delete long-term memories for good, when the user asks you to forget something or "
            "a memory is wrong or duplicated. Give the ids from search_long_term_memory."
        ),
        parameters=_object(
            {
                "memory_ids": {
                    "type": "array",
                    "minItems": 1,
                    "items": {"type": "string", "minLength": 1},
                    "description": "The ids of the memories to delete.",
                }
            },
            required=("memory_ids",),
        ),
        aliases=("delete_long_term_memories",),
    ),
    ToolDefinition(
        name="set_working_memory",
        description=(
            "Update this conversation's working memory, creating it if needed. Each field you "
            "give replaces the stored one; fields you leave out stay as they are. Use 'data' "
            "for structured facts about the task at hand (an itinerary, a shopping list) and "
            "'context' for a summary of the conversation so far."
        ),
        parameters=_object(
            {
                "messages": {
                    "type": "array",
                    "items": _object(
                        {
                            "role": {"type": "string", "enum": ["user", "assistant", "system"]},
                            "content": {"type": "string"},
                        },
                        required=("role", "content"),
                    ),
                    "description": "The conversation's messages, replacing the stored ones.",
                },
                "context": {
                    "type": "string",
                    "description": "A summary of the conversation so far.",
                },
                "data": {
                    "type": "object",
                    "description": "Structured data for this conversation, as a JSON object.",
                },
            }
        ),
        uses_session=True,
    ),
    ToolDefinition(
        name="get_or_create_working_memory",
        description=(
            "Read this conversation's working memory (recent messages, a summary, memories "
            "waiting to be saved, structured data), creating it empty if it does not exist yet."
        ),
        parameters=_object({}),
        uses_session=True,
    ),
    ToolDefinition(
        name="get_long_term_memory",
        description=(
            "Read one long-term memory in full by its id, e.g. before editing it. Get the id "
            "from search_long_term_memory."
        ),
        parameters=_object({"memory_id": _MEMORY_ID}, required=("memory_id",)),
    ),
    ToolDefinition(
        name="update_working_memory_data",
        description=(
            "Store or update structured data (a JSON object) in this conversation's working "
            "memory, such as an itinerary or the details of a project, keeping the rest of "
            "the session as it is."
        ),
        parameters=_object(
            {
                "data": {"type": "object", "description": "The data to store, a JSON object."},
                "merge_strategy": {
                    "type": "string",
                    "enum": ["replace", "merge", "deep_merge"],
                    "default": "merge",
                    "description": (
                        "'merge' updates top-level keys, 'deep_merge' also merges nested "
                        "objects, 'replace' discards the stored data first."
                    ),
                },
            },
            required=("data",),
        ),
        uses_session=True,
    ),
    ToolDefinition(
        name="get_current_datetime",
        description=(
            "Get the current date and time in UTC, to turn words like 'today' or 'last week' "
            "into a date before storing an event."
        ),
        parameters=_object({}),
    ),
)

# What get_all_memory_tool_schemas() advertises: the spec's seven tools.
DEFAULT_TOOL_NAMES: tuple[str, ...] = tuple(d.name for d in DEFINITIONS[:7])

_BY_NAME: dict[str, tuple[ToolDefinition, bool]] = {}
for _definition in DEFINITIONS:
    _BY_NAME[_definition.name] = (_definition, False)
    for _alias in _definition.aliases:
        _BY_NAME[_alias] = (_definition, False)
    for _alias in _definition.deprecated_aliases:
        _BY_NAME[_alias] = (_definition, True)

# Every name a tool call may use, the deprecated ones included.
ALL_TOOL_NAMES: tuple[str, ...] = tuple(_BY_NAME)


def lookup(name: str) -> tuple[ToolDefinition, bool] | None:
    """The definition a tool name resolves to and whether the name is deprecated."""
    return _BY_NAME.get(name)
