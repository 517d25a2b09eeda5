"""Socket helpers shared by the fault proxies (stdlib only)."""

from __future__ import annotations

import contextlib
import socket
import struct

__all__ = ["Closed", "Reader", "abort", "finish", "listen"]


def listen(port: int = 0) -> socket.socket:
    """A listening socket on loopback, on ``port`` or a free one."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(("127.0.0.1", port))
        sock.listen(64)
    except OSError:
        sock.close()
        raise
    return sock


def abort(sock: socket.socket) -> None:
    """Close with a TCP reset (SO_LINGER 0) instead of the usual FIN."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def finish(sock: socket.socket) -> None:
    """Close with a FIN: the peer reads end of stream after what was sent."""
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_WR)
    sock.close()


class Closed(Exception):
    """The peer closed the connection (or it broke) in the middle of a message."""


class Reader:
    """Buffered reads from a socket, without ``makefile`` (whose reference to the socket
    would keep ``close()`` from closing it, and so keep a reset from being sent)."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = bytearray()

    def _fill(self) -> None:
        try:
            data = self.sock.recv(65536)
        except OSError as exc:
            raise Closed(str(exc)) from exc
        if not data:
            raise Closed("end of stream")
        self.buffer += data

    def at_eof(self) -> bool:
        """Whether the peer has closed with nothing left to read (waits for one byte)."""
        if self.buffer:
            return False
        try:
            self._fill()
        except Closed:
            return True
        return False

    def until(self, marker: bytes) -> bytes:
        """Everything up to and including ``marker``."""
        start = 0
        while True:
            index = self.buffer.find(marker, start)
            if index >= 0:
                end = index + len(marker)
                data = bytes(self.buffer[:end])
                del self.buffer[:end]
                return data
            start = max(0, len(self.buffer) - len(marker) + 1)
            self._fill()

    def line(self) -> bytes:
        return self.until(b"\r\n")

    def exactly(self, count: int) -> bytes:
        while len(self.buffer) < count:
            self._fill()
        data = bytes(self.buffer[:count])
        del self.buffer[:count]
        return data

    def rest(self) -> bytes:
        """Everything until the peer closes."""
        while True:
            try:
                self._fill()
            except Closed:
                data = bytes(self.buffer)
                self.buffer.clear()
                return data
