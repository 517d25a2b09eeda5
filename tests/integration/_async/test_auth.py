"""Token auth against the real server started with ``AUTH_MODE=token``.

Valid, wrong and missing tokens, given as ``api_key``, ``bearer_token`` or through the
environment; errors must be MemoryAuthenticationError with status 401 and the server's
detail, and must never echo the token.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from time import monotonic
from typing import Any

import pytest

from agent_memory_client import (
    AsyncMemoryAPIClient,
    MemoryAPIStatusError,
    MemoryAuthenticationError,
    MemoryClientConfig,
    MemoryError,
    MemoryNotFoundError,
    MemoryServerError,
)

from .support import POLL_INTERVAL, POLL_TIMEOUT, unique

# One request per kind of route: a POST with a body, a GET with a path parameter, a GET
# with a query, a DELETE.
OPERATIONS: dict[str, Callable[[AsyncMemoryAPIClient], Any]] = {
    "search": lambda c: c.search_long_term_memory("anything", limit=1),
    "get_working_memory": lambda c: c.get_working_memory("some-session"),
    "list_sessions": lambda c: c.list_sessions(),
    "delete_long_term_memories": lambda c: c.delete_long_term_memories(["no-such-id"]),
    "list_summary_views": lambda c: c.list_summary_views(),
}


@pytest.fixture
async def make_client() -> AsyncIterator[Callable[..., AsyncMemoryAPIClient]]:
    """Clients built from keyword arguments, all closed when the test ends."""
    opened: list[AsyncMemoryAPIClient] = []

    def make(**settings: Any) -> AsyncMemoryAPIClient:
        opened.append(AsyncMemoryAPIClient(**settings))
        return opened[-1]

    yield make
    for client in opened:
        await client.close()


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
@pytest.mark.parametrize(
    ("token", "detail"),
    [(None, "Missing authorization header"), ("not-the-token", "Invalid token")],
    ids=["missing", "wrong"],
)
async def test_requests_without_a_valid_token_raise_401(
    auth_server: tuple[str, str],
    make_client: Callable[..., AsyncMemoryAPIClient],
    operation: str,
    token: str | None,
    detail: str,
) -> None:
    url, _ = auth_server
    client = make_client(base_url=url, api_key=token)

    with pytest.raises(MemoryAuthenticationError) as failure:
        await OPERATIONS[operation](client)

    error = failure.value
    assert error.status_code == 401
    assert error.detail == detail
    assert isinstance(error, MemoryError)  # the spec's name for the root exception
    assert isinstance(error, MemoryServerError)
    assert isinstance(error, MemoryAPIStatusError)
    assert "not-the-token" not in str(error)


async def test_wrong_bearer_token_raises_401(
    auth_server: tuple[str, str], make_client: Callable[..., AsyncMemoryAPIClient]
) -> None:
    url, token = auth_server
    client = make_client(base_url=url, bearer_token=token + "x")

    with pytest.raises(MemoryAuthenticationError) as failure:
        await client.list_sessions()

    assert (failure.value.status_code, failure.value.detail) == (401, "Invalid token")
    assert token not in str(failure.value)


async def test_health_needs_no_token(auth_server: tuple[str, str]) -> None:
    url, _ = auth_server
    async with AsyncMemoryAPIClient(base_url=url) as client:
        health = await client.health_check()

    assert health.now > 0


async def _round_trip(client: AsyncMemoryAPIClient) -> None:
    """Write long-term and working memory through ``client`` and read both back."""
    user, session = unique("user"), unique("session")
    created = await client.create_long_term_memories(
        [{"text": "Wes guards the token", "user_id": user}]
    )
    memory_id = created.memories[0].id
    deadline = monotonic() + POLL_TIMEOUT
    while True:
        page = await client.search_long_term_memory("token", user_id=user)
        if [m.id for m in page.memories] == [memory_id]:
            break
        assert monotonic() < deadline, "the memory never became searchable"
        await asyncio.sleep(POLL_INTERVAL)
    stored = await client.get_long_term_memory(memory_id)
    assert (stored.text, stored.user_id) == ("Wes guards the token", user)

    await client.set_working_memory(
        session, {"messages": [{"role": "user", "content": "authorised"}]}, user_id=user
    )
    read = await client.get_working_memory(session, user_id=user)
    assert [m.content for m in read.messages or []] == ["authorised"]

    await client.delete_working_memory(session, user_id=user)
    await client.delete_long_term_memories([memory_id])
    with pytest.raises(MemoryNotFoundError):
        await client.get_long_term_memory(memory_id)


async def test_valid_api_key_reaches_every_kind_of_route(auth_server: tuple[str, str]) -> None:
    url, token = auth_server
    async with AsyncMemoryAPIClient(base_url=url, api_key=token) as client:
        await _round_trip(client)
        for call in OPERATIONS.values():
            with contextlib.suppress(MemoryNotFoundError):  # authorised, but no such session
                await call(client)


async def test_valid_bearer_token_works(auth_server: tuple[str, str]) -> None:
    url, token = auth_server
    async with AsyncMemoryAPIClient(base_url=url, bearer_token=token) as client:
        await _round_trip(client)


async def test_token_from_a_config_object_works(auth_server: tuple[str, str]) -> None:
    url, token = auth_server
    config = MemoryClientConfig(base_url=url, api_key=token)
    async with AsyncMemoryAPIClient(config) as client:
        await _round_trip(client)


async def test_token_and_url_from_the_environment(
    auth_server: tuple[str, str],
    monkeypatch: pytest.MonkeyPatch,
    make_client: Callable[..., AsyncMemoryAPIClient],
) -> None:
    url, token = auth_server
    monkeypatch.setenv("MEMORY_SERVER_URL", url)
    monkeypatch.setenv("MEMORY_API_KEY", token)
    async with AsyncMemoryAPIClient() as client:
        assert client.base_url == url
        await _round_trip(client)

    monkeypatch.setenv("MEMORY_API_KEY", "not-the-token")
    client = make_client()
    with pytest.raises(MemoryAuthenticationError) as failure:
        await client.list_sessions()
    assert failure.value.detail == "Invalid token"
