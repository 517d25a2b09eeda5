# Generated from tests/integration/_async/test_auth.py by scripts/unasync.py: do not edit.
"""Token auth against the real server started with ``AUTH_MODE=token``.

Valid, wrong and missing tokens, given as ``api_key``, ``bearer_token`` or through the
environment; errors must be MemoryAuthenticationError with status 401 and the server's
detail, and must never echo the token.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from time import monotonic
from typing import Any

import pytest

from agent_memory_client import (
    MemoryAPIStatusError,
    MemoryAuthenticationError,
    MemoryClientConfig,
    MemoryError,
    MemoryNotFoundError,
    MemoryServerError,
    SyncMemoryAPIClient,
)

from .support import POLL_INTERVAL, POLL_TIMEOUT, unique

# One request per kind of route: a POST with a body, a GET with a path parameter, a GET
# with a query, a DELETE.
OPERATIONS: dict[str, Callable[[SyncMemoryAPIClient], Any]] = {
    "search": lambda c: c.search_long_term_memory("anything", limit=1),
    "get_working_memory": lambda c: c.get_working_memory("some-session"),
    "list_sessions": lambda c: c.list_sessions(),
    "delete_long_term_memories": lambda c: c.delete_long_term_memories(["no-such-id"]),
    "list_summary_views": lambda c: c.list_summary_views(),
}


@pytest.fixture
def make_client() -> Iterator[Callable[..., SyncMemoryAPIClient]]:
    """Clients built from keyword arguments, all closed when the test ends."""
    opened: list[SyncMemoryAPIClient] = []

    def make(**settings: Any) -> SyncMemoryAPIClient:
        opened.append(SyncMemoryAPIClient(**settings))
        return opened[-1]

    yield make
    for client in opened:
        client.close()


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
@pytest.mark.parametrize(
    ("token", "detail"),
    [(None, "Missing authorization header"), ("not-the-token", "Invalid token")],
    ids=["missing", "wrong"],
)
def test_requests_without_a_valid_token_raise_401(
    auth_server: tuple[str, str],
    make_client: Callable[..., SyncMemoryAPIClient],
    operation: str,
    token: str | None,
    detail: str,
) -> None:
    url, _ = auth_server
    client = make_client(base_url=url, api_key=token)

    with pytest.raises(MemoryAuthenticationError) as failure:
        OPERATIONS[operation](client)

    error = failure.value
    assert error.status_code == 401
    assert error.detail == detail
    assert isinstance(error, MemoryError)  # the spec's name for the root exception
    assert isinstance(error, MemoryServerError)
    assert isinstance(error, MemoryAPIStatusError)
    assert "not-the-token" not in str(error)


def test_wrong_bearer_token_raises_401(
    auth_server: tuple[str, str], make_client: Callable[..., SyncMemoryAPIClient]
) -> None:
    url, token = auth_server
    client = make_client(base_url=url, bearer_token=token + "x")

    with pytest.raises(MemoryAuthenticationError) as failure:
        client.list_sessions()

    assert (failure.value.status_code, failure.value.detail) == (401, "Invalid token")
    assert token not in str(failure.value)


def test_health_needs_no_token(auth_server: tuple[str, str]) -> None:
    url, _ = auth_server
    with SyncMemoryAPIClient(base_url=url) as client:
        health = client.health_check()

    assert health.now > 0


def _round_trip(client: SyncMemoryAPIClient) -> None:
    """Write long-term and working memory through ``client`` and read both back."""
    user, session = unique("user"), unique("session")
    created = client.create_long_term_memories([{"text": "Wes guards the token", "user_id": user}])
    memory_id = created.memories[0].id
    deadline = monotonic() + POLL_TIMEOUT
    while True:
        page = client.search_long_term_memory("token", user_id=user)
        if [m.id for m in page.memories] == [memory_id]:
            break
        assert monotonic() < deadline, "the memory never became searchable"
        time.sleep(POLL_INTERVAL)
    stored = client.get_long_term_memory(memory_id)
    assert (stored.text, stored.user_id) == ("Wes guards the token", user)

    client.set_working_memory(
        session, {"messages": [{"role": "user", "content": "authorised"}]}, user_id=user
    )
    read = client.get_working_memory(session, user_id=user)
    assert [m.content for m in read.messages or []] == ["authorised"]

    client.delete_working_memory(session, user_id=user)
    client.delete_long_term_memories([memory_id])
    with pytest.raises(MemoryNotFoundError):
        client.get_long_term_memory(memory_id)


def test_valid_api_key_reaches_every_kind_of_route(auth_server: tuple[str, str]) -> None:
    url, token = auth_server
    with SyncMemoryAPIClient(base_url=url, api_key=token) as client:
        _round_trip(client)
        for call in OPERATIONS.values():
            with contextlib.suppress(MemoryNotFoundError):  # authorised, but no such session
                call(client)


def test_valid_bearer_token_works(auth_server: tuple[str, str]) -> None:
    url, token = auth_server
    with SyncMemoryAPIClient(base_url=url, bearer_token=token) as client:
        _round_trip(client)


def test_token_from_a_config_object_works(auth_server: tuple[str, str]) -> None:
    url, token = auth_server
    config = MemoryClientConfig(base_url=url, api_key=token)
    with SyncMemoryAPIClient(config) as client:
        _round_trip(client)


def test_token_and_url_from_the_environment(
    auth_server: tuple[str, str],
    monkeypatch: pytest.MonkeyPatch,
    make_client: Callable[..., SyncMemoryAPIClient],
) -> None:
    url, token = auth_server
    monkeypatch.setenv("MEMORY_SERVER_URL", url)
    monkeypatch.setenv("MEMORY_API_KEY", token)
    with SyncMemoryAPIClient() as client:
        assert client.base_url == url
        _round_trip(client)

    monkeypatch.setenv("MEMORY_API_KEY", "not-the-token")
    client = make_client()
    with pytest.raises(MemoryAuthenticationError) as failure:
        client.list_sessions()
    assert failure.value.detail == "Invalid token"
