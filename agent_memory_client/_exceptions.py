"""Everything the client raises, one tree rooted at MemoryClientError.

    MemoryClientError (also exported as MemoryError)
    ├── MemoryValidationError          bad input, raised before anything is sent (also a ValueError)
    ├── MemoryConnectionError          the server could not be reached, or the connection broke
    │   └── MemoryTimeoutError
    ├── MemoryResponseError            a response body that does not parse
    ├── MemoryClientClosedError        the client was used after close() (also a RuntimeError)
    ├── MemoryTaskTimeoutError         wait_for_task's deadline passed, the task still running
    ├── MemoryUnsupportedFeatureError  the server's release lacks an option the call uses
    └── MemoryAPIStatusError           an error status from the server (alias MemoryServerError)
        ├── MemoryBadRequestError              400
        ├── MemoryAuthenticationError          401
        ├── MemoryPermissionDeniedError        403
        ├── MemoryNotFoundError                404
        ├── MemoryConflictError                409
        ├── MemoryUnprocessableEntityError     422 (the server rejected the request's content)
        ├── MemoryRateLimitError               429
        └── MemoryInternalServerError          5xx

Messages carry the operation, the status and the server's detail, never a header or a token.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

__all__ = [
    "MemoryAPIStatusError",
    "MemoryAuthenticationError",
    "MemoryBadRequestError",
    "MemoryClientClosedError",
    "MemoryClientError",
    "MemoryConflictError",
    "MemoryConnectionError",
    "MemoryInternalServerError",
    "MemoryNotFoundError",
    "MemoryPermissionDeniedError",
    "MemoryRateLimitError",
    "MemoryResponseError",
    "MemoryServerError",
    "MemoryTaskTimeoutError",
    "MemoryTimeoutError",
    "MemoryUnprocessableEntityError",
    "MemoryUnsupportedFeatureError",
    "MemoryValidationError",
]


class MemoryClientError(Exception):
    """Base of every error the client raises.

    ``status_code``, ``detail`` and ``body`` are set when the server answered; they are
    ``None`` for errors raised before a response arrived.
    """

    status_code: int | None = None

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        detail: str | None = None,
        body: Any = None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        if status_code is not None:
            self.status_code = status_code
        self.detail = detail
        self.body = body
        self.operation = operation

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception's own pickling calls cls(*args), which the keyword-only arguments of the
        # subclasses (status_code, attempts, task) do not survive; this restores every
        # attribute as it was, whichever subclass it is.
        return (_restore, (type(self), self.args, dict(self.__dict__)))


def _restore(
    cls: type[MemoryClientError], args: tuple[Any, ...], state: dict[str, Any]
) -> MemoryClientError:
    error = cls.__new__(cls, *args)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class MemoryValidationError(MemoryClientError, ValueError):
    """The input was rejected by the client before any request was sent."""


class MemoryConnectionError(MemoryClientError):
    """The server could not be reached, or the connection failed mid-request.

    ``attempts`` is how many times the request was sent (1 plus the retries made).
    """

    def __init__(self, message: str, *, operation: str | None = None, attempts: int = 1) -> None:
        super().__init__(message, operation=operation)
        self.attempts = attempts


class MemoryTimeoutError(MemoryConnectionError):
    """The request did not complete within the configured timeout."""


class MemoryResponseError(MemoryClientError):
    """The server's response could not be parsed into the expected model."""


class MemoryClientClosedError(MemoryClientError, RuntimeError):
    """The client was used after ``close()``; nothing was sent."""


class MemoryTaskTimeoutError(MemoryClientError, TimeoutError):
    """A background task was still running when ``wait_for_task`` stopped waiting.

    The server was reachable throughout; ``task`` is the last status read.
    """

    def __init__(self, message: str, *, task: Any = None, operation: str | None = None) -> None:
        super().__init__(message, operation=operation)
        self.task = task


class MemoryUnsupportedFeatureError(MemoryClientError):
    """The call uses an option the server's release does not have; nothing was sent for it.

    An older server would answer such a request as if the option were not there (server
    0.14.0 runs a semantic search for ``search_mode="keyword"``), so the client refuses it.
    ``feature`` is the option, ``server_version`` the server's release and ``since`` the
    first release that has it (see ``agent_memory_client._capabilities``).
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str | None = None,
        feature: str,
        server_version: str,
        since: str,
    ) -> None:
        super().__init__(message, operation=operation)
        self.feature = feature
        self.server_version = server_version
        self.since = since


class MemoryAPIStatusError(MemoryClientError):
    """The server answered with a non-success HTTP status."""

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        detail: str | None = None,
        body: Any = None,
        operation: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            message, status_code=status_code, detail=detail, body=body, operation=operation
        )
        self.headers: Mapping[str, str] = dict(headers or {})


# The official client's name for the same class; kept so existing code keeps working.
MemoryServerError = MemoryAPIStatusError


class MemoryBadRequestError(MemoryAPIStatusError):
    """HTTP 400: the server refused the request as malformed."""


class MemoryAuthenticationError(MemoryAPIStatusError):
    """HTTP 401: the token is missing or not valid."""


class MemoryPermissionDeniedError(MemoryAPIStatusError):
    """HTTP 403: the token is valid but not allowed to do this."""


class MemoryNotFoundError(MemoryAPIStatusError):
    """HTTP 404: the session, memory, view or task does not exist."""


class MemoryConflictError(MemoryAPIStatusError):
    """HTTP 409: the request conflicts with the server's current state."""


class MemoryUnprocessableEntityError(MemoryAPIStatusError):
    """HTTP 422: the server found the request's content invalid."""


class MemoryRateLimitError(MemoryAPIStatusError):
    """HTTP 429: too many requests; ``retry_after`` is the server's hint in seconds, if any."""

    @property
    def retry_after(self) -> float | None:
        from ._retry import parse_retry_after

        return parse_retry_after(self.headers)


class MemoryInternalServerError(MemoryAPIStatusError):
    """HTTP 5xx: the server failed."""


# The public name, in tracebacks and reprs of the class: agent_memory_client.MemoryNotFoundError
# rather than the private module that defines it. Pickle finds the classes there too.
for _name in __all__:
    globals()[_name].__module__ = "agent_memory_client"

_STATUS_CLASSES: dict[int, type[MemoryAPIStatusError]] = {
    400: MemoryBadRequestError,
    401: MemoryAuthenticationError,
    403: MemoryPermissionDeniedError,
    404: MemoryNotFoundError,
    409: MemoryConflictError,
    422: MemoryUnprocessableEntityError,
    429: MemoryRateLimitError,
}


def _format_detail(detail: Any) -> str:
    # FastAPI's 422 detail is a list of {loc, msg, type}; show it as "loc: msg" lines
    # rather than a Python list repr.
    if isinstance(detail, list):
        parts = []
        for item in detail:
            if isinstance(item, Mapping) and "msg" in item:
                loc = ".".join(str(p) for p in item.get("loc", ()))
                parts.append(f"{loc}: {item['msg']}" if loc else str(item["msg"]))
            else:
                parts.append(str(item))
        return "; ".join(parts)
    return str(detail)


def error_for_status(
    operation: str, status_code: int, content: bytes, headers: Mapping[str, str]
) -> MemoryAPIStatusError:
    """Build the typed exception for an error response (no I/O)."""
    body: Any
    try:
        body = json.loads(content) if content else None
    except (ValueError, RecursionError):
        body = content.decode("utf-8", "replace")
    if isinstance(body, Mapping) and "detail" in body:
        detail = _format_detail(body["detail"])
    elif isinstance(body, str):
        detail = body[:500]
    else:
        detail = None
    cls = _STATUS_CLASSES.get(status_code)
    if cls is None:
        cls = MemoryInternalServerError if status_code >= 500 else MemoryAPIStatusError
    message = f"{operation} failed with HTTP {status_code}"
    if detail:
        message = f"{message}: {detail}"
    return cls(
        message,
        status_code=status_code,
        detail=detail,
        body=body,
        operation=operation,
        headers=headers,
    )
