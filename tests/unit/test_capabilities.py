"""The capability table: release numbers, which features a search uses, the error (no I/O)."""

from __future__ import annotations

import pickle
from typing import Any

import pytest

from agent_memory_client import MemoryClientError, MemoryUnsupportedFeatureError
from agent_memory_client._capabilities import (
    FEATURES,
    OLDEST_SUPPORTED,
    ServerVersion,
    check,
    format_version,
    parse_version,
    search_features,
    supports,
    version_in_spec,
)
from agent_memory_client._search import build_search_request


@pytest.mark.parametrize(
    ("text", "version"),
    [
        ("0.15.2", (0, 15, 2)),
        ("0.14.0", (0, 14, 0)),
        (" 0.15.2\n", (0, 15, 2)),
        ("v0.15.2", (0, 15, 2)),
        ("0.15", (0, 15, 0)),
        ("1.0.0rc1", (1, 0, 0)),
        ("0.15.0.dev3", (0, 15, 0)),
        ("0.15.3+local.build", (0, 15, 3)),
        ("0.14.0-beta", (0, 14, 0)),
        ("10.20.30", (10, 20, 30)),
    ],
)
def test_release_numbers(text: str, version: tuple[int, int, int]) -> None:
    assert parse_version(text) == version


@pytest.mark.parametrize("text", ["", "dev", "latest", "15", "x0.15.2", "0.x.1", None, 15, 0.15])
def test_what_is_not_a_release_number(text: Any) -> None:
    assert parse_version(text) is None


def test_version_in_spec() -> None:
    assert version_in_spec({"info": {"version": "0.14.0"}}) == "0.14.0"
    odd: list[Any] = [{}, {"info": {}}, {"info": "x"}, {"info": {"version": 15}}, [], "s", None]
    for spec in odd:
        assert version_in_spec(spec) is None


def test_the_table() -> None:
    assert set(FEATURES) == {
        "search_mode", "hybrid_alpha", "text_scorer", "score", "score_type", "session_scope"
    }  # fmt: skip
    request_side = {name for name, f in FEATURES.items() if f.where == "request"}
    assert request_side == {"search_mode", "hybrid_alpha", "text_scorer"}
    for feature in FEATURES.values():
        # every gated feature is newer than the oldest supported server, or it is no gate
        assert feature.since > OLDEST_SUPPORTED, feature
    assert format_version(OLDEST_SUPPORTED) == "0.14.0"


@pytest.mark.parametrize("feature", sorted(FEATURES))
def test_supports(feature: str) -> None:
    assert not supports(feature, (0, 14, 0))
    assert not supports(feature, (0, 14, 9))
    assert supports(feature, (0, 15, 0))
    assert supports(feature, (0, 15, 2))
    assert supports(feature, (1, 0, 0))
    assert supports(feature, None)  # unknown: assumed, the request goes out as to 0.15.2


@pytest.mark.parametrize(
    ("options", "used"),
    [
        ({}, []),
        ({"search_mode": "semantic"}, []),  # what an older server does anyway
        ({"search_mode": "keyword"}, ["search_mode"]),
        ({"search_mode": "hybrid", "hybrid_alpha": 0.3}, ["search_mode", "hybrid_alpha"]),
        ({"hybrid_alpha": 0.0}, ["hybrid_alpha"]),
        ({"text_scorer": "BM25STD"}, ["text_scorer"]),
        ({"topics": ["a"], "recency_boost": False, "min_relevance_score": 0.5}, []),
    ],
)
def test_search_features(options: dict[str, Any], used: list[str]) -> None:
    assert search_features(build_search_request("q", options)) == used


def test_a_prompt_without_a_search_uses_nothing() -> None:
    assert search_features(None) == []
    assert search_features(True) == []
    assert search_features(False) == []


def _server(text: str | None) -> ServerVersion:
    known = ServerVersion()
    known.learn(text)
    return known


def test_check_refuses_what_the_server_lacks() -> None:
    with pytest.raises(MemoryUnsupportedFeatureError) as caught:
        check("search_long_term_memory", ["search_mode", "hybrid_alpha"], _server("0.14.0"))
    error = caught.value
    assert isinstance(error, MemoryClientError)
    assert not isinstance(error, ValueError)  # the input is fine; the server is old
    assert (error.feature, error.server_version, error.since) == ("search_mode", "0.14.0", "0.15.0")
    assert error.operation == "search_long_term_memory"
    assert str(error).startswith(
        "search_long_term_memory: search_mode needs Agent Memory Server 0.15.0 or newer; "
        "the server at this URL is 0.14.0"
    )
    # it survives pickling with its attributes (errors cross process pools)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.feature, copy.server_version, copy.since) == ("search_mode", "0.14.0", "0.15.0")


@pytest.mark.parametrize("text", ["0.15.2", "0.15.0", "0.16.0", None, "unknown"])
def test_check_lets_through_what_the_server_has_or_may_have(text: str | None) -> None:
    check("search_long_term_memory", ["search_mode", "hybrid_alpha", "text_scorer"], _server(text))


def test_server_version_state() -> None:
    known = ServerVersion()
    assert (known.known, known.version) == (False, None)
    assert repr(known) == "ServerVersion(<not read>)"
    known.learn("0.14.0")
    assert (known.known, known.text, known.version) == (True, "0.14.0", (0, 14, 0))
    assert repr(known) == "ServerVersion('0.14.0')"
    known.learn(None)
    assert (known.known, known.version) == (True, None)
