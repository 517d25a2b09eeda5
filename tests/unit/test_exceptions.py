"""The error tree and the mapping from an HTTP response to a typed error (no I/O)."""

from __future__ import annotations

import json
import pickle
import traceback
from typing import Any

import pytest

from agent_memory_client import (
    MemoryAPIStatusError,
    MemoryAuthenticationError,
    MemoryBadRequestError,
    MemoryClientError,
    MemoryConflictError,
    MemoryConnectionError,
    MemoryInternalServerError,
    MemoryNotFoundError,
    MemoryPermissionDeniedError,
    MemoryRateLimitError,
    MemoryResponseError,
    MemoryServerError,
    MemoryTaskTimeoutError,
    MemoryTimeoutError,
    MemoryUnprocessableEntityError,
    MemoryValidationError,
)
from agent_memory_client._exceptions import error_for_status


def content(payload: Any) -> bytes:
    return json.dumps(payload).encode()


def test_the_error_tree() -> None:
    assert issubclass(MemoryValidationError, MemoryClientError)
    assert issubclass(MemoryValidationError, ValueError)
    assert issubclass(MemoryConnectionError, MemoryClientError)
    assert issubclass(MemoryTimeoutError, MemoryConnectionError)
    assert issubclass(MemoryResponseError, MemoryClientError)
    assert issubclass(MemoryAPIStatusError, MemoryClientError)
    assert MemoryServerError is MemoryAPIStatusError
    for cls in (
        MemoryBadRequestError,
        MemoryAuthenticationError,
        MemoryPermissionDeniedError,
        MemoryNotFoundError,
        MemoryConflictError,
        MemoryUnprocessableEntityError,
        MemoryRateLimitError,
        MemoryInternalServerError,
    ):
        assert issubclass(cls, MemoryAPIStatusError), cls
    assert not issubclass(MemoryAPIStatusError, ValueError)


@pytest.mark.parametrize(
    ("code", "cls"),
    [
        (400, MemoryBadRequestError),
        (401, MemoryAuthenticationError),
        (403, MemoryPermissionDeniedError),
        (404, MemoryNotFoundError),
        (409, MemoryConflictError),
        (422, MemoryUnprocessableEntityError),
        (429, MemoryRateLimitError),
        (500, MemoryInternalServerError),
        (502, MemoryInternalServerError),
        (503, MemoryInternalServerError),
        (504, MemoryInternalServerError),
        (418, MemoryAPIStatusError),
        (405, MemoryAPIStatusError),
    ],
)
def test_error_for_status(code: int, cls: type[MemoryAPIStatusError]) -> None:
    error = error_for_status("get_task", code, content({"detail": "why"}), {"x-request-id": "r1"})
    assert type(error) is cls
    assert error.status_code == code
    assert error.detail == "why"
    assert error.body == {"detail": "why"}
    assert error.operation == "get_task"
    assert error.headers == {"x-request-id": "r1"}
    assert str(error) == f"get_task failed with HTTP {code}: why"


def test_a_fastapi_validation_error_reads_as_loc_and_msg() -> None:
    detail = [
        {"type": "missing", "loc": ["body", "query"], "msg": "Field required", "input": {}},
        {"type": "value_error", "loc": [], "msg": "Value error, bad filter"},
        "an odd entry",
    ]
    error = error_for_status("memory_prompt", 422, content({"detail": detail}), {})
    assert error.detail == "body.query: Field required; Value error, bad filter; an odd entry"
    assert error.body == {"detail": detail}
    assert str(error) == f"memory_prompt failed with HTTP 422: {error.detail}"


def test_a_text_body_becomes_the_detail() -> None:
    error = error_for_status("health_check", 502, b"<html>Bad Gateway</html>", {})
    assert error.detail == "<html>Bad Gateway</html>"
    assert error.body == "<html>Bad Gateway</html>"


def test_a_long_text_body_is_cut_in_the_message() -> None:
    error = error_for_status("health_check", 500, b"x" * 5000, {})
    assert error.detail == "x" * 500
    assert error.body == "x" * 5000


@pytest.mark.parametrize(
    ("raw", "body"), [(b"", None), (b"{}", {}), (b'{"error": "boom"}', {"error": "boom"})]
)
def test_a_body_without_detail(raw: bytes, body: Any) -> None:
    error = error_for_status("compact_long_term_memories", 500, raw, {})
    assert error.detail is None
    assert error.body == body
    assert str(error) == "compact_long_term_memories failed with HTTP 500"


@pytest.mark.parametrize(
    ("headers", "retry_after"),
    [
        ({"retry-after": "30"}, 30.0),
        ({"retry-after-ms": "1500"}, 1.5),
        ({}, None),
        ({"retry-after": "whenever"}, None),
    ],
)
def test_a_rate_limit_errors_retry_after(
    headers: dict[str, str], retry_after: float | None
) -> None:
    error = error_for_status("search_long_term_memory", 429, content({"detail": "slow"}), headers)
    assert isinstance(error, MemoryRateLimitError)
    assert error.retry_after == retry_after


def test_errors_raised_before_a_response_have_no_status() -> None:
    for error in (
        MemoryValidationError("bad input"),
        MemoryConnectionError("refused", operation="health_check"),
        MemoryTimeoutError("slow", operation="health_check"),
        MemoryResponseError("garbled", operation="health_check"),
    ):
        assert error.status_code is None
        assert error.detail is None
        assert error.body is None


def test_tracebacks_name_the_public_module() -> None:
    try:
        raise error_for_status("get_long_term_memory", 404, content({"detail": "gone"}), {})
    except MemoryNotFoundError as exc:
        shown = "".join(traceback.format_exception_only(type(exc), exc))
    assert shown == (
        "agent_memory_client.MemoryNotFoundError: get_long_term_memory failed with HTTP 404: gone\n"
    )
    import agent_memory_client

    for name in agent_memory_client._exceptions.__all__:
        assert getattr(agent_memory_client, name).__module__ == "agent_memory_client", name


@pytest.mark.parametrize(
    "error",
    [
        MemoryValidationError("bad input"),
        MemoryConnectionError("unreachable", operation="health_check", attempts=3),
        MemoryTimeoutError("slow", attempts=2),
        MemoryTaskTimeoutError("still running", task={"id": "t1"}, operation="wait_for_task"),
        error_for_status("get", 404, content({"detail": "gone"}), {"x-id": "1"}),
        error_for_status("search", 429, b"", {"Retry-After": "2"}),
        error_for_status("search", 503, b"busy", {}),
    ],
    ids=lambda error: type(error).__name__,
)
def test_every_error_pickles_with_its_attributes(error: MemoryClientError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert vars(copy) == vars(error)
