"""examples/tools_openai.py and examples/tools_anthropic.py run as written: their chat loops
against the real memory server, with a scripted model behind the real SDK clients; and run
as a newcomer runs them, with no API key, offline: their own scripted model plays the LLM."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from time import monotonic
from types import ModuleType
from typing import Any

import anthropic
import httpx2
import openai
import pytest

from agent_memory_client import MemoryAPIClient
from tests.integration._async.support import unique

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
Body = dict[str, Any]


def _load(name: str) -> ModuleType:
    if str(EXAMPLES) not in sys.path:  # the examples import their helpers, as scripts do
        sys.path.insert(0, str(EXAMPLES))
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Script:
    """Answers each request with the next reply; records the request bodies."""

    def __init__(self, *replies: Callable[[Body], Body]) -> None:
        self.replies = list(replies)
        self.bodies: list[Body] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        body = json.loads(request.content)
        self.bodies.append(body)
        return httpx2.Response(200, json=self.replies.pop(0)(body))


def _chat(message: Body) -> Body:
    finish = "tool_calls" if message.get("tool_calls") else "stop"
    choice = {"index": 0, "finish_reason": finish, "message": {"role": "assistant", **message}}
    return {"id": "c", "object": "chat.completion", "created": 0, "model": "m", "choices": [choice]}


def _openai_call(name: str, arguments: Body) -> Callable[[Body], Body]:
    call = {
        "id": f"call_{uuid.uuid4().hex[:6]}",
        "type": "function",
        "function": {"name": name, "arguments": json.dumps(arguments)},
    }
    return lambda body: _chat({"content": None, "tool_calls": [call]})


def _openai_echo(body: Body) -> Body:
    # Answer with what the tools returned, as a model would build its answer on them.
    return _chat(
        {"content": "\n".join(m["content"] for m in body["messages"] if m["role"] == "tool")}
    )


def _claude(content: list[Body]) -> Body:
    stop = "tool_use" if any(b["type"] == "tool_use" for b in content) else "end_turn"
    return {
        "id": "m",
        "type": "message",
        "role": "assistant",
        "model": "c",
        "content": content,
        "stop_reason": stop,
        "stop_sequence": None,
        "usage": {"input_tokens": 1, "output_tokens": 1},
    }


def _claude_call(name: str, arguments: Body) -> Callable[[Body], Body]:
    block = {
        "type": "tool_use",
        "id": f"toolu_{uuid.uuid4().hex[:6]}",
        "name": name,
        "input": arguments,
    }
    return lambda body: _claude([block])


def _claude_echo(body: Body) -> Body:
    last = body["messages"][-1]
    assert last["role"] == "user"
    texts = [b["content"] for b in last["content"] if b["type"] == "tool_result"]
    return _claude([{"type": "text", "text": "\n".join(texts)}])


STORE = {"memories": [{"text": "User is vegetarian"}, {"text": "User lives in Lisbon"}]}
RECALL = {"query": "vegetarian cooking"}


async def _wait_for(memory: MemoryAPIClient, count: int) -> None:
    deadline = monotonic() + 10
    while len((await memory.search_long_term_memory(limit=100)).memories) < count:
        assert monotonic() < deadline, "memories never became searchable"
        await asyncio.sleep(0.05)


async def test_the_openai_example(server_url: str) -> None:
    example = _load("tools_openai")
    script = Script(
        _openai_call("eagerly_create_long_term_memory", STORE),
        lambda body: _chat({"content": "Noted!"}),
        _openai_call("search_long_term_memory", RECALL),
        _openai_echo,
    )
    http = httpx2.AsyncClient(transport=httpx2.MockTransport(script))
    user = unique("user")
    async with (
        MemoryAPIClient(base_url=server_url, user_id=user) as memory,
        openai.AsyncOpenAI(api_key="x", base_url="http://m.test/v1", http_client=http) as llm,
    ):
        first = await example.chat_with_memory(memory, llm, "I'm vegetarian, in Lisbon", "s1")
        await _wait_for(memory, 2)
        second = await example.chat_with_memory(memory, llm, "What could I cook?", "s2")

    assert first == "Noted!"
    assert "User is vegetarian" in second
    assert script.bodies[0]["messages"][0]["role"] == "system"
    assert [m["role"] for m in script.bodies[1]["messages"]] == [
        "system",
        "user",
        "assistant",
        "tool",
    ]


async def test_the_anthropic_example(server_url: str) -> None:
    example = _load("tools_anthropic")
    script = Script(
        _claude_call("eagerly_create_long_term_memory", STORE),
        lambda body: _claude([{"type": "text", "text": "Noted!"}]),
        _claude_call("search_long_term_memory", RECALL),
        _claude_echo,
    )
    http = httpx2.AsyncClient(transport=httpx2.MockTransport(script))
    user = unique("user")
    async with (
        MemoryAPIClient(base_url=server_url, user_id=user) as memory,
        anthropic.AsyncAnthropic(api_key="x", base_url="http://m.test", http_client=http) as llm,
    ):
        first = await example.chat_with_memory(memory, llm, "I'm vegetarian, in Lisbon", "s1")
        await _wait_for(memory, 2)
        second = await example.chat_with_memory(memory, llm, "What could I cook?", "s2")

    assert first == "Noted!"
    assert "User is vegetarian" in second
    assert isinstance(script.bodies[0]["system"], str)
    assert [m["role"] for m in script.bodies[1]["messages"]] == ["user", "assistant", "user"]
    assert script.bodies[1]["messages"][2]["content"][0]["type"] == "tool_result"


@pytest.mark.parametrize("api", ["openai", "anthropic"])
def test_without_an_api_key_the_example_runs_offline_with_a_scripted_model(
    server_url: str, api: str
) -> None:
    env = {**os.environ, "MEMORY_SERVER_URL": server_url, "DEFAULT_USER_ID": unique("user")}
    for name in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "OPENAI_BASE_URL", "ANTHROPIC_BASE_URL"):
        env.pop(name, None)
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / f"tools_{api}.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"Using the memory server at {server_url}"
    assert "a scripted model answers in place of" in lines[1]
    store = json.dumps({"memories": [
        {"text": "User is vegetarian", "memory_type": "semantic"},
        {"text": "User lives in Lisbon", "memory_type": "semantic"},
    ]})  # fmt: skip
    assert lines[2:] == [
        "",
        "user: Hi! I'm vegetarian and live in Lisbon.",
        f"  [scripted model] calls eagerly_create_long_term_memory {store}",
        "  [memory server] Saved 2 memories to long-term memory:",
        "assistant: Noted! I will remember that.",
        "",
        "user: What could I cook tonight?",
        '  [scripted model] calls search_long_term_memory {"query": "What could I cook tonight?"}',
        '  [memory server] Found 2 memories for "What could I cook tonight?":',
        "assistant: Here is what I remember that bears on it: "
        "User is vegetarian; User lives in Lisbon.",
    ]


def test_the_scripted_model_tells_facts_from_questions() -> None:
    model = _load("scripted_model")

    assert model.facts_in("Hi! I'm vegetarian and live in Lisbon.") == [
        "User is vegetarian",
        "User lives in Lisbon",
    ]
    assert model.facts_in("I work at TechCorp, I have two cats") == [
        "User works at TechCorp",
        "User has two cats",
    ]
    assert model.answer_from(['No memories found for "x".']).startswith("I do not know")
