# Generated from tests/integration/_async/test_tools_loops.py by scripts/unasync.py: do not edit.
"""The spec's chat loops, end to end: the real OpenAI and Anthropic SDK clients, a scripted
model behind their HTTP transport, the real memory server behind ours.

The scripted model answers each request with the next turn of its script: first the tool
calls a model would make, then a reply that repeats the tool results it was sent, so the
tests see exactly what the model was told. Like the real APIs it rejects malformed
conversations (an unanswered tool call, a tool result in the wrong turn) with HTTP 400.
Every test ends by checking what the memory server holds.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Iterator
from time import monotonic
from typing import Any

import anthropic
import httpx2
import openai
import pytest

from agent_memory_client import MemoryAPIClient, SyncMemoryAPIClient
from agent_memory_client.tools import (
    anthropic_tool_result_message,
    responses_tool_outputs,
)

from .support import POLL_INTERVAL, POLL_TIMEOUT, exists, state, unique

Body = dict[str, Any]
Turn = Callable[[Body], Body]
Calls = list[tuple[str, dict[str, Any]]]


class ScriptedModel:
    """A provider's HTTP API answering from a script; records every request body."""

    def __init__(self) -> None:
        self.requests: list[Body] = []
        self.turns: list[Turn] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        body = json.loads(request.content)
        self.requests.append(body)
        problem = self.check(body)
        if problem is not None:
            error = {"type": "invalid_request_error", "message": problem}
            return httpx2.Response(400, json={"type": "error", "error": error})
        assert self.turns, "the model's script is exhausted"
        return httpx2.Response(200, json=self.turns.pop(0)(body))

    def check(self, body: Body) -> str | None:
        raise NotImplementedError

    def reply(self, calls: Calls) -> Body:
        raise NotImplementedError

    def tool_results(self, body: Body) -> list[str]:
        raise NotImplementedError

    def answer(self, text: str) -> Body:
        raise NotImplementedError

    def will_call(self, *calls: tuple[str, dict[str, Any]]) -> None:
        """Script one exchange: these tool calls, then an answer quoting their results."""
        self.turns.append(lambda body: self.reply(list(calls)))
        self.turns.append(lambda body: self.answer("\n".join(self.tool_results(body))))


class ScriptedOpenAI(ScriptedModel):
    """OpenAI's Chat Completions endpoint."""

    def check(self, body: Body) -> str | None:
        pending: set[str] = set()
        for message in body["messages"]:
            role = message.get("role")
            if role == "tool":
                if message.get("tool_call_id") not in pending:
                    return "a tool message must answer a tool call of the previous message"
                pending.discard(message["tool_call_id"])
                if not isinstance(message.get("content"), str):
                    return "tool message content must be a string here"
                continue
            if pending:
                return f"tool calls without a response: {sorted(pending)}"
            if role not in ("system", "developer", "user", "assistant"):
                return f"invalid role {role!r}"
            if role != "assistant" and not isinstance(message.get("content"), str):
                return f"{role} message content must be a string here"
            pending = {c["id"] for c in message.get("tool_calls") or []}
        return None if not pending else f"tool calls without a response: {sorted(pending)}"

    def reply(self, calls: Calls) -> Body:
        tool_calls = [
            {
                "id": f"call_{uuid.uuid4().hex[:10]}",
                "type": "function",
                "function": {"name": name, "arguments": json.dumps(arguments)},
            }
            for name, arguments in calls
        ]
        message = {"role": "assistant", "content": None, "tool_calls": tool_calls}
        return self._completion(message, "tool_calls")

    def answer(self, text: str) -> Body:
        return self._completion({"role": "assistant", "content": text}, "stop")

    @staticmethod
    def _completion(message: Body, finish_reason: str) -> Body:
        choice = {"index": 0, "finish_reason": finish_reason, "message": message}
        return {
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "created": 0,
            "model": "gpt-4o",
            "choices": [choice],
        }

    def tool_results(self, body: Body) -> list[str]:
        return [m["content"] for m in body["messages"] if m.get("role") == "tool"]


class ScriptedAnthropic(ScriptedModel):
    """Anthropic's Messages endpoint."""

    def check(self, body: Body) -> str | None:
        expected = "user"
        unanswered: set[str] = set()
        for index, message in enumerate(body["messages"]):
            role, content = message.get("role"), message.get("content")
            if role != expected:
                return f"messages.{index}: roles must alternate user/assistant, starting with user"
            blocks = [{"type": "text", "text": content}] if isinstance(content, str) else content
            results = {b["tool_use_id"] for b in blocks if b.get("type") == "tool_result"}
            if role == "assistant" and results:
                return f"messages.{index}: tool_result blocks belong in a user turn"
            if results != unanswered:
                return f"messages.{index}: each tool_use needs a tool_result in the next turn"
            unanswered = {b["id"] for b in blocks if b.get("type") == "tool_use"}
            if any(b.get("type") == "text" and not b.get("text") for b in blocks):
                return f"messages.{index}: text content blocks must be non-empty"
            expected = "assistant" if role == "user" else "user"
        return None

    def reply(self, calls: Calls) -> Body:
        content = [
            {
                "type": "tool_use",
                "id": f"toolu_{uuid.uuid4().hex[:10]}",
                "name": name,
                "input": arguments,
            }
            for name, arguments in calls
        ]
        return self._message(content, "tool_use")

    def answer(self, text: str) -> Body:
        return self._message([{"type": "text", "text": text}], "end_turn")

    @staticmethod
    def _message(content: list[Body], stop_reason: str) -> Body:
        return {
            "id": "msg_1",
            "type": "message",
            "role": "assistant",
            "model": "claude",
            "content": content,
            "stop_reason": stop_reason,
            "stop_sequence": None,
            "usage": {"input_tokens": 1, "output_tokens": 1},
        }

    def tool_results(self, body: Body) -> list[str]:
        last = body["messages"][-1]["content"]
        return [b["content"] for b in last if b.get("type") == "tool_result"]


class ScriptedResponses(ScriptedModel):
    """OpenAI's Responses endpoint."""

    def check(self, body: Body) -> str | None:
        items = body["input"] if isinstance(body["input"], list) else []
        calls = {i["call_id"] for i in items if i.get("type") == "function_call"}
        outputs = {i["call_id"] for i in items if i.get("type") == "function_call_output"}
        return None if calls == outputs else "every function_call needs its output"

    def reply(self, calls: Calls) -> Body:
        output = [
            {
                "type": "function_call",
                "id": f"fc_{i}",
                "call_id": f"call_{uuid.uuid4().hex[:8]}",
                "name": name,
                "arguments": json.dumps(arguments),
                "status": "completed",
            }
            for i, (name, arguments) in enumerate(calls)
        ]
        return self._response(output)

    def answer(self, text: str) -> Body:
        content = [{"type": "output_text", "text": text, "annotations": []}]
        return self._response(
            [
                {
                    "type": "message",
                    "id": "msg_1",
                    "role": "assistant",
                    "status": "completed",
                    "content": content,
                }
            ]
        )

    @staticmethod
    def _response(output: list[Body]) -> Body:
        return {
            "id": "resp_1",
            "object": "response",
            "created_at": 0,
            "model": "gpt-4o",
            "status": "completed",
            "output": output,
            "tools": [],
            "tool_choice": "auto",
            "parallel_tool_calls": True,
        }

    def tool_results(self, body: Body) -> list[str]:
        return [i["output"] for i in body["input"] if i.get("type") == "function_call_output"]


# -- fixtures -----------------------------------------------------------------------------


@pytest.fixture
def memory_client(server_url: str, user: str) -> Iterator[SyncMemoryAPIClient]:
    with SyncMemoryAPIClient(base_url=server_url, user_id=user, namespace=unique("ns")) as client:
        yield client


@pytest.fixture
def openai_model() -> ScriptedOpenAI:
    return ScriptedOpenAI()


@pytest.fixture
def openai_client(openai_model: ScriptedOpenAI) -> Iterator[openai.OpenAI]:
    http = httpx2.Client(transport=httpx2.MockTransport(openai_model))
    with openai.OpenAI(
        api_key="test", base_url="http://model.test/v1", http_client=http, max_retries=0
    ) as client:
        yield client


@pytest.fixture
def anthropic_model() -> ScriptedAnthropic:
    return ScriptedAnthropic()


@pytest.fixture
def anthropic_client(
    anthropic_model: ScriptedAnthropic,
) -> Iterator[anthropic.Anthropic]:
    http = httpx2.Client(transport=httpx2.MockTransport(anthropic_model))
    with anthropic.Anthropic(
        api_key="test", base_url="http://model.test", http_client=http, max_retries=0
    ) as client:
        yield client


# -- what the server holds ----------------------------------------------------------------


def _memories(client: SyncMemoryAPIClient, user: str, count: int) -> dict[str, str]:
    """Poll until the user has ``count`` searchable memories; returns text -> id."""
    deadline = monotonic() + POLL_TIMEOUT
    while True:
        page = client.search_long_term_memory(user_id=user, limit=100)
        found = {m.text: m.id for m in page.memories}
        if len(found) == count:
            return found
        if monotonic() > deadline:
            raise AssertionError(f"expected {count} memories, the server has {sorted(found)}")
        time.sleep(POLL_INTERVAL)


# -- the same four conversations for each provider ----------------------------------------

STORE: Calls = [
    (
        "eagerly_create_long_term_memory",
        {
            "memories": [
                {"text": "User is vegetarian", "memory_type": "semantic", "topics": ["food"]},
                {"text": "User lives in Lisbon", "memory_type": "semantic"},
            ]
        },
    ),
    ("lazily_create_long_term_memory", {"text": "User's favourite cuisine is Indian"}),
]
RECALL: Calls = [("search_long_term_memory", {"query": "vegetarian food", "max_results": 5})]
PLAN: Calls = [
    ("set_working_memory", {"data": {"trip": "Porto"}, "context": "Planning a weekend trip"}),
    ("get_or_create_working_memory", {}),
]


def _correct(vegetarian: str, lisbon: str) -> Calls:
    return [
        ("edit_memory", {"memory_id": vegetarian, "text": "User is pescatarian"}),
        ("delete_memory", {"memory_ids": [lisbon]}),
    ]


def _check_store(
    memory_client: SyncMemoryAPIClient, user: str, session: str, answer: str
) -> dict[str, str]:
    assert "Saved 2 memories to long-term memory" in answer
    assert "will move it to long-term memory" in answer
    working = memory_client.get_working_memory(session)
    assert [m["text"] for m in state(working)["memories"]] == ["User's favourite cuisine is Indian"]
    # Eager memories at once; the lazy one once the server has promoted it.
    return _memories(memory_client, user, 3)


def _check_correction(
    memory_client: SyncMemoryAPIClient, vegetarian: str, lisbon: str, answer: str
) -> None:
    assert "Updated memory: User is pescatarian" in answer
    assert f"Deleted 1 memory: {lisbon}." in answer
    assert (memory_client.get_long_term_memory(vegetarian)).text == "User is pescatarian"
    assert not exists(memory_client, lisbon)


def _check_plan(memory_client: SyncMemoryAPIClient, session: str, answer: str) -> None:
    assert f"Saved the working memory of session {session}." in answer
    assert "Summary: Planning a weekend trip" in answer
    assert '"trip": "Porto"' in answer
    working = memory_client.get_working_memory(session)
    assert state(working)["data"] == {"trip": "Porto"}
    assert working.context == "Planning a weekend trip"


# -- OpenAI -------------------------------------------------------------------------------


def test_the_spec_openai_loop_runs_every_tool_end_to_end(
    memory_client: SyncMemoryAPIClient,
    openai_client: openai.OpenAI,
    openai_model: ScriptedOpenAI,
    user: str,
    session: str,
) -> None:
    # As in the spec's "OpenAI Integration", with the clients made above.
    memory_tools = MemoryAPIClient.get_all_memory_tool_schemas()

    def chat_with_memory(message: str, session_id: str) -> str | None:
        # Make request with memory tools
        response = openai_client.chat.completions.create(
            model="gpt-4o",
            messages=[{"role": "user", "content": message}],
            tools=memory_tools,
            tool_choice="auto",
        )

        # Process tool calls automatically
        if response.choices[0].message.tool_calls:
            # Resolve all tool calls
            results: list[Any] = []
            for tool_call in response.choices[0].message.tool_calls:
                result = memory_client.resolve_tool_call(tool_call=tool_call, session_id=session_id)
                if result["success"]:
                    results.append(
                        {
                            "role": "tool",
                            "tool_call_id": tool_call.id,
                            "name": tool_call.function.name,  # type: ignore[union-attr]
                            "content": result["formatted_response"],
                        }
                    )
                else:
                    results.append(
                        {
                            "role": "tool",
                            "tool_call_id": tool_call.id,
                            "name": tool_call.function.name,  # type: ignore[union-attr]
                            "content": f"Error: {result['error']}",
                        }
                    )

            # Continue conversation with results
            messages: list[Any] = [
                {"role": "user", "content": message},
                response.choices[0].message,
                *results,
            ]

            final_response = openai_client.chat.completions.create(
                model="gpt-4o", messages=messages
            )

            content: str | None = final_response.choices[0].message.content
            return content

        return response.choices[0].message.content

    openai_model.will_call(*STORE)
    stored = chat_with_memory("I'm vegetarian, I live in Lisbon, I love Indian food", session)
    # The SDK sent our tools exactly as rendered.
    assert openai_model.requests[0]["tools"] == json.loads(json.dumps(memory_tools))
    found = _check_store(memory_client, user, session, str(stored))

    openai_model.will_call(*RECALL)
    recalled = str(chat_with_memory("What should I cook tonight?", session))
    assert f"User is vegetarian (id: {found['User is vegetarian']}; relevance: " in recalled

    vegetarian, lisbon = found["User is vegetarian"], found["User lives in Lisbon"]
    openai_model.will_call(*_correct(vegetarian, lisbon))
    corrected = str(chat_with_memory("I eat fish now. Forget where I live.", session))
    _check_correction(memory_client, vegetarian, lisbon, corrected)

    openai_model.will_call(*PLAN)
    _check_plan(memory_client, session, str(chat_with_memory("Plan Porto", session)))


def test_an_openai_loop_with_the_sdk_helpers_reports_failures_to_the_model(
    memory_client: SyncMemoryAPIClient,
    openai_client: openai.OpenAI,
    openai_model: ScriptedOpenAI,
    session: str,
) -> None:
    from agent_memory_client.tools import openai_tool_messages

    openai_model.will_call(
        ("edit_memory", {"memory_id": "nosuchmemory", "text": "x"}),
        ("order_pizza", {"size": "large"}),
        ("get_current_datetime", {}),
    )
    messages: list[Any] = [{"role": "user", "content": "Fix my memory and order pizza"}]
    tools = memory_client.get_all_memory_tool_schemas(
        [*memory_client.get_all_memory_tool_schemas().names(), "get_current_datetime"]
    )

    response = openai_client.chat.completions.create(model="gpt-4o", messages=messages, tools=tools)
    tool_calls = response.choices[0].message.tool_calls or []
    results = memory_client.resolve_tool_calls(tool_calls, session_id=session)
    messages += [response.choices[0].message, *openai_tool_messages(tool_calls, results)]
    final = openai_client.chat.completions.create(model="gpt-4o", messages=messages)

    answer = str(final.choices[0].message.content)
    assert [r["success"] for r in results] == [False, False, True]
    assert "Error: there is no memory with id 'nosuchmemory'" in answer
    assert "Error: unknown tool 'order_pizza'" in answer
    assert "The current date and time is" in answer


# -- Anthropic ----------------------------------------------------------------------------


def test_the_anthropic_loop_runs_every_tool_with_results_in_a_user_turn(
    memory_client: SyncMemoryAPIClient,
    anthropic_client: anthropic.Anthropic,
    anthropic_model: ScriptedAnthropic,
    user: str,
    session: str,
) -> None:
    # The spec's "Anthropic Integration", with the tool results moved to a user turn.
    memory_tools = MemoryAPIClient.get_all_memory_tool_schemas_anthropic()

    def chat_with_memory(message: str, session_id: str) -> str:
        response = anthropic_client.messages.create(
            model="claude-3-5-sonnet-20241022",
            messages=[{"role": "user", "content": message}],
            tools=memory_tools,
            max_tokens=1000,
        )

        # Process tool calls
        if response.stop_reason == "tool_use":
            results: list[Any] = []
            for content_block in response.content:
                if content_block.type == "tool_use":
                    result = memory_client.resolve_tool_call(
                        tool_call={
                            "type": "tool_use",
                            "id": content_block.id,
                            "name": content_block.name,
                            "input": content_block.input,
                        },
                        session_id=session_id,
                    )
                    if result["success"]:
                        results.append(
                            {
                                "type": "tool_result",
                                "tool_use_id": content_block.id,
                                "content": result["formatted_response"],
                            }
                        )
                    else:
                        results.append(
                            {
                                "type": "tool_result",
                                "tool_use_id": content_block.id,
                                "content": f"Error: {result['error']}",
                            }
                        )

            # Continue conversation: the results answer the assistant in a user turn
            messages: list[Any] = [
                {"role": "user", "content": message},
                {"role": "assistant", "content": response.content},
                {"role": "user", "content": results},
            ]

            final_response = anthropic_client.messages.create(
                model="claude-3-5-sonnet-20241022", messages=messages, max_tokens=1000
            )

            block = final_response.content[0]
            return block.text if block.type == "text" else ""

        block = response.content[0]
        return block.text if block.type == "text" else ""

    anthropic_model.will_call(*STORE)
    stored = chat_with_memory("I'm vegetarian, I live in Lisbon, I love Indian food", session)
    assert anthropic_model.requests[0]["tools"] == json.loads(json.dumps(memory_tools))
    found = _check_store(memory_client, user, session, stored)

    anthropic_model.will_call(*RECALL)
    recalled = chat_with_memory("What should I cook tonight?", session)
    assert f"User is vegetarian (id: {found['User is vegetarian']}; relevance: " in recalled

    vegetarian, lisbon = found["User is vegetarian"], found["User lives in Lisbon"]
    anthropic_model.will_call(*_correct(vegetarian, lisbon))
    corrected = chat_with_memory("I eat fish now. Forget where I live.", session)
    _check_correction(memory_client, vegetarian, lisbon, corrected)

    anthropic_model.will_call(*PLAN)
    _check_plan(memory_client, session, chat_with_memory("Plan Porto", session))


def test_anthropic_rejects_the_spec_shape_and_takes_the_helper_shape(
    memory_client: SyncMemoryAPIClient,
    anthropic_client: anthropic.Anthropic,
    anthropic_model: ScriptedAnthropic,
    user: str,
    session: str,
) -> None:
    anthropic_model.will_call(*RECALL)
    memory_client.create_long_term_memories([{"text": "User is vegetarian"}])
    _memories(memory_client, user, 1)
    question: Any = {"role": "user", "content": "What should I cook?"}
    tools = memory_client.get_all_memory_tool_schemas_anthropic()
    response = anthropic_client.messages.create(
        model="claude", max_tokens=100, messages=[question], tools=tools
    )
    tool_uses = [b for b in response.content if b.type == "tool_use"]
    results = memory_client.resolve_tool_calls(tool_uses, session_id=session)
    answer = anthropic_tool_result_message(tool_uses, results)

    # The spec appends the results to the assistant turn; the API refuses that.
    spec_shape: list[Any] = [
        question,
        {"role": "assistant", "content": [*response.content, *answer["content"]]},
    ]
    with pytest.raises(anthropic.BadRequestError, match="belong in a user turn"):
        anthropic_client.messages.create(model="claude", max_tokens=100, messages=spec_shape)
    fixed: list[Any] = [question, {"role": "assistant", "content": response.content}, answer]
    final = anthropic_client.messages.create(model="claude", max_tokens=100, messages=fixed)

    assert answer["role"] == "user"
    assert final.content[0].type == "text"
    assert "User is vegetarian" in final.content[0].text


# -- OpenAI Responses API -----------------------------------------------------------------


def test_a_responses_api_loop(memory_client: SyncMemoryAPIClient, user: str, session: str) -> None:
    model = ScriptedResponses()
    http = httpx2.Client(transport=httpx2.MockTransport(model))
    with openai.OpenAI(
        api_key="test", base_url="http://model.test/v1", http_client=http, max_retries=0
    ) as client:
        tools = memory_client.get_all_memory_tool_schemas_responses()
        model.will_call(*STORE)
        conversation: list[Any] = [{"role": "user", "content": "I'm vegetarian, in Lisbon"}]
        response = client.responses.create(model="gpt-4o", input=conversation, tools=tools)
        calls = [item for item in response.output if item.type == "function_call"]
        results = memory_client.resolve_tool_calls(calls, session_id=session)
        conversation += [*calls, *responses_tool_outputs(calls, results)]
        final = client.responses.create(model="gpt-4o", input=conversation, tools=tools)

    assert model.requests[0]["tools"] == json.loads(json.dumps(tools))
    _check_store(memory_client, user, session, final.output_text)


# -- memory prompts -----------------------------------------------------------------------


def test_memory_prompt_messages_go_to_both_providers(
    memory_client: SyncMemoryAPIClient,
    openai_client: openai.OpenAI,
    openai_model: ScriptedOpenAI,
    anthropic_client: anthropic.Anthropic,
    anthropic_model: ScriptedAnthropic,
    user: str,
    session: str,
) -> None:
    memory_client.create_long_term_memories([{"text": "User is allergic to peanuts"}])
    _memories(memory_client, user, 1)
    memory_client.set_working_memory(
        session,
        {
            "messages": [
                {"role": "assistant", "content": "Hi! What are we cooking?"},
                {"role": "user", "content": "Something with noodles"},
                {"role": "assistant", "content": "Pad thai?"},
            ]
        },
    )
    user_message = "Is pad thai safe for me?"

    # As in the spec's "Context Injection".
    context = memory_client.memory_prompt(
        query=user_message,
        session={"session_id": session, "user_id": user, "model_name": "gpt-4o"},
        long_term_search={"text": user_message, "limit": 5, "user_id": user},
    )
    openai_model.turns.append(lambda body: openai_model.answer("Careful: peanuts."))
    response = openai_client.chat.completions.create(
        model="gpt-4o",
        messages=context.messages,  # type: ignore[arg-type]
    )
    openai_model.turns.append(lambda body: openai_model.answer("Careful: peanuts."))
    openai_client.chat.completions.create(
        model="gpt-4o",
        messages=context.to_openai(),  # type: ignore[arg-type]
    )
    anthropic_model.turns.append(lambda body: anthropic_model.answer("Careful: peanuts."))
    anthropic_client.messages.create(model="claude", max_tokens=100, **context.to_anthropic())

    assert response.choices[0].message.content == "Careful: peanuts."
    sent = openai_model.requests[0]["messages"]
    assert sent == openai_model.requests[1]["messages"]
    assert sent[-1] == {"role": "user", "content": user_message}
    assert any("User is allergic to peanuts" in m["content"] for m in sent)
    claude = anthropic_model.requests[0]
    assert "User is allergic to peanuts" in claude["system"]
    roles = [m["role"] for m in claude["messages"]]
    assert roles == ["user", "assistant", "user", "assistant", "user"]
    assert claude["messages"][1]["content"] == "Hi! What are we cooking?"
    assert claude["messages"][-1]["content"] == user_message
