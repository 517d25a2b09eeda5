"""When to retry a request and how long to wait first (pure arithmetic, no I/O).

The retry loop itself lives in the transports (``_async/transport.py`` and its sync twin);
this module decides. The contract follows openai-python's: retry connection errors,
timeouts and 408/409/429/5xx, back off ``min(0.5 * 2**n, 8)`` seconds with jitter, and
honour ``retry-after-ms`` / ``Retry-After`` up to a cap above which the error is surfaced.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Callable, Mapping

import attrs
import httpx

__all__ = ["ATTEMPTS", "FRESH_CONNECTION", "RetryPolicy", "parse_retry_after"]

# Request extensions the transports share: how many attempts a request took, and that it
# must not go out on a connection kept alive from an earlier request.
ATTEMPTS = "agent_memory_client.attempts"
FRESH_CONNECTION = "agent_memory_client.fresh_connection"

_RETRYABLE_STATUS = frozenset({408, 409, 429})

# Requests that can be sent twice without a second effect. PUT/DELETE/PATCH of working
# memory and memories set state rather than add to it. Two POSTs are read-only (search and
# memory prompt) and creation is keyed by ids the client assigns, so repeating it
# overwrites the same records.
_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "PATCH"})
_IDEMPOTENT_POSTS = frozenset(
    {"/v1/long-term-memory/search", "/v1/memory/prompt", "/v1/long-term-memory/"}
)

# Errors raised before the whole request reached the server: safe to retry for any
# request, even one that is not idempotent (a server acts on a request only once it has
# read all of it).
_NOT_SENT_ERRORS = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.WriteError,
    httpx.WriteTimeout,
)


def _seconds(value: str, scale: float = 1.0) -> float | None:
    try:
        seconds = float(value) * scale
    except ValueError:
        return None
    return max(seconds, 0.0) if math.isfinite(seconds) else None


def parse_retry_after(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """Seconds the server asked us to wait, from ``retry-after-ms`` or ``Retry-After``.

    ``Retry-After`` may be seconds or an HTTP date; anything unreadable counts as no hint.
    """
    lowered = {k.lower(): v for k, v in headers.items()}
    millis = lowered.get("retry-after-ms")
    if millis is not None:
        seconds = _seconds(millis, 1 / 1000)
        if seconds is not None:
            return seconds
    value = lowered.get("retry-after")
    if value is None or not value.strip():
        return None
    seconds = _seconds(value)
    if seconds is not None:
        return seconds
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    current = time.time() if now is None else now
    return max(moment.timestamp() - current, 0.0)


def _full_jitter(delay: float) -> float:
    # Up to 25% less than the nominal delay, so that clients that failed together do not
    # all come back in the same instant.
    return delay * (1.0 - 0.25 * random.random())


@attrs.frozen
class RetryPolicy:
    """How often and how patiently to retry.

    ``max_retries`` counts retries, not attempts: 2 means up to 3 attempts.
    ``max_retry_after`` caps a server's Retry-After; a longer wait surfaces the error.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: Callable[[float], float] = _full_jitter

    def is_idempotent(self, method: str, path: str) -> bool:
        """Whether a request may be repeated after the server may have seen it."""
        method = method.upper()
        if method in _IDEMPOTENT_METHODS:
            return True
        # endswith: the server may sit behind a path prefix (https://host/memory/v1/...).
        return method == "POST" and any(path.endswith(p) for p in _IDEMPOTENT_POSTS)

    def backoff(self, retry_number: int) -> float:
        """The pause before retry ``retry_number`` (0-based) without a server hint."""
        return self.jitter(min(self.initial_delay * 2**retry_number, self.max_delay))

    def delay_after_error(
        self, request: httpx.Request, error: Exception, retries_done: int
    ) -> float | None:
        """Seconds to wait before retrying after a transport error, or None to give up."""
        if retries_done >= self.max_retries:
            return None
        if isinstance(error, _NOT_SENT_ERRORS):
            return self.backoff(retries_done)
        if isinstance(error, httpx.TransportError) and self.is_idempotent(
            request.method, request.url.path
        ):
            return self.backoff(retries_done)
        return None

    def delay_after_response(
        self, request: httpx.Request, response: httpx.Response, retries_done: int
    ) -> float | None:
        """Seconds to wait before retrying after an error status, or None to return it."""
        status = response.status_code
        if retries_done >= self.max_retries:
            return None
        if status not in _RETRYABLE_STATUS and status < 500:
            return None
        if not self.is_idempotent(request.method, request.url.path):
            return None
        hint = parse_retry_after(response.headers)
        if hint is None:
            return self.backoff(retries_done)
        if hint > self.max_retry_after:
            return None
        return hint
