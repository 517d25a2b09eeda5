"""A LangChain chat model that plays a script, and the tool-calling loop that drives it.

The model is a real ``BaseChatModel``: LangChain binds the tools to it (each rendered with
``convert_to_openai_tool``, as a provider's model would receive them), calls it with the
conversation so far, and parses its replies. Only the choice of reply is scripted: each
step is an ``AIMessage`` or a function of the conversation that returns one (to call a
tool with an id an earlier tool result gave).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel, LanguageModelInput
from langchain_core.messages import AIMessage, BaseMessage, ToolCall, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.runnables import Runnable
from langchain_core.tools import BaseTool
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import Field, SkipValidation

Step = AIMessage | Callable[[list[BaseMessage]], AIMessage]


class ScriptedChatModel(BaseChatModel):
    """Answers each call with the next step of ``script``; records what it was given."""

    script: SkipValidation[list[Step]]  # the steps as written, functions included
    offered: list[list[dict[str, Any]]] = Field(default_factory=list)
    conversations: list[list[BaseMessage]] = Field(default_factory=list)

    @property
    def _llm_type(self) -> str:
        return "scripted"

    def bind_tools(
        self,
        tools: Sequence[dict[str, Any] | type | Callable[..., Any] | BaseTool],
        *,
        tool_choice: str | None = None,
        **kwargs: Any,
    ) -> Runnable[LanguageModelInput, AIMessage]:
        return self.bind(tools=[convert_to_openai_tool(tool) for tool in tools], **kwargs)

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        step_number = len(self.conversations)
        if step_number >= len(self.script):
            raise AssertionError(f"the script has {len(self.script)} steps; asked for one more")
        self.offered.append(list(kwargs.get("tools", [])))
        self.conversations.append(list(messages))
        step = self.script[step_number]
        reply = step if isinstance(step, AIMessage) else step(list(messages))
        return ChatResult(generations=[ChatGeneration(message=reply)])


def calls(*tool_calls: tuple[str, dict[str, Any]]) -> AIMessage:
    """A model turn that calls tools, each ``(name, arguments)``."""
    return AIMessage(
        content="",
        tool_calls=[
            ToolCall(name=name, args=args, id=f"call_{uuid.uuid4().hex[:8]}", type="tool_call")
            for name, args in tool_calls
        ],
    )


def answer(text: str = "Done.") -> AIMessage:
    """A model turn that calls no tool: the loop ends."""
    return AIMessage(content=text)


def tool_results(conversation: Sequence[BaseMessage]) -> list[str]:
    """The text of every tool result in the conversation, in order."""
    return [str(m.content) for m in conversation if isinstance(m, ToolMessage)]


def memory_ids(text: str) -> list[str]:
    """The memory ids a tool result lists (the search result's "(id: ...; ...)" parts)."""
    return re.findall(r"\(id: ([^;)\s]+)", text)
