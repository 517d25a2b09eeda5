"""Result types the facade adds on top of the generated models."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

import attrs
from agent_memory_client_generated.models import (
    ExtractedMemoryRecord,
    MemoryPromptResponse,
)
from agent_memory_client_generated.models import (
    MemoryRecordResult as _GeneratedMemoryRecordResult,
)
from agent_memory_client_generated.models import (
    MemoryRecordResultsResponse as _GeneratedResults,
)
from agent_memory_client_generated.types import Unset

from .tools.messages import memory_prompt_to_anthropic, memory_prompt_to_openai

__all__ = [
    "CreateMemoriesResult",
    "MemoryPromptResult",
    "MemoryRecordResult",
    "MemoryRecordResults",
]


@attrs.define
class MemoryRecordResult(_GeneratedMemoryRecordResult):
    """A long-term memory found by a search, with its relevance."""

    @property
    def relevance_score(self) -> float:
        """Relevance from 0 to 1, higher is better (the server's normalised score)."""
        if isinstance(self.score, float | int) and not isinstance(self.score, bool):
            return float(self.score)
        # Servers that send no score: semantic relevance is 1 - cosine distance.
        return max(0.0, 1.0 - self.dist)


def upgrade_result(item: _GeneratedMemoryRecordResult) -> MemoryRecordResult:
    """Re-type a generated result as ours, in place.

    Our class adds only properties (its ``__slots__`` is empty), so both share one object
    layout and the class can be swapped; copying the fields instead took ~15% of the time
    of parsing a search page.
    """
    item.__class__ = MemoryRecordResult
    return cast(MemoryRecordResult, item)


@attrs.define
class MemoryRecordResults:
    """One page of search results."""

    memories: list[MemoryRecordResult]
    total: int
    next_offset: int | None = None

    @classmethod
    def from_generated(
        cls,
        response: _GeneratedResults,
        *,
        keep: Callable[[MemoryRecordResult], bool] | None = None,
        relevant: Callable[[MemoryRecordResult], bool] | None = None,
    ) -> MemoryRecordResults:
        """Wrap the generated response, keeping the results that pass the checks.

        ``keep`` re-applies the request's filters: when they match nothing the server
        repeats the search without them, and those results must not pass as matches.
        ``relevant`` applies the request's relevance or distance threshold.
        """
        memories = [upgrade_result(m) for m in response.memories]
        total = response.total
        next_offset = None if isinstance(response.next_offset, Unset) else response.next_offset
        if keep is not None:
            kept = [m for m in memories if keep(m)]
            if len(kept) < len(memories):
                memories, total, next_offset = kept, len(kept), None
        if relevant is not None:
            close = [m for m in memories if relevant(m)]
            if len(close) < len(memories):
                # A page is the nearest `limit` results (re-ranked, maybe, but the same set):
                # once one of them fails the threshold, later pages hold nothing closer.
                memories, total, next_offset = close, len(close), None
        return cls(memories=memories, total=total, next_offset=next_offset)


@attrs.define
class CreateMemoriesResult:
    """What create_long_term_memories stored: the records as sent, ids included."""

    memories: list[ExtractedMemoryRecord]
    status: str = "ok"


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


@attrs.define
class MemoryPromptResult:
    """A memory-enriched prompt.

    ``messages`` are ``{"role", "content"}`` dicts with string content, ready for OpenAI's
    chat API; the user's query is already the last message. ``long_term_memories`` are the
    memories the server put into the prompt; ``raw`` is the server's response as parsed.
    """

    messages: list[dict[str, str]]
    long_term_memories: list[MemoryRecordResult]
    raw: MemoryPromptResponse

    @classmethod
    def from_generated(cls, response: MemoryPromptResponse) -> MemoryPromptResult:
        """Convert the server's response into plain chat messages."""
        messages = [
            {"role": str(getattr(m, "role", "system")), "content": _text_of(m.content)}
            for m in response.messages
        ]
        found = response.long_term_memories
        memories = [] if isinstance(found, Unset) or found is None else found
        return cls(
            messages=messages, long_term_memories=[upgrade_result(m) for m in memories],
            raw=response,
        )  # fmt: skip

    def to_openai(self) -> list[dict[str, str]]:
        """The messages for OpenAI's chat API (string content), as new dicts."""
        return memory_prompt_to_openai(self.messages)

    def to_anthropic(self) -> dict[str, Any]:
        """``{"system", "messages"}`` for Anthropic: the system prompt apart, turns alternating.

        ``client.messages.create(model=..., max_tokens=..., **prompt.to_anthropic())``
        """
        return memory_prompt_to_anthropic(self.messages)
