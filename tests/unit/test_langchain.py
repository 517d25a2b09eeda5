"""get_memory_tools without a server: which tools, their names, schemas and errors.

The tools' calls against the real server are in tests/integration (test_langchain.py).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from typing import Any
from unittest.mock import patch

import pytest
from langchain_core.tools import StructuredTool
from langchain_core.utils.function_calling import convert_to_openai_tool

from agent_memory_client import (
    MemoryAPIClient,
    MemoryClientError,
    MemoryValidationError,
    SyncMemoryAPIClient,
)
from agent_memory_client.integrations import get_memory_tools_langchain
from agent_memory_client.integrations._langchain_tools import ArgumentsSchema
from agent_memory_client.integrations.langchain import (
    LANGCHAIN_TOOL_NAMES,
    LangChainNotInstalledError,
    get_memory_tools,
    memory_tool_definitions,
)
from agent_memory_client.tools.calls import single_objects_listed
from agent_memory_client.tools.definitions import DEFINITIONS, lookup

OFFICIAL_NAMES = [
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
# Our own names for the same tools, and the one tool the official client does not have.
SPEC_NAMES = {
    "search_long_term_memory": "search_memory",
    "edit_memory": "edit_long_term_memory",
    "delete_memory": "delete_long_term_memories",
}


@pytest.fixture(params=["async", "sync"])
def client(request: pytest.FixtureRequest) -> Any:
    # Never used to send anything here: building the tools makes no request.
    if request.param == "async":
        return MemoryAPIClient(base_url="http://127.0.0.1:9")
    return SyncMemoryAPIClient(base_url="http://127.0.0.1:9")


def test_all_is_the_official_nine_in_the_official_order(client: Any) -> None:
    tools = get_memory_tools(client, "s1", user_id="alice")

    assert list(LANGCHAIN_TOOL_NAMES) == OFFICIAL_NAMES
    assert [tool.name for tool in tools] == OFFICIAL_NAMES
    assert all(isinstance(tool, StructuredTool) for tool in tools)
    assert all(tool.func is not None and tool.coroutine is not None for tool in tools)


def test_each_tool_is_its_definition_text_and_schema(client: Any) -> None:
    for tool in get_memory_tools(client, "s1", tools=[*OFFICIAL_NAMES, "set_working_memory"]):
        found = lookup(tool.name)
        assert found is not None
        definition = found[0]
        assert tool.description == definition.description
        rendered = convert_to_openai_tool(tool)["function"]
        assert rendered["name"] == tool.name
        assert rendered["description"] == definition.description
        assert rendered["parameters"] == definition.parameters
        assert tool.args == definition.parameters["properties"]
        # A JSON schema to LangChain; what code written for the official (pydantic)
        # args_schema calls works too.
        assert isinstance(tool.args_schema, ArgumentsSchema)
        assert tool.args_schema.model_json_schema() == definition.parameters


def test_our_names_give_the_same_tools_under_the_name_asked_for(client: Any) -> None:
    ours = get_memory_tools(client, "s1", tools=list(SPEC_NAMES))
    official = get_memory_tools(client, "s1", tools=list(SPEC_NAMES.values()))

    assert [tool.name for tool in ours] == list(SPEC_NAMES)
    for mine, theirs in zip(ours, official, strict=True):
        assert mine.description == theirs.description
        assert mine.args == theirs.args


def test_every_current_name_is_accepted_and_deprecated_ones_are_not() -> None:
    current = [n for d in DEFINITIONS for n in (d.name, *d.aliases)]
    assert [name for name, _ in memory_tool_definitions(current)] == current
    for definition in DEFINITIONS:
        for deprecated in definition.deprecated_aliases:
            with pytest.raises(MemoryValidationError, match=f"Invalid tool names: '{deprecated}'"):
                memory_tool_definitions([deprecated])


def test_a_selection_keeps_the_order_asked_and_gives_a_name_once() -> None:
    chosen = memory_tool_definitions(["get_current_datetime", "search_memory", "search_memory"])
    assert [name for name, _ in chosen] == ["get_current_datetime", "search_memory"]
    assert [name for name, _ in memory_tool_definitions("search_memory")] == ["search_memory"]


def test_unknown_names_are_refused_all_at_once(client: Any) -> None:
    with pytest.raises(ValueError, match="Invalid tool names") as caught:
        get_memory_tools(client, "s1", tools=["search_memory", "invalid_tool", "another"])

    assert isinstance(caught.value, MemoryValidationError)
    message = str(caught.value)
    assert "'invalid_tool', 'another'" in message
    assert "Available tools: search_memory, get_or_create_working_memory" in message
    assert "search_long_term_memory" in message  # our names are offered too


@pytest.mark.parametrize(
    "scope",
    [{"session_id": ""}, {"session_id": "s1", "user_id": ""}, {"session_id": "s1", "namespace": 3}],
)
def test_a_bad_scope_is_refused_when_the_tools_are_built(client: Any, scope: Any) -> None:
    with pytest.raises(MemoryValidationError):
        get_memory_tools(client, **scope)


def test_only_our_clients_are_accepted() -> None:
    with pytest.raises(MemoryValidationError, match="got object"):
        get_memory_tools(object(), "s1")  # type: ignore[arg-type]


def test_the_official_alias_is_the_same_function() -> None:
    assert get_memory_tools_langchain is get_memory_tools


async def test_sync_invoke_of_an_async_client_tool_inside_a_running_loop_says_what_to_do() -> None:
    client = MemoryAPIClient(base_url="http://127.0.0.1:9")
    (tool,) = get_memory_tools(client, "s1", tools=["get_current_datetime"])

    with pytest.raises(MemoryClientError, match=r"await tool\.ainvoke"):
        tool.invoke({})
    await client.close()


def test_without_langchain_get_memory_tools_says_how_to_install_it(client: Any) -> None:
    with (
        patch.dict(sys.modules, {"langchain_core": None, "langchain_core.tools": None}),
        pytest.raises(ImportError, match="LangChain is required") as caught,
    ):
        get_memory_tools(client, "s1")

    assert isinstance(caught.value, LangChainNotInstalledError)
    assert isinstance(caught.value, MemoryClientError)
    assert "pip install 'agent-memory-client[langchain]'" in str(caught.value)


def test_the_module_imports_where_langchain_cannot_be_imported() -> None:
    # A fresh interpreter in which `import langchain_core` fails, as where it is not installed.
    script = textwrap.dedent(
        """
        import sys
        sys.modules["langchain_core"] = None
        from agent_memory_client.integrations.langchain import get_memory_tools
        from agent_memory_client import MemoryAPIClient
        try:
            get_memory_tools(MemoryAPIClient(base_url="http://127.0.0.1:9"), "s1")
        except ImportError as exc:
            print(type(exc).__name__, exc)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.startswith("LangChainNotInstalledError LangChain is required")


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        ({"memories": {"text": "a"}}, {"memories": [{"text": "a"}]}),
        ({"memories": [{"text": "a"}]}, {"memories": [{"text": "a"}]}),
        ({"memories": "a"}, {"memories": "a"}),  # not an object: validation says what is wrong
        ({"other": {"text": "a"}}, {"other": {"text": "a"}}),
    ],
)
def test_a_lone_object_where_a_list_of_objects_is_wanted_is_listed(
    arguments: dict[str, Any], expected: dict[str, Any]
) -> None:
    found = lookup("eagerly_create_long_term_memory")
    assert found is not None
    assert single_objects_listed(arguments, found[0].parameters) == expected
