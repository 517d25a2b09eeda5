"""Request shaping: user input becomes the server's models, validated, never mutated (no I/O)."""

from __future__ import annotations

import copy
import datetime as dt
import re
import time
from typing import Any

import pytest

from agent_memory_client import MemoryValidationError
from agent_memory_client import _requests as req
from agent_memory_client import _search as search_
from agent_memory_client._results import MemoryRecordResult
from agent_memory_client._rules import check_id
from agent_memory_client._scope import Scope
from agent_memory_client.types import ExtractedMemoryRecord, MemoryRecord, SearchRequest, Topics

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
ULID = re.compile(r"[0-9A-HJKMNP-TV-Z]{26}")
START = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
END = dt.datetime(2024, 2, 1, tzinfo=dt.timezone.utc)


def build(**options: Any) -> SearchRequest:
    """A search request as memory_prompt builds it (thresholds go to the server)."""
    text = options.pop("text", None)
    limit, offset = options.pop("limit", 10), options.pop("offset", 0)
    raw = options.pop("extra", None)
    return search_.build_search_request(
        text, options, limit=limit, offset=offset, raw=raw, server_thresholds=True
    )


def search(**options: Any) -> dict[str, Any]:
    """The JSON body of a search, each filter without its redundant ``field`` name."""
    body = build(**options).to_dict()
    return {
        k: ({op: v for op, v in val.items() if op != "field"} if isinstance(val, dict) else val)
        for k, val in body.items()
    }


# -- ids ----------------------------------------------------------------------------------


def test_new_memory_id_is_a_ulid_of_the_current_time() -> None:
    before = time.time_ns() // 1_000_000
    ids = [req.new_memory_id() for _ in range(200)]
    after = time.time_ns() // 1_000_000
    assert all(ULID.fullmatch(i) for i in ids)
    assert len(set(ids)) == 200
    for memory_id in ids:
        millis = 0
        for char in memory_id[:10]:
            millis = millis * 32 + CROCKFORD.index(char)
        assert before <= millis <= after


@pytest.mark.parametrize("value", ["", "   ", None, 42, ["m-1"]])
def test_check_id_rejects_non_ids(value: Any) -> None:
    with pytest.raises(MemoryValidationError, match="memory_id"):
        check_id(value, "memory_id")


# -- create and edit ----------------------------------------------------------------------


def test_build_create_request_assigns_ids_and_defaults_without_mutating() -> None:
    memories = [
        {"text": "User likes tea", "topics": ["drinks"]},
        {"id": "mine", "text": "User likes Rome", "user_id": "bob", "namespace": "travel"},
        ExtractedMemoryRecord(id="model-1", text="From a model"),
    ]
    snapshot = copy.deepcopy(memories[:2])
    request, stored = req.build_create_request(
        memories, deduplicate=False, scope=Scope(user_id="alice", namespace="ns")
    )
    body = request.to_dict()
    assert body["deduplicate"] is False
    # created_at, updated_at and last_accessed are set by the client, as the official's does
    stamps = ("created_at", "updated_at", "last_accessed")
    for record in body["memories"]:
        moments = {dt.datetime.fromisoformat(record.pop(stamp)) for stamp in stamps}
        assert len(moments) == 1
        assert next(iter(moments)).tzinfo is not None
    # The records as the server stores them: the same ids, its defaults filled in.
    assert [m.id for m in stored] == [m["id"] for m in body["memories"]]
    assert [m.memory_type for m in stored] == ["semantic"] * 3
    assert [m.topics for m in stored] == [["drinks"], [], []]
    first, second, third = body["memories"]
    assert ULID.fullmatch(first.pop("id"))
    assert first == {
        "text": "User likes tea",
        "topics": ["drinks"],
        "user_id": "alice",
        "namespace": "ns",
    }
    assert second == {
        "id": "mine",
        "text": "User likes Rome",
        "user_id": "bob",
        "namespace": "travel",
    }
    assert third == {
        "id": "model-1",
        "text": "From a model",
        "user_id": "alice",
        "namespace": "ns",
    }
    assert memories[:2] == snapshot


@pytest.mark.parametrize(
    ("memories", "message"),
    [
        ({"text": "one record"}, "list of records"),
        ("User likes tea", "list of records"),
        ([], "at least one"),
        ([{"text": "   "}], r"memories\[0\]"),
        ([{"text": "ok"}, {"topics": ["x"]}], r"memories\[1\]"),
        ([{"text": "ok", "memory_type": "fact"}], "memory_type"),
        ([{"text": "ok", "colour": "blue"}], "colour"),
        ([{"text": "ok", "created_at": "yesterday"}], "invalid value"),
        (["User likes tea"], r"memories\[0\]"),
    ],
)
def test_build_create_request_rejects(memories: Any, message: str) -> None:
    with pytest.raises(MemoryValidationError, match=message):
        req.build_create_request(memories, deduplicate=True, scope=Scope())


def test_build_create_request_needs_a_boolean_deduplicate() -> None:
    with pytest.raises(MemoryValidationError, match="deduplicate"):
        req.build_create_request([{"text": "x"}], deduplicate="yes", scope=Scope())


def test_build_edit_request() -> None:
    updates = {"text": "User likes green tea", "topics": ["tea"], "event_date": START}
    body = req.build_edit_request(updates).to_dict()
    assert body["text"] == "User likes green tea"
    assert body["topics"] == ["tea"]
    assert dt.datetime.fromisoformat(body["event_date"]) == START
    assert updates["event_date"] is START


@pytest.mark.parametrize(
    "updates",
    [{}, {"id": "x"}, {"created_at": START}, {"text": ""}, {"memory_type": "fact"}, {"x": 1}, []],
)
def test_build_edit_request_rejects(updates: Any) -> None:
    with pytest.raises(MemoryValidationError):
        req.build_edit_request(updates)


# -- search -------------------------------------------------------------------------------


def test_a_search_with_no_filters() -> None:
    assert search() == {"limit": 10, "offset": 0}


def test_plain_values_become_filters() -> None:
    assert search(
        text="tea",
        session_id="s1",
        namespace="ns",
        topics=["a", "b"],
        entities=("Rome",),
        user_id="alice",
        memory_type="semantic",
        created_at=START,
    ) == {
        "text": "tea",
        "limit": 10,
        "offset": 0,
        "session_id": {"eq": "s1"},
        "namespace": {"eq": "ns"},
        "topics": {"any": ["a", "b"]},
        "entities": {"any": ["Rome"]},
        "user_id": {"eq": "alice"},
        "memory_type": {"eq": "semantic"},
        "created_at": {"eq": START.isoformat()},
    }


def test_an_empty_list_filter_is_no_filter() -> None:
    assert "topics" not in search(topics=[])


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        ({"in_": ["a"]}, {"any": ["a"]}),
        ({"in": ["a"]}, {"any": ["a"]}),
        ({"any_": ["a"]}, {"any": ["a"]}),
        ({"all_": ["a"]}, {"all": ["a"]}),
        ({"not_eq": "a"}, {"ne": "a"}),
        ({"eq": "a", "ne": None}, {"eq": "a"}),
        ({"startswith": "tr"}, {"startswith": "tr"}),
        (Topics(any=["a"]), {"any": ["a"]}),
    ],
)
def test_tag_operators(given: Any, sent: dict[str, Any]) -> None:
    assert search(topics=given)["topics"] == sent


@pytest.mark.parametrize("given", [{"exists": True}, {"eq": "a", "nin": ["b"]}])
def test_unsupported_tag_operators_are_rejected(given: dict[str, Any]) -> None:
    with pytest.raises(MemoryValidationError, match="does not support"):
        build(topics=given)


@pytest.mark.parametrize("op", ["not_in", "none"])
def test_official_exclusions_of_one_value_are_ne(op: str) -> None:
    # The official client sent these verbatim and the server ignored them; one value is ne.
    assert search(topics={op: ["a"]})["topics"] == {"ne": "a"}


@pytest.mark.parametrize("op", ["not_in", "none"])
def test_official_exclusions_of_several_values_are_refused(op: str) -> None:
    with pytest.raises(MemoryValidationError, match="exclude one value only"):
        build(topics={op: ["a", "b"]})


def test_memory_type_has_no_startswith() -> None:
    with pytest.raises(MemoryValidationError, match="startswith"):
        build(memory_type={"startswith": "sem"})


def test_date_operators() -> None:
    sent = search(
        created_at={"gt": START},
        last_accessed={"between": [START, END]},
        event_date_after=START,
        event_date_before=END,
    )
    assert sent["created_at"] == {"gt": START.isoformat()}
    assert sent["last_accessed"] == {"between": [START.isoformat(), END.isoformat()]}
    # the server applies one operator per date filter, so both ends become a between
    assert sent["event_date"] == {"between": [START.isoformat(), END.isoformat()]}


def test_two_date_operators_are_refused_because_the_server_would_ignore_one() -> None:
    with pytest.raises(MemoryValidationError, match="one operator"):
        search(created_at={"gt": START, "lt": END})
    with pytest.raises(MemoryValidationError, match="one operator"):
        search(created_at={"gt": START}, created_before=END)


def test_a_naive_datetime_is_local_time() -> None:
    naive = dt.datetime(2024, 6, 1, 12, 0)
    sent = search(created_after=naive)
    assert dt.datetime.fromisoformat(sent["created_at"]["gte"]) == naive.astimezone()


@pytest.mark.parametrize(
    "options",
    [
        {"created_at": {"after": START}},
        {"created_at": {"in": [START]}},
        {"created_at": "2024-01-01"},
        {"created_after": "2024-01-01"},
        {"last_accessed_before": 1704067200},
    ],
)
def test_bad_date_filters_are_rejected(options: dict[str, Any]) -> None:
    with pytest.raises(MemoryValidationError):
        build(**options)


@pytest.mark.parametrize(
    ("score", "mode", "threshold"),
    [(0.7, None, 0.3), (0.7, "semantic", 0.3), (1.0, None, 0.0), (0.0, None, 1.0)],
)
def test_min_relevance_is_a_distance_threshold_for_the_server_in_semantic_search(
    score: float, mode: str | None, threshold: float
) -> None:
    sent = search(min_relevance_score=score, search_mode=mode)
    assert sent["distance_threshold"] == pytest.approx(threshold)


@pytest.mark.parametrize("mode", ["keyword", "hybrid"])
def test_min_relevance_sends_no_distance_threshold_for_other_modes(mode: str) -> None:
    assert "distance_threshold" not in search(min_relevance_score=0.7, search_mode=mode)


def test_an_explicit_distance_threshold_wins() -> None:
    assert search(min_relevance_score=0.7, distance_threshold=0.5)["distance_threshold"] == 0.5


def _result(dist: float, score: float | None) -> Any:
    return MemoryRecordResult.from_dict({"id": "m", "text": "t", "dist": dist, "score": score})


def test_no_threshold_needs_no_check() -> None:
    assert search_.relevance_check({}) is None


@pytest.mark.parametrize(
    ("options", "dist", "score", "kept"),
    [
        ({"min_relevance_score": 0.7}, 0.3, 0.7, True),
        ({"min_relevance_score": 0.7}, 0.31, 0.69, False),
        ({"min_relevance_score": 0.7}, 0.31, None, False),  # no score: 1 - distance
        ({"distance_threshold": 0.3}, 0.3, 0.7, True),
        ({"distance_threshold": 0.3}, 0.31, 0.69, False),
        ({"distance_threshold": 0.5, "min_relevance_score": 0.8}, 0.3, 0.7, False),
        # keyword and hybrid scores are not 1 - distance: only the score counts
        ({"min_relevance_score": 0.5, "search_mode": "hybrid"}, 0.9, 0.6, True),
    ],
)
def test_the_relevance_check_keeps_what_passes_every_threshold(
    options: dict[str, Any], dist: float, score: float | None, kept: bool
) -> None:
    check = search_.relevance_check(options)
    assert check is not None
    assert check(_result(dist, score)) is kept


@pytest.mark.parametrize(
    "options",
    [
        {"min_relevance_score": 1.01},
        {"min_relevance_score": "0.7"},
        {"min_relevance_score": True},
        {"distance_threshold": -0.1},
        {"distance_threshold": 0.3, "search_mode": "hybrid"},
    ],
)
def test_bad_thresholds_are_rejected(options: dict[str, Any]) -> None:
    with pytest.raises(MemoryValidationError):
        search_.relevance_check(options)


@pytest.mark.parametrize(
    "options",
    [
        {"text": 5},
        {"limit": 0},
        {"limit": 101},
        {"limit": True},
        {"limit": "10"},
        {"offset": -1},
        {"offset": 1.5},
        {"search_mode": "vector"},
        {"min_relevance_score": -0.1},
        {"min_relevance_score": 1.01},
        {"distance_threshold": -1},
        {"memory_type": "fact"},
        {"topics": [1]},
        {"topics": 5},
        {"user_id": ""},
        {"recency": {"colour_weight": 1}},
        {"extra": {"colour": 1}},
    ],
)
def test_bad_search_options_are_rejected(options: dict[str, Any]) -> None:
    with pytest.raises(MemoryValidationError):
        build(**options)


def test_recency_options_get_their_prefix() -> None:
    sent = search(recency={"semantic_weight": 0.8, "recency_half_life_created_days": 7.0})
    assert sent["recency_semantic_weight"] == 0.8
    assert sent["recency_half_life_created_days"] == 7.0


def test_search_request_from_a_mapping() -> None:
    options = {"text": "tea", "user_id": "alice", "limit": 3, "text_scorer": "BM25"}
    snapshot = dict(options)
    request = search_.search_request_from_mapping(options, user_id="ignored", namespace="ns")
    sent = request.to_dict()
    assert sent["user_id"]["eq"] == "alice"
    assert sent["namespace"]["eq"] == "ns"
    assert (sent["limit"], sent["text_scorer"]) == (3, "BM25")
    assert options == snapshot


# -- working memory -----------------------------------------------------------------------


def test_build_working_memory() -> None:
    memory = {
        "session_id": "ignored: the path says which session",
        "messages": [
            {"role": "user", "content": "hi"},
            {"role": "assistant", "content": "hello", "id": "m-2", "created_at": START},
        ],
        "memories": [{"text": "User says hi"}],
        "data": {"k": "v"},
        "context_percentage_total_used": 12.5,
        "context_percentage_until_summarization": 40.0,
    }
    snapshot = copy.deepcopy(memory)
    body = req.build_working_memory(
        memory, scope=Scope(user_id="alice", namespace="ns"), ttl_seconds=60
    ).to_dict()
    assert set(body) == {"messages", "memories", "data", "user_id", "namespace", "ttl_seconds"}
    first, second = body["messages"]
    assert ULID.fullmatch(first["id"])
    assert dt.datetime.fromisoformat(first["created_at"]).tzinfo is not None
    assert (second["id"], dt.datetime.fromisoformat(second["created_at"])) == ("m-2", START)
    [record] = body["memories"]
    assert ULID.fullmatch(record["id"])
    assert (record["user_id"], record["namespace"]) == ("alice", "ns")
    assert (body["user_id"], body["namespace"], body["ttl_seconds"]) == ("alice", "ns", 60)
    assert memory == snapshot


def test_build_working_memory_keeps_records_read_back_from_the_server() -> None:
    stored = {
        "id": "wm-1",
        "text": "User likes Rome",
        "pinned": False,
        "access_count": 0,
        "extraction_strategy": "discrete",
        "extraction_strategy_config": {},
        "created_at": START.isoformat(),
    }
    body = req.build_working_memory({"memories": [stored]}, scope=Scope())
    assert isinstance(body.memories, list)
    [record] = body.memories
    assert isinstance(record, MemoryRecord)
    assert record.to_dict()["id"] == "wm-1"
    assert record.to_dict()["pinned"] is False


@pytest.mark.parametrize(
    "memory",
    [
        {"messages": [{"role": "user"}]},
        {"messages": [{"role": "user", "content": {"type": "text", "text": "hi"}}]},
        {"messages": ["hi"]},
        {"memories": [{"topics": ["x"]}]},
        {"data": ["not", "a", "dict"]},
        {"colour": "blue"},
        "a string",
    ],
)
def test_build_working_memory_rejects(memory: Any) -> None:
    with pytest.raises(MemoryValidationError):
        req.build_working_memory(memory, scope=Scope())


# -- memory prompt ------------------------------------------------------------------------


def prompt(query: str = "What do I drink?", **options: Any) -> dict[str, Any]:
    scope = Scope(
        session_id=options.pop("session_id", None),
        user_id=options.pop("user_id", None),
        namespace=options.pop("namespace", None),
    )
    arguments: dict[str, Any] = {
        "session": None,
        "long_term_search": None,
        "model_name": None,
        "context_window_max": None,
        **options,
    }
    return req.build_memory_prompt_request(query, scope=scope, **arguments).to_dict()


def test_a_prompt_without_a_session_searches_long_term_memory() -> None:
    sent = prompt()
    assert sent == {
        "query": "What do I drink?",
        "long_term_search": {"text": "What do I drink?", "limit": 10, "offset": 0},
    }


def test_a_prompt_fills_the_session_from_the_defaults() -> None:
    sent = prompt(
        session={"session_id": "s1"},
        user_id="alice",
        namespace="ns",
        model_name="gpt-4o",
        context_window_max=8000,
    )
    assert sent["session"] == {
        "session_id": "s1",
        "user_id": "alice",
        "namespace": "ns",
        "model_name": "gpt-4o",
        "context_window_max": 8000,
    }
    assert "long_term_search" not in sent


def test_a_prompts_search_takes_plain_filters() -> None:
    long_term_search = {"user_id": "alice", "topics": ["drinks"], "limit": 5}
    sent = prompt(long_term_search=long_term_search, session_id="s1")
    assert sent["session"] == {"session_id": "s1"}
    search_body = sent["long_term_search"]
    assert search_body["user_id"]["eq"] == "alice"
    assert search_body["topics"]["any"] == ["drinks"]
    assert long_term_search == {"user_id": "alice", "topics": ["drinks"], "limit": 5}


def test_a_prompt_can_pass_a_boolean_or_a_search_request() -> None:
    assert prompt(long_term_search=True)["long_term_search"] is True
    request = SearchRequest(text="tea", limit=2)
    assert prompt(long_term_search=request)["long_term_search"] == request.to_dict()


@pytest.mark.parametrize(
    ("query", "options"),
    [
        ("", {}),
        ("  ", {}),
        ("q", {"session": {"model_name": "gpt-4o"}}),
        ("q", {"session": {"session_id": "s1", "colour": "blue"}}),
        ("q", {"long_term_search": {"limit": 0}}),
        ("q", {"long_term_search": "tea"}),
    ],
)
def test_a_bad_prompt_is_rejected(query: str, options: dict[str, Any]) -> None:
    with pytest.raises(MemoryValidationError):
        prompt(query, **options)


# -- forget and summary views -------------------------------------------------------------


def test_build_forget_body() -> None:
    policy = {"max_age_days": 30.0}
    body = req.build_forget_body(policy, ["keep-1"]).to_dict()
    assert body == {"policy": {"max_age_days": 30.0}, "pinned_ids": ["keep-1"]}
    assert req.build_forget_body(policy, None).to_dict() == {"policy": {"max_age_days": 30.0}}


@pytest.mark.parametrize("policy", [{}, None, ["max_age_days"]])
def test_build_forget_body_needs_a_policy(policy: Any) -> None:
    with pytest.raises(MemoryValidationError, match="policy"):
        req.build_forget_body(policy, None)


def test_build_summary_view_and_partition_requests() -> None:
    view = {"source": "working_memory", "group_by": ["session_id"], "continuous": True}
    assert req.build_summary_view_request(view).to_dict() == view
    assert req.build_partition_request({"user_id": "alice"}).to_dict() == {
        "group": {"user_id": "alice"}
    }
    for bad in ({}, {"source": "somewhere"}, {"source": "long_term", "x": 1}):
        with pytest.raises(MemoryValidationError):
            req.build_summary_view_request(bad)
    with pytest.raises(MemoryValidationError, match="group"):
        req.build_partition_request({})
