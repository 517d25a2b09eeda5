"""RetryPolicy and parse_retry_after: which failures to retry and how long to wait."""

from __future__ import annotations

import datetime as dt
import email.utils
import math
import time

import httpx
import pytest

from agent_memory_client import RetryPolicy
from agent_memory_client._retry import parse_retry_after

NOW = 1_732_442_400.0  # a whole second, as HTTP dates are
NO_JITTER = RetryPolicy(jitter=lambda delay: delay)


def request(method: str, path: str) -> httpx.Request:
    return httpx.Request(method, f"http://memory.test{path}")


def response(code: int, **headers: str) -> httpx.Response:
    return httpx.Response(code, headers={k.replace("_", "-"): v for k, v in headers.items()})


def http_date(timestamp: float) -> str:
    return email.utils.format_datetime(
        dt.datetime.fromtimestamp(timestamp, dt.timezone.utc), usegmt=True
    )


# -- defaults and backoff -----------------------------------------------------------------


def test_defaults_follow_openai_python() -> None:
    policy = RetryPolicy()
    assert policy.max_retries == 2
    assert policy.initial_delay == 0.5
    assert policy.max_delay == 8.0
    assert policy.max_retry_after == 60.0


def test_backoff_doubles_up_to_the_cap() -> None:
    assert [NO_JITTER.backoff(n) for n in range(7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    small = RetryPolicy(initial_delay=0.001, max_delay=0.01, jitter=lambda delay: delay)
    assert [small.backoff(n) for n in range(6)] == [0.001, 0.002, 0.004, 0.008, 0.01, 0.01]


@pytest.mark.parametrize("retry_number", range(7))
def test_jitter_keeps_the_backoff_within_a_quarter_below_nominal(retry_number: int) -> None:
    nominal = min(0.5 * 2**retry_number, 8.0)
    delays = [RetryPolicy().backoff(retry_number) for _ in range(300)]
    assert all(0.75 * nominal <= d <= nominal for d in delays)
    assert len(set(delays)) > 1, "clients that failed together must not retry in lockstep"


def test_a_policy_is_immutable() -> None:
    policy = RetryPolicy()
    with pytest.raises(AttributeError):
        policy.max_retries = 5  # type: ignore[misc]


# -- which requests may be repeated -------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "idempotent"),
    [
        ("GET", "/v1/long-term-memory/m-1", True),
        ("PUT", "/v1/working-memory/s1", True),
        ("PATCH", "/v1/long-term-memory/m-1", True),
        ("DELETE", "/v1/long-term-memory", True),
        ("POST", "/v1/long-term-memory/search", True),
        ("POST", "/v1/memory/prompt", True),
        ("POST", "/v1/long-term-memory/", True),
        ("post", "/v1/long-term-memory/search", True),
        ("POST", "/v1/long-term-memory/forget", False),
        ("POST", "/v1/long-term-memory/compact", False),
        ("POST", "/v1/summary-views", False),
        ("POST", "/v1/summary-views/view-1/run", False),
        ("POST", "/v1/summary-views/view-1/partitions/run", False),
    ],
)
def test_is_idempotent(method: str, path: str, idempotent: bool) -> None:
    assert RetryPolicy().is_idempotent(method, path) is idempotent


# -- after an error status ----------------------------------------------------------------


@pytest.mark.parametrize("code", [408, 409, 429, 500, 502, 503, 504])
def test_transient_statuses_are_retried_with_backoff(code: int) -> None:
    delay = NO_JITTER.delay_after_response(request("GET", "/v1/tasks/t1"), response(code), 1)
    assert delay == 1.0


@pytest.mark.parametrize("code", [200, 400, 401, 403, 404, 422])
def test_other_statuses_are_not_retried(code: int) -> None:
    assert (
        RetryPolicy().delay_after_response(request("GET", "/v1/health"), response(code), 0) is None
    )


def test_a_post_with_side_effects_is_not_retried_after_a_status() -> None:
    forget = request("POST", "/v1/long-term-memory/forget")
    assert RetryPolicy().delay_after_response(forget, response(503), 0) is None
    search = request("POST", "/v1/long-term-memory/search")
    assert NO_JITTER.delay_after_response(search, response(503), 0) == 0.5


def test_retries_stop_at_max_retries() -> None:
    policy = RetryPolicy(max_retries=2, jitter=lambda delay: delay)
    get = request("GET", "/v1/health")
    assert policy.delay_after_response(get, response(503), 1) == 1.0
    assert policy.delay_after_response(get, response(503), 2) is None
    never = RetryPolicy(max_retries=0)
    assert never.delay_after_response(get, response(503), 0) is None
    assert never.delay_after_error(get, httpx.ConnectError("refused"), 0) is None


def test_the_servers_retry_after_replaces_the_backoff() -> None:
    get = request("GET", "/v1/health")
    assert RetryPolicy().delay_after_response(get, response(429, retry_after="0"), 0) == 0.0
    assert RetryPolicy().delay_after_response(get, response(503, retry_after="3"), 0) == 3.0
    assert RetryPolicy().delay_after_response(get, response(429, retry_after_ms="250"), 0) == 0.25


def test_a_retry_after_beyond_the_cap_surfaces_the_error() -> None:
    get = request("GET", "/v1/health")
    assert RetryPolicy().delay_after_response(get, response(429, retry_after="61"), 0) is None
    assert RetryPolicy().delay_after_response(get, response(429, retry_after="60"), 0) == 60.0
    patient = RetryPolicy(max_retry_after=600.0)
    assert patient.delay_after_response(get, response(429, retry_after="120"), 0) == 120.0


# -- after a transport error --------------------------------------------------------------


@pytest.mark.parametrize(
    "error",
    [
        httpx.ConnectError("refused"),
        httpx.ConnectTimeout("timed out"),
        httpx.PoolTimeout("no connection available"),
        # a write that failed sent part of the request at most: the server acts on none
        httpx.WriteError("broken pipe"),
        httpx.WriteTimeout("timed out"),
    ],
)
def test_an_unsent_request_is_always_retried(error: Exception) -> None:
    forget = request("POST", "/v1/long-term-memory/forget")
    assert NO_JITTER.delay_after_error(forget, error, 0) == 0.5


@pytest.mark.parametrize(
    "error",
    [
        httpx.ReadError("reset"),
        httpx.ReadTimeout("timed out"),
        httpx.RemoteProtocolError("disconnected"),
    ],
)
def test_a_request_the_server_may_have_seen_is_retried_only_if_idempotent(
    error: Exception,
) -> None:
    forget = request("POST", "/v1/long-term-memory/forget")
    get = request("GET", "/v1/long-term-memory/m-1")
    assert RetryPolicy().delay_after_error(forget, error, 0) is None
    assert NO_JITTER.delay_after_error(get, error, 0) == 0.5


# -- parse_retry_after --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [
        ({"Retry-After": "3"}, 3.0),
        ({"Retry-After": "1.5"}, 1.5),
        ({"Retry-After": "0"}, 0.0),
        ({"retry-after": "7"}, 7.0),
        ({"RETRY-AFTER": "7"}, 7.0),
        ({"Retry-After": "-5"}, 0.0),
        ({"retry-after-ms": "250"}, 0.25),
        ({"Retry-After-Ms": "1500"}, 1.5),
        ({"retry-after-ms": "100", "Retry-After": "9"}, 0.1),
        ({"retry-after-ms": "soon", "Retry-After": "9"}, 9.0),
        ({"Retry-After": http_date(NOW + 30)}, 30.0),
        ({"Retry-After": http_date(NOW - 30)}, 0.0),
    ],
)
def test_parse_retry_after(headers: dict[str, str], seconds: float) -> None:
    assert parse_retry_after(headers, now=NOW) == pytest.approx(seconds)


def test_parse_retry_after_reads_httpx_headers() -> None:
    headers = httpx.Headers({"Retry-After": "12"})
    assert parse_retry_after(headers) == 12.0


def test_parse_retry_after_http_date_uses_the_clock() -> None:
    # Without ``now`` the current time is used: a date a minute ahead is about 60 s away.
    ahead = http_date(math.floor(time.time()) + 60)
    assert 55.0 <= (parse_retry_after({"Retry-After": ahead}) or 0.0) <= 61.0


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Content-Type": "application/json"},
        {"Retry-After": ""},
        {"Retry-After": "soon"},
        {"Retry-After": "Tomorrow at noon"},
        {"Retry-After": "nan"},
        {"retry-after-ms": "nan"},
    ],
)
def test_parse_retry_after_ignores_garbage(headers: dict[str, str]) -> None:
    assert parse_retry_after(headers, now=NOW) is None
