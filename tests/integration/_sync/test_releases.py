# Generated from tests/integration/_async/test_releases.py by scripts/unasync.py: do not edit.
"""What the client does with the release it talks to: the pinned 0.15.2, or the oldest
supported 0.14.0 (``make test-matrix``).

An option the server's release lacks is refused with ``MemoryUnsupportedFeatureError``
before the search goes out (server 0.14.0 would answer it with 200 and a semantic search);
a release that has it gets it. Tests that need a feature carry ``requires_feature``: an
expected failure on a server without it (see tests/integration/conftest.py).
Written once for the async client; scripts/unasync.py generates the sync twin in ``_sync/``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import pytest

from agent_memory_client import MemoryUnsupportedFeatureError, SyncMemoryAPIClient
from agent_memory_client._capabilities import FEATURES, parse_version, supports

from .support import store_texts, unique

if TYPE_CHECKING:
    from agent_memory_client.types import LongTermSearch

GATED_OPTIONS: list[dict[str, Any]] = [
    {"search_mode": "keyword"},
    {"search_mode": "hybrid", "hybrid_alpha": 0.5},
    {"hybrid_alpha": 0.5},
    {"text_scorer": "BM25STD", "search_mode": "keyword"},
]


def _lacks(server_version: str, options: dict[str, Any]) -> list[str]:
    version = parse_version(server_version)
    return [name for name in options if name in FEATURES and not supports(name, version)]


@pytest.mark.parametrize("options", GATED_OPTIONS, ids=lambda o: "+".join(o))
def test_a_gated_search_option_is_refused_exactly_when_the_server_lacks_it(
    client: SyncMemoryAPIClient, server_version: str, options: dict[str, Any]
) -> None:
    user = unique("user")
    ids = store_texts(client, user, "Quentin restores vintage typewriters")
    lacking = _lacks(server_version, options)
    if lacking:
        with pytest.raises(MemoryUnsupportedFeatureError) as caught:
            client.search_long_term_memory("typewriters", user_id=user, **options)
        assert caught.value.feature in lacking
        assert caught.value.server_version == server_version
    else:
        page = client.search_long_term_memory("typewriters", user_id=user, **options)
        assert [m.id for m in page.memories] == ids


@pytest.mark.parametrize("options", GATED_OPTIONS[:2], ids=lambda o: "+".join(o))
def test_a_gated_prompt_search_option_is_refused_exactly_when_the_server_lacks_it(
    client: SyncMemoryAPIClient, server_version: str, options: dict[str, Any]
) -> None:
    user = unique("user")
    ids = store_texts(client, user, "Quentin restores vintage typewriters")
    search = cast("LongTermSearch", {"user_id": user, "limit": 3, **options})
    if _lacks(server_version, options):
        with pytest.raises(MemoryUnsupportedFeatureError):
            client.memory_prompt("typewriters?", session=False, long_term_search=search)
    else:
        prompt = client.memory_prompt("typewriters?", session=False, long_term_search=search)
        assert [m.id for m in prompt.long_term_memories] == ids


def test_a_semantic_search_mode_is_sent_to_every_release(
    client: SyncMemoryAPIClient,
) -> None:
    # "semantic" is what a server without search_mode does anyway: nothing to refuse.
    user = unique("user")
    ids = store_texts(client, user, "Quentin restores vintage typewriters")
    page = client.search_long_term_memory("typewriters", user_id=user, search_mode="semantic")
    assert [m.id for m in page.memories] == ids


@pytest.mark.requires_feature("search_mode")
def test_a_keyword_search_ranks_by_words(client: SyncMemoryAPIClient) -> None:
    user = unique("user")
    ids = store_texts(client, user, "Rosa grows heirloom tomatoes", "Rosa repairs old bicycles")
    page = client.search_long_term_memory("bicycles", user_id=user, search_mode="keyword")
    assert page.memories[0].id == ids[1]
    assert page.memories[0].score_type == "keyword"


@pytest.mark.requires_feature("score", "score_type")
def test_results_carry_the_servers_score(client: SyncMemoryAPIClient) -> None:
    user = unique("user")
    store_texts(client, user, "Rosa grows heirloom tomatoes")
    page = client.search_long_term_memory("heirloom tomatoes", user_id=user)
    memory = page.memories[0]
    assert memory.score_type == "semantic"
    assert memory.score == pytest.approx(memory.relevance_score)


def test_relevance_is_one_minus_distance_on_every_release(
    client: SyncMemoryAPIClient,
) -> None:
    # Server 0.14.0 sends no score: relevance comes from the distance it does send, in the
    # results and in what a model reads back from the search tool.
    user = unique("user")
    scoped = SyncMemoryAPIClient(base_url=client.base_url, user_id=user)
    with scoped:
        store_texts(scoped, user, "Rosa grows heirloom tomatoes")
        page = scoped.search_long_term_memory("heirloom tomatoes")
        memory = page.memories[0]
        assert memory.relevance_score == pytest.approx(1.0 - memory.dist, abs=1e-6)
        tool = scoped.search_memory_tool(query="heirloom tomatoes")
    assert tool["memories"][0]["relevance_score"] == pytest.approx(memory.relevance_score, abs=1e-3)
    assert f"relevance: {memory.relevance_score:.2f}" in tool["summary"]
