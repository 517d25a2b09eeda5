"""Tool schemas: what each format renders, what the real SDKs send, and safe customisation."""

from __future__ import annotations

import copy
import json
import pickle
from collections.abc import Iterator
from typing import Any

import anthropic
import httpx2
import openai
import pytest

from agent_memory_client import (
    AsyncMemoryAPIClient,
    MemoryAPIClient,
    SyncMemoryAPIClient,
    ToolSchema,
    ToolSchemaCollection,
)
from agent_memory_client.tools import (
    ALL_TOOL_NAMES,
    DEFAULT_TOOL_NAMES,
    SchemaFormat,
    get_all_memory_tool_schemas,
    get_all_memory_tool_schemas_anthropic,
    get_all_memory_tool_schemas_responses,
    get_memory_tool_schema,
)
from agent_memory_client.tools.definitions import DEFINITIONS, lookup

SPEC_TOOLS = [
    "eagerly_create_long_term_memory",
    "lazily_create_long_term_memory",
    "search_long_term_memory",
    "edit_memory",
    "delete_memory",
    "set_working_memory",
    "get_or_create_working_memory",
]
OFFICIAL_TOOLS = [
    "search_memory",
    "get_or_create_working_memory",
    "lazily_create_long_term_memory",
    "update_working_memory_data",
    "get_long_term_memory",
    "eagerly_create_long_term_memory",
    "edit_long_term_memory",
    "delete_long_term_memories",
    "get_current_datetime",
]
DEPRECATED = [
    "create_long_term_memories",
    "add_memory_to_working_memory",
    "create_long_term_memory",
]


def _roundtrip(value: Any) -> Any:
    return json.loads(json.dumps(value))


# -- names and formats --------------------------------------------------------------------


def test_the_default_tools_are_the_specs_seven_in_every_format() -> None:
    assert list(DEFAULT_TOOL_NAMES) == SPEC_TOOLS
    assert get_all_memory_tool_schemas().names() == SPEC_TOOLS
    assert get_all_memory_tool_schemas_anthropic().names() == SPEC_TOOLS
    assert get_all_memory_tool_schemas_responses().names() == SPEC_TOOLS


def test_every_official_and_deprecated_name_resolves() -> None:
    for name in [*SPEC_TOOLS, *OFFICIAL_TOOLS]:
        found = lookup(name)
        assert found is not None, name
        assert found[1] is False, name
    for name in DEPRECATED:
        found = lookup(name)
        assert found is not None
        assert found[1] is True
    assert set(ALL_TOOL_NAMES) == {*SPEC_TOOLS, *OFFICIAL_TOOLS, *DEPRECATED}


def test_one_definition_renders_every_format() -> None:
    for definition in DEFINITIONS:
        chat = get_memory_tool_schema(definition.name, "openai")
        claude = get_memory_tool_schema(definition.name, "anthropic")
        responses = get_memory_tool_schema(definition.name, "responses")

        assert chat == {
            "type": "function",
            "function": {
                "name": definition.name,
                "description": definition.description,
                "parameters": definition.parameters,
            },
        }
        assert claude == {
            "name": definition.name,
            "description": definition.description,
            "input_schema": definition.parameters,
        }
        assert responses == {
            "type": "function",
            "name": definition.name,
            "description": definition.description,
            "parameters": definition.parameters,
            "strict": False,
        }


def test_every_parameter_is_described_and_objects_are_closed() -> None:
    def walk(schema: dict[str, Any], path: str) -> Iterator[tuple[str, dict[str, Any]]]:
        if schema.get("type") == "object":
            assert schema.get("additionalProperties") is False or path.endswith("data"), path
            for name, child in schema.get("properties", {}).items():
                yield f"{path}.{name}", child
                yield from walk(child, f"{path}.{name}")
        if schema.get("type") == "array":
            yield from walk(schema["items"], f"{path}[]")

    for definition in DEFINITIONS:
        assert len(definition.description) > 40
        for path, parameter in walk(dict(definition.parameters), definition.name):
            if "[]" in path and path.split("[].")[-1] in ("role", "content"):
                continue  # a chat message's own fields need no explanation
            assert parameter.get("description"), path


def test_aliases_render_under_the_name_asked_for() -> None:
    search = get_memory_tool_schema("search_memory")

    assert search.name == "search_memory"
    assert search.definition is not None
    assert search.definition.name == "search_long_term_memory"
    assert (
        search["function"]["parameters"]
        == get_memory_tool_schema("search_long_term_memory").parameters
    )


def test_getters_refuse_unknown_and_deprecated_names() -> None:
    with pytest.raises(KeyError, match="unknown memory tool 'order_pizza'"):
        get_memory_tool_schema("order_pizza")
    with pytest.raises(ValueError, match="deprecated; use 'eagerly_create_long_term_memory'"):
        get_all_memory_tool_schemas(["create_long_term_memories"])
    with pytest.raises(ValueError, match="schema_format"):
        ToolSchema({"name": "x"}, "gemini")  # type: ignore[arg-type]


def test_a_subset_can_include_tools_beyond_the_default_seven() -> None:
    tools = get_all_memory_tool_schemas(["search_long_term_memory", "get_long_term_memory"])

    assert tools.names() == ["search_long_term_memory", "get_long_term_memory"]
    assert get_all_memory_tool_schemas("get_current_datetime").names() == ["get_current_datetime"]


@pytest.mark.parametrize("client_class", [AsyncMemoryAPIClient, SyncMemoryAPIClient])
def test_both_clients_have_the_official_getters(client_class: Any) -> None:
    getters = {
        "get_memory_search_tool_schema": "search_memory",
        "get_working_memory_tool_schema": "get_or_create_working_memory",
        "get_lazily_create_long_term_memory_tool_schema": "lazily_create_long_term_memory",
        "get_eagerly_create_long_term_memory_tool_schema": "eagerly_create_long_term_memory",
        "get_update_memory_data_tool_schema": "update_working_memory_data",
        "get_long_term_memory_tool_schema": "get_long_term_memory",
        "edit_long_term_memory_tool_schema": "edit_long_term_memory",
        "delete_long_term_memories_tool_schema": "delete_long_term_memories",
        "get_current_datetime_tool_schema": "get_current_datetime",
    }
    for getter, tool in getters.items():
        chat: ToolSchema = getattr(client_class, getter)()
        claude: ToolSchema = getattr(client_class, f"{getter}_anthropic")()
        assert (chat.name, chat.format, claude.name, claude.format) == (
            tool,
            "openai",
            tool,
            "anthropic",
        )
        assert claude["input_schema"] == chat["function"]["parameters"]
    assert client_class.get_all_memory_tool_schemas().names() == SPEC_TOOLS
    assert client_class.get_all_memory_tool_schemas_anthropic().names() == SPEC_TOOLS
    assert client_class.get_all_memory_tool_schemas_responses().names() == SPEC_TOOLS
    assert client_class.get_memory_tool_schema("delete_memory", "anthropic").name == "delete_memory"


# -- serialisable and accepted by the SDKs ------------------------------------------------


def test_collections_and_schemas_are_json_and_pickle_friendly() -> None:
    for tools in (
        get_all_memory_tool_schemas(),
        get_all_memory_tool_schemas_anthropic(),
        get_all_memory_tool_schemas_responses(),
    ):
        assert isinstance(tools, list)
        assert _roundtrip(tools) == tools.to_list()
        assert _roundtrip(tools[0]) == tools[0].to_dict()
        assert pickle.loads(pickle.dumps(tools)) == tools
        assert copy.deepcopy(tools) == tools
        assert type(tools.to_list()[0]) is dict


class _Recorder:
    """An HTTP endpoint that records request bodies and answers with a fixed reply."""

    def __init__(self, reply: dict[str, Any]) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.reply = reply

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.bodies.append(json.loads(request.content))
        return httpx2.Response(200, json=self.reply)


_CHAT_REPLY = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 0,
    "model": "gpt-4o",
    "choices": [
        {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "ok"}}
    ],
}
_CLAUDE_REPLY = {
    "id": "msg_1",
    "type": "message",
    "role": "assistant",
    "model": "claude",
    "content": [{"type": "text", "text": "ok"}],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {"input_tokens": 1, "output_tokens": 1},
}
_RESPONSES_REPLY = {
    "id": "resp_1",
    "object": "response",
    "created_at": 0,
    "model": "gpt-4o",
    "status": "completed",
    "output": [],
    "tools": [],
    "tool_choice": "auto",
    "parallel_tool_calls": True,
}


def _openai(recorder: _Recorder) -> openai.OpenAI:
    http = httpx2.Client(transport=httpx2.MockTransport(recorder))
    return openai.OpenAI(api_key="x", base_url="http://model.test/v1", http_client=http)


def test_the_openai_sdk_sends_our_chat_tools_exactly() -> None:
    recorder = _Recorder(_CHAT_REPLY)
    tools = MemoryAPIClient.get_all_memory_tool_schemas()
    customised = tools.with_description("search_long_term_memory", "Look things up.")

    with _openai(recorder) as client:
        client.chat.completions.create(model="gpt-4o", messages=[], tools=tools)
        client.chat.completions.create(model="gpt-4o", messages=[], tools=customised)
        client.chat.completions.create(model="gpt-4o", messages=[], tools=[tools[2]])

    assert recorder.bodies[0]["tools"] == _roundtrip(tools)
    assert recorder.bodies[1]["tools"][2]["function"]["description"] == "Look things up."
    assert recorder.bodies[2]["tools"] == [_roundtrip(tools[2])]


def test_the_openai_sdk_sends_our_responses_tools_exactly() -> None:
    recorder = _Recorder(_RESPONSES_REPLY)
    tools = MemoryAPIClient.get_all_memory_tool_schemas_responses()

    with _openai(recorder) as client:
        client.responses.create(model="gpt-4o", input="hi", tools=tools)

    assert recorder.bodies[0]["tools"] == _roundtrip(tools)


async def test_the_async_sdks_send_our_tools_exactly() -> None:
    chat, claude = _Recorder(_CHAT_REPLY), _Recorder(_CLAUDE_REPLY)
    chat_tools = MemoryAPIClient.get_all_memory_tool_schemas()
    claude_tools = MemoryAPIClient.get_all_memory_tool_schemas_anthropic()

    async with openai.AsyncOpenAI(
        api_key="x",
        base_url="http://model.test/v1",
        http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(chat)),
    ) as openai_client:
        await openai_client.chat.completions.create(model="gpt-4o", messages=[], tools=chat_tools)
    async with anthropic.AsyncAnthropic(
        api_key="x",
        base_url="http://model.test",
        http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(claude)),
    ) as anthropic_client:
        await anthropic_client.messages.create(
            model="claude", max_tokens=10, messages=[], tools=claude_tools
        )

    assert chat.bodies[0]["tools"] == _roundtrip(chat_tools)
    assert claude.bodies[0]["tools"] == _roundtrip(claude_tools)


def test_the_anthropic_sdk_sends_our_tools_exactly() -> None:
    recorder = _Recorder(_CLAUDE_REPLY)
    tools = MemoryAPIClient.get_all_memory_tool_schemas_anthropic().select(
        ["search_long_term_memory", "edit_memory"]
    )
    http = httpx2.Client(transport=httpx2.MockTransport(recorder))

    with anthropic.Anthropic(api_key="x", base_url="http://model.test", http_client=http) as c:
        c.messages.create(model="claude", max_tokens=10, messages=[], tools=tools)

    assert recorder.bodies[0]["tools"] == _roundtrip(tools)
    assert [t["name"] for t in recorder.bodies[0]["tools"]] == [
        "search_long_term_memory",
        "edit_memory",
    ]


# -- customisation never touches the defaults ---------------------------------------------


def test_with_methods_return_changed_copies() -> None:
    tools = get_all_memory_tool_schemas()
    before = _roundtrip(tools)

    renamed = tools.with_name("search_long_term_memory", "recall")
    described = tools.with_description("edit_memory", "Fix a memory.")
    parameter = tools.with_parameter_description(
        "eagerly_create_long_term_memory", "memories.text", "One fact."
    )
    subset = tools.select(["delete_memory", "search_long_term_memory"])

    assert _roundtrip(tools) == before
    assert _roundtrip(get_all_memory_tool_schemas()) == before
    assert renamed.names()[2] == "recall"
    assert renamed[2].definition is not None
    assert renamed[2].definition.name == "search_long_term_memory"
    assert described[3].description == "Fix a memory."
    assert parameter[0].get_parameter_description("memories.text") == "One fact."
    assert (
        parameter[0]["function"]["parameters"]["properties"]["memories"]["items"]["properties"][
            "text"
        ]["description"]
        == "One fact."
    )
    assert subset.names() == ["delete_memory", "search_long_term_memory"]
    assert isinstance(subset, ToolSchemaCollection)


def test_schema_with_methods_in_every_format() -> None:
    formats: list[SchemaFormat] = ["openai", "anthropic", "responses"]
    for schema_format in formats:
        schema = get_memory_tool_schema("search_long_term_memory", schema_format)
        changed = (
            schema.with_name("recall")
            .with_description("Look it up.")
            .with_parameter_description("query", "Words to look for.")
        )

        assert (schema.name, changed.name) == ("search_long_term_memory", "recall")
        assert changed.description == "Look it up."
        assert changed.get_parameter_description("query") == "Words to look for."
        assert schema.get_parameter_description("query") == "What to look for, in natural language."
        assert changed.format == schema_format


def test_set_methods_change_only_the_copy_in_hand() -> None:
    # The official client's in-place style still works, on a fresh copy each time.
    tools = MemoryAPIClient.get_all_memory_tool_schemas()
    tools.set_description("search_long_term_memory", "Custom search").set_name(
        "edit_memory", "fix_memory"
    )
    search = MemoryAPIClient.get_memory_search_tool_schema()
    search.set_description("Mine").set_parameter_description("query", "Q")

    assert tools.get_by_name("search_long_term_memory") is not None
    assert tools[2].get_description() == "Custom search"
    assert tools.names()[3] == "fix_memory"
    assert search.get_description() == "Mine"
    fresh = MemoryAPIClient.get_all_memory_tool_schemas()
    assert fresh[2].description != "Custom search"
    assert fresh.names()[3] == "edit_memory"
    assert MemoryAPIClient.get_memory_search_tool_schema().get_parameter_description("query") != "Q"


def test_customising_something_that_is_not_there_is_an_error() -> None:
    tools = get_all_memory_tool_schemas()

    with pytest.raises(KeyError, match="no tool 'recall' here"):
        tools.with_name("recall", "x")
    with pytest.raises(KeyError, match=r"no parameter 'memories\.mood'"):
        tools.with_parameter_description("eagerly_create_long_term_memory", "memories.mood", "x")
    with pytest.raises(KeyError, match="no tool 'order_pizza' here"):
        tools.select(["order_pizza"])
    with pytest.raises(ValueError, match="non-empty string"):
        tools[0].with_name("")


def test_a_foreign_dict_schema_finds_its_tool_by_name() -> None:
    plain = ToolSchema(get_memory_tool_schema("edit_memory", "anthropic").to_dict(), "anthropic")

    assert plain.definition is not None
    assert plain.definition.name == "edit_memory"
    assert ToolSchema({"name": "mine", "input_schema": {}}, "anthropic").definition is None
    assert repr(plain) == "ToolSchema(name='edit_memory', format='anthropic')"
    assert (
        repr(get_all_memory_tool_schemas(["edit_memory"]))
        == "ToolSchemaCollection(['edit_memory'])"
    )
