"""An OpenAI chat loop in which the model keeps long-term memories with the memory tools.

    OPENAI_API_KEY=sk-... python examples/tools_openai.py
    python examples/tools_openai.py      # offline: a scripted model (examples/scripted_model.py)

The memory server is MEMORY_SERVER_URL, else the one `make server` runs on localhost:8000,
else a local one the example starts and stops (see examples/local_server.py).

The model is given the memory tools. Each tool call it makes is run by the memory client
(for the application's user, whatever the model asks for) and the result goes back to it,
until it answers in words. The second question comes in a new session, so the answer can
only come from long-term memory. OPENAI_MODEL picks the model (default gpt-4o). Without
OPENAI_API_KEY the same loop runs with a scripted model in place of OpenAI's, offline, and
prints each step.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from typing import Any

import openai
from local_server import memory_server
from scripted_model import scripted_http_client

from agent_memory_client import MemoryAPIClient
from agent_memory_client.tools import openai_tool_messages

MODEL = os.environ.get("OPENAI_MODEL", "gpt-4o")
SYSTEM = (
    "You are a helpful assistant with a long-term memory. Search it before answering "
    "anything that depends on the user, and save what they tell you about themselves."
)


async def chat_with_memory(
    memory: MemoryAPIClient,
    llm: openai.AsyncOpenAI,
    message: str,
    session_id: str,
    *,
    max_rounds: int = 5,
) -> str:
    """Answer one message, letting the model call memory tools as often as it needs."""
    tools = MemoryAPIClient.get_all_memory_tool_schemas()
    messages: list[Any] = [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": message},
    ]
    for _ in range(max_rounds):
        response = await llm.chat.completions.create(model=MODEL, messages=messages, tools=tools)
        reply = response.choices[0].message
        if not reply.tool_calls:
            return reply.content or ""
        # A failed call comes back as a result too ("Error: ..."), so the model can react.
        results = await memory.resolve_tool_calls(reply.tool_calls, session_id=session_id)
        messages += [reply, *openai_tool_messages(reply.tool_calls, results)]
    return "(stopped: the model kept calling tools)"


def llm_client() -> openai.AsyncOpenAI:
    """OpenAI's client; without OPENAI_API_KEY, one whose model is scripted (offline)."""
    if os.environ.get("OPENAI_API_KEY"):
        return openai.AsyncOpenAI()
    print("No OPENAI_API_KEY: a scripted model answers in place of OpenAI's, offline")
    return openai.AsyncOpenAI(
        api_key="scripted",
        base_url="http://scripted-model.invalid/v1",
        http_client=scripted_http_client("openai"),
    )


async def main(base_url: str) -> None:
    user = os.environ.get("DEFAULT_USER_ID", "example-user")
    async with MemoryAPIClient(base_url=base_url, user_id=user) as memory, llm_client() as llm:
        first, second = f"chat-{uuid.uuid4().hex[:8]}", f"chat-{uuid.uuid4().hex[:8]}"
        for message, session in (
            ("Hi! I'm vegetarian and live in Lisbon.", first),
            ("What could I cook tonight?", second),
        ):
            print(f"\nuser: {message}")
            print(f"assistant: {await chat_with_memory(memory, llm, message, session)}")


if __name__ == "__main__":
    with memory_server() as url:
        asyncio.run(main(url))
