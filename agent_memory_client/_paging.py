"""Request planning for search_all_long_term_memories, shared by both clients.

Server 0.15.2 answers ``offset=o, limit=l`` by running a nearest-neighbour query for the
top ``o + l`` results and dropping the first ``o``. Results at the same distance (duplicate
texts, or texts equally close to the query) come back in an order that depends on ``o + l``,
so naive offset paging can show one of them twice and never show another. The planner
below keeps every request starting at the first member of a group of tied results, and
widens a request until such a group fits in one page, so each group is read whole at least
once. Listings without a query text are ordered by the index and paged plainly.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ._exceptions import MemoryValidationError

if TYPE_CHECKING:
    from ._results import MemoryRecordResult

__all__ = ["MAX_PAGE_SIZE", "SearchPlan"]

MAX_PAGE_SIZE = 100
"""The largest ``limit`` the server accepts for one search."""


def _trailing_ties(memories: Sequence[MemoryRecordResult]) -> int:
    """How many results at the end of the page share the last one's distance."""
    last = memories[-1].dist
    count = 0
    for memory in reversed(memories):
        if memory.dist != last:
            break
        count += 1
    return count


class SearchPlan:
    """Which page to ask for next, and which results of a page are new.

    Use: request ``offset``/``limit``, pass the page's results to :meth:`take`, repeat
    until ``finished``.
    """

    def __init__(self, page_size: int, *, ranked: bool) -> None:
        if (
            isinstance(page_size, bool)
            or not isinstance(page_size, int)
            or not 1 <= page_size <= MAX_PAGE_SIZE
        ):
            raise MemoryValidationError(
                f"page_size must be a whole number from 1 to {MAX_PAGE_SIZE}, got {page_size!r}"
            )
        self.page_size = page_size
        self.ranked = ranked
        self.offset = 0
        self.limit = page_size
        self.finished = False
        self._seen: set[str] = set()

    def take(
        self, memories: Sequence[MemoryRecordResult], next_offset: int | None = None
    ) -> list[MemoryRecordResult]:
        """Record the page just fetched; return its results not yielded before.

        ``next_offset`` is the server's: one that is not None says there is more, even
        after a short page (a server that pages by its own size, as the official
        client's tests' servers do). Server 0.15.2 sends one only after a full page, so
        there a short page is the end.
        """
        fresh = [m for m in memories if m.id not in self._seen]
        self._seen.update(m.id for m in fresh)
        if not memories or (len(memories) < self.limit and next_offset is None):
            self.finished = True
        elif not self.ranked:
            self.offset += len(memories)
        else:
            self._after_full_ranked_page(memories)
        return fresh

    def _after_full_ranked_page(self, memories: Sequence[MemoryRecordResult]) -> None:
        tied = _trailing_ties(memories)
        if tied < len(memories):
            # The last group may continue on the next page, where its members can come back
            # in another order: start the next page at the group's first member, and make it
            # long enough to get past the members already seen.
            self.offset += len(memories) - tied
            self.limit = min(MAX_PAGE_SIZE, max(self.page_size, 2 * tied))
        elif self.limit < MAX_PAGE_SIZE:
            # The whole page is one group: ask again from the same place for more at once.
            self.limit = min(MAX_PAGE_SIZE, 2 * self.limit)
        else:
            # More than the server's largest page at one distance: no request can hold the
            # group, so move on and accept that its order may shift.
            self.offset += self.limit
