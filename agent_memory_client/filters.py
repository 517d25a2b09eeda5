"""Search filter objects, as the official client's ``agent_memory_client.filters`` had them.

    from agent_memory_client.filters import Topics, UserId
    await client.search_long_term_memory("trips", user_id=UserId(eq="alice"),
                                         topics=Topics(any=["travel"]))

The server's operators are ``eq``, ``ne``, ``any``, ``all`` and ``startswith`` for tags and
``eq``, ``ne``, ``gt``, ``gte``, ``lt``, ``lte`` and ``between`` for dates. The official
spellings work too: ``in_`` is ``any``, ``not_eq`` is ``ne``, and ``not_in`` / ``none``
with one value are ``ne`` (the server cannot exclude several values at once, so more than
one is refused, before anything is sent). Plain values and operator dicts work too (see
``agent_memory_client.types.SearchFilters``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from agent_memory_client_generated.models import entities as _entities
from agent_memory_client_generated.models import memory_type as _memory_type
from agent_memory_client_generated.models import namespace as _namespace
from agent_memory_client_generated.models import session_id as _session_id
from agent_memory_client_generated.models import topics as _topics
from agent_memory_client_generated.models import user_id as _user_id
from agent_memory_client_generated.models.created_at import CreatedAt
from agent_memory_client_generated.models.event_date import EventDate
from agent_memory_client_generated.models.last_accessed import LastAccessed

__all__ = [
    "CreatedAt",
    "Entities",
    "EventDate",
    "LastAccessed",
    "MemoryType",
    "Namespace",
    "SessionId",
    "Topics",
    "UserId",
]


def _official(
    in_: Sequence[str] | None = None,
    not_eq: str | None = None,
    not_in: Sequence[str] | None = None,
    none: Sequence[str] | None = None,
) -> dict[str, object]:
    # Kept under the official names; the search request turns them into the server's.
    given = {"in_": in_, "not_eq": not_eq, "not_in": not_in, "none": none}
    return {key: list(v) if isinstance(v, Sequence) and not isinstance(v, str) else v
            for key, v in given.items() if v is not None}  # fmt: skip


class _OneOfOps:
    """The operators of a filter on one value per memory (session, namespace, user), with
    the official client's spellings; shared by those filter classes."""

    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        eq: str | None = None,
        ne: str | None = None,
        any: list[str] | None = None,
        all: list[str] | None = None,
        startswith: str | None = None,
        in_: list[str] | None = None,
        not_eq: str | None = None,
        not_in: list[str] | None = None,
    ) -> None:
        # The generated filter class's __init__, next in the method resolution order.
        super().__init__(eq=eq, ne=ne, any=any, all=all, startswith=startswith)  # type: ignore[call-arg]
        self.additional_properties.update(_official(in_, not_eq, not_in))


class _ManyOfOps:
    """The operators of a filter on several values per memory (topics, entities), with the
    official client's ``none``; shared by those filter classes."""

    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        any: list[str] | None = None,
        all: list[str] | None = None,
        eq: str | None = None,
        ne: str | None = None,
        startswith: str | None = None,
        none: list[str] | None = None,
    ) -> None:
        super().__init__(any=any, all=all, eq=eq, ne=ne, startswith=startswith)  # type: ignore[call-arg]
        self.additional_properties.update(_official(none=none))


class SessionId(_OneOfOps, _session_id.SessionId):
    """Filter by session id: ``eq``, ``ne``, ``any``, ``all``, ``startswith`` (and the
    official ``in_``, ``not_eq``, ``not_in``)."""


class Namespace(_OneOfOps, _namespace.Namespace):
    """Filter by namespace (operators as for :class:`SessionId`)."""


class UserId(_OneOfOps, _user_id.UserId):
    """Filter by user id (operators as for :class:`SessionId`)."""


class MemoryType(_memory_type.MemoryType):
    """Filter by memory type: ``eq``, ``ne``, ``any``, ``all`` (and the official ``in_``,
    ``not_eq``, ``not_in``)."""

    def __init__(
        self,
        *,
        eq: str | None = None,
        ne: str | None = None,
        any: list[str] | None = None,
        all: list[str] | None = None,
        in_: list[str] | None = None,
        not_eq: str | None = None,
        not_in: list[str] | None = None,
    ) -> None:
        super().__init__(eq=eq, ne=ne, any=any, all=all)
        self.additional_properties.update(_official(in_, not_eq, not_in))


class Topics(_ManyOfOps, _topics.Topics):
    """Filter by topics: ``any``, ``all``, ``eq``, ``ne``, ``startswith`` (and the
    official ``none``, with one value)."""


class Entities(_ManyOfOps, _entities.Entities):
    """Filter by entities (operators as for :class:`Topics`)."""
