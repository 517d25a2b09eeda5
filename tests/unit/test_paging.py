"""search_all's request planning against a model of how server 0.15.2 pages (no I/O).

The model: a request for ``offset, limit`` takes the top ``offset + limit`` results and drops
the first ``offset``; results at the same distance are ordered by a shuffle seeded with
``offset + limit``, as the server's nearest-neighbour search picks and orders tied results
differently for each size it is asked for.
"""

from __future__ import annotations

import random
from collections import Counter

import pytest

from agent_memory_client import MemoryValidationError
from agent_memory_client._paging import MAX_PAGE_SIZE, SearchPlan
from agent_memory_client._results import MemoryRecordResult


def memory(memory_id: str, dist: float) -> MemoryRecordResult:
    return MemoryRecordResult.from_dict({"id": memory_id, "text": memory_id, "dist": dist})


class TiedRanking:
    """Answers pages the way the server does, including its unstable order of ties."""

    def __init__(self, distances: list[float]) -> None:
        self.memories = [memory(f"m{i:04d}", d) for i, d in enumerate(distances)]
        self.requests: list[tuple[int, int]] = []

    def page(self, offset: int, limit: int) -> list[MemoryRecordResult]:
        self.requests.append((offset, limit))
        k = offset + limit
        shuffle = random.Random(k)
        keyed = [(m.dist, shuffle.random(), m) for m in self.memories]
        keyed.sort(key=lambda item: (item[0], item[1]))
        return [m for _, _, m in keyed[:k]][offset:]


def run(plan: SearchPlan, server: TiedRanking) -> list[str]:
    seen: list[str] = []
    while not plan.finished:
        seen.extend(m.id for m in plan.take(server.page(plan.offset, plan.limit)))
        assert len(server.requests) < 1000, "the plan does not terminate"
    return seen


def naive(server: TiedRanking, page_size: int) -> list[str]:
    seen: list[str] = []
    offset = 0
    while True:
        page = server.page(offset, page_size)
        seen.extend(m.id for m in page)
        if len(page) < page_size:
            return seen
        offset += page_size


ALL_TIED = [0.5] * 7
GROUPS = [0.1, 0.2, 0.2, 0.2, 0.3, 0.4, 0.4, 0.4, 0.4, 0.4, 0.5, 0.6, 0.6]
DUPLICATE_HEAVY = [round(0.1 * (i // 9), 1) for i in range(150)]


def test_the_model_reproduces_the_server_losing_tied_results_to_offset_paging() -> None:
    # Guards the model itself: if plain paging worked here, the tests below would prove nothing.
    seen = naive(TiedRanking(ALL_TIED), page_size=3)
    assert sorted(set(seen)) != sorted(f"m{i:04d}" for i in range(7))


@pytest.mark.parametrize("distances", [ALL_TIED, GROUPS, DUPLICATE_HEAVY], ids=len)
@pytest.mark.parametrize("page_size", [1, 2, 3, 5, 50, 100])
def test_every_result_is_yielded_exactly_once(distances: list[float], page_size: int) -> None:
    server = TiedRanking(distances)
    seen = run(SearchPlan(page_size, ranked=True), server)

    assert Counter(seen) == Counter(m.id for m in server.memories)
    assert all(limit <= MAX_PAGE_SIZE for _, limit in server.requests)


def test_results_come_best_first() -> None:
    server = TiedRanking(GROUPS)
    seen = run(SearchPlan(4, ranked=True), server)
    by_id = {m.id: m.dist for m in server.memories}
    assert [by_id[i] for i in seen] == sorted(GROUPS)


def test_distinct_distances_cost_one_repeated_result_per_page() -> None:
    server = TiedRanking([i / 100 for i in range(10)])
    run(SearchPlan(4, ranked=True), server)
    # The last result of a full page is asked for again: it might begin a tied group.
    assert server.requests == [(0, 4), (3, 4), (6, 4), (9, 4)]


def test_a_page_of_one_tied_group_is_asked_for_again_wider() -> None:
    server = TiedRanking(ALL_TIED)
    run(SearchPlan(3, ranked=True), server)
    assert server.requests == [(0, 3), (0, 6), (0, 12)]


def test_a_tied_group_larger_than_the_largest_page_still_ends() -> None:
    server = TiedRanking([0.5] * 250)
    seen = run(SearchPlan(100, ranked=True), server)
    # Best effort past the server's limit: the listing ends and repeats nothing.
    assert len(seen) == len(set(seen))
    assert server.requests[-1][0] >= 200


def test_a_listing_without_query_text_pages_plainly() -> None:
    server = TiedRanking([0.0] * 5)
    plan = SearchPlan(2, ranked=False)
    requests = []
    while not plan.finished:
        requests.append((plan.offset, plan.limit))
        plan.take(server.page(plan.offset, plan.limit))
    assert requests == [(0, 2), (2, 2), (4, 2)]


@pytest.mark.parametrize("page_size", [0, 101, -1, 2.5, True, "10"])
def test_page_size_outside_the_servers_range_is_refused(page_size: object) -> None:
    with pytest.raises(MemoryValidationError, match="page_size"):
        SearchPlan(page_size, ranked=True)  # type: ignore[arg-type]


def test_a_short_page_with_a_next_offset_is_not_the_end() -> None:
    # A server that pages by its own size (50) whatever the limit asked for, and says with
    # next_offset that there is more (the official client's tests' server does this).
    pages = [[memory(f"m{i:03d}", 0.1) for i in range(start, min(start + 50, 130))]
             for start in (0, 50, 100)]  # fmt: skip
    plan, calls = SearchPlan(50, ranked=True), 0
    seen: list[str] = []
    while not plan.finished:
        page = pages[calls]
        calls += 1
        seen.extend(m.id for m in plan.take(page, None if calls == 3 else calls * 50))
    assert calls == 3
    assert len(seen) == len(set(seen)) == 130


def test_a_short_page_without_a_next_offset_is_the_end() -> None:
    plan = SearchPlan(50, ranked=True)
    plan.take([memory(f"m{i}", 0.1 * i) for i in range(20)], None)
    assert plan.finished
