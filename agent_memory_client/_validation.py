"""The official client's input checks, shared by both clients (nothing here does I/O).

``validate_memory_record`` and ``validate_search_filters`` give the official messages for
the cases the official client checked ("Memory text cannot be empty", "Invalid filter
key: ..."), then run the checks every call of this client runs before it sends anything,
so a record or a set of filters they pass is one the client will send.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ._exceptions import MemoryValidationError
from ._search import build_search_request, check_filter_keys, memory_types

__all__ = ["OfficialValidators"]

# A ULID in Crockford base32 (its first character encodes at most 7: 48-bit timestamps).
_ULID = re.compile(r"[0-7][0-9A-HJKMNP-TV-Z]{25}")
# What the official client accepted besides the search filters.
_PAGING = frozenset({"limit", "offset", "optimize_query"})


def _field(record: Any, name: str) -> Any:
    if isinstance(record, Mapping):
        return record.get(name)
    return getattr(record, name, None)


class OfficialValidators:
    """``validate_memory_record`` / ``validate_search_filters`` of both clients."""

    __slots__ = ()

    def validate_memory_record(self, memory: Any) -> None:
        """Check one long-term memory record (a dict or a model) before it is sent.

        Raises MemoryValidationError (a ValueError) for empty text, an unknown memory
        type, an id that is neither a ULID nor an id the client accepts, or any field the
        server would refuse.
        """
        from ._requests import build_create_request
        from ._scope import Scope

        text = _field(memory, "text")
        if not isinstance(text, str) or not text.strip():
            raise MemoryValidationError("Memory text cannot be empty")
        memory_type = _field(memory, "memory_type")
        if memory_type is not None and memory_type not in memory_types():
            raise MemoryValidationError(f"Invalid memory type: {memory_type}")
        memory_id = _field(memory, "id")
        if memory_id and not self._is_valid_ulid(memory_id):
            raise MemoryValidationError(f"Invalid ID format: {memory_id!r}")
        # The checks create_long_term_memories runs (unknown fields, types, dates).
        build_create_request([memory], deduplicate=True, scope=Scope())

    def validate_search_filters(self, **filters: Any) -> None:
        """Check search keyword arguments (filters, ``limit``, ``offset``) before a search.

        Raises MemoryValidationError (a ValueError) for an unknown key, a limit that is not
        a positive integer, a negative offset or distance threshold, or any value a search
        would refuse.
        """
        for key in filters:
            try:
                check_filter_keys({key: None}, allowed=_PAGING)
            except MemoryValidationError:
                raise MemoryValidationError(f"Invalid filter key: {key}") from None
        limit = filters.pop("limit", 10)
        offset = filters.pop("offset", 0)
        filters.pop("optimize_query", None)
        if not isinstance(limit, int) or isinstance(limit, bool) or limit <= 0:
            raise MemoryValidationError("Limit must be a positive integer")
        if not isinstance(offset, int) or isinstance(offset, bool) or offset < 0:
            raise MemoryValidationError("Offset must be a non-negative integer")
        distance = filters.get("distance_threshold")
        if distance is not None and (
            not isinstance(distance, (int, float)) or isinstance(distance, bool) or distance < 0
        ):
            raise MemoryValidationError("Distance threshold must be a non-negative number")
        build_search_request(None, filters, limit=limit, offset=offset)

    @staticmethod
    def _is_valid_ulid(value: str) -> bool:
        """Whether ``value`` is a ULID (the ids the client assigns to new records)."""
        return isinstance(value, str) and _ULID.fullmatch(value) is not None

    @staticmethod
    def _deep_merge_dicts(base: Mapping[str, Any], updates: Mapping[str, Any]) -> dict[str, Any]:
        """``base`` with ``updates`` merged in, nested dicts merged key by key."""
        from ._requests import deep_merge

        return deep_merge(base, updates)
