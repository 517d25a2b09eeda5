"""An in-process HTTP server on a real loopback socket, for what the real memory server
cannot do on demand: answer 429 with a Retry-After, or a burst of 5xx.

Scripted answers come first, then a canned success for the few operations it knows::

    fake.script("GET", "/v1/health", [(503, {}), (503, {})])   # two 503s, then 200
    fake.script("GET", "/v1/health", [(429, {"Retry-After": "1"})])
    fake.hits("GET", "/v1/health")                             # arrival times (monotonic)

HTTP/1.1 with keep-alive, like the real server (uvicorn).
"""

from __future__ import annotations

import json
import threading
import time
from collections import defaultdict, deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

__all__ = ["HEALTH", "SEARCH", "FakeServer"]

HEALTH = "/v1/health"
SEARCH = "/v1/long-term-memory/search"
FORGET = "/v1/long-term-memory/forget"

_SUCCESS: dict[tuple[str, str], Any] = {
    ("GET", HEALTH): {"now": 1_700_000_000_000},
    ("POST", SEARCH): {"memories": [], "total": 0, "next_offset": None},
    ("POST", FORGET): {"scanned": 0, "deleted": 0, "deleted_ids": [], "dry_run": False},
}

Scripted = tuple[int, dict[str, str]]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: FakeServer


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        method, path = self.command, urlsplit(self.path).path
        status, headers, body = self.server.fake._next(method, path)
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _answer

    def log_message(self, format: str, *args: Any) -> None:
        return None  # quiet


class FakeServer:
    """See the module docstring."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._scripts: dict[tuple[str, str], deque[Scripted]] = defaultdict(deque)
        self._hits: dict[tuple[str, str], list[float]] = defaultdict(list)
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.fake = self
        self.port: int = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def script(self, method: str, path: str, answers: list[Scripted]) -> None:
        """Answer the next requests to ``method path`` with these statuses and headers."""
        with self._lock:
            self._scripts[(method.upper(), path)].extend(answers)

    def hits(self, method: str, path: str) -> list[float]:
        """When each ``method path`` request arrived (time.monotonic())."""
        with self._lock:
            return list(self._hits[(method.upper(), path)])

    def _next(self, method: str, path: str) -> tuple[int, dict[str, str], Any]:
        key = (method, path)
        with self._lock:
            self._hits[key].append(time.monotonic())
            script = self._scripts[key]
            if script:
                status, headers = script.popleft()
                return status, headers, {"detail": f"scripted {status}"}
        if key in _SUCCESS:
            return 200, {}, _SUCCESS[key]
        return 404, {}, {"detail": f"the fake server does not know {method} {path}"}

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5.0)

    def __enter__(self) -> FakeServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
