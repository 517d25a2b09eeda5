"""A plain-HTTP forward proxy on loopback that notes what goes through it (stdlib only).

A client configured with ``proxy=proxy.url`` sends it requests in absolute form
(``GET http://127.0.0.1:8000/v1/health HTTP/1.1``); the proxy opens one upstream
connection per client connection, forwards each request in origin form and relays the
answers back as they come. ``connections`` counts the client connections accepted and
``requests`` holds each request's target and headers, so a test can tell that a client's
proxy, connection limits and default headers were used.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urlsplit

from tests.integration.faults._net import Closed, Reader, finish, listen

__all__ = ["ForwardProxy", "ProxiedRequest"]


@dataclass(frozen=True)
class ProxiedRequest:
    """One request the proxy forwarded: the target as the client wrote it, and headers."""

    method: str
    target: str
    headers: dict[str, str]


class ForwardProxy:
    """Run with ``with ForwardProxy() as proxy:``; stops its threads on exit."""

    def __init__(self) -> None:
        self._listener = listen()
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self.connections = 0
        self.requests: list[ProxiedRequest] = []
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._threads: list[threading.Thread] = []

    def __enter__(self) -> ForwardProxy:
        self._start(self._accept)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        for thread in self._threads:
            thread.join(timeout=5)

    def _start(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        self._threads.append(thread)
        thread.start()

    def _track(self, sock: socket.socket) -> socket.socket:
        with self._lock:
            self._sockets.append(sock)
        return sock

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self.connections += 1
            self._start(self._serve, self._track(client))

    def _serve(self, client: socket.socket) -> None:
        reader = Reader(client)
        upstream: socket.socket | None = None
        try:
            while not reader.at_eof():
                head = reader.until(b"\r\n\r\n").decode("latin-1")
                request_line, *header_lines = head.split("\r\n")[:-2]
                method, target, version = request_line.split(" ")
                headers = {}
                for line in header_lines:
                    name, _, value = line.partition(":")
                    headers[name.strip().lower()] = value.strip()
                body = reader.exactly(int(headers.get("content-length", "0")))
                with self._lock:
                    self.requests.append(ProxiedRequest(method, target, headers))
                parts = urlsplit(target)
                if upstream is None:
                    address = (parts.hostname or "127.0.0.1", parts.port or 80)
                    upstream = self._track(socket.create_connection(address))
                    self._start(self._relay, upstream, client)
                origin_form = parts.path + (f"?{parts.query}" if parts.query else "")
                lines = [f"{method} {origin_form} {version}", *header_lines, "", ""]
                upstream.sendall("\r\n".join(lines).encode("latin-1") + body)
        except (Closed, OSError, ValueError):
            pass
        finally:
            if upstream is not None:
                finish(upstream)
            finish(client)

    def _relay(self, upstream: socket.socket, client: socket.socket) -> None:
        # Answers go back byte for byte; when the server closes, so does the proxy.
        try:
            while data := upstream.recv(65536):
                client.sendall(data)
        except OSError:
            pass
        finally:
            finish(client)
