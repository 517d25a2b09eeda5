"""A loopback HTTP/1.1 proxy in front of the memory server that breaks chosen exchanges.

Each client connection gets a thread and its own upstream connection; requests are relayed
one at a time, each whole (the response is read completely from the server before anything
is sent on), so a fault can act at an exact point of an exchange::

    proxy.reset_before_forward("POST", FORGET)   # RST; the server never sees the request
    proxy.reset_after_forward("POST", FORGET)    # the server answered; the client gets RST
    proxy.cut_body("GET", path, after=20)        # headers + 20 body bytes, then RST (or FIN)
    proxy.stall_headers("GET", path, 2.0)        # nothing for 2 s, then the whole response
    proxy.stall_body("GET", path, 2.0, after=5)  # headers + 5 bytes, 2 s, then the rest
    proxy.reset_idle_connections()               # RST connections waiting for a request
    proxy.refuse_connections(0.2)                # closed port (connect refused) for 0.2 s

Request faults match a method and an exact path (query string ignored; None matches any)
and apply to the next ``times`` matching requests. ``count(method, path)`` is how many
such requests reached the server. When the server closes a connection after a response,
the proxy closes the client's connection the same way (FIN), as if there were no proxy.
"""

from __future__ import annotations

import contextlib
import select
import socket
import threading
import time
from dataclasses import dataclass, field
from types import TracebackType
from typing import Literal
from urllib.parse import urlsplit

from ._net import Closed, Reader, abort, finish, listen

__all__ = ["Exchange", "HttpFaultProxy"]

FaultKind = Literal["reset_before", "reset_after", "cut", "stall_headers", "stall_body"]


@dataclass
class _Fault:
    kind: FaultKind
    method: str | None
    path: str | None
    remaining: int
    seconds: float = 0.0
    after: int = 0
    reset: bool = True

    def matches(self, method: str, path: str) -> bool:
        return (self.method is None or self.method == method) and (
            self.path is None or self.path == path
        )


@dataclass(frozen=True)
class Exchange:
    """One request the proxy read from a client, and what became of it."""

    method: str
    path: str
    forwarded: bool
    fault: str | None  # the fault applied, or "unreachable" when the server was down
    connection: int  # the client connection's number, from 1
    on_reused_connection: bool  # not the connection's first request


@dataclass
class _Request:
    method: str
    path: str
    raw: bytes
    close: bool


@dataclass
class _Response:
    head: bytes
    body: bytes
    close: bool


@dataclass
class _Connection:
    number: int
    client: socket.socket
    upstream: socket.socket | None = None
    idle: bool = True  # waiting for the next request
    reset_requested: bool = False
    done: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)
    # Written to wake the relay thread: only that thread may close the client socket
    # while it waits in select(), or the close (and its reset) would wait for select.
    wake: tuple[socket.socket, socket.socket] = field(default_factory=socket.socketpair)


def _headers(head: bytes) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in head.split(b"\r\n")[1:]:
        if b":" in line:
            name, value = line.split(b":", 1)
            fields[name.decode("latin-1").strip().lower()] = value.decode("latin-1").strip()
    return fields


def _read_chunked(reader: Reader) -> bytes:
    parts = []
    while True:
        size_line = reader.line()
        parts.append(size_line)
        size = int(size_line.split(b";", 1)[0].strip(), 16)
        if size == 0:
            while True:  # trailers, then the empty line
                trailer = reader.line()
                parts.append(trailer)
                if trailer == b"\r\n":
                    return b"".join(parts)
        parts.append(reader.exactly(size + 2))


def _read_body(reader: Reader, fields: dict[str, str], *, until_eof: bool) -> tuple[bytes, bool]:
    """The raw body, and whether it ended with the connection."""
    if "chunked" in fields.get("transfer-encoding", "").lower():
        return _read_chunked(reader), False
    if "content-length" in fields:
        return reader.exactly(int(fields["content-length"])), False
    if until_eof:
        return reader.rest(), True
    return b"", False


def _wants_close(fields: dict[str, str]) -> bool:
    return "close" in fields.get("connection", "").lower()


def _read_request(reader: Reader) -> _Request:
    head = reader.until(b"\r\n\r\n")
    request_line = head.split(b"\r\n", 1)[0].decode("latin-1")
    method, target, _ = request_line.split(" ", 2)
    fields = _headers(head)
    body, _ = _read_body(reader, fields, until_eof=False)
    return _Request(method.upper(), urlsplit(target).path, head + body, _wants_close(fields))


def _read_response(reader: Reader, method: str) -> _Response:
    while True:
        head = reader.until(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        if status >= 200 or status == 101:
            break
    fields = _headers(head)
    if method == "HEAD" or status in (204, 304):
        return _Response(head, b"", _wants_close(fields))
    body, ended = _read_body(reader, fields, until_eof=True)
    return _Response(head, body, ended or _wants_close(fields))


class HttpFaultProxy:
    """Loopback HTTP proxy with programmable faults; see the module docstring."""

    def __init__(self, upstream_port: int, upstream_host: str = "127.0.0.1") -> None:
        self._upstream = (upstream_host, upstream_port)
        self._listener: socket.socket | None = listen()
        self.port: int = self._listener.getsockname()[1]
        self._lock = threading.Condition()
        self._faults: list[_Fault] = []
        self._exchanges: list[Exchange] = []
        self._connections: list[_Connection] = []
        self._threads: list[threading.Thread] = []
        self._closing = threading.Event()
        self._listening = threading.Event()
        self._listening.set()
        self._reopen_at: float | None = None
        self._accept_error: OSError | None = None
        self._acceptor = threading.Thread(target=self._accept_loop, name="http-proxy", daemon=True)
        self._acceptor.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # -- programming ------------------------------------------------------------------------

    def reset_before_forward(self, method: str | None, path: str | None, *, times: int = 1) -> None:
        """Reset the client's connection when the request arrives; it is not forwarded."""
        self._add(_Fault("reset_before", _upper(method), path, times))

    def reset_after_forward(self, method: str | None, path: str | None, *, times: int = 1) -> None:
        """Forward the request, read the server's whole response, then reset the client's
        connection without sending a byte of it."""
        self._add(_Fault("reset_after", _upper(method), path, times))

    def cut_body(
        self,
        method: str | None,
        path: str | None,
        *,
        after: int,
        reset: bool = True,
        times: int = 1,
    ) -> None:
        """Send the headers and ``after`` bytes of the body, then reset (or, with
        ``reset=False``, close with a FIN)."""
        self._add(_Fault("cut", _upper(method), path, times, after=after, reset=reset))

    def stall_headers(
        self, method: str | None, path: str | None, seconds: float, *, times: int = 1
    ) -> None:
        """Hold the whole response for ``seconds`` (the server has answered by then)."""
        self._add(_Fault("stall_headers", _upper(method), path, times, seconds=seconds))

    def stall_body(
        self,
        method: str | None,
        path: str | None,
        seconds: float,
        *,
        after: int = 0,
        times: int = 1,
    ) -> None:
        """Send the headers and ``after`` body bytes, wait ``seconds``, send the rest."""
        self._add(_Fault("stall_body", _upper(method), path, times, seconds=seconds, after=after))

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def _add(self, fault: _Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def _take(self, method: str, path: str) -> _Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.matches(method, path):
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def reset_idle_connections(self, settle: float = 0.05) -> int:
        """Reset every client connection that waits for its next request; returns how
        many. Waits until they are closed, then ``settle`` seconds for the resets to reach
        the client."""
        with self._lock:
            idle = [c for c in self._connections if c.idle and not c.done]
        for connection in idle:
            with connection.lock:
                connection.reset_requested = True
            with contextlib.suppress(OSError):
                connection.wake[1].send(b"x")
        deadline = time.monotonic() + 5.0
        with self._lock:
            while not all(c.done for c in idle):
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError("http proxy: idle connections did not close")
                self._lock.wait(left)
        time.sleep(settle)
        return len(idle)

    def refuse_connections(self, seconds: float) -> None:
        """Close the listening socket now (connects are refused: the kernel answers them
        with a reset) and listen again on the same port after ``seconds``."""
        with self._lock:
            listener, self._listener = self._listener, None
            self._reopen_at = time.monotonic() + seconds
            self._listening.clear()
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()

    def wait_listening(self, timeout: float = 5.0) -> None:
        """Block until the proxy accepts connections again after ``refuse_connections``."""
        if not self._listening.wait(timeout):
            raise AssertionError("http proxy: not listening again")
        if self._accept_error is not None:
            raise AssertionError(f"http proxy: could not listen again: {self._accept_error}")

    # -- observation ------------------------------------------------------------------------

    @property
    def exchanges(self) -> list[Exchange]:
        with self._lock:
            return list(self._exchanges)

    def count(self, method: str, path: str) -> int:
        """How many ``method path`` requests reached the server."""
        return sum(
            1
            for e in self.exchanges
            if e.forwarded and e.method == method.upper() and e.path == path
        )

    def describe(self) -> str:
        return "; ".join(
            f"#{e.connection}{'r' if e.on_reused_connection else ''} {e.method} {e.path}"
            f"{' fwd' if e.forwarded else ''}{f' [{e.fault}]' if e.fault else ''}"
            for e in self.exchanges
        )

    # -- relaying ---------------------------------------------------------------------------

    def _accept_loop(self) -> None:
        number = 0
        while not self._closing.is_set():
            with self._lock:
                listener, reopen_at = self._listener, self._reopen_at
            if listener is None:
                if reopen_at is None or self._closing.wait(max(0.0, reopen_at - time.monotonic())):
                    continue
                try:
                    listener = listen(self.port)
                except OSError as exc:
                    self._accept_error = exc
                    self._listening.set()
                    return
                with self._lock:
                    self._listener, self._reopen_at = listener, None
                self._listening.set()
            try:
                client, _ = listener.accept()
            except OSError:
                continue  # closed by refuse_connections or close()
            number += 1
            connection = _Connection(number, client)
            thread = threading.Thread(
                target=self._relay, args=(connection,), name="http-proxy-conn", daemon=True
            )
            with self._lock:
                if self._closing.is_set():
                    client.close()
                    return
                self._connections.append(connection)
                self._threads.append(thread)
            thread.start()

    def _record(
        self,
        connection: _Connection,
        request: _Request,
        forwarded: bool,
        fault: _Fault | None,
        reused: bool,
        note: str | None = None,
    ) -> None:
        with self._lock:
            self._exchanges.append(
                Exchange(
                    request.method,
                    request.path,
                    forwarded,
                    fault.kind if fault else note,
                    connection.number,
                    reused,
                )
            )
            self._lock.notify_all()

    def _relay(self, connection: _Connection) -> None:
        from_client = Reader(connection.client)
        from_server: Reader | None = None
        reset = False
        served = 0
        try:
            while True:
                waited = self._wait_for_request(connection, from_client)
                if waited == "reset":
                    reset = True
                    return
                if waited == "closed":
                    return  # the server closed first: the client sees the same (FIN)
                request = _read_request(from_client)
                with connection.lock:
                    connection.idle = False
                fault = self._take(request.method, request.path)
                reused = served > 0
                if fault is not None and fault.kind == "reset_before":
                    self._record(connection, request, False, fault, reused)
                    reset = True
                    return
                upstream = connection.upstream
                if upstream is None or from_server is None:
                    try:
                        upstream = socket.create_connection(self._upstream, timeout=30.0)
                    except OSError:
                        self._record(connection, request, False, None, reused, "unreachable")
                        raise
                    upstream.settimeout(None)
                    with connection.lock:
                        connection.upstream = upstream
                    from_server = Reader(upstream)
                upstream.sendall(request.raw)
                self._record(connection, request, True, fault, reused)
                response = _read_response(from_server, request.method)
                served += 1
                # Idle (open to reset_idle_connections) from the moment the client can have
                # the whole response, not after: the client may act on it at once.
                keep = not (response.close or request.close)
                if fault is not None and not self._deliver(connection, response, fault, keep):
                    reset = fault.kind in ("reset_after", "stall_headers", "stall_body") or (
                        fault.kind == "cut" and fault.reset
                    )
                    return
                if fault is None:
                    self._mark_idle(connection, keep)
                    connection.client.sendall(response.head + response.body)
                if not keep:
                    return
        except (Closed, OSError, ValueError, IndexError):
            return
        finally:
            self._end(connection, reset=reset)

    @staticmethod
    def _mark_idle(connection: _Connection, keep: bool) -> None:
        if keep:
            with connection.lock:
                connection.idle = True

    def _deliver(
        self, connection: _Connection, response: _Response, fault: _Fault, keep: bool
    ) -> bool:
        """Send a response the way ``fault`` says; False when the connection must end."""
        client = connection.client
        if fault.kind == "reset_after":
            return False
        if fault.kind == "cut":
            client.sendall(response.head + response.body[: fault.after])
            time.sleep(0.05)  # let the client read them before the reset
            return False
        if fault.kind == "stall_headers":
            if self._closing.wait(fault.seconds):
                return False
            self._mark_idle(connection, keep)
            client.sendall(response.head + response.body)
            return True
        # stall_body
        client.sendall(response.head + response.body[: fault.after])
        if self._closing.wait(fault.seconds):
            return False
        self._mark_idle(connection, keep)
        client.sendall(response.body[fault.after :])
        return True

    def _wait_for_request(
        self, connection: _Connection, reader: Reader
    ) -> Literal["request", "closed", "reset"]:
        """Wait until the client sends a request, the server closes its side (the client's
        connection must close too), or ``reset_idle_connections`` asks for a reset."""
        if reader.buffer:
            return "request"
        upstream = connection.upstream
        wake = connection.wake[0]
        while True:
            watched = [connection.client, wake] + ([upstream] if upstream is not None else [])
            readable, _, _ = select.select(watched, [], [], 0.5)
            with connection.lock:
                if connection.reset_requested:
                    return "reset"
            if self._closing.is_set():
                return "closed"
            if connection.client in readable:
                return "request"
            if upstream is not None and upstream in readable:
                try:
                    if upstream.recv(1, socket.MSG_PEEK) != b"":
                        return "request"  # unexpected bytes; the next read sorts it out
                except OSError:
                    pass
                return "closed"

    def _end(self, connection: _Connection, *, reset: bool) -> None:
        with connection.lock:
            if connection.done:
                return
            connection.done = True
            upstream, connection.upstream = connection.upstream, None
        (abort if reset else finish)(connection.client)
        if upstream is not None:
            finish(upstream)
        for sock in connection.wake:
            sock.close()
        with self._lock:
            self._lock.notify_all()

    # -- lifecycle --------------------------------------------------------------------------

    def close(self) -> None:
        """Stop listening, close every connection and wait for the threads."""
        self._closing.set()
        with self._lock:
            listener, self._listener = self._listener, None
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()
        self._acceptor.join(timeout=5.0)
        with self._lock:
            connections, threads = list(self._connections), list(self._threads)
        for connection in connections:
            with connection.lock:
                sockets = [connection.client, connection.upstream]
            for sock in sockets:
                if sock is not None:
                    with contextlib.suppress(OSError):
                        sock.shutdown(socket.SHUT_RDWR)
        for thread in threads:
            thread.join(timeout=5.0)
        for connection in connections:
            self._end(connection, reset=False)

    def __enter__(self) -> HttpFaultProxy:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _upper(method: str | None) -> str | None:
    return method.upper() if method is not None else None
