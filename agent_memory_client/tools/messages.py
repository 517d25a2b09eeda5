"""Messages for the provider: tool results, and memory prompts in each chat API's shape.

OpenAI takes each tool result as a ``role: "tool"`` message; the Responses API as a
``function_call_output`` item; Anthropic as ``tool_result`` blocks in the next *user* turn.
Anthropic also wants the system prompt apart from the messages and the turns alternating
between user and assistant. Nothing here does I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .calls import ToolCallResult, tool_call_id

__all__ = [
    "anthropic_tool_result_block",
    "anthropic_tool_result_message",
    "memory_prompt_to_anthropic",
    "memory_prompt_to_openai",
    "openai_tool_message",
    "openai_tool_messages",
    "responses_tool_output",
    "responses_tool_outputs",
    "tool_result_text",
]

_OPENAI_ROLES = ("system", "developer", "user", "assistant")
# Anthropic rejects a conversation that opens with the assistant.
_OPENING = "(The conversation so far follows.)"


def tool_result_text(result: ToolCallResult) -> str:
    """The text to send back to the model for one resolved call, error or not."""
    text = result.get("formatted_response")
    if isinstance(text, str) and text:
        return text
    if result.get("success"):
        return "Done."
    return f"Error: {result.get('error') or 'the tool call failed'}"


def _pairs(
    tool_calls: Iterable[Any], results: Iterable[ToolCallResult]
) -> list[tuple[Any, ToolCallResult]]:
    calls, outcomes = list(tool_calls), list(results)
    if len(calls) != len(outcomes):
        raise ValueError(f"{len(calls)} tool calls but {len(outcomes)} results")
    return list(zip(calls, outcomes, strict=True))


def _require_id(tool_call: Any) -> str:
    call_id = tool_call_id(tool_call)
    if call_id is None:
        raise ValueError("the tool call has no id to answer")
    return call_id


def openai_tool_message(tool_call: Any, result: ToolCallResult) -> dict[str, str]:
    """The Chat Completions message answering one tool call."""
    return {"role": "tool", "tool_call_id": _require_id(tool_call),
            "content": tool_result_text(result)}  # fmt: skip


def openai_tool_messages(
    tool_calls: Iterable[Any], results: Iterable[ToolCallResult]
) -> list[dict[str, str]]:
    """One ``role: "tool"`` message per call, in order, to append after the assistant's."""
    return [openai_tool_message(call, result) for call, result in _pairs(tool_calls, results)]


def responses_tool_output(tool_call: Any, result: ToolCallResult) -> dict[str, str]:
    """The Responses API input item answering one ``function_call`` item."""
    return {"type": "function_call_output", "call_id": _require_id(tool_call),
            "output": tool_result_text(result)}  # fmt: skip


def responses_tool_outputs(
    tool_calls: Iterable[Any], results: Iterable[ToolCallResult]
) -> list[dict[str, str]]:
    """One ``function_call_output`` item per call, in order."""
    return [responses_tool_output(call, result) for call, result in _pairs(tool_calls, results)]


def anthropic_tool_result_block(tool_use: Any, result: ToolCallResult) -> dict[str, Any]:
    """The ``tool_result`` content block answering one ``tool_use`` block."""
    block: dict[str, Any] = {
        "type": "tool_result",
        "tool_use_id": _require_id(tool_use),
        "content": tool_result_text(result),
    }
    if not result.get("success"):
        block["is_error"] = True
    return block


def anthropic_tool_result_message(
    tool_uses: Iterable[Any], results: Iterable[ToolCallResult]
) -> dict[str, Any]:
    """The user turn that answers the assistant's ``tool_use`` blocks, one result each."""
    blocks = [anthropic_tool_result_block(u, r) for u, r in _pairs(tool_uses, results)]
    return {"role": "user", "content": blocks}


# -- memory prompts -----------------------------------------------------------------------


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, Mapping):
        return str(content.get("text", ""))
    if isinstance(content, Sequence):
        return "\n".join(_text(part) for part in content)
    text = getattr(content, "text", None)
    return text if isinstance(text, str) else str(content)


def _role_and_text(message: Any) -> tuple[str, str]:
    if isinstance(message, Mapping):
        role, content = message.get("role"), message.get("content")
    else:
        role, content = getattr(message, "role", None), getattr(message, "content", None)
    return str(role or "user"), _text(content)


def memory_prompt_to_openai(messages: Iterable[Any]) -> list[dict[str, str]]:
    """Chat Completions messages with plain string content.

    Roles the chat API takes only with extra fields (a ``tool`` message needs its call's
    id) become user messages that say where they came from.
    """
    converted = []
    for message in messages:
        role, text = _role_and_text(message)
        if role not in _OPENAI_ROLES:
            role, text = "user", f"[{role}] {text}"
        converted.append({"role": role, "content": text})
    return converted


def memory_prompt_to_anthropic(messages: Iterable[Any]) -> dict[str, Any]:
    """``{"system": ..., "messages": [...]}`` for Anthropic's Messages API.

    System messages are joined into ``system`` (left out when there are none); other
    messages become alternating user / assistant turns, consecutive ones of the same role
    joined, empty ones dropped; the conversation opens with a user turn. Use it as
    ``client.messages.create(model=..., max_tokens=..., **prompt.to_anthropic())``.
    """
    system: list[str] = []
    turns: list[dict[str, str]] = []
    for message in messages:
        role, text = _role_and_text(message)
        if not text.strip():
            continue
        if role in ("system", "developer"):
            system.append(text)
            continue
        if role not in ("user", "assistant"):
            role, text = "user", f"[{role}] {text}"
        if turns and turns[-1]["role"] == role:
            turns[-1]["content"] += "\n\n" + text
        else:
            turns.append({"role": role, "content": text})
    if turns and turns[0]["role"] == "assistant":
        turns.insert(0, {"role": "user", "content": _OPENING})
    prompt: dict[str, Any] = {"messages": turns}
    if system:
        prompt["system"] = "\n\n".join(system)
    return prompt
