"""Tests of the test harness itself: the LLM stub, the stack's servers and token auth."""

from __future__ import annotations

import base64
import contextlib
import math
import socket
import struct
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import llm_stub
import pytest
from memory_stack import (
    Stack,
    StackError,
    _free_port,
    _http_ready,
    _print_stack,
    _Progress,
    _run_logged,
    _start_on_free_port,
    _Supervisor,
    _wait_ready,
)

SEARCH = "/v1/long-term-memory/search"


def _cosine(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True))


def test_embeddings_are_deterministic_and_unit_length() -> None:
    first = llm_stub.embed("Alice loves hiking in the mountains")
    again = llm_stub.embed("Alice loves hiking in the mountains")

    assert first == again
    assert len(first) == 1536
    assert math.isclose(math.sqrt(sum(v * v for v in first)), 1.0, rel_tol=1e-9)
    assert math.isclose(math.sqrt(sum(v * v for v in llm_stub.embed(""))), 1.0, rel_tol=1e-9)


def test_embeddings_rank_overlapping_texts_higher() -> None:
    memory = llm_stub.embed("Alice loves hiking in the mountains")
    related = llm_stub.embed("Which mountain does Alice like for a hike? hiking")
    unrelated = llm_stub.embed("Bob prefers dark roast coffee")

    assert _cosine(memory, related) > _cosine(memory, unrelated)


@contextlib.contextmanager
def _stub_in_thread() -> Iterator[int]:
    """Serve the stub from this process on a free port; yields the port."""
    server = llm_stub.make_server(0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def stub_url() -> Iterator[str]:
    """An in-process stub, so these tests do not depend on how the stack was provided."""
    with _stub_in_thread() as port:
        yield f"http://127.0.0.1:{port}/v1"


def test_stub_serves_openai_shaped_embeddings_in_both_encodings(stub_url: str) -> None:
    texts = ["coffee beans", "mountain hikes"]
    with httpx.Client(base_url=stub_url, trust_env=False) as http:
        floats = http.post("/embeddings", json={"input": texts, "model": "m"}).json()
        packed = http.post(
            "/embeddings", json={"input": texts, "model": "m", "encoding_format": "base64"}
        ).json()

    assert floats["object"] == "list"
    assert floats["model"] == "m"
    assert floats["usage"]["prompt_tokens"] == 4
    assert [item["index"] for item in floats["data"]] == [0, 1]
    for as_floats, as_base64 in zip(floats["data"], packed["data"], strict=True):
        raw = base64.b64decode(as_base64["embedding"])
        decoded = struct.unpack(f"<{len(raw) // 4}f", raw)
        assert len(decoded) == 1536
        assert decoded == pytest.approx(as_floats["embedding"], abs=1e-6)


def test_stub_chat_answers_with_the_gist_of_the_last_user_message(stub_url: str) -> None:
    prompt = "Rewrite this query.\n\nOriginal query: what does alice like\n\nOptimized query:"
    body = {"model": "gpt-5-mini", "messages": [{"role": "user", "content": prompt}]}
    with httpx.Client(base_url=stub_url, trust_env=False) as http:
        reply = http.post("/chat/completions", json=body).json()

    assert reply["object"] == "chat.completion"
    message = reply["choices"][0]["message"]
    assert message == {"role": "assistant", "content": "what does alice like"}
    assert reply["usage"]["total_tokens"] > 0


def test_both_servers_are_healthy(server_url: str, auth_server: tuple[str, str]) -> None:
    auth_url, _ = auth_server
    with httpx.Client(trust_env=False) as http:
        for url in (server_url, auth_url):
            assert http.get(f"{url}/v1/health").status_code == 200  # health needs no token


@pytest.mark.parametrize(
    ("headers", "status", "detail"),
    [
        ({}, 401, "Missing authorization header"),
        ({"Authorization": "Bearer not-the-token"}, 401, "Invalid token"),
        (None, 200, None),  # None: the valid token
    ],
    ids=["missing", "wrong", "valid"],
)
def test_token_auth(
    auth_server: tuple[str, str], headers: dict[str, str] | None, status: int, detail: str | None
) -> None:
    url, token = auth_server
    if headers is None:
        headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(trust_env=False) as http:
        response = http.post(f"{url}{SEARCH}", json={"text": "x", "limit": 1}, headers=headers)

    assert response.status_code == status
    if detail is not None:
        assert response.json()["detail"] == detail


def test_open_server_needs_no_token(server_url: str) -> None:
    with httpx.Client(trust_env=False) as http:
        response = http.post(f"{server_url}{SEARCH}", json={"text": "x", "limit": 1})

    assert response.status_code == 200


def test_failed_start_reports_the_log_tail(tmp_path: Path) -> None:
    crash = [sys.executable, "-c", "print('boom: settings invalid'); raise SystemExit(3)"]
    with _Supervisor(tmp_path) as sup, pytest.raises(StackError) as failure:
        _start_on_free_port(sup, "crasher", lambda port: crash, lambda port: False, 10.0)

    assert "exited with code 3" in str(failure.value)
    assert "boom: settings invalid" in str(failure.value)


def test_start_retries_when_another_process_takes_the_port(tmp_path: Path) -> None:
    taken = [sys.executable, "-c", "print('bind: Address already in use'); raise SystemExit(1)"]
    with _Supervisor(tmp_path) as sup, pytest.raises(StackError, match="no free port"):
        _start_on_free_port(sup, "unlucky", lambda port: taken, lambda port: False, 10.0)


def test_a_stranger_on_the_port_does_not_count_as_ready(tmp_path: Path) -> None:
    def probe(port: int) -> bool:
        return _http_ready(http, f"http://127.0.0.1:{port}/v1/models")

    # The stranger answers the probe, but the child we started never listens.
    sleeper = [sys.executable, "-c", "import time; time.sleep(30)"]
    with (
        _stub_in_thread() as port,
        httpx.Client(trust_env=False) as http,
        _Supervisor(tmp_path) as sup,
    ):
        child = sup.spawn("slow", sleeper)
        with pytest.raises(StackError, match="not ready"):
            _wait_ready(child, probe, port, 1.0)


def test_integration_marker_is_applied(request: pytest.FixtureRequest) -> None:
    assert request.node.get_closest_marker("integration") is not None


def test_the_install_reports_its_progress_from_pips_output() -> None:
    said: list[str] = []
    now = [0.0]
    progress = _Progress(4, every=5.0, clock=lambda: now[0], say=said.append)
    for seconds, line in [
        (1, "Collecting aiohttp==3.14.1 (from -r lock.txt (line 4))"),
        (2, "  Downloading aiohttp-3.14.1.whl (1.8 MB)"),
        (6, "Collecting redis==6.4.0 (from -r lock.txt (line 5))"),
        (7, "Requirement already satisfied: six==1.17.0"),
        (8, "Collecting zipp==3.23.0 (from -r lock.txt (line 6))"),
        (9, "Installing collected packages: aiohttp, redis, six, zipp"),
    ]:
        now[0] = seconds
        progress.line(line)

    assert said == [
        "  fetched 2/4 packages (6 s; now redis==6.4.0)",
        "  fetched 4/4 packages (8 s; now zipp==3.23.0)",
        "  unpacking 4 packages into the venv (9 s so far; this last step takes a minute or so)",
    ]


def test_a_logged_command_streams_each_line_and_keeps_the_log(tmp_path: Path) -> None:
    lines: list[str] = []
    script = "import time\nfor n in range(3):\n    print(f'Collecting p{n}', flush=True)"
    with open(tmp_path / "install.log", "wb") as log:
        _run_logged([sys.executable, "-c", script], log, lines.append)

    assert lines == ["Collecting p0", "Collecting p1", "Collecting p2"]
    assert (tmp_path / "install.log").read_text().endswith("Collecting p2\n")


def test_the_server_takes_the_preferred_port_when_it_is_free() -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        taken = holder.getsockname()[1]
        holder.listen()
        assert _free_port(taken) != taken
    assert _free_port(taken) == taken  # free again


def test_serve_prints_the_export_line_and_says_when_8000_was_taken(
    capsys: pytest.CaptureFixture[str],
) -> None:
    stack = Stack(url="http://127.0.0.1:41234", auth_url="", token="", redis_url="r", stub_url="s")
    _print_stack(stack, 9.5, 8000)
    out = capsys.readouterr().out

    assert "(port 8000 is in use by another program: the server took port 41234)" in out
    assert "\n  export MEMORY_SERVER_URL=http://127.0.0.1:41234\n" in out
    _print_stack(Stack("http://127.0.0.1:8000", "", "", "r", "s"), 9.5, 8000)
    assert "in use" not in capsys.readouterr().out
