"""Result types the facade adds on top of the generated models (no I/O)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from agent_memory_client_generated.models.memory_prompt_response import (
    MemoryPromptResponse as _GeneratedPromptResponse,
)
from agent_memory_client_generated.models.memory_record_result import (
    MemoryRecordResult as _GeneratedMemoryRecordResult,
)
from agent_memory_client_generated.models.memory_record_results_response import (
    MemoryRecordResultsResponse as _GeneratedResults,
)
from agent_memory_client_generated.types import Model, ParseError

if TYPE_CHECKING:
    from agent_memory_client_generated.models import (
        ExtractedMemoryRecord,
    )

__all__ = [
    "CreateMemoriesResult",
    "MemoryPromptResult",
    "MemoryRecordResult",
    "MemoryRecordResults",
    "PromptResponse",
]


class MemoryRecordResult(_GeneratedMemoryRecordResult):
    """A long-term memory found by a search, with its relevance."""

    __slots__ = ()

    @property
    def relevance_score(self) -> float:
        """Relevance from 0 to 1, higher is better (the server's normalised score)."""
        if isinstance(self.score, float | int) and not isinstance(self.score, bool):
            return float(self.score)
        # Servers that send no score: semantic relevance is 1 - cosine distance.
        return max(0.0, 1.0 - self.dist)


class MemoryRecordResults(_GeneratedResults):
    """One page of search results: ``memories``, ``total`` and ``next_offset``."""

    __slots__ = ()
    _memories_item = MemoryRecordResult  # read as ours, with relevance_score
    memories: list[MemoryRecordResult]  # type: ignore[assignment]

    def checked(
        self,
        *,
        keep: Callable[[MemoryRecordResult], bool] | None = None,
        relevant: Callable[[MemoryRecordResult], bool] | None = None,
    ) -> MemoryRecordResults:
        """The page without the results that fail the checks.

        ``keep`` re-applies the request's filters and scope (see ``_search.result_check``):
        results that fail it must not pass as matches. ``relevant`` applies the request's
        relevance or distance threshold.
        """
        if keep is not None:
            kept = [m for m in self.memories if keep(m)]
            if len(kept) < len(self.memories):
                self.memories, self.total, self.next_offset = kept, len(kept), None
        if relevant is not None:
            close = [m for m in self.memories if relevant(m)]
            if len(close) < len(self.memories):
                # A page is the nearest `limit` results (re-ranked, maybe, but the same set):
                # once one of them fails the threshold, later pages hold nothing closer.
                self.memories, self.total, self.next_offset = close, len(close), None
        return self


class PromptResponse(_GeneratedPromptResponse):
    """The server's memory prompt, its memories read as ours (with relevance_score)."""

    __slots__ = ()
    _long_term_memories_item = MemoryRecordResult
    long_term_memories: list[MemoryRecordResult]  # type: ignore[assignment]


class CreateMemoriesResult(Model):
    """What create_long_term_memories stored: the records as the server holds them.

    Ids were assigned by the client; ``status`` is the server's acknowledgement.
    """

    __slots__ = ("additional_properties", "memories", "status")
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("memories", "memories"),
        ("status", "status"),
    )
    memories: list[ExtractedMemoryRecord]
    status: str

    def __init__(self, *, memories: list[ExtractedMemoryRecord], status: str = "ok") -> None:
        self.memories = memories
        self.status = status
        self.additional_properties = {}

    @classmethod
    def _parse(cls, src: Any, strict: bool) -> CreateMemoriesResult:
        from agent_memory_client_generated.models import ExtractedMemoryRecord

        data = _object(src)
        records = data.get("memories") or []
        status = data.get("status", "ok")
        if not isinstance(records, list) or not isinstance(status, str):
            raise ParseError([], "expected memories (a list) and status (a string)")
        parsed = []
        for index, record in enumerate(records):
            try:
                parsed.append(ExtractedMemoryRecord._parse(record, strict))
            except ParseError as exc:
                raise exc.within("memories", index) from None
        return cls(memories=parsed, status=status)


def _object(src: Any) -> dict[str, Any]:
    if not isinstance(src, dict):
        raise ParseError([], f"expected an object, got {type(src).__name__}")
    return src


def _text_of(content: Any) -> str:
    # The server answers in MCP's shape, content {"type": "text", "text": ...}; chat APIs
    # want plain strings.
    if isinstance(content, str):
        return content
    text = getattr(content, "text", None)
    if isinstance(text, str):
        return text
    if isinstance(content, dict) and isinstance(content.get("text"), str):
        return str(content["text"])
    return str(content)


# How server 0.15.2 writes the long-term memories into the prompt (its api.memory_prompt),
# less the space it puts before the first line of the list, which indented the first
# bullet one space further than the others.
LONG_TERM_HEADER = "## Long term memories related to the user's query\n"
_NONE_FOUND = "No relevant long-term memories found."


def _long_term_text(memories: Sequence[Any]) -> str:
    if not memories:
        return LONG_TERM_HEADER + _NONE_FOUND
    return LONG_TERM_HEADER + "\n".join(f"- {m.text} (ID: {m.id})" for m in memories)


def _without_stray_space(content: str) -> str:
    return LONG_TERM_HEADER + content[len(LONG_TERM_HEADER) :].lstrip(" ")


# dict first: its item access, iteration and json.dumps; Model's repr and equality below.
class MemoryPromptResult(dict[str, Any], Model):
    """A memory-enriched prompt.

    ``messages`` are ``{"role", "content"}`` dicts with string content, ready for OpenAI's
    chat API; the user's query is already the last message. ``long_term_memories`` are the
    memories the server put into the prompt; ``raw`` is the server's response as parsed.

    It is also the dict the official client returned: ``prompt["messages"]`` (the same
    list as ``prompt.messages``), ``prompt.get("long_term_memories")`` (as JSON dicts),
    iteration over its keys, and ``json.dumps(prompt)``.
    """

    __slots__ = ("additional_properties", "long_term_memories", "messages", "raw")
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("messages", "messages"),
        ("long_term_memories", "long_term_memories"),
    )
    messages: list[dict[str, str]]
    long_term_memories: list[MemoryRecordResult]
    raw: PromptResponse

    def __init__(
        self,
        *,
        messages: list[dict[str, str]],
        long_term_memories: list[MemoryRecordResult],
        raw: PromptResponse,
    ) -> None:
        self.messages = messages
        self.long_term_memories = long_term_memories
        self.raw = raw
        self.additional_properties = {}
        dict.__init__(
            self,
            messages=messages,
            long_term_memories=[m.model_dump(mode="json") for m in long_term_memories],
        )

    # A model's repr and value equality (dict's would compare only the dict view).
    __repr__ = Model.__repr__
    __eq__ = Model.__eq__
    __hash__ = None  # type: ignore[misc]  # mutable, like a dict

    @classmethod
    def _parse(cls, src: Any, strict: bool) -> MemoryPromptResult:
        # From its own model_dump(): plain messages back into the server's shape.
        data = _object(src)
        messages = data.get("messages") or []
        if not isinstance(messages, list) or not all(
            isinstance(m, dict) and isinstance(m.get("content"), str) for m in messages
        ):
            raise ParseError(["messages"], "expected a list of {role, content} messages")
        mcp = [{"role": m.get("role"), "content": {"type": "text", "text": m["content"]}}
               for m in messages]  # fmt: skip
        memories = data.get("long_term_memories")
        response = PromptResponse._parse({"messages": mcp, "long_term_memories": memories}, strict)
        return cls.from_generated(response)

    @classmethod
    def from_generated(
        cls,
        response: PromptResponse,
        *,
        keep: Callable[[MemoryRecordResult], bool] | None = None,
        foreign_session: bool = False,
    ) -> MemoryPromptResult:
        """Convert the server's response into plain chat messages.

        ``keep`` drops long-term memories outside the request's filters and scope, and the
        prompt's list of them is written again without them. ``foreign_session`` says the
        server built the conversation part from a session outside the caller's scope (see
        ``_scope``): those messages are dropped.
        """
        messages = [
            {"role": str(getattr(m, "role", "system")), "content": _text_of(m.content)}
            for m in response.messages
        ]
        memories = list(response.long_term_memories or [])
        kept = memories if keep is None else [m for m in memories if keep(m)]
        listing = [
            i
            for i, m in enumerate(messages)
            if m["role"] == "system" and m["content"].startswith(LONG_TERM_HEADER)
        ]
        for i in listing:
            messages[i]["content"] = _without_stray_space(messages[i]["content"])
        if len(kept) < len(memories):
            dropped = {m.id for m in memories} - {m.id for m in kept}
            if listing:
                messages[listing[-1]]["content"] = _long_term_text(kept)
            for message in messages:  # any other mention of a dropped memory goes too
                lines = message["content"].split("\n")
                clean = [ln for ln in lines if not any(f"(ID: {i})" in ln for i in dropped)]
                if len(clean) < len(lines):
                    message["content"] = "\n".join(clean)
        if foreign_session:
            # The conversation part is everything before the long-term listing (or the
            # query, the last message): keep only the listing and the query.
            start = listing[-1] if listing else len(messages) - 1
            messages = messages[start:]
        return cls(messages=messages, long_term_memories=kept, raw=response)

    def to_openai(self) -> list[dict[str, str]]:
        """The messages for OpenAI's chat API (string content), as new dicts."""
        from .tools.messages import memory_prompt_to_openai

        return memory_prompt_to_openai(self.messages)

    def to_anthropic(self) -> dict[str, Any]:
        """``{"system", "messages"}`` for Anthropic: the system prompt apart, turns alternating.

        ``client.messages.create(model=..., max_tokens=..., **prompt.to_anthropic())``
        """
        from .tools.messages import memory_prompt_to_anthropic

        return memory_prompt_to_anthropic(self.messages)
