"""An Anthropic chat loop in which Claude keeps long-term memories with the memory tools.

    MEMORY_SERVER_URL=http://localhost:8000 ANTHROPIC_API_KEY=sk-ant-... \
        python examples/tools_anthropic.py

Claude is given the memory tools. Each ``tool_use`` block it sends is run by the memory
client (for the application's user, whatever Claude asks for); the ``tool_result`` blocks go
back in the next *user* turn, as the Messages API requires, until Claude answers in words.
The second question comes in a new session, so the answer can only come from long-term
memory. ANTHROPIC_MODEL picks the model (default claude-sonnet-4-6).
"""

from __future__ import annotations

import asyncio
import os
import uuid
from typing import Any

import anthropic

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


async def main() -> None:
    user = os.environ.get("DEFAULT_USER_ID", "example-user")
    async with MemoryAPIClient(user_id=user) as memory, anthropic.AsyncAnthropic() as llm:
        first, second = f"chat-{uuid.uuid4().hex[:8]}", f"chat-{uuid.uuid4().hex[:8]}"
        print(await chat_with_memory(memory, llm, "Hi! I'm vegetarian and live in Lisbon.", first))
        print(await chat_with_memory(memory, llm, "What could I cook tonight?", second))


if __name__ == "__main__":
    asyncio.run(main())
