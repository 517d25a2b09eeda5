# Generated from tests/integration/_async/test_long_term.py by scripts/unasync.py: do not edit.
"""Long-term memory against the real server: create, get, edit, delete, search, forget, compact.

Every test works under its own user id (letters and digits only, see ``support.unique``), reads
back what the server holds, and waits for indexing by polling for the ids it created.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable
from time import monotonic
from typing import Any

import pytest

from agent_memory_client import (
    MemoryNotFoundError,
    MemoryRecordResult,
    MemoryValidationError,
    SyncMemoryAPIClient,
)

from .support import (
    POLL_INTERVAL,
    POLL_TIMEOUT,
    exists,
    indexed,
    store,
    unique,
    wait_searchable,
)


def _wait_unsearchable(
    client: SyncMemoryAPIClient, ids: Iterable[str], *, user_id: str
) -> dict[str, MemoryRecordResult]:
    """Poll until no id is searchable any more; returns what the user still has."""
    gone = set(ids)
    deadline = monotonic() + POLL_TIMEOUT
    while True:
        found = indexed(client, user_id)
        if not gone & found.keys():
            return found
        if monotonic() > deadline:
            raise AssertionError(f"still searchable: {sorted(gone & found.keys())}")
        time.sleep(POLL_INTERVAL)


def _days_ago(days: int) -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days)


# -- create and get -----------------------------------------------------------------------


def test_create_then_get_returns_every_field_as_sent(
    client: SyncMemoryAPIClient, user: str
) -> None:
    namespace, session = unique("ns"), unique("session")
    own_id = unique("mem")
    event = dt.datetime(2024, 5, 17, 9, 30, tzinfo=dt.timezone.utc)
    result = client.create_long_term_memories(
        [
            {
                "id": own_id,
                "text": "Alice climbed Mont Blanc last summer",
                "memory_type": "episodic",
                "topics": ["climbing", "travel"],
                "entities": ["Alice", "Mont Blanc"],
                "user_id": user,
                "namespace": namespace,
                "session_id": session,
                "event_date": event,
            },
            {"text": "Alice prefers oat milk", "user_id": user, "namespace": namespace},
        ]
    )

    assert result.status == "ok"
    assert [m.text for m in result.memories] == [
        "Alice climbed Mont Blanc last summer",
        "Alice prefers oat milk",
    ]
    assert result.memories[0].id == own_id
    generated_id = result.memories[1].id
    assert len(generated_id) == 26  # a client-assigned ULID
    assert generated_id != own_id
    # The server stores in the background: even a read by id misses for a few ms.
    found = wait_searchable(client, [own_id, generated_id], user_id=user)
    assert found.keys() == {own_id, generated_id}

    stored = client.get_long_term_memory(own_id)
    assert stored.id == own_id
    assert stored.text == "Alice climbed Mont Blanc last summer"
    assert stored.memory_type == "episodic"
    assert stored.topics == ["climbing", "travel"]
    assert stored.entities == ["Alice", "Mont Blanc"]
    assert stored.user_id == user
    assert stored.namespace == namespace
    assert stored.session_id == session
    assert stored.event_date == event

    other = client.get_long_term_memory(generated_id)
    assert other.text == "Alice prefers oat milk"
    assert (other.user_id, other.namespace) == (user, namespace)
    assert other.memory_type == "semantic"  # the server's default


def test_create_applies_the_client_defaults(server_url: str, user: str) -> None:
    namespace = unique("ns")
    with SyncMemoryAPIClient(base_url=server_url, user_id=user, namespace=namespace) as scoped:
        result = scoped.create_long_term_memories([{"text": "Bob keeps bees"}])
        memory_id = result.memories[0].id
        wait_searchable(scoped, [memory_id], user_id=user)

        stored = scoped.get_long_term_memory(memory_id)
        assert (stored.user_id, stored.namespace) == (user, namespace)
        page = scoped.search_long_term_memory("bees")  # the defaults scope searches too
        assert [m.id for m in page.memories] == [memory_id]


def test_create_long_term_memory_alias_stores_too(client: SyncMemoryAPIClient, user: str) -> None:
    result = client.create_long_term_memory([{"text": "Carol collects stamps", "user_id": user}])
    wait_searchable(client, [result.memories[0].id], user_id=user)

    stored = client.get_long_term_memory(result.memories[0].id)
    assert (stored.text, stored.user_id) == ("Carol collects stamps", user)


def test_get_missing_memory_raises_not_found(client: SyncMemoryAPIClient) -> None:
    missing = unique("nothing")
    with pytest.raises(MemoryNotFoundError) as failure:
        client.get_long_term_memory(missing)

    assert failure.value.status_code == 404
    assert failure.value.operation == "get_long_term_memory"
    assert missing in str(failure.value)


def test_deduplicate_drops_an_identical_memory_of_the_same_user(
    client: SyncMemoryAPIClient, user: str
) -> None:
    tandem = {"text": "Dana owns a tandem", "user_id": user}
    (first,) = store(client, [tandem], user_id=user)

    again = client.create_long_term_memories(
        [
            tandem,
            {"text": "Dana owns a kayak", "user_id": user},  # marks the batch as processed
        ],
        deduplicate=True,
    )
    duplicate, marker = (m.id for m in again.memories)
    # The server handles a batch's records one after the other, then stores the survivors.
    wait_searchable(client, [marker], user_id=user)
    assert not exists(client, duplicate)
    assert exists(client, first)

    (kept,) = store(client, [tandem], user_id=user, deduplicate=False)
    assert exists(client, kept)


# -- bulk create --------------------------------------------------------------------------


def test_bulk_create_sends_batches_and_stores_everything(
    client: SyncMemoryAPIClient, user: str
) -> None:
    texts = [f"bulk record number {i} about gardening" for i in range(23)]

    results = client.bulk_create_long_term_memories(
        [{"text": text, "user_id": user} for text in texts], batch_size=10
    )

    assert [len(r.memories) for r in results] == [10, 10, 3]
    assert {r.status for r in results} == {"ok"}
    ids = [m.id for r in results for m in r.memories]
    assert len(set(ids)) == 23
    found = wait_searchable(client, ids, user_id=user)
    assert found.keys() == set(ids)
    assert sorted(found[i].text for i in ids) == sorted(texts)


def test_bulk_create_validates_every_batch_before_sending_any(
    client: SyncMemoryAPIClient, user: str
) -> None:
    good = [{"id": unique("good"), "text": f"valid {i}", "user_id": user} for i in range(3)]
    bad = {"id": unique("bad"), "text": "   ", "user_id": user}

    with pytest.raises(MemoryValidationError):
        client.bulk_create_long_term_memories([*good, bad], batch_size=2)

    for record in good:
        assert not exists(client, record["id"])


# -- edit ---------------------------------------------------------------------------------


def test_edit_memory_changes_the_stored_record_and_its_embedding(
    client: SyncMemoryAPIClient, user: str
) -> None:
    (memory_id,) = store(
        client,
        [{"text": "Erin works at Initech", "topics": ["career"], "user_id": user}],
        user_id=user,
    )

    edited = client.edit_memory(
        memory_id,
        {
            "text": "Erin leads the robotics lab at Initech",
            "topics": ["career", "robotics"],
            "entities": ["Erin", "Initech"],
            "memory_type": "episodic",
        },
    )

    assert edited.id == memory_id
    assert edited.text == "Erin leads the robotics lab at Initech"
    stored = client.get_long_term_memory(memory_id)
    assert stored.text == "Erin leads the robotics lab at Initech"
    assert stored.topics == ["career", "robotics"]
    assert stored.entities == ["Erin", "Initech"]
    assert stored.memory_type == "episodic"
    assert stored.user_id == user  # untouched fields stay

    # The new text is what the index searches now: an exact match scores ~1.
    deadline = monotonic() + POLL_TIMEOUT
    while True:
        page = client.search_long_term_memory(
            "Erin leads the robotics lab at Initech", user_id=user, min_relevance_score=0.99
        )
        if [m.id for m in page.memories] == [memory_id]:
            break
        assert monotonic() < deadline, "the edited text never became searchable"
        time.sleep(POLL_INTERVAL)
    assert page.memories[0].text == "Erin leads the robotics lab at Initech"


def test_edit_long_term_memory_alias_edits_too(client: SyncMemoryAPIClient, user: str) -> None:
    (memory_id,) = store(client, [{"text": "Finn likes jazz", "user_id": user}], user_id=user)

    client.edit_long_term_memory(memory_id, {"topics": ["music"]})

    stored = client.get_long_term_memory(memory_id)
    assert (stored.text, stored.topics) == ("Finn likes jazz", ["music"])


def test_edit_missing_memory_raises_not_found(client: SyncMemoryAPIClient) -> None:
    with pytest.raises(MemoryNotFoundError) as failure:
        client.edit_memory(unique("nothing"), {"text": "never stored"})

    assert failure.value.status_code == 404


# -- delete -------------------------------------------------------------------------------


def test_delete_long_term_memories_removes_exactly_those(
    client: SyncMemoryAPIClient, user: str
) -> None:
    ids = store(
        client, [{"text": f"deletable fact {i}", "user_id": user} for i in range(3)], user_id=user
    )

    ack = client.delete_long_term_memories(ids[:2])

    assert ack.status == "ok, deleted 2 memories"
    assert not exists(client, ids[0])
    assert not exists(client, ids[1])
    assert exists(client, ids[2])
    remaining = _wait_unsearchable(client, ids[:2], user_id=user)
    assert remaining.keys() == {ids[2]}


def test_delete_memory_removes_one(client: SyncMemoryAPIClient, user: str) -> None:
    doomed, kept = store(
        client,
        [{"text": "Gus plays oboe", "user_id": user}, {"text": "Gus plays cello", "user_id": user}],
        user_id=user,
    )

    ack = client.delete_memory(doomed)

    assert ack.status == "ok, deleted 1 memories"
    assert not exists(client, doomed)
    assert exists(client, kept)


# -- search -------------------------------------------------------------------------------


def test_search_ranks_the_overlapping_memory_first(client: SyncMemoryAPIClient, user: str) -> None:
    created = client.create_long_term_memories(
        [
            {"text": "Hana loves hiking in the Dolomites mountains", "user_id": user},
            {"text": "Hana drinks green tea every morning", "user_id": user},
            {"text": "Hana repairs vintage radios", "user_id": user},
        ]
    )
    hiking, tea, radios = (m.id for m in created.memories)
    wait_searchable(client, [hiking, tea, radios], user_id=user)

    page = client.search_long_term_memory("mountains hiking trip", user_id=user)

    assert page.memories[0].id == hiking
    assert {m.id for m in page.memories} == {hiking, tea, radios}
    assert {m.user_id for m in page.memories} == {user}
    scores = {m.id: m.relevance_score for m in page.memories}
    assert all(0.0 <= s <= 1.0 for s in scores.values())
    assert scores[hiking] > scores[tea]
    assert scores[hiking] > scores[radios]


def test_search_filters_by_topics_entities_type_namespace_and_session(
    client: SyncMemoryAPIClient, user: str
) -> None:
    ns_a, ns_b, session = unique("ns"), unique("ns"), unique("session")
    created = client.create_long_term_memories(
        [
            {
                "text": "Ivan runs marathons",
                "topics": ["sport", "running"],
                "entities": ["Ivan"],
                "memory_type": "semantic",
                "user_id": user,
                "namespace": ns_a,
                "session_id": session,
            },
            {
                "text": "Ivan went to Lisbon in May",
                "topics": ["travel"],
                "entities": ["Ivan", "Lisbon"],
                "memory_type": "episodic",
                "user_id": user,
                "namespace": ns_b,
            },
            {
                "text": "Ivan swims on Sundays",
                "topics": ["sport"],
                "entities": ["Ivan"],
                "memory_type": "semantic",
                "user_id": user,
                "namespace": ns_b,
            },
        ]
    )
    running, lisbon, swimming = (m.id for m in created.memories)
    wait_searchable(client, [running, lisbon, swimming], user_id=user)

    def ids(**filters: Any) -> set[str]:
        page = client.search_long_term_memory("Ivan", user_id=user, **filters)
        return {m.id for m in page.memories}

    # Each filter matches something, so the server's soft fallback (which drops these
    # filters when nothing matches) stays out of the way and the sets must be exact.
    assert ids(topics=["sport"]) == {running, swimming}
    assert ids(topics=["running", "travel"]) == {running, lisbon}
    assert ids(entities="Lisbon") == {lisbon}
    assert ids(memory_type="episodic") == {lisbon}
    assert ids(namespace=ns_b) == {lisbon, swimming}
    assert ids(namespace={"ne": ns_b}) == {running}
    assert ids(session_id=session) == {running}
    assert ids(namespace=ns_b, topics="sport") == {swimming}


def test_search_filters_by_creation_time(client: SyncMemoryAPIClient, user: str) -> None:
    created = client.create_long_term_memories(
        [
            {"text": "Jo adopted a cat", "user_id": user, "created_at": _days_ago(30)},
            {"text": "Jo adopted a dog", "user_id": user},
        ]
    )
    old, new = (m.id for m in created.memories)
    wait_searchable(client, [old, new], user_id=user)
    week_ago = dt.datetime.now() - dt.timedelta(days=7)  # naive local time, as in the docs

    recent = client.search_long_term_memory("adopted", user_id=user, created_after=week_ago)
    older = client.search_long_term_memory("adopted", user_id=user, created_before=week_ago)
    window = client.search_long_term_memory(
        "adopted",
        user_id=user,
        created_after=week_ago - dt.timedelta(days=60),
        created_before=week_ago,
    )

    assert [m.id for m in recent.memories] == [new]
    assert [m.id for m in older.memories] == [old]
    assert [m.id for m in window.memories] == [old]


def test_search_min_relevance_score_drops_weak_matches(
    client: SyncMemoryAPIClient, user: str
) -> None:
    created = client.create_long_term_memories(
        [
            {"text": "Kim studies marine biology", "user_id": user},
            {"text": "Kim bakes rye bread", "user_id": user},
        ]
    )
    biology, bread = (m.id for m in created.memories)
    wait_searchable(client, [biology, bread], user_id=user)

    strict = client.search_long_term_memory(
        "Kim studies marine biology", user_id=user, min_relevance_score=0.9
    )
    loose = client.search_long_term_memory(
        "Kim studies marine biology", user_id=user, min_relevance_score=0.1
    )
    by_distance = client.search_long_term_memory(
        "Kim studies marine biology", user_id=user, distance_threshold=0.1
    )

    assert [m.id for m in strict.memories] == [biology]
    assert strict.memories[0].relevance_score == pytest.approx(1.0, abs=1e-3)
    assert {m.id for m in loose.memories} == {biology, bread}
    assert all(m.relevance_score >= 0.1 for m in loose.memories)
    assert [m.id for m in by_distance.memories] == [biology]


def test_search_pages_with_limit_and_offset(client: SyncMemoryAPIClient, user: str) -> None:
    created = client.create_long_term_memories(
        [{"text": f"page item {i}", "user_id": user} for i in range(5)]
    )
    ids = {m.id for m in created.memories}
    wait_searchable(client, ids, user_id=user)

    first = client.search_long_term_memory(user_id=user, limit=2, recency_boost=False)
    second = client.search_long_term_memory(user_id=user, limit=2, offset=2, recency_boost=False)
    third = client.search_long_term_memory(user_id=user, limit=2, offset=4, recency_boost=False)

    pages = [[m.id for m in p.memories] for p in (first, second, third)]
    assert [len(p) for p in pages] == [2, 2, 1]
    assert {i for p in pages for i in p} == ids


def test_search_all_long_term_memories_yields_every_match_once(
    client: SyncMemoryAPIClient, user: str
) -> None:
    # The embedding stub puts all seven at the same distance from the query: the server
    # orders such ties differently for each page size, which offset paging alone misses.
    created = client.create_long_term_memories(
        [{"text": f"iterated note {i}", "user_id": user} for i in range(7)]
    )
    ids = [m.id for m in created.memories]
    wait_searchable(client, ids, user_id=user)

    for _ in range(3):  # the server's tie order varies from run to run: try a few
        seen = [
            m.id
            for m in client.search_all_long_term_memories(
                "iterated note", user_id=user, page_size=3
            )
        ]
        assert sorted(seen) == sorted(ids)


def test_search_all_long_term_memories_ranks_best_first_across_pages(
    client: SyncMemoryAPIClient, user: str
) -> None:
    # Two exact matches, then groups of equally close notes straddling the page edges.
    texts = ["ranked harbour crane"] * 2 + [f"ranked harbour {i}" for i in range(5)]
    texts += [f"ranked {i} {i}" for i in range(4)]
    created = client.create_long_term_memories([{"text": text, "user_id": user} for text in texts])
    ids = [m.id for m in created.memories]
    wait_searchable(client, ids, user_id=user)

    found = [
        m
        for m in client.search_all_long_term_memories(
            "ranked harbour crane", user_id=user, page_size=2
        )
    ]

    assert sorted(m.id for m in found) == sorted(ids)
    assert [m.dist for m in found] == sorted(m.dist for m in found)
    assert {m.id for m in found[:2]} == set(ids[:2])


# -- forget -------------------------------------------------------------------------------


def test_forget_dry_run_reports_and_keeps_then_a_real_run_deletes(
    client: SyncMemoryAPIClient, user: str
) -> None:
    created = client.create_long_term_memories(
        [
            {"text": "Lea's old flat", "user_id": user, "created_at": _days_ago(40),
             "last_accessed": _days_ago(40)},
            {"text": "Lea's older car", "user_id": user, "created_at": _days_ago(50),
             "last_accessed": _days_ago(50)},
            {"text": "Lea's new bike", "user_id": user},
        ]
    )  # fmt: skip
    flat, car, bike = (m.id for m in created.memories)
    wait_searchable(client, [flat, car, bike], user_id=user)
    policy = {"max_age_days": 7}

    preview = client.forget_long_term_memories(policy, user_id=user, dry_run=True)

    assert preview["dry_run"] is True
    assert preview["scanned"] == 3
    assert sorted(preview["deleted_ids"]) == sorted([flat, car])
    assert all([exists(client, i) for i in (flat, car, bike)])

    done = client.forget_long_term_memories(policy, user_id=user, dry_run=False, pinned_ids=[car])

    assert done["dry_run"] is False
    assert done["deleted_ids"] == [flat]
    assert done["deleted"] == 1
    assert not exists(client, flat)
    assert exists(client, car)  # pinned
    assert exists(client, bike)  # too young


def test_forget_defaults_to_a_dry_run(client: SyncMemoryAPIClient, user: str) -> None:
    created = client.create_long_term_memories(
        [{"text": "Max's ancient note", "user_id": user, "created_at": _days_ago(90)}]
    )
    memory_id = created.memories[0].id
    wait_searchable(client, [memory_id], user_id=user)

    report = client.forget({"max_age_days": 1}, user_id=user)  # the official alias

    assert report["dry_run"] is True
    assert report["deleted_ids"] == [memory_id]
    assert exists(client, memory_id)

    report = client.forget({"max_age_days": 1}, user_id=user, dry_run=False)

    assert report["deleted_ids"] == [memory_id]
    assert not exists(client, memory_id)


def test_forget_is_scoped_by_namespace(client: SyncMemoryAPIClient, user: str) -> None:
    mine, other = unique("ns"), unique("ns")
    created = client.create_long_term_memories(
        [
            {"text": "Nia note A", "user_id": user, "namespace": mine,
             "created_at": _days_ago(20)},
            {"text": "Nia note B", "user_id": user, "namespace": other,
             "created_at": _days_ago(20)},
        ]
    )  # fmt: skip
    in_mine, in_other = (m.id for m in created.memories)
    wait_searchable(client, [in_mine, in_other], user_id=user)

    report = client.forget_long_term_memories({"max_age_days": 5}, namespace=mine, dry_run=False)

    assert report["deleted_ids"] == [in_mine]
    assert not exists(client, in_mine)
    assert exists(client, in_other)


# -- compact ------------------------------------------------------------------------------


def test_compact_merges_hash_duplicates(client: SyncMemoryAPIClient, user: str) -> None:
    created = client.create_long_term_memories(
        [
            {"text": "Omar speaks Arabic", "user_id": user},
            {"text": "Omar speaks Arabic", "user_id": user},
            {"text": "Omar speaks Dutch", "user_id": user},
        ],
        deduplicate=False,
    )
    twin_a, twin_b, dutch = (m.id for m in created.memories)
    wait_searchable(client, [twin_a, twin_b, dutch], user_id=user)

    ack = client.compact_long_term_memories(user_id=user)

    assert ack.status.startswith("ok")
    survivors = [i for i in (twin_a, twin_b) if exists(client, i)]
    assert len(survivors) == 1
    assert exists(client, dutch)
    remaining = _wait_unsearchable(client, {twin_a, twin_b} - set(survivors), user_id=user)
    assert remaining.keys() == {survivors[0], dutch}


def test_compact_alias_leaves_distinct_memories(client: SyncMemoryAPIClient, user: str) -> None:
    created = client.create_long_term_memories(
        [{"text": "Pia knits", "user_id": user}, {"text": "Pia sews", "user_id": user}]
    )
    ids = [m.id for m in created.memories]
    wait_searchable(client, ids, user_id=user)

    ack = client.compact(user_id=user)

    assert ack.status.startswith("ok")
    assert [exists(client, i) for i in ids] == [True, True]
