"""Provider messages: tool results for OpenAI, Anthropic and the Responses API, and memory
prompts converted for each chat API; plus the text a model reads back for each tool."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from agent_memory_client import MemoryPromptResult, MemoryRecordResult, ToolCallResult
from agent_memory_client._results import PromptResponse
from agent_memory_client.tools import (
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
from agent_memory_client.tools import formatting as fmt
from agent_memory_client.types import WorkingMemoryResponse

OK: ToolCallResult = {
    "success": True,
    "function_name": "search_long_term_memory",
    "result": {},
    "error": None,
    "formatted_response": "Found 1 memory",
}
FAILED: ToolCallResult = {
    "success": False,
    "function_name": "edit_memory",
    "result": None,
    "error": "no such memory",
    "formatted_response": "Error: no such memory",
}

OPENAI_CALL = {
    "id": "call_1",
    "type": "function",
    "function": {"name": "search_long_term_memory", "arguments": "{}"},
}
ANTHROPIC_CALL = {"type": "tool_use", "id": "toolu_1", "name": "edit_memory", "input": {}}
RESPONSES_CALL = {
    "type": "function_call",
    "id": "fc_1",
    "call_id": "call_5",
    "name": "x",
    "arguments": "{}",
}


def test_openai_tool_messages() -> None:
    assert openai_tool_message(OPENAI_CALL, OK) == {
        "role": "tool",
        "tool_call_id": "call_1",
        "content": "Found 1 memory",
    }
    failed_call = {**OPENAI_CALL, "id": "call_2"}
    assert openai_tool_messages([OPENAI_CALL, failed_call], [OK, FAILED])[1] == {
        "role": "tool",
        "tool_call_id": "call_2",
        "content": "Error: no such memory",
    }


def test_anthropic_tool_results_go_in_a_user_turn() -> None:
    message = anthropic_tool_result_message([ANTHROPIC_CALL], [FAILED])

    assert message == {
        "role": "user",
        "content": [
            {
                "type": "tool_result",
                "tool_use_id": "toolu_1",
                "content": "Error: no such memory",
                "is_error": True,
            }
        ],
    }
    assert "is_error" not in anthropic_tool_result_block(ANTHROPIC_CALL, OK)


def test_responses_outputs_answer_the_call_id() -> None:
    assert responses_tool_output(RESPONSES_CALL, OK) == {
        "type": "function_call_output",
        "call_id": "call_5",
        "output": "Found 1 memory",
    }
    assert len(responses_tool_outputs([RESPONSES_CALL], [OK])) == 1


def test_helpers_refuse_mismatched_or_unanswerable_calls() -> None:
    with pytest.raises(ValueError, match="2 tool calls but 1 results"):
        openai_tool_messages([OPENAI_CALL, OPENAI_CALL], [OK])
    with pytest.raises(ValueError, match="no id"):
        openai_tool_message({"name": "x", "arguments": "{}"}, OK)


def test_result_text_never_comes_back_empty() -> None:
    assert tool_result_text({**OK, "formatted_response": ""}) == "Done."
    assert tool_result_text({**FAILED, "formatted_response": ""}) == "Error: no such memory"


# -- memory prompts -----------------------------------------------------------------------

PROMPT = [
    {"role": "system", "content": "## Summary\nTalked about food"},
    {"role": "assistant", "content": "Hi! What are we cooking?"},
    {"role": "assistant", "content": "Maybe pasta?"},
    {"role": "user", "content": ""},
    {"role": "tool", "content": "pasta recipes found"},
    {"role": "system", "content": "## Long term memories\n- User is vegetarian (ID: 1)"},
    {"role": "user", "content": {"type": "text", "text": "What should I cook?"}},
]


def test_memory_prompt_to_openai_gives_plain_strings() -> None:
    assert memory_prompt_to_openai(PROMPT) == [
        {"role": "system", "content": "## Summary\nTalked about food"},
        {"role": "assistant", "content": "Hi! What are we cooking?"},
        {"role": "assistant", "content": "Maybe pasta?"},
        {"role": "user", "content": ""},
        {"role": "user", "content": "[tool] pasta recipes found"},
        {"role": "system", "content": "## Long term memories\n- User is vegetarian (ID: 1)"},
        {"role": "user", "content": "What should I cook?"},
    ]


def test_memory_prompt_to_anthropic_separates_system_and_alternates_turns() -> None:
    assert memory_prompt_to_anthropic(PROMPT) == {
        "system": "## Summary\nTalked about food\n\n## Long term memories\n"
        "- User is vegetarian (ID: 1)",
        "messages": [
            {"role": "user", "content": "(The conversation so far follows.)"},
            {"role": "assistant", "content": "Hi! What are we cooking?\n\nMaybe pasta?"},
            {"role": "user", "content": "[tool] pasta recipes found\n\nWhat should I cook?"},
        ],
    }
    assert memory_prompt_to_anthropic([{"role": "user", "content": "hi"}]) == {
        "messages": [{"role": "user", "content": "hi"}]
    }


def test_memory_prompt_result_converts_for_both_providers() -> None:
    response = PromptResponse.from_dict(
        {
            "messages": [
                {"role": "system", "content": {"type": "text", "text": "Memories: tea"}},
                {"role": "user", "content": {"type": "text", "text": "What do I drink?"}},
            ]
        }
    )
    prompt = MemoryPromptResult.from_generated(response)

    assert prompt.to_openai() == [
        {"role": "system", "content": "Memories: tea"},
        {"role": "user", "content": "What do I drink?"},
    ]
    assert prompt.to_openai() is not prompt.messages
    assert prompt.to_anthropic() == {
        "system": "Memories: tea",
        "messages": [{"role": "user", "content": "What do I drink?"}],
    }


def test_the_prompts_list_of_memories_has_every_bullet_aligned() -> None:
    # Server 0.15.2 writes a space before the first bullet of the list.
    listing = (
        "## Long term memories related to the user's query\n"
        " - User drinks tea (ID: 01A)\n- User lives in Lisbon (ID: 01B)"
    )
    response = PromptResponse.from_dict(
        {
            "messages": [
                {"role": "system", "content": {"type": "text", "text": listing}},
                {"role": "user", "content": {"type": "text", "text": "What do I drink?"}},
            ]
        }
    )

    content = MemoryPromptResult.from_generated(response).messages[0]["content"]

    assert content.splitlines()[1:] == [
        "- User drinks tea (ID: 01A)",
        "- User lives in Lisbon (ID: 01B)",
    ]


# -- what the model reads back ------------------------------------------------------------


def test_search_text_lists_text_id_and_relevance() -> None:
    memory = MemoryRecordResult.from_dict(
        {
            "id": "01J",
            "text": "User is vegetarian",
            "dist": 0.25,
            "memory_type": "semantic",
            "topics": ["food"],
            "created_at": "2025-03-14T09:00:00Z",
        }
    )

    result, text = fmt.search_result("food", [memory], 1, 10)

    assert text == (
        'Found 1 memory for "food":\n'
        "1. User is vegetarian (id: 01J; relevance: 0.75; type: semantic; topics: food)\n"
        "More may match: search again with offset 10."
    )
    assert result["memories"][0]["relevance_score"] == 0.75
    assert json.loads(json.dumps(result)) == result


def test_working_memory_text_shows_recent_messages_memories_and_data() -> None:
    memory = WorkingMemoryResponse.from_dict(
        {
            "session_id": "s1",
            "context": "Trip planning",
            "messages": [{"role": "user", "content": f"message {i}"} for i in range(12)],
            "memories": [{"id": "m1", "text": "User likes trains"}],
            "data": {"city": "Rome"},
        }
    )

    result, text = fmt.working_memory_result(memory, created=False)

    assert text.splitlines()[:3] == [
        "Working memory of session s1:",
        "Summary: Trip planning",
        "Messages (last 10 of 12):",
    ]
    assert "- user: message 11" in text
    assert "- user: message 1\n" not in text
    assert "- User likes trains (id: m1; type: message)" in text
    assert 'Data: {"city": "Rome"}' in text
    assert len(result["messages"]) == 12
    assert json.loads(json.dumps(result)) == result


def test_results_are_json_safe() -> None:
    class Colour:
        def __str__(self) -> str:
            return "teal"

    value: Any = {
        "when": dt.datetime(2025, 1, 2, tzinfo=dt.timezone.utc),
        "tags": {"a"},
        "pair": (1, 2),
        "colour": Colour(),
    }

    assert fmt.json_safe(value) == {
        "when": "2025-01-02T00:00:00+00:00",
        "tags": ["a"],
        "pair": [1, 2],
        "colour": "teal",
    }
    _, text = fmt.datetime_result(dt.datetime(2025, 3, 14, 9, 30, 15, 999, dt.timezone.utc))
    assert text == "The current date and time is 2025-03-14T09:30:15Z (UTC, Friday, 14 March 2025)."


def test_counts_of_memories_read_in_good_english() -> None:
    one = MemoryRecordResult.from_dict({"id": "01J", "text": "User is vegetarian", "dist": 0.2})
    assert fmt.search_result("food", [one], 1, None)[1].startswith('Found 1 memory for "food":')
    assert fmt.search_result("food", [one, one], 2, None)[1].startswith("Found 2 memories")
    assert fmt.created_result([one], lazily=False, session_id=None)[1].startswith(
        "Saved 1 memory to long-term memory:"
    )
    lazily = fmt.created_result([one, one], lazily=True, session_id="s1")[1]
    assert lazily.startswith(
        "Added 2 memories to the working memory of session s1; the memory server will move "
        "them to long-term memory:"
    )
    assert fmt.deleted_result(["a"], "ok")[1] == "Deleted 1 memory: a."
