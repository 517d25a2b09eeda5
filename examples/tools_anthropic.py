"""An Anthropic chat loop in which Claude keeps long-term memories with the memory tools.

    ANTHROPIC_API_KEY=sk-ant-... python examples/tools_anthropic.py
    python examples/tools_anthropic.py   # offline: a scripted model (examples/scripted_model.py)

The memory server is MEMORY_SERVER_URL, else the one `make server` runs on localhost:8000,
else a local one the example starts and stops (see examples/local_server.py).

Claude is given the memory tools. Each ``tool_use`` block it sends is run by the memory
client (for the application's user, whatever Claude asks for); the ``tool_result`` blocks go
back in the next *user* turn, as the Messages API requires, until Claude answers in words.
The second question comes in a new session, so the answer can only come from long-term
memory. ANTHROPIC_MODEL picks the model (default claude-sonnet-4-6). Without
ANTHROPIC_API_KEY the same loop runs with a scripted model in place of Claude, offline, and
prints each step.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from typing import Any

import anthropic
from local_server import memory_server
from scripted_model import scripted_http_client

from agent_memory_client import MemoryAPIClient
from agent_memory_client.tools import anthropic_tool_result_message

MODEL = os.environ.get("ANTHROPIC_MODEL", "claude-sonnet-4-6")
SYSTEM = (
    "You are a helpful assistant with a long-term memory. Search it before answering "
    "anything that depends on the user, and save what they tell you about themselves."
)


async def chat_with_memory(
    memory: MemoryAPIClient,
    llm: anthropic.AsyncAnthropic,
    message: str,
    session_id: str,
    *,
    max_rounds: int = 5,
) -> str:
    """Answer one message, letting Claude call memory tools as often as it needs."""
    tools = MemoryAPIClient.get_all_memory_tool_schemas_anthropic()
    messages: list[Any] = [{"role": "user", "content": message}]
    for _ in range(max_rounds):
        response = await llm.messages.create(
            model=MODEL, max_tokens=1024, system=SYSTEM, messages=messages, tools=tools
        )
        tool_uses = [block for block in response.content if block.type == "tool_use"]
        if not tool_uses:
            return "".join(block.text for block in response.content if block.type == "text")
        # A failed call comes back as a result too (is_error), so Claude can react.
        results = await memory.resolve_tool_calls(tool_uses, session_id=session_id)
        messages += [
            {"role": "assistant", "content": response.content},
            anthropic_tool_result_message(tool_uses, results),  # a user turn
        ]
    return "(stopped: the model kept calling tools)"


def llm_client() -> anthropic.AsyncAnthropic:
    """Anthropic's client; without ANTHROPIC_API_KEY, one whose model is scripted (offline)."""
    if os.environ.get("ANTHROPIC_API_KEY"):
        return anthropic.AsyncAnthropic()
    print("No ANTHROPIC_API_KEY: a scripted model answers in place of Anthropic's, offline")
    return anthropic.AsyncAnthropic(
        api_key="scripted",
        base_url="http://scripted-model.invalid",
        http_client=scripted_http_client("anthropic"),
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
