# Generated from tests/unit/_async/test_client_options.py by scripts/unasync.py: do not edit.
"""Per-call options, ``with_options`` and ``with_raw_response``, against the fake server.

What each request of a call carries (timeout, headers, query, body), that bad options are
refused before anything is sent, and which response a raw call answers with. The real
server's view of the same is in tests/integration/_async/test_options.py. Written once
for the async client; scripts/unasync.py generates the sync twin in ``_sync/``.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from agent_memory_client import (
    MemoryClientClosedError,
    MemoryInternalServerError,
    MemoryTimeoutError,
    MemoryValidationError,
    SyncMemoryAPIClient,
)
from agent_memory_client.types import MemoryRecordResults, RawResponse

from .support import MEMORY, PROMPT, Connect, echo, stored

if TYPE_CHECKING:
    from tests.unit.conftest import FakeServer

SECRET = "s3cr3t-value"
HIT = {**MEMORY, "dist": 0.2}
PAGE = {"memories": [HIT], "total": 1, "next_offset": None}


def routes(request: httpx.Request) -> httpx.Response:
    """A server for working memory: a GET finds nothing, a PUT is stored; each response
    names the request it answers in ``x-answer``."""
    answer = {"x-answer": request.method}
    if request.method == "GET":
        return httpx.Response(404, json={"detail": "not found"}, headers=answer)
    written = {**json.loads(request.content), **echo({})(request)}
    return httpx.Response(200, json=written, headers=answer)


@pytest.fixture(autouse=True)
def _healthy(server: FakeServer) -> None:
    server.default = {"now": 1}  # what health_check reads; tests replace it as they need


def timeouts(server: FakeServer) -> list[float | None]:
    return [request.extensions["timeout"]["read"] for request in server.requests]


# -- options reach every request of a call ---------------------------------------------------


def test_timeout_applies_to_every_request_of_a_call(
    client: SyncMemoryAPIClient, server: FakeServer
) -> None:
    server.default = routes
    client.set_working_memory("s1", {"data": {"a": 1}}, timeout=1.5)
    # The key check (GET) and the write (PUT) both ran with the call's timeout.
    assert [r.method for r in server.requests] == ["GET", "PUT"]
    assert timeouts(server) == [1.5, 1.5]
    client.set_working_memory("s1", {"data": {"a": 2}})
    assert timeouts(server)[-1] == client.timeout.read  # the next call: the client's own


def test_an_httpx_timeout_is_taken_as_it_is(
    client: SyncMemoryAPIClient, server: FakeServer
) -> None:
    client.health_check(timeout=httpx.Timeout(5.0, connect=1.0))
    assert server.last.extensions["timeout"] == httpx.Timeout(5.0, connect=1.0).as_dict()


def test_a_timeout_error_names_the_calls_timeout(
    client: SyncMemoryAPIClient, server: FakeServer
) -> None:
    server.default = httpx.ReadTimeout("stalled")
    expected = r"after 0\.25s per attempt \(3 attempts: retried 2 times\)"
    with pytest.raises(MemoryTimeoutError, match=expected):
        client.get_task("t1", timeout=0.25)


def test_extra_headers_are_added_and_replace_by_name(
    client: SyncMemoryAPIClient, server: FakeServer
) -> None:
    client.health_check(extra_headers={"X-Trace": "t-1", "user-agent": "mine/1"})
    headers = server.last.headers
    assert headers["x-trace"] == "t-1"
    assert headers.get_list("user-agent") == ["mine/1"]  # replaced, not sent twice


def test_extra_headers_may_choose_another_token_explicitly(
    connect: Connect, server: FakeServer
) -> None:
    client = connect(api_key="client-token")
    client.health_check(extra_headers={"authorization": "Bearer call-token"})
    assert server.last.headers.get_list("authorization") == ["Bearer call-token"]
    client.health_check()
    assert server.last.headers.get_list("authorization") == ["Bearer client-token"]


def test_extra_query_is_added_and_replaces_by_name(
    client: SyncMemoryAPIClient, server: FakeServer
) -> None:
    server.default = {"sessions": [], "total": 0}
    client.list_sessions(limit=5, extra_query={"limit": 2, "tag": ["a", "b"], "x": True})
    _, _, query = server.sent()
    assert query == {"limit": "2", "offset": "0", "tag": ["a", "b"], "x": "true"}


def test_extra_body_goes_into_every_body_and_only_bodies(
    client: SyncMemoryAPIClient, server: FakeServer
) -> None:
    server.default = routes
    client.append_messages_to_working_memory(
        "s1", [{"role": "user", "content": "hi"}], extra_body={"context": "so far", "x": [1]}
    )
    gets = [r for r in server.requests if r.method == "GET"]
    assert gets
    assert all(not r.content for r in gets)
    body = server.body()
    assert (server.last.method, body["context"], body["x"]) == ("PUT", "so far", [1])
    assert body["messages"][0]["content"] == "hi"


def test_search_takes_filters_and_options_together(
    client: SyncMemoryAPIClient, server: FakeServer
) -> None:
    server.default = {**PAGE, "memories": [{**HIT, "user_id": "alice"}]}
    results = client.search_long_term_memory(
        "tea",
        user_id="alice",
        extra_body={"hybrid_alpha": 0.3},
        extra_query={"trace": "1"},
        extra_headers={"X-Trace": "t-2"},
    )
    assert [m.id for m in results.memories] == ["m-1"]
    body = server.body()
    assert (body["user_id"], body["hybrid_alpha"]) == ({"eq": "alice"}, 0.3)
    assert server.sent()[2] == {"optimize_query": "false", "trace": "1"}
    assert server.last.headers["x-trace"] == "t-2"


def test_options_hold_while_search_all_pages_and_never_leak(
    client: SyncMemoryAPIClient, server: FakeServer
) -> None:
    server.default = lambda request: PAGE if request.url.path.endswith("/search") else {"now": 1}
    server.reply(
        {"memories": [HIT, {**HIT, "id": "m-2", "dist": 0.3}], "total": 2, "next_offset": 1}
    )
    seen = []
    for memory in client.search_all_long_term_memories(
        "tea", page_size=2, extra_headers={"X-Call": "all"}
    ):
        seen.append(memory.id)
        # A call between two pages is not the iterator's: it carries nothing of it.
        client.health_check()
        assert "x-call" not in server.last.headers
    searches = [r for r in server.requests if r.url.path.endswith("/search")]
    assert len(searches) >= 2
    assert all(r.headers["x-call"] == "all" for r in searches)
    assert seen[:2] == ["m-1", "m-2"]


def test_a_nested_call_adds_its_options_over_the_outer_ones(
    client: SyncMemoryAPIClient, server: FakeServer
) -> None:
    server.default = lambda request: {**PAGE, "memories": []}
    call = {"name": "search_long_term_memory", "arguments": json.dumps({"query": "tea"})}
    result = client.resolve_tool_call(
        call, extra_headers={"X-Call": "tool"}, extra_query={"k": "v"}, timeout=4.0
    )
    assert result["success"], result
    assert server.last.headers["x-call"] == "tool"
    assert server.sent()[2] == {"optimize_query": "false", "k": "v"}
    assert timeouts(server) == [4.0]


# -- bad options are refused before anything is sent ----------------------------------------


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"timeout": "5"}, "timeout must be a positive number"),
        ({"timeout": 0}, "timeout must be a positive number"),
        ({"timeout": True}, "timeout must be a positive number"),
        ({"timeout": float("nan")}, "timeout must be a positive number"),
        ({"extra_headers": ["X-A"]}, "extra_headers must be a dict of strings"),
        ({"extra_headers": {"X-A": 1}}, "extra_headers must be a dict of strings"),
        ({"extra_headers": {"X A": "v"}}, "is not a header name"),
        ({"extra_headers": {"Content-Length": "1"}}, "set by the transport"),
        ({"extra_headers": {"X-A": SECRET + "\n"}}, "without control characters"),
        ({"extra_headers": {"X-A": SECRET + "\u00e9"}}, "without control characters"),
        ({"extra_query": {"a": object()}}, r"extra_query\['a'\] must be"),
        ({"extra_query": {"a": [float("inf")]}}, r"extra_query\['a'\] must be"),
        ({"extra_query": {"": "x"}}, "non-empty string keys"),
        ({"extra_query": {"user_id": "bob"}}, "may not set user_id"),
        ({"extra_body": {"namespace": "other"}}, "may not set namespace"),
        ({"extra_body": {"x": float("nan")}}, "cannot be sent as JSON"),
        ({"extra_body": {"x": b"bytes"}}, "cannot be sent as JSON"),
        ({"extra_body": "x"}, "extra_body must be a dict"),
    ],
)
def test_bad_options_are_refused_before_sending(
    client: SyncMemoryAPIClient, server: FakeServer, options: dict[str, Any], message: str
) -> None:
    with pytest.raises(MemoryValidationError, match=message) as caught:
        client.set_working_memory("s1", {"data": {}}, **options)
    assert SECRET not in str(caught.value)
    assert server.requests == []


def test_extra_body_is_refused_where_no_body_is_sent(
    client: SyncMemoryAPIClient, server: FakeServer
) -> None:
    # (Code that type-checks cannot get here: mypy rejects both calls.)
    options: dict[str, Any] = {"extra_body": {"x": 1}}
    with pytest.raises(MemoryValidationError, match="get_task does not take extra_body"):
        client.get_task("t1", **options)
    unknown: dict[str, Any] = {"colour": "red"}
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        client.get_task("t1", **unknown)
    assert server.requests == []


def test_wait_for_task_keeps_its_own_timeout_and_takes_the_other_options(
    client: SyncMemoryAPIClient, server: FakeServer
) -> None:
    server.default = {"id": "t1", "type": "summary_view_full_run", "status": "success"}
    client.wait_for_task("t1", timeout=5, extra_headers={"X-Poll": "1"})
    assert server.last.headers["x-poll"] == "1"
    assert timeouts(server) == [client.timeout.read]  # each poll: the client's timeout


def test_a_search_refuses_an_unknown_keyword_as_before(
    client: SyncMemoryAPIClient, server: FakeServer
) -> None:
    filters: dict[str, Any] = {"colour": "red"}
    with pytest.raises(MemoryValidationError, match="unknown search option"):
        client.search_long_term_memory("q", **filters)
    assert server.requests == []


# -- with_options --------------------------------------------------------------------------


def test_with_options_changes_the_settings_of_a_new_client_only(
    connect: Connect, server: FakeServer
) -> None:
    client = connect(api_key="client-token", default_headers={"X-App": "a"})
    quick = client.with_options(
        timeout=2.0, max_retries=0, default_headers={"X-App": "b", "Authorization": "nope"}
    )
    assert type(quick) is type(client)
    assert (quick.timeout.read, quick.max_retries) == (2.0, 0)
    assert (client.timeout.read, client.max_retries) == (5.0, 2)  # 5: the http_client's
    quick.health_check()
    headers = server.last.headers
    assert (headers["x-app"], headers["authorization"]) == ("b", "Bearer client-token")
    assert timeouts(server) == [2.0]
    client.health_check()
    assert (server.last.headers["x-app"], timeouts(server)[-1]) == ("a", 5.0)
    assert "client-token" not in repr(quick)


def test_with_options_sets_the_retries_of_the_new_client(
    client: SyncMemoryAPIClient, server: FakeServer
) -> None:
    server.default = server.status(500, {"detail": "boom"})
    with pytest.raises(MemoryInternalServerError):
        client.with_options(max_retries=0).health_check()
    assert len(server.requests) == 1
    with pytest.raises(MemoryInternalServerError):
        client.health_check()
    assert len(server.requests) == 1 + 3


def test_with_options_refuses_bad_settings(client: SyncMemoryAPIClient) -> None:
    with pytest.raises(MemoryValidationError, match="timeout"):
        client.with_options(timeout=-1)
    with pytest.raises(MemoryValidationError, match="max_retries"):
        client.with_options(max_retries=-1)
    with pytest.raises(MemoryValidationError, match="default_headers"):
        client.with_options(default_headers={"X-A": SECRET + "\n"})


def test_a_derived_client_shares_what_the_client_knows(
    client: SyncMemoryAPIClient, server: FakeServer
) -> None:
    derived = client.with_options(timeout=3.0)
    server.default = lambda request: (
        stored(request) if request.method == "GET" else PAGE if request.method == "POST" else {}
    )
    server.reply({"status": "ok"})  # the create
    created = derived.create_long_term_memories([{"text": "tea"}])
    # The parent waits for the memory its derived client created (read-your-writes).
    client.search_long_term_memory("tea")
    methods = [(r.method, r.url.path) for r in server.requests]
    assert methods[1] == ("GET", f"/v1/long-term-memory/{created.memories[0].id}")
    assert methods[-1] == ("POST", "/v1/long-term-memory/search")


def test_closing_a_derived_client_leaves_its_parent_open(
    client: SyncMemoryAPIClient, server: FakeServer
) -> None:
    derived = client.with_options(timeout=3.0)
    derived.close()
    with pytest.raises(MemoryClientClosedError):
        derived.health_check()
    client.health_check()
    other = client.with_options(max_retries=1)
    client.close()
    with pytest.raises(MemoryClientClosedError):
        other.health_check()


# -- with_raw_response ----------------------------------------------------------------------


def test_a_raw_response_has_status_headers_elapsed_and_the_result(
    client: SyncMemoryAPIClient, server: FakeServer
) -> None:
    server.default = lambda request: httpx.Response(200, json=PAGE, headers={"x-request-id": "r-1"})
    raw = client.with_raw_response.search_long_term_memory("tea", limit=1)
    assert isinstance(raw, RawResponse)
    assert (raw.status_code, raw.headers["x-request-id"], raw.attempts) == (200, "r-1", 1)
    assert isinstance(raw.elapsed, dt.timedelta)
    assert raw.elapsed >= dt.timedelta(0)
    assert (raw.method, raw.url.path) == ("POST", "/v1/long-term-memory/search")
    assert json.loads(raw.content)["total"] == 1
    results = raw.parse()
    assert isinstance(results, MemoryRecordResults)
    assert [m.id for m in results.memories] == ["m-1"]
    assert raw.parse() is results
    assert "r-1" not in repr(raw)


def test_a_raw_response_counts_the_attempts(
    client: SyncMemoryAPIClient, server: FakeServer
) -> None:
    server.reply(server.status(503, {"detail": "busy"}))
    server.default = {"now": 1}
    raw = client.with_raw_response.health_check()
    assert (raw.status_code, raw.attempts, raw.parse().now) == (200, 2, 1)


def test_a_helper_answers_with_the_response_of_its_write(
    client: SyncMemoryAPIClient, server: FakeServer
) -> None:
    server.default = routes
    raw = client.with_raw_response.update_working_memory_data("s1", {"a": 1})
    assert (raw.method, raw.headers["x-answer"]) == ("PUT", "PUT")
    assert raw.parse().data == {"a": 1}
    raw_set = client.with_raw_response.set_working_memory(
        "s2", {"data": {}}, extra_headers={"X-A": "1"}
    )
    assert (raw_set.method, server.last.headers["x-a"]) == ("PUT", "1")


def test_a_memory_prompt_answers_with_the_prompts_response_not_the_session_check(
    client: SyncMemoryAPIClient, server: FakeServer
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.method == "GET":  # the session check, alongside
            return httpx.Response(200, json=echo({"messages": []})(request))
        return httpx.Response(200, json=PROMPT, headers={"x-answer": "prompt"})

    server.default = answer
    raw = client.with_raw_response.memory_prompt("q", session_id="s1")
    assert {r.method for r in server.requests} == {"GET", "POST"}
    assert (raw.method, raw.headers["x-answer"]) == ("POST", "prompt")
    assert raw.parse().messages[-1]["content"] == "q"
