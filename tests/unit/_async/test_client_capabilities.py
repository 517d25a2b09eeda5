"""How the client learns its server's release, and refuses options an older one lacks.

The real servers (0.14.0 and 0.15.2) are in tests/integration; the fake server here plays
what they cannot on demand: a spec route that is off, a version that is not one, a 5xx.
Written once for the async client; scripts/unasync.py generates the sync twin in ``_sync/``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx
import pytest

from agent_memory_client import (
    AsyncMemoryAPIClient,
    MemoryConnectionError,
    MemoryUnsupportedFeatureError,
    MemoryValidationError,
)

from .support import PROMPT, Connect, spec

if TYPE_CHECKING:
    from tests.unit.conftest import FakeServer

SEARCH = "/v1/long-term-memory/search"
SPEC = "/openapi.json"
PAGE: dict[str, Any] = {"memories": [], "total": 0, "next_offset": None}


def paths(server: FakeServer) -> list[str]:
    return [request.url.path for request in server.requests]


async def test_an_ordinary_search_asks_nothing_more(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(PAGE, PAGE)
    await client.search_long_term_memory("tea", topics=["drinks"])
    await client.search_long_term_memory("tea", search_mode="semantic")  # as 0.14.0 searches
    assert paths(server) == [SEARCH, SEARCH]


@pytest.mark.parametrize(
    "options",
    [{"search_mode": "keyword"}, {"search_mode": "hybrid"}, {"hybrid_alpha": 0.4},
     {"text_scorer": "BM25STD"}],
)  # fmt: skip
async def test_an_old_server_is_refused_the_option_before_the_search_is_sent(
    client: AsyncMemoryAPIClient, server: FakeServer, options: dict[str, Any]
) -> None:
    server.reply(spec("0.14.0"))
    with pytest.raises(MemoryUnsupportedFeatureError) as caught:
        await client.search_long_term_memory("tea", **options)
    assert caught.value.feature == next(iter(options))
    assert caught.value.server_version == "0.14.0"
    assert paths(server) == [SPEC]  # the search never went out


async def test_a_new_server_gets_the_option(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(spec("0.15.2"), PAGE)
    await client.search_long_term_memory("tea", search_mode="keyword")
    assert paths(server) == [SPEC, SEARCH]
    assert server.body()["search_mode"] == "keyword"


async def test_the_version_is_read_once_per_client_and_shared_with_its_twins(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(spec("0.15.2"), PAGE, PAGE, PAGE)
    await client.search_long_term_memory("tea", search_mode="keyword")
    await client.search_long_term_memory("tea", hybrid_alpha=0.5, search_mode="hybrid")
    await client.with_options(timeout=5).search_long_term_memory("tea", text_scorer="TFIDF")
    assert paths(server) == [SPEC, SEARCH, SEARCH, SEARCH]


async def test_an_old_server_is_refused_a_prompt_search_option(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(spec("0.14.0"))
    with pytest.raises(MemoryUnsupportedFeatureError) as caught:
        await client.memory_prompt(
            "tea?", session=False, long_term_search={"text": "tea", "search_mode": "keyword"}
        )
    assert caught.value.operation == "memory_prompt"
    with pytest.raises(MemoryUnsupportedFeatureError):
        await client.hydrate_memory_prompt("tea?", hybrid_alpha=0.2, search_mode="hybrid")
    assert paths(server) == [SPEC]


async def test_a_prompt_without_gated_options_asks_nothing_more(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(PROMPT)
    await client.memory_prompt("tea?", session=False, long_term_search={"limit": 3})
    assert paths(server) == ["/v1/memory/prompt"]


async def test_an_old_server_is_refused_while_paging(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(spec("0.14.0"))
    with pytest.raises(MemoryUnsupportedFeatureError):
        async for _ in client.search_all_long_term_memories("tea", search_mode="keyword"):
            pass
    assert paths(server) == [SPEC]


@pytest.mark.parametrize(
    "reply",
    [
        httpx.Response(404, json={"detail": "Not Found"}),  # the spec route turned off
        {"openapi": "3.1.0", "info": {"title": "x"}},  # a spec without a version
        spec("dev"),  # a version that is not a release number
        httpx.Response(200, text="<html>a proxy's page</html>"),  # not JSON
    ],
    ids=["no spec route", "no version", "not a release", "not json"],
)
async def test_an_unknown_version_assumes_the_option_is_there_and_is_remembered(
    client: AsyncMemoryAPIClient, server: FakeServer, reply: Any
) -> None:
    server.reply(reply, PAGE, PAGE)
    await client.search_long_term_memory("tea", search_mode="keyword")
    await client.search_long_term_memory("tea", search_mode="keyword")
    assert paths(server) == [SPEC, SEARCH, SEARCH]
    assert server.body()["search_mode"] == "keyword"


async def test_a_failing_server_is_asked_again_next_time(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    failing = server.status(503, {"detail": "busy"})
    # 503 is retried (twice with the test's policy), then the call goes on without a version
    server.reply(failing, failing, failing, PAGE, spec("0.14.0"))
    await client.search_long_term_memory("tea", search_mode="keyword")
    with pytest.raises(MemoryUnsupportedFeatureError):
        await client.search_long_term_memory("tea", search_mode="keyword")
    assert paths(server) == [SPEC, SPEC, SPEC, SEARCH, SPEC]


async def test_an_unreachable_server_fails_the_call(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    refused = httpx.ConnectError("connection refused")
    server.reply(refused, refused, refused, spec("0.15.2"), PAGE)
    with pytest.raises(MemoryConnectionError) as caught:
        await client.search_long_term_memory("tea", search_mode="keyword")
    assert "search_long_term_memory" in str(caught.value)
    await client.search_long_term_memory("tea", search_mode="keyword")  # asked again: 0.15.2
    assert paths(server)[-2:] == [SPEC, SEARCH]


# A session of user "carol" in namespace "team", as a server answers a read of it by user
# "team:carol" (no namespace): both scopes' sessions live under working_memory:team:carol:s.
# Server 0.14.0 reads the key and echoes the namespace asked for (none); 0.15 would answer
# the namespace stored ("team"), which the client's key check recognises by itself.
CAROLS: dict[str, Any] = {"session_id": "s", "user_id": "carol", "namespace": None, "messages": [],
          "memories": [], "data": {"owner": "carol"}, "context": None}  # fmt: skip


@pytest.mark.parametrize(("release", "refused"), [("0.14.0", True), ("0.15.2", False)])
async def test_a_write_to_a_key_an_old_server_shares_with_another_scope_is_refused(
    connect: Connect, server: FakeServer, release: str, refused: bool
) -> None:
    client = connect(user_id="team:carol")
    server.reply(CAROLS, spec(release))
    server.default = {**CAROLS, "user_id": "team:carol", "data": {"owner": "mallory"}}
    if refused:
        with pytest.raises(MemoryValidationError, match="under the same key"):
            await client.set_working_memory("s", {"data": {"owner": "mallory"}})
        assert [r.method for r in server.requests] == ["GET", "GET"]  # nothing written
    else:
        # 0.15 says the namespace it stores: none here, so this was an index lookup of
        # another key (0.15.2 finds a session by its index when the key is missing).
        await client.set_working_memory("s", {"data": {"owner": "mallory"}})
        assert [r.method for r in server.requests] == ["GET", "GET", "PUT"]
    assert paths(server)[1] == SPEC
