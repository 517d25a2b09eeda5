"""Tool calls in every accepted format, and the argument validator against the tool schemas."""

from __future__ import annotations

import json
from typing import Any

import anthropic.types
import openai.types.chat
import openai.types.chat.chat_completion_message
import openai.types.responses
import pytest

from agent_memory_client.tools import ParsedToolCall, ToolCallError, parse_tool_call
from agent_memory_client.tools.calls import (
    parse_arguments,
    tool_call_id,
    validate_arguments,
    without_scope,
)
from agent_memory_client.tools.definitions import DEFINITIONS, lookup

ARGS: dict[str, object] = {"query": "tea", "max_results": 3}
JSON_ARGS = json.dumps(ARGS)


def _openai_dict(call_id: str = "call_1") -> dict[str, Any]:
    return {
        "id": call_id,
        "type": "function",
        "function": {"name": "search_long_term_memory", "arguments": JSON_ARGS},
    }


FORMATS: list[tuple[str, Any, str | None]] = [
    (
        "openai sdk object",
        openai.types.chat.ChatCompletionMessageToolCall.model_validate(_openai_dict()),
        "call_1",
    ),
    ("openai dict", _openai_dict(), "call_1"),
    (
        "openai dict, dict arguments",
        {**_openai_dict(), "function": {"name": "search_long_term_memory", "arguments": ARGS}},
        "call_1",
    ),
    ("legacy function_call", {"name": "search_long_term_memory", "arguments": JSON_ARGS}, None),
    (
        "legacy function_call sdk object",
        openai.types.chat.chat_completion_message.FunctionCall(
            name="search_long_term_memory", arguments=JSON_ARGS
        ),
        None,
    ),
    (
        "responses sdk object",
        openai.types.responses.ResponseFunctionToolCall(
            type="function_call",
            id="fc_1",
            call_id="call_9",
            name="search_long_term_memory",
            arguments=JSON_ARGS,
        ),
        "call_9",
    ),
    (
        "responses dict",
        {
            "type": "function_call",
            "id": "fc_1",
            "call_id": "call_9",
            "name": "search_long_term_memory",
            "arguments": JSON_ARGS,
        },
        "call_9",
    ),
    (
        "anthropic sdk object",
        anthropic.types.ToolUseBlock(
            type="tool_use", id="toolu_1", name="search_long_term_memory", input=ARGS
        ),
        "toolu_1",
    ),
    (
        "anthropic dict",
        {"type": "tool_use", "id": "toolu_1", "name": "search_long_term_memory", "input": ARGS},
        "toolu_1",
    ),
    (
        "anthropic dict without type",
        {"id": "toolu_1", "name": "search_long_term_memory", "input": ARGS},
        "toolu_1",
    ),
    (
        "langchain ToolCall",
        {"name": "search_long_term_memory", "args": ARGS, "id": "lc_1", "type": "tool_call"},
        "lc_1",
    ),
    ("langchain ToolCall without id", {"name": "search_long_term_memory", "args": ARGS}, None),
]


@pytest.mark.parametrize(("label", "call", "call_id"), FORMATS, ids=[f[0] for f in FORMATS])
def test_every_format_parses_to_the_same_call(label: str, call: Any, call_id: str | None) -> None:
    parsed = parse_tool_call(call)

    assert parsed == ParsedToolCall(name="search_long_term_memory", arguments=ARGS, call_id=call_id)
    assert tool_call_id(call) == call_id


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ({"name": "x", "arguments": '{"query": "tea"'}, "not valid JSON"),
        ({"name": "x", "arguments": "[1, 2]"}, "must be a JSON object, got an array"),
        ({"name": "x", "arguments": '"tea"'}, "must be a JSON object, got a string"),
        ({"type": "tool_use", "id": "t", "name": "x", "input": [1]}, "got an array"),
        ({"name": "", "arguments": "{}"}, "no tool name"),
        ({"type": "function", "id": "c", "function": {"arguments": "{}"}}, "no tool name"),
        ({"hello": "world"}, "unrecognised tool call (dict)"),
        ("search_long_term_memory", "unrecognised tool call (str)"),
        (None, "unrecognised tool call (NoneType)"),
    ],
)
def test_malformed_calls_raise_tool_call_error(call: Any, message: str) -> None:
    with pytest.raises(ToolCallError) as caught:
        parse_tool_call(call)

    assert message in str(caught.value)


def test_a_bad_json_call_keeps_its_name_and_id() -> None:
    call = _openai_dict("call_7")
    call["function"]["arguments"] = "{oops"

    with pytest.raises(ToolCallError) as caught:
        parse_tool_call(call)

    assert (caught.value.name, caught.value.call_id) == ("search_long_term_memory", "call_7")
    assert tool_call_id(call) == "call_7"


@pytest.mark.parametrize("raw", [None, "", "  ", b"{}", {}])
def test_empty_arguments_are_an_empty_object(raw: Any) -> None:
    assert parse_arguments(raw) == {}


# -- the validator ------------------------------------------------------------------------

SEARCH = dict(DEFINITIONS[2].parameters)
EAGER = dict(DEFINITIONS[0].parameters)


@pytest.mark.parametrize(
    ("arguments", "errors"),
    [
        ({"query": "tea"}, []),
        ({"query": "tea", "max_results": 5.0}, []),
        ({"query": "tea", "min_relevance": 0}, []),
        ({}, ["'query' is required"]),
        ({"query": 5}, ["'query' must be a string, got a number"]),
        ({"query": "tea", "max_results": 2.5}, ["'max_results' must be an integer, got a number"]),
        (
            {"query": "tea", "max_results": True},
            ["'max_results' must be an integer, got a boolean"],
        ),
        ({"query": "tea", "max_results": 51}, ["'max_results' must be at most 50, got 51"]),
        ({"query": "tea", "offset": -1}, ["'offset' must be at least 0, got -1"]),
        (
            {"query": "tea", "min_relevance": float("nan")},
            ["'min_relevance' must be a number, got float"],
        ),
        ({"query": "tea", "topics": "food"}, ["'topics' must be an array, got a string"]),
        ({"query": "tea", "topics": ["food", 1]}, ["'topics[1]' must be a string, got a number"]),
        (
            {"query": "tea", "memory_type": "fact"},
            ['\'memory_type\' must be one of "semantic", "episodic", "message", got "fact"'],
        ),
        (
            {"query": "tea", "optimize_query": "yes"},
            ["'optimize_query' must be a boolean, got a string"],
        ),
        (
            {"query": "", "limit": 3},
            [
                "'query' must not be empty",
                "unknown parameter 'limit' (parameters: query, topics, entities, memory_type, "
                "max_results, offset, min_relevance, optimize_query)",
            ],
        ),
        (["tea"], ["the arguments must be an object, got an array"]),
    ],
)
def test_search_arguments(arguments: Any, errors: list[str]) -> None:
    assert validate_arguments(arguments, SEARCH) == errors


def test_nested_errors_name_their_path() -> None:
    arguments = {
        "memories": [
            {
                "text": "User likes tea",
                "memory_type": "semantic",
                "event_date": "2025-03-14T09:00:00Z",
            },
            {"text": "ok", "memory_type": "episodic", "event_date": "2025-03-14"},
            {"memory_type": "semantic", "event_date": "yesterday", "extra": 1},
        ]
    }

    assert validate_arguments(arguments, EAGER) == [
        "'memories[2].text' is required",
        "'memories[2].event_date' must be an ISO 8601 date-time such as "
        "'2025-03-14T09:00:00Z', got \"yesterday\"",
        "unknown parameter 'memories[2].extra' (parameters: text, memory_type, topics, "
        "entities, event_date)",
    ]
    assert validate_arguments({"memories": []}, EAGER) == ["'memories' needs at least 1 item(s)"]


def test_the_validator_supports_the_keywords_it_claims() -> None:
    schema = {
        "type": "object",
        "properties": {
            "tags": {"type": "array", "items": {"type": "string", "maxLength": 3}, "maxItems": 2},
            "maybe": {"type": ["string", "null"]},
            "free": {"type": "object", "additionalProperties": {"type": "integer"}},
        },
    }

    assert validate_arguments({"tags": ["a", "b"], "maybe": None, "free": {"x": 1}}, schema) == []
    assert validate_arguments(
        {"tags": ["abcd", "b", "c"], "maybe": 1, "free": {"x": "1"}}, schema
    ) == [
        "'tags' takes at most 2 item(s)",
        "'tags[0]' must be at most 3 characters",
        "'maybe' must be a string or null, got a number",
        "'free.x' must be an integer, got a string",
    ]


def test_scope_keys_are_dropped_unless_declared() -> None:
    arguments = {"query": "tea", "user_id": "mallory", "namespace": "x", "session_id": "s"}

    assert without_scope(arguments, SEARCH) == {"query": "tea"}
    declared = {"properties": {"user_id": {"type": "string"}}, "additionalProperties": False}
    assert without_scope({"user_id": "u", "namespace": "n"}, declared) == {"user_id": "u"}
    nested = {"memories": [{"text": "x", "user_id": "mallory"}]}
    assert without_scope(nested, EAGER) == {"memories": [{"text": "x"}]}
    # Free-form data may hold such keys for its own reasons.
    data = {"data": {"user_id": "guest-7", "namespace": "booking"}}
    assert without_scope(data, dict(DEFINITIONS[8].parameters)) == data


# What a model sends for each tool, in the shapes the official client's schemas produced
# too: every one must be accepted by the schema the model was given.
MODEL_CALLS: list[tuple[str, dict[str, Any]]] = [
    (
        "eagerly_create_long_term_memory",
        {
            "memories": [
                {
                    "text": "User is vegetarian",
                    "memory_type": "semantic",
                    "topics": ["food"],
                    "entities": ["vegetarian"],
                },
                {
                    "text": "User visited Rome on 2024-05-01",
                    "memory_type": "episodic",
                    "event_date": "2024-05-01T00:00:00Z",
                },
            ]
        },
    ),
    (
        "lazily_create_long_term_memory",
        {
            "text": "User likes tea",
            "memory_type": "semantic",
            "topics": ["drinks"],
            "entities": ["tea"],
        },
    ),
    (
        "search_long_term_memory",
        {
            "query": "food preferences",
            "topics": ["food"],
            "entities": ["tea"],
            "memory_type": "semantic",
            "max_results": 10,
            "offset": 0,
            "min_relevance": 0.5,
            "optimize_query": False,
        },
    ),
    ("search_memory", {"query": "food", "max_results": 5, "user_id": "alice"}),
    (
        "edit_memory",
        {
            "memory_id": "01J",
            "text": "User is pescatarian",
            "topics": ["food"],
            "entities": ["fish"],
            "memory_type": "semantic",
            "event_date": "2024-01-15T14:30:00Z",
        },
    ),
    (
        "edit_long_term_memory",
        {"memory_id": "01J", "text": "x", "namespace": "n", "user_id": "u", "session_id": "s"},
    ),
    ("delete_memory", {"memory_ids": ["01J", "01K"]}),
    ("delete_long_term_memories", {"memory_ids": ["01J"]}),
    (
        "set_working_memory",
        {
            "messages": [{"role": "user", "content": "hi"}],
            "context": "greeting",
            "data": {"a": {"b": [1, 2]}},
        },
    ),
    ("get_or_create_working_memory", {}),
    ("get_long_term_memory", {"memory_id": "01J"}),
    ("update_working_memory_data", {"data": {"trip": "Rome"}, "merge_strategy": "deep_merge"}),
    ("get_current_datetime", {}),
    ("create_long_term_memories", {"memories": [{"text": "x", "memory_type": "semantic"}]}),
    ("add_memory_to_working_memory", {"text": "x", "memory_type": "episodic"}),
]


@pytest.mark.parametrize(("name", "arguments"), MODEL_CALLS, ids=[c[0] for c in MODEL_CALLS])
def test_what_a_model_sends_is_accepted(name: str, arguments: dict[str, Any]) -> None:
    found = lookup(name)
    assert found is not None
    schema = found[0].parameters

    assert validate_arguments(without_scope(arguments, schema), schema) == []
