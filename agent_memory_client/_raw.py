"""Raw responses: the HTTP response of a call along with its usual result (no I/O).

``client.with_raw_response.<operation>(...)`` (``_async/raw.py`` and its sync twin) runs
the operation as usual inside ``capturing``; the client's ``_send`` hands every success
response to ``record``, which keeps the last one of the call's primary request. An
operation that makes several requests (the reads before a write, the read-your-writes
probes before a search, the session check beside a memory prompt) answers with the
response of the request that does what the operation is named for; ``PRIMARY`` lists
those whose request carries another name than the operation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Generic, TypeVar

import httpx

from ._exceptions import MemoryClientError
from ._retry import ATTEMPTS

__all__ = ["PRIMARY", "RawResponse", "capturing", "record"]

T = TypeVar("T")

_WRITE = frozenset({"set_working_memory"})
# Operation -> the requests (by the name the client sends them under) whose response it
# answers with; any other operation answers with its own request's.
PRIMARY: dict[str, frozenset[str]] = {
    "append_messages_to_working_memory": _WRITE,
    "set_working_memory_data": _WRITE,
    "update_working_memory_data": _WRITE,
    "add_memories_to_working_memory": _WRITE,
    # The read that found the session, else the write that created it.
    "get_or_create_working_memory": frozenset({"get_working_memory", "set_working_memory"}),
    "delete_memory": frozenset({"delete_long_term_memories"}),
    "hydrate_memory_prompt": frozenset({"memory_prompt"}),
    # The last poll: the one that saw the task finish.
    "wait_for_task": frozenset({"get_task"}),
}


class RawResponse(Generic[T]):
    """The HTTP response of a call, and its usual result.

    ``status_code``, ``headers`` (case-insensitive), ``elapsed`` (from sending the request
    to reading the whole body, for the attempt that succeeded), ``attempts`` (retries
    included), ``method``, ``url`` and ``content`` (the body, as received) describe the
    response of the call's primary request; ``parse()`` returns what the operation returns
    (already parsed and checked: the same object on every call).
    """

    __slots__ = ("_result", "attempts", "content", "elapsed", "headers", "method",
                 "operation", "status_code", "url")  # fmt: skip

    def __init__(self, operation: str, response: httpx.Response, result: T) -> None:
        request = response.request
        self.operation = operation
        self.status_code: int = response.status_code
        self.headers: httpx.Headers = response.headers
        self.elapsed: dt.timedelta = response.elapsed
        self.attempts: int = int(request.extensions.get(ATTEMPTS, 1))
        self.method: str = request.method
        self.url: httpx.URL = request.url
        self.content: bytes = response.content
        self._result = result

    def parse(self) -> T:
        """The operation's usual result."""
        return self._result

    def __repr__(self) -> str:
        # No headers: a response header may carry something secret.
        return f"<RawResponse {self.operation}: {self.status_code} {self.method} {self.url.path}>"


class _Capture:
    __slots__ = ("primary", "response")

    def __init__(self, primary: frozenset[str]) -> None:
        self.primary = primary
        self.response: httpx.Response | None = None


_CAPTURE: ContextVar[_Capture | None] = ContextVar("agent_memory_client.raw", default=None)


def record(operation: str, response: httpx.Response) -> None:
    """Note a success response of the running call, if it is a raw call's primary one."""
    capture = _CAPTURE.get()
    if capture is not None and operation in capture.primary:
        capture.response = response


class Capturing:
    """The response a raw call is capturing; ``finish`` pairs it with the result."""

    def __init__(self, operation: str, capture: _Capture) -> None:
        self._operation = operation
        self._capture = capture

    def finish(self, result: T) -> RawResponse[T]:
        response = self._capture.response
        if response is None:  # every operation offered sends its primary request
            raise MemoryClientError(
                f"{self._operation}: no response to return", operation=self._operation
            )
        return RawResponse(self._operation, response, result)


@contextmanager
def capturing(operation: str) -> Iterator[Capturing]:
    """Capture the primary response of ``operation`` while the block runs."""
    capture = _Capture(PRIMARY.get(operation, frozenset({operation})))
    token = _CAPTURE.set(capture)
    try:
        yield Capturing(operation, capture)
    finally:
        _CAPTURE.reset(token)
