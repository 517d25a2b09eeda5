"""Every failure surfaces as a typed MemoryClientError, with the server's status and detail.

Written once for the async client; scripts/unasync.py generates the sync twin in ``_sync/``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from agent_memory_client import (
    AsyncMemoryAPIClient,
    MemoryAPIStatusError,
    MemoryAuthenticationError,
    MemoryBadRequestError,
    MemoryClientError,
    MemoryConflictError,
    MemoryConnectionError,
    MemoryError,
    MemoryInternalServerError,
    MemoryNotFoundError,
    MemoryPermissionDeniedError,
    MemoryRateLimitError,
    MemoryResponseError,
    MemoryServerError,
    MemoryTimeoutError,
    MemoryUnprocessableEntityError,
    MemoryValidationError,
    RetryPolicy,
)

from .support import BASE_URL, MEMORY, Connect

if TYPE_CHECKING:
    from tests.unit.conftest import FakeServer

TOKEN = "tok-6f1c2b9e-secret"


@pytest.fixture
def client_defaults() -> dict[str, Any]:
    """No retries: every failure reaches the test as it happened."""
    return {"base_url": BASE_URL, "max_retries": 0}


# -- HTTP statuses ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "detail", "error_class"),
    [
        (400, "Either session or long_term_search must be provided", MemoryBadRequestError),
        (401, "Invalid token", MemoryAuthenticationError),
        (403, "Insufficient permissions", MemoryPermissionDeniedError),
        (404, "Memory not found", MemoryNotFoundError),
        (409, "Memory was modified concurrently", MemoryConflictError),
        (429, "Too many requests", MemoryRateLimitError),
        (500, "Internal Server Error", MemoryInternalServerError),
        (503, "Service Unavailable", MemoryInternalServerError),
    ],
)
async def test_an_error_status_maps_to_its_class(
    client: AsyncMemoryAPIClient,
    server: FakeServer,
    code: int,
    detail: str,
    error_class: type[MemoryAPIStatusError],
) -> None:
    server.reply(server.status(code, {"detail": detail}))
    with pytest.raises(error_class) as caught:
        await client.get_long_term_memory("m-1")
    error = caught.value
    assert type(error) is error_class
    assert isinstance(error, MemoryAPIStatusError)
    assert isinstance(error, MemoryServerError)  # the official client's name
    assert isinstance(error, MemoryClientError)
    assert isinstance(error, MemoryError)
    assert error.status_code == code
    assert error.detail == detail
    assert error.body == {"detail": detail}
    assert error.operation == "get_long_term_memory"
    assert str(code) in str(error)
    assert detail in str(error)
    assert len(server.requests) == 1


async def test_the_spec_catches_every_error_as_memory_error(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(server.status(401, {"detail": "Invalid token"}))
    try:
        await client.search_long_term_memory(text="user preferences", limit=5)
    except MemoryError as e:  # as in the spec's "Robust Client Usage"
        status_code = e.status_code
    assert status_code == 401


async def test_a_validation_error_lists_what_the_server_rejected(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    fastapi_detail = [
        {
            "type": "missing",
            "loc": ["body", "memories", 0, "text"],
            "msg": "Field required",
            "input": {"id": "m-1"},
        },
        {
            "type": "int_parsing",
            "loc": ["query", "limit"],
            "msg": "Input should be a valid integer",
            "input": "many",
        },
    ]
    server.reply(server.status(422, {"detail": fastapi_detail}))
    with pytest.raises(MemoryUnprocessableEntityError) as caught:
        await client.create_long_term_memories([{"text": "User likes tea"}])
    error = caught.value
    assert error.status_code == 422
    assert error.detail == (
        "body.memories.0.text: Field required; query.limit: Input should be a valid integer"
    )
    assert error.body == {"detail": fastapi_detail}
    assert "[{" not in str(error)
    assert "body.memories.0.text: Field required" in str(error)


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(422, json={"detail": "Unsupported embedding model"}),
        httpx.Response(422, text="Unprocessable Entity"),
    ],
)
async def test_a_422_maps_by_its_status_whatever_its_body(
    client: AsyncMemoryAPIClient, server: FakeServer, response: httpx.Response
) -> None:
    # Not every 422 is FastAPI's list of field errors: a proxy or a handler may send text.
    server.reply(response)
    with pytest.raises(MemoryUnprocessableEntityError) as caught:
        await client.get_long_term_memory("m-1")
    assert caught.value.status_code == 422
    assert caught.value.detail in ("Unsupported embedding model", "Unprocessable Entity")


async def test_an_error_without_a_json_body(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(httpx.Response(502, text="<html><body>Bad Gateway</body></html>"))
    with pytest.raises(MemoryInternalServerError) as caught:
        await client.health_check()
    assert caught.value.status_code == 502
    assert caught.value.body == "<html><body>Bad Gateway</body></html>"


async def test_a_rate_limit_error_carries_the_servers_hint(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(server.status(429, {"detail": "slow down"}, {"Retry-After": "30"}))
    with pytest.raises(MemoryRateLimitError) as caught:
        await client.health_check()
    assert caught.value.retry_after == 30.0


@pytest.mark.parametrize(
    ("method", "args"),
    [("get_summary_view", ("view-missing",)), ("get_task", ("task-missing",))],
)
async def test_the_official_clients_two_lookups_return_none_for_a_404(
    client: AsyncMemoryAPIClient, server: FakeServer, method: str, args: tuple[Any, ...]
) -> None:
    # As in the official client 0.14, whose programs test `if view is None`.
    server.reply(server.status(404, {"detail": "Not found"}))
    assert await getattr(client, method)(*args) is None


@pytest.mark.parametrize(
    ("method", "args"),
    [
        ("get_working_memory", ("s-missing",)),
        ("get_long_term_memory", ("m-missing",)),
        ("delete_summary_view", ("view-missing",)),
        ("edit_memory", ("m-missing", {"text": "new"})),
        ("run_summary_view", ("view-missing",)),
    ],
)
async def test_no_operation_returns_none_for_a_404(
    client: AsyncMemoryAPIClient, server: FakeServer, method: str, args: tuple[Any, ...]
) -> None:
    server.reply(server.status(404, {"detail": "Not found"}))
    with pytest.raises(MemoryNotFoundError) as caught:
        await getattr(client, method)(*args)
    assert caught.value.status_code == 404
    assert caught.value.detail == "Not found"


# -- input rejected before sending --------------------------------------------------------


async def test_bad_input_is_a_value_error_and_nothing_is_sent(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    with pytest.raises(ValueError) as caught:
        await client.search_long_term_memory(text="q", limit=0)
    assert isinstance(caught.value, MemoryValidationError)
    assert isinstance(caught.value, MemoryError)
    assert caught.value.status_code is None
    assert server.requests == []


# -- responses that do not parse ----------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "args", "payload"),
    [
        ("health_check", (), {"uptime": 12}),
        ("get_long_term_memory", ("m-1",), {"id": "m-1"}),
        ("get_working_memory", ("s1",), ["not", "a", "session"]),
        ("search_long_term_memory", ("q",), {"memories": [{"id": "m-1"}], "total": 1}),
        ("list_summary_views", (), {"views": []}),
        ("get_task", ("task-1",), {"id": "task-1", "type": "nightly_cleanup"}),
        ("memory_prompt", ("q",), {"messages": "hello"}),
        ("delete_long_term_memories", (["m-1"],), None),
    ],
)
async def test_a_malformed_success_body_raises_a_response_error(
    client: AsyncMemoryAPIClient,
    server: FakeServer,
    method: str,
    args: tuple[Any, ...],
    payload: Any,
) -> None:
    server.reply(httpx.Response(200, json=payload))
    with pytest.raises(MemoryResponseError) as caught:
        await getattr(client, method)(*args)
    assert caught.value.operation == method
    assert isinstance(caught.value, MemoryClientError)


async def test_a_success_body_that_is_not_json_raises_a_response_error(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(httpx.Response(200, text="<html>maintenance</html>"))
    with pytest.raises(MemoryResponseError):
        await client.get_task("task-1")


# -- transport failures -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("failure", "error_class"),
    [
        (httpx.ConnectError("[Errno 111] Connection refused"), MemoryConnectionError),
        (httpx.ReadError("[Errno 104] Connection reset by peer"), MemoryConnectionError),
        (httpx.RemoteProtocolError("Server disconnected"), MemoryConnectionError),
        (httpx.ReadTimeout("timed out"), MemoryTimeoutError),
        (httpx.ConnectTimeout("timed out"), MemoryTimeoutError),
    ],
)
async def test_a_transport_failure_raises_a_connection_error(
    client: AsyncMemoryAPIClient,
    server: FakeServer,
    failure: httpx.TransportError,
    error_class: type[MemoryConnectionError],
) -> None:
    server.reply(failure)
    with pytest.raises(error_class) as caught:
        await client.get_long_term_memory("m-1")
    error = caught.value
    assert type(error) is error_class
    assert isinstance(error, MemoryConnectionError)
    assert isinstance(error, MemoryError)
    assert error.status_code is None
    assert error.__cause__ is failure
    assert "get_long_term_memory" in str(error)


# -- secrets ------------------------------------------------------------------------------


async def test_the_token_never_shows_in_errors_or_logs(
    connect: Connect, server: FakeServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client = connect(
        api_key=TOKEN,
        max_retries=1,
        retry_policy=RetryPolicy(initial_delay=0.001, max_delay=0.001),
    )
    server.reply(
        MEMORY,
        server.status(401, {"detail": "Invalid token"}),
        server.status(503, {"detail": "busy"}),
        server.status(503, {"detail": "busy"}),
        httpx.ConnectError("[Errno 111] Connection refused"),
        httpx.ConnectError("[Errno 111] Connection refused"),
        httpx.ReadTimeout("timed out"),
        httpx.ReadTimeout("timed out"),
        server.status(422, {"detail": [{"loc": ["query"], "msg": "bad", "type": "x"}]}),
    )
    await client.get_long_term_memory("m-1")
    errors: list[MemoryClientError] = []
    for _ in range(5):
        with pytest.raises(MemoryClientError) as caught:
            await client.get_long_term_memory("m-1")
        errors.append(caught.value)

    assert [type(e) for e in errors] == [
        MemoryAuthenticationError,
        MemoryInternalServerError,
        MemoryConnectionError,
        MemoryTimeoutError,
        MemoryUnprocessableEntityError,
    ]
    assert all(r.headers["authorization"] == f"Bearer {TOKEN}" for r in server.requests)
    assert caplog.records, "the client logs its requests and retries"
    texts = [caplog.text, repr(client), str(client)]
    for error in errors:
        texts += [str(error), repr(error), repr(error.body), repr(vars(error))]
    for text in texts:
        assert TOKEN not in text


async def test_a_coding_mistake_after_an_error_is_never_blamed_on_that_response(
    client: AsyncMemoryAPIClient, server: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each call parses its own response only: a TypeError raised while building a request
    # (a renamed parameter after a regeneration, say) is a TypeError, not the 404 before it.
    from agent_memory_client_generated.api.tasks import get_task_status

    server.reply(server.status(404, {"detail": "View not found"}))
    with pytest.raises(MemoryNotFoundError):
        await client.delete_summary_view("view-1")

    def renamed(*, task: str) -> Any:
        raise AssertionError("not reached")

    monkeypatch.setattr(get_task_status, "request", renamed)
    with pytest.raises(TypeError, match="task_id"):
        await client.get_task("task-2")
    assert len(server.requests) == 1


async def test_a_response_error_names_the_field_that_did_not_parse(
    client: AsyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply({"id": "task-1", "type": "summary_view_full_run", "created_at": 5})
    with pytest.raises(MemoryResponseError, match="created_at") as caught:
        await client.get_task("task-1")
    assert caught.value.status_code == 200
    assert caught.value.__cause__ is None  # the traceback speaks of the client, not the parser
