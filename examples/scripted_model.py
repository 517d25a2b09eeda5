"""A scripted stand-in for the chat model, so the tool examples run offline, with no API key.

examples/tools_openai.py and examples/tools_anthropic.py use it when OPENAI_API_KEY /
ANTHROPIC_API_KEY is not set: the real openai / anthropic SDK client is given an httpx2
client whose transport answers as a model would, in that API's format, by a fixed script:

- a message that tells something ("I'm vegetarian and live in Lisbon") -> a call of
  ``eagerly_create_long_term_memory`` with one fact per memory ("User is vegetarian",
  "User lives in Lisbon");
- a question ("What could I cook tonight?") -> a call of ``search_long_term_memory``;
- the results of its tool calls -> an answer in words, built from what they returned.

Everything else is real: the memory client runs each tool call against the memory server,
and the SDK sends the results back. Each step of the loop is printed, so you can watch it.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from typing import Any, Literal

import httpx2

__all__ = ["ScriptedModel", "scripted_http_client"]

Api = Literal["openai", "anthropic"]
Body = dict[str, Any]

_GREETING = re.compile(r"^(hi|hello|hey)\b[!,.]?\s*", re.IGNORECASE)


def _third_person(verb: str) -> str:
    if verb == "have":
        return "has"
    return verb + ("es" if verb.endswith(("s", "sh", "ch", "o")) else "s")


def facts_in(message: str) -> list[str]:
    """The facts a message tells about its writer, one per clause, in the third person."""
    text = _GREETING.sub("", message.strip()).rstrip(".!")
    facts = []
    for clause in re.split(r",\s*|\s+and\s+", text):
        words = clause.split()
        if not words:
            continue
        if words[0] in ("I'm", "Im") or words[:2] == ["I", "am"]:
            rest = words[1:] if words[0] != "I" else words[2:]
            facts.append(" ".join(["User is", *rest]))
        elif words[0] == "I" and len(words) > 1:
            facts.append(" ".join(["User", _third_person(words[1]), *words[2:]]))
        else:  # "... and live in Lisbon": the subject carries over
            facts.append(" ".join(["User", _third_person(words[0]), *words[1:]]))
    return facts


def _remembered(result: str) -> list[str]:
    # A search result lists "1. <text> (id: ...; ...)" lines (see agent_memory_client.tools).
    return [
        re.sub(r"^\d+\.\s+", "", line).rsplit(" (id: ", 1)[0]
        for line in result.splitlines()
        if re.match(r"^\d+\.\s", line)
    ]


def answer_from(results: list[str]) -> str:
    """What the scripted model says once its tool calls have returned."""
    if any(result.startswith(("Saved ", "Added ")) for result in results):
        return "Noted! I will remember that."
    memories = [text for result in results for text in _remembered(result)]
    if not memories:
        return "I do not know anything about you yet: tell me about yourself!"
    return "Here is what I remember that bears on it: " + "; ".join(memories) + "."


class ScriptedModel:
    """An httpx2 handler that answers chat requests of one API (``openai``/``anthropic``)."""

    def __init__(self, api: Api, *, log: Callable[[str], None] = print) -> None:
        self.api = api
        self.log = log

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        body = json.loads(request.content)
        user_text, results = (
            _read_openai(body["messages"])
            if self.api == "openai"
            else _read_anthropic(body["messages"])
        )
        for result in results:
            self.log(f"  [memory server] {result.splitlines()[0]}")
        if results:
            return self._reply(text=answer_from(results))
        if user_text.rstrip().endswith("?"):
            return self._reply(tool=("search_long_term_memory", {"query": user_text}))
        memories = [{"text": fact, "memory_type": "semantic"} for fact in facts_in(user_text)]
        return self._reply(tool=("eagerly_create_long_term_memory", {"memories": memories}))

    def _reply(self, *, text: str = "", tool: tuple[str, Body] | None = None) -> httpx2.Response:
        if tool is not None:
            self.log(f"  [scripted model] calls {tool[0]} {json.dumps(tool[1])}")
        body = _openai_reply(text, tool) if self.api == "openai" else _anthropic_reply(text, tool)
        return httpx2.Response(200, json=body)


def _read_openai(messages: list[Body]) -> tuple[str, list[str]]:
    # The tool results of the last turn, if the last messages are tool results.
    results: list[str] = []
    for message in reversed(messages):
        if message["role"] != "tool":
            break
        results.insert(0, str(message["content"]))
    user = next(m for m in reversed(messages) if m["role"] == "user")
    return str(user["content"]), results


def _read_anthropic(messages: list[Body]) -> tuple[str, list[str]]:
    last = messages[-1]
    content = last["content"]
    if isinstance(content, list) and any(b.get("type") == "tool_result" for b in content):
        results = [_block_text(b["content"]) for b in content if b.get("type") == "tool_result"]
        return "", results
    return _block_text(content), []


def _block_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    return "".join(block.get("text", "") for block in content)


def _call_id(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:12]}"


def _openai_reply(text: str, tool: tuple[str, Body] | None) -> Body:
    message: Body = {"role": "assistant", "content": text or None}
    if tool is not None:
        name, arguments = tool
        function = {"name": name, "arguments": json.dumps(arguments)}
        message["tool_calls"] = [
            {"id": _call_id("call_"), "type": "function", "function": function}
        ]
    choice = {
        "index": 0,
        "finish_reason": "tool_calls" if tool is not None else "stop",
        "message": message,
    }
    return {
        "id": _call_id("chatcmpl-"),
        "object": "chat.completion",
        "created": 0,
        "model": "scripted-model",
        "choices": [choice],
    }


def _anthropic_reply(text: str, tool: tuple[str, Body] | None) -> Body:
    if tool is not None:
        name, arguments = tool
        content = [{"type": "tool_use", "id": _call_id("toolu_"), "name": name, "input": arguments}]
    else:
        content = [{"type": "text", "text": text}]
    return {
        "id": _call_id("msg_"),
        "type": "message",
        "role": "assistant",
        "model": "scripted-model",
        "content": content,
        "stop_reason": "tool_use" if tool is not None else "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": 0, "output_tokens": 0},
    }


def scripted_http_client(api: Api, *, log: Callable[[str], None] = print) -> httpx2.AsyncClient:
    """An httpx2 client for the ``openai`` or ``anthropic`` SDK that talks to the script."""
    return httpx2.AsyncClient(transport=httpx2.MockTransport(ScriptedModel(api, log=log)))
