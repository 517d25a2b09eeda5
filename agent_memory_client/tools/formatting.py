"""What a resolved tool call reports: a JSON-safe ``result`` and text for the model.

The text is what the model reads back, so it carries the substance (a search lists each
memory's text, id and relevance), not just a count. Nothing here does I/O.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Mapping, Sequence
from typing import Any

from .._results import MemoryRecordResult

__all__ = [
    "created_result",
    "datetime_result",
    "deleted_result",
    "json_safe",
    "memory_dict",
    "memory_result",
    "official_tool_dict",
    "search_result",
    "working_memory_result",
]

Outcome = tuple[dict[str, Any], str]

# How much of the session the model reads back; the full state stays in `result`.
_RECENT_MESSAGES = 10
_MAX_CONTENT = 500
_MAX_DATA = 2000

_MEMORY_FIELDS = (
    "id", "text", "memory_type", "topics", "entities", "event_date", "created_at",
    "updated_at", "pinned", "user_id", "namespace", "session_id",
)  # fmt: skip


def json_safe(value: Any) -> Any:
    """``value`` made of JSON types only: models become dicts, datetimes ISO strings."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return json_safe(value.value)
    if isinstance(value, Mapping):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [json_safe(v) for v in value]
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return json_safe(to_dict())
    return str(value)


def _as_dict(obj: Any) -> dict[str, Any]:
    data = json_safe(obj)
    return data if isinstance(data, dict) else {}


def memory_dict(memory: Any) -> dict[str, Any]:
    """The fields of a memory an application or model cares about, JSON-safe.

    A search result always carries its relevance: the server's score, or ``1 - dist`` from a
    server that sends none (releases before 0.15; see ``MemoryRecordResult.relevance_score``).
    """
    data = _as_dict(memory)
    picked = {key: data[key] for key in _MEMORY_FIELDS if data.get(key) is not None}
    if isinstance(memory, MemoryRecordResult):
        picked["relevance_score"] = round(memory.relevance_score, 4)
    return picked


def _clip(text: str, limit: int = _MAX_CONTENT) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _describe(memory: Mapping[str, Any]) -> str:
    details = [f"id: {memory.get('id')}"]
    if "relevance_score" in memory:
        details.append(f"relevance: {memory['relevance_score']:.2f}")
    if memory.get("memory_type"):
        details.append(f"type: {memory['memory_type']}")
    if memory.get("topics"):
        details.append("topics: " + ", ".join(memory["topics"]))
    if memory.get("entities"):
        details.append("entities: " + ", ".join(memory["entities"]))
    if memory.get("event_date"):
        details.append(f"event date: {memory['event_date']}")
    return f"{_clip(str(memory.get('text', '')))} ({'; '.join(details)})"


def _memories(count: int) -> str:
    return "1 memory" if count == 1 else f"{count} memories"


def search_result(
    query: str, memories: Sequence[Any], total: int, next_offset: int | None
) -> Outcome:
    """A search: every memory's text, id and relevance."""
    found = [memory_dict(m) for m in memories]
    result = {"query": query, "memories": found, "total": total, "next_offset": next_offset}
    if not found:
        return result, f"No memories found for {json.dumps(query)}."
    lines = [f"Found {_memories(len(found))} for {json.dumps(query)}:"]
    lines += [f"{i}. {_describe(m)}" for i, m in enumerate(found, 1)]
    if next_offset is not None:
        lines.append(f"More may match: search again with offset {next_offset}.")
    return result, "\n".join(lines)


def created_result(memories: Sequence[Any], *, lazily: bool, session_id: str | None) -> Outcome:
    """Memories stored at once, or added to working memory for the server to promote."""
    created = [memory_dict(m) for m in memories]
    result: dict[str, Any] = {"memories": created}
    if lazily:
        result["session_id"] = session_id
        head = (
            f"Added {_memories(len(created))} to the working memory of session {session_id}; "
            f"the memory server will move {'it' if len(created) == 1 else 'them'} to "
            "long-term memory:"
        )
    else:
        head = f"Saved {_memories(len(created))} to long-term memory:"
    return result, "\n".join([head, *(f"- {_describe(m)}" for m in created)])


def memory_result(memory: Any, *, action: str) -> Outcome:
    """One memory, read or just edited (``action`` is "read" or "updated")."""
    data = memory_dict(memory)
    head = "Updated memory" if action == "updated" else "Memory"
    return {"memory": data}, f"{head}: {_describe(data)}"


def deleted_result(memory_ids: Sequence[str], status: str) -> Outcome:
    """Memories deleted by id."""
    ids = list(memory_ids)
    text = f"Deleted {_memories(len(ids))}: {', '.join(ids)}."
    return {"deleted": ids, "status": status}, text


def working_memory_result(memory: Any, *, created: bool | None, action: str = "read") -> Outcome:
    """A session's working memory: recent messages, summary, pending memories and data.

    ``created`` is known for get-or-create; ``action`` is "read", "saved" or "data".
    """
    data = _as_dict(memory)
    session = data.get("session_id", "")
    messages = [
        {"role": m.get("role"), "content": m.get("content"), "created_at": m.get("created_at")}
        for m in data.get("messages") or []
    ]
    memories = [memory_dict(m) for m in data.get("memories") or []]
    result: dict[str, Any] = {
        "session_id": session,
        "messages": messages,
        "memories": memories,
        "context": data.get("context"),
        "data": data.get("data") or {},
    }
    if created is not None:
        result["created"] = created

    if created:
        head = f"Created a new, empty working memory for session {session}."
    elif action == "saved":
        head = f"Saved the working memory of session {session}."
    elif action == "data":
        head = f"Updated the data in the working memory of session {session}."
    else:
        head = f"Working memory of session {session}:"
    lines = [head]
    if created:
        return result, head
    if result["context"]:
        lines.append(f"Summary: {_clip(str(result['context']), _MAX_DATA)}")
    if messages:
        recent = messages[-_RECENT_MESSAGES:]
        shown = len(recent) < len(messages)
        label = f"last {len(recent)} of {len(messages)}" if shown else str(len(messages))
        lines.append(f"Messages ({label}):")
        lines += [f"- {m['role']}: {_clip(str(m['content']))}" for m in recent]
    else:
        lines.append("Messages: none")
    if memories:
        lines.append("Memories waiting to be saved to long-term memory:")
        lines += [f"- {_describe(m)}" for m in memories]
    if result["data"]:
        lines.append(f"Data: {_clip(json.dumps(result['data'], sort_keys=True), _MAX_DATA)}")
    return result, "\n".join(lines)


def datetime_result(now: dt.datetime) -> Outcome:
    """The current time, in UTC."""
    utc = now.astimezone(dt.timezone.utc).replace(microsecond=0)
    iso = utc.isoformat().replace("+00:00", "Z")
    return (
        {"iso_utc": iso, "unix_ts": int(utc.timestamp())},
        f"The current date and time is {iso} (UTC, {utc:%A, %d %B %Y}).",
    )


def official_tool_dict(outcome: Mapping[str, Any]) -> dict[str, Any]:
    """A resolved call as the official client's tool functions returned it: the result's
    fields, ``summary`` (the text for the model), ``success`` and, on failure, ``error``.

    Search results also carry the official names ``total_found`` and ``has_more``.
    """
    result = outcome.get("result")
    out: dict[str, Any] = dict(result) if isinstance(result, Mapping) else {}
    if result is not None and not isinstance(result, Mapping):
        out["result"] = result
    if "total" in out and "memories" in out:
        out.setdefault("total_found", out["total"])
        out.setdefault("has_more", out.get("next_offset") is not None)
    out["success"] = bool(outcome.get("success"))
    out["summary"] = outcome.get("formatted_response", "")
    if outcome.get("error"):
        out["error"] = outcome["error"]
    return out
