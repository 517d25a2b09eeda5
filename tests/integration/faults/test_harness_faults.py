"""The fault harness itself, and the server behaviours under faults that the client tests
rely on (each checked with plain httpx or a raw socket, no memory client involved)."""

from __future__ import annotations

import json
import socket
import time

import httpx
import pytest

from .clients import Scope
from .fake_server import HEALTH, FakeServer
from .http_proxy import HttpFaultProxy
from .redis_proxy import RedisProxy
from .servers import KillableServer

FORGET = "/v1/long-term-memory/forget"


def _raw_exchange(port: int, method: str, target: str, body: object = None) -> tuple[bytes, bool]:
    """Send one keep-alive request; return the response head and whether the server
    closed the connection right after answering."""
    payload = json.dumps(body).encode() if body is not None else b""
    request = (
        f"{method} {target} HTTP/1.1\r\nHost: memory\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(payload)}\r\n\r\n"
    ).encode() + payload
    with socket.create_connection(("127.0.0.1", port), timeout=5.0) as sock:
        sock.sendall(request)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            assert chunk, "closed before the response head"
            data += chunk
        head, _, rest = data.partition(b"\r\n\r\n")
        length = int(
            next(
                line.split(b":", 1)[1]
                for line in head.split(b"\r\n")
                if line.lower().startswith(b"content-length:")
            )
        )
        while len(rest) < length:
            rest += sock.recv(65536)
        sock.settimeout(0.3)  # uvicorn closes within ~10 ms of a 500
        try:
            closed = sock.recv(1) == b""
        except TimeoutError:
            closed = False
    return head, closed


def test_http_proxy_passes_through_and_counts(proxy: HttpFaultProxy) -> None:
    with httpx.Client(base_url=proxy.url, trust_env=False) as http:
        for _ in range(3):
            assert http.get("/v1/health").status_code == 200

    assert proxy.count("GET", "/v1/health") == 3
    assert [e.connection for e in proxy.exchanges] == [1, 1, 1]  # one kept-alive connection


def test_http_proxy_faults_reach_the_client_as_designed(proxy: HttpFaultProxy) -> None:
    proxy.reset_before_forward("GET", "/v1/health")
    proxy.reset_after_forward("GET", "/v1/health")
    proxy.cut_body("GET", "/v1/health", after=3)
    with httpx.Client(base_url=proxy.url, trust_env=False) as http:
        for _ in range(3):
            with pytest.raises(httpx.TransportError):
                http.get("/v1/health")
        assert http.get("/v1/health").status_code == 200

    assert proxy.count("GET", "/v1/health") == 3  # all but the reset before forwarding
    assert [e.fault for e in proxy.exchanges] == ["reset_before", "reset_after", "cut", None]


def test_http_proxy_stalls_and_refuses(proxy: HttpFaultProxy) -> None:
    proxy.stall_headers("GET", "/v1/health", 0.3)
    with httpx.Client(base_url=proxy.url, trust_env=False) as http:
        started = time.monotonic()
        assert http.get("/v1/health").status_code == 200
        assert time.monotonic() - started >= 0.3
        proxy.stall_body("GET", "/v1/health", 1.0, after=2)
        with pytest.raises(httpx.ReadTimeout):
            http.get("/v1/health", timeout=0.2)

    # Long enough for the next line to fall inside it on a loaded machine.
    proxy.refuse_connections(1.5)
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{proxy.url}/v1/health", trust_env=False)
    proxy.wait_listening()
    assert httpx.get(f"{proxy.url}/v1/health", trust_env=False).status_code == 200


def test_http_proxy_resets_idle_connections(proxy: HttpFaultProxy) -> None:
    with httpx.Client(base_url=proxy.url, trust_env=False) as http:
        http.get("/v1/health")
        assert proxy.reset_idle_connections() == 1
        http.get("/v1/health")  # httpx sees the pooled connection is dead: a new one

    assert [e.connection for e in proxy.exchanges] == [1, 2]


def test_real_server_closes_the_connection_after_a_500(
    server: KillableServer, redis_faults: RedisProxy, scope: Scope
) -> None:
    """uvicorn answers an unhandled exception with 500 and then closes the connection, a
    few ms later: a client that reuses it races that close. Here the exception is a Redis
    error (injected into the FT.SEARCH of forget), which forget does not catch."""
    healthy, closed_after_200 = _raw_exchange(server.port, "GET", "/v1/health")
    redis_faults.fail("FT.SEARCH", key=scope.user_id)
    target = f"{FORGET}?user_id={scope.user_id}&dry_run=false"
    failed, closed_after_500 = _raw_exchange(
        server.port, "POST", target, {"policy": {"max_age_days": 3650}}
    )

    assert healthy.startswith(b"HTTP/1.1 200")
    assert not closed_after_200
    assert failed.startswith(b"HTTP/1.1 500")
    assert closed_after_500
    assert redis_faults.injected("FT.SEARCH") == 1


def test_real_server_reports_a_failed_session_read_as_404(
    server: KillableServer, redis_faults: RedisProxy, scope: Scope
) -> None:
    """get_working_memory in the server catches every exception and returns None: a Redis
    error on JSON.GET reaches the client as 404 "Session not found"."""
    path = f"/v1/working-memory/{scope.session}"
    with httpx.Client(base_url=server.url, trust_env=False, params=scope.kw) as http:
        http.put(path, json={"messages": [], "data": {"kept": True}, **scope.kw})
        redis_faults.fail("JSON.GET", key=scope.session)
        broken = http.get(path)
        healthy = http.get(path)

    assert broken.status_code == 404
    assert broken.json() == {"detail": f"Session {scope.session} not found"}
    assert healthy.status_code == 200
    assert healthy.json()["data"] == {"kept": True}


def test_real_server_swallows_some_redis_errors(
    server: KillableServer, redis_faults: RedisProxy, scope: Scope
) -> None:
    """Compaction and session listing answer 200 as if there were nothing, when Redis
    fails under them."""
    with httpx.Client(base_url=server.url, trust_env=False) as http:
        redis_faults.fail("FT.AGGREGATE", key=scope.user_id)
        compact = http.post("/v1/long-term-memory/compact", params={"user_id": scope.user_id})
        redis_faults.fail("FT.SEARCH", key=scope.user_id)
        sessions = http.get("/v1/working-memory/", params={"user_id": scope.user_id})

    assert compact.status_code == 200
    assert compact.json() == {"status": "ok, 0 memories remaining after compaction"}
    assert sessions.status_code == 200
    assert sessions.json() == {"sessions": [], "total": 0}
    assert redis_faults.injected() == 2


def test_real_server_reports_a_dropped_redis_connection_as_a_missing_session(
    server: KillableServer, redis_faults: RedisProxy, scope: Scope
) -> None:
    """The server does not retry a Redis command whose connection broke: a reset under
    JSON.GET is a 404 too."""
    path = f"/v1/working-memory/{scope.session}"
    with httpx.Client(base_url=server.url, trust_env=False, params=scope.kw) as http:
        http.put(path, json={"messages": [], "data": {"kept": True}, **scope.kw})
        redis_faults.drop("JSON.GET", key=scope.session)
        broken = http.get(path)
        healthy = http.get(path)

    assert broken.status_code == 404
    assert healthy.status_code == 200
    assert redis_faults.seen("JSON.GET", key=scope.session) == 2  # no retry of the dropped one


def test_fake_server_scripts_statuses(fake: FakeServer) -> None:
    fake.script("GET", HEALTH, [(503, {}), (429, {"Retry-After": "1"})])
    with httpx.Client(base_url=fake.url, trust_env=False) as http:
        first, second, third = (http.get(HEALTH) for _ in range(3))

    assert (first.status_code, second.status_code, third.status_code) == (503, 429, 200)
    assert second.headers["retry-after"] == "1"
    assert len(fake.hits("GET", HEALTH)) == 3
