"""A Redis proxy that reads command names and can fail, drop or hold chosen commands.

It sits between the memory server and Redis (the server's ``REDIS_URL`` points at it) and
relays one command at a time: read a command from the server, forward it, read Redis's one
reply, send it back. That is enough RESP to know which reply belongs to which command,
so a command can be answered with an error instead of being forwarded::

    proxy.fail("JSON.GET", key=session_id)        # the next JSON.GET naming the session
    proxy.fail("FT.SEARCH", times=None)           # every FT.SEARCH until proxy.clear()
    proxy.drop("JSON.SET")                        # close the server's connection instead
    proxy.stall("HSET", seconds=5.0)              # hold the next HSET before forwarding

``key`` is a substring that must appear in one of the command's arguments (a key, or the
text of a search query). ``seen()`` counts the commands the server sent, faulted or not.
Threads, standard library only. Pub/sub and client-side caching (out-of-band replies) are
not supported: the server does not use them with ``--task-backend asyncio``.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Literal

from ._net import Closed, Reader, abort, finish, listen

__all__ = ["Command", "RedisProxy"]

Action = Literal["error", "drop", "stall"]


@dataclass(frozen=True)
class Command:
    """One command the server sent: its upper-case name and arguments (long ones cut)."""

    name: str
    args: tuple[bytes, ...]
    faulted: bool

    def mentions(self, text: str) -> bool:
        needle = text.encode()
        return any(needle in arg for arg in self.args)


@dataclass
class _Rule:
    command: str
    action: Action
    remaining: int | None  # None: until cleared
    key: str | None
    seconds: float = 0.0
    reply: bytes = b""
    applied: int = 0

    def matches(self, command: Command) -> bool:
        if command.name != self.command:
            return False
        return self.key is None or command.mentions(self.key)


@dataclass
class _Connection:
    client: socket.socket
    upstream: socket.socket | None = None
    done: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)


def _read_command(reader: Reader) -> tuple[bytes, list[bytes]]:
    """One command as (raw bytes, arguments): a RESP array of bulk strings, or inline."""
    first = reader.line()
    if not first.startswith(b"*"):
        return first, first.split()
    raw = [first]
    args = []
    for _ in range(int(first[1:-2])):
        header = reader.line()
        raw.append(header)
        if not header.startswith(b"$"):
            raise Closed(f"unexpected RESP in a command: {header!r}")
        data = reader.exactly(int(header[1:-2]) + 2)
        raw.append(data)
        args.append(data[:-2])
    return b"".join(raw), args


def _read_reply(reader: Reader) -> bytes:
    """One complete reply, raw (RESP2 and RESP3)."""
    line = reader.line()
    kind, value = line[:1], line[1:-2]
    if kind in b"$!=":
        size = int(value)
        return line if size < 0 else line + reader.exactly(size + 2)
    if kind in b"*~>%|":
        count = int(value)
        if count < 0:
            return line
        if kind in b"%|":
            count *= 2
        parts = [line, *(_read_reply(reader) for _ in range(count))]
        if kind == b"|":  # an attribute precedes the reply it describes
            parts.append(_read_reply(reader))
        return b"".join(parts)
    return line  # + - : , _ # ( are one line


def _preview(arg: bytes) -> bytes:
    return arg if len(arg) <= 512 else arg[:512]


class RedisProxy:
    """Loopback Redis proxy with programmable faults; see the module docstring."""

    def __init__(self, upstream_port: int, upstream_host: str = "127.0.0.1") -> None:
        self._upstream = (upstream_host, upstream_port)
        self._listener = listen()
        self.port: int = self._listener.getsockname()[1]
        self._lock = threading.Condition()
        self._rules: list[_Rule] = []
        self._log: list[Command] = []
        self._connections: list[_Connection] = []
        self._threads: list[threading.Thread] = []
        self._closing = threading.Event()
        self._acceptor = threading.Thread(target=self._accept_loop, name="redis-proxy", daemon=True)
        self._acceptor.start()

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}"

    # -- programming ------------------------------------------------------------------------

    def fail(
        self,
        command: str,
        *,
        times: int | None = 1,
        key: str | None = None,
        message: str = "ERR injected fault",
    ) -> None:
        """Answer the next ``times`` matching commands (None: all, until ``clear()``) with
        an error reply instead of forwarding them."""
        reply = b"-" + message.encode() + b"\r\n"
        self._add(_Rule(command.upper(), "error", times, key, reply=reply))

    def drop(self, command: str, *, times: int | None = 1, key: str | None = None) -> None:
        """Close the server's connection (with a reset) when a matching command arrives;
        the command is not forwarded."""
        self._add(_Rule(command.upper(), "drop", times, key))

    def stall(
        self, command: str, seconds: float, *, times: int | None = 1, key: str | None = None
    ) -> None:
        """Hold matching commands for ``seconds`` before forwarding them. A command held
        when its connection closes (the server was killed) is never forwarded."""
        self._add(_Rule(command.upper(), "stall", times, key, seconds=seconds))

    def clear(self) -> None:
        """Remove every fault; commands pass through again."""
        with self._lock:
            self._rules.clear()

    def reset(self) -> None:
        """Remove every fault and forget the commands seen so far."""
        with self._lock:
            self._rules.clear()
            self._log.clear()

    def _add(self, rule: _Rule) -> None:
        with self._lock:
            self._rules.append(rule)

    def _take(self, command: Command) -> _Rule | None:
        with self._lock:
            for rule in self._rules:
                if rule.matches(command):
                    rule.applied += 1
                    if rule.remaining is not None:
                        rule.remaining -= 1
                        if rule.remaining <= 0:
                            self._rules.remove(rule)
                    return rule
        return None

    # -- observation ------------------------------------------------------------------------

    def commands(self, name: str | None = None, *, key: str | None = None) -> list[Command]:
        """The commands the server sent so far (faulted ones included), oldest first."""
        with self._lock:
            log = list(self._log)
        return [
            c
            for c in log
            if (name is None or c.name == name.upper()) and (key is None or c.mentions(key))
        ]

    def seen(self, name: str, *, key: str | None = None) -> int:
        return len(self.commands(name, key=key))

    def injected(self, name: str | None = None) -> int:
        """How many commands got a fault instead of Redis's answer."""
        return sum(1 for c in self.commands(name) if c.faulted)

    def wait_for(
        self, predicate: Callable[[RedisProxy], bool], timeout: float = 5.0, what: str = ""
    ) -> None:
        """Block until ``predicate(self)`` holds (re-checked on every command)."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while not predicate(self):
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"redis proxy: timed out waiting for {what or predicate}")
                self._lock.wait(left)

    # -- relaying ---------------------------------------------------------------------------

    def _accept_loop(self) -> None:
        while not self._closing.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            connection = _Connection(client)
            thread = threading.Thread(
                target=self._relay, args=(connection,), name="redis-proxy-conn", daemon=True
            )
            with self._lock:
                if self._closing.is_set():
                    client.close()
                    return
                self._connections.append(connection)
                self._threads.append(thread)
            thread.start()

    def _relay(self, connection: _Connection) -> None:
        try:
            upstream = socket.create_connection(self._upstream, timeout=10.0)
        except OSError:
            self._end(connection, reset=True)
            return
        upstream.settimeout(None)
        with connection.lock:
            connection.upstream = upstream
        from_client, from_redis = Reader(connection.client), Reader(upstream)
        reset = False
        try:
            while True:
                raw, args = _read_command(from_client)
                name = args[0].decode(errors="replace").upper() if args else ""
                probe = Command(name, tuple(_preview(a) for a in args[1:]), faulted=False)
                rule = self._take(probe)
                faulted = rule is not None and rule.action != "stall"
                with self._lock:
                    self._log.append(Command(probe.name, probe.args, faulted=faulted))
                    self._lock.notify_all()
                if rule is not None and rule.action == "error":
                    connection.client.sendall(rule.reply)
                    continue
                if rule is not None and rule.action == "drop":
                    reset = True
                    return
                if rule is not None and rule.action == "stall" and not self._hold(connection, rule):
                    return
                upstream.sendall(raw)
                connection.client.sendall(_read_reply(from_redis))
        except (Closed, OSError, ValueError):
            return
        finally:
            self._end(connection, reset=reset)

    def _hold(self, connection: _Connection, rule: _Rule) -> bool:
        """Wait out a stall; False if the server's connection closed meanwhile (the held
        command is then dropped, never forwarded) or the proxy is closing."""
        deadline = time.monotonic() + rule.seconds
        while (left := deadline - time.monotonic()) > 0:
            if self._closing.wait(min(left, 0.05)) or self._client_gone(connection.client):
                return False
        return True

    @staticmethod
    def _client_gone(client: socket.socket) -> bool:
        """Whether the server closed its connection while a command was held."""
        try:
            client.setblocking(False)
            try:
                return client.recv(1, socket.MSG_PEEK) == b""
            except BlockingIOError:
                return False
            finally:
                client.setblocking(True)
        except OSError:
            return True

    def _end(self, connection: _Connection, *, reset: bool) -> None:
        with connection.lock:
            if connection.done and connection.upstream is None:
                return
            connection.done = True
            upstream, connection.upstream = connection.upstream, None
        (abort if reset else finish)(connection.client)
        if upstream is not None:
            finish(upstream)

    # -- lifecycle --------------------------------------------------------------------------

    def close(self) -> None:
        """Stop accepting, close every connection and wait for the threads."""
        self._closing.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
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

    def __enter__(self) -> RedisProxy:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
