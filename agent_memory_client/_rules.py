"""Input rules, one per kind of value: ids, scope values, TTLs, tokens, counts.

Every public method checks its input with these before anything is sent, and a value
that breaks a rule raises MemoryValidationError naming the parameter. No I/O here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ._exceptions import MemoryValidationError

__all__ = [
    "MAX_ID_LENGTH",
    "check_bool",
    "check_count",
    "check_headers",
    "check_id",
    "check_scope_value",
    "check_token",
    "check_ttl",
]

# Ids travel in URL paths and scope values in query strings; the server (uvicorn) refuses
# a request line over 16 KiB, and an id of 512 characters stays far below that even
# percent-encoded. The server's own ids are 26-character ULIDs.
MAX_ID_LENGTH = 512

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# An id becomes one path segment: "/" would split it, "?" and "#" end the path, and "." or
# ".." are resolved away by URL normalisation, so such an id can never be read back.
_OFF_ROUTE = re.compile(r"[/?#]")


def _describe(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _check_text(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise MemoryValidationError(
            f"{what} must be a string, got {type(value).__name__} {_describe(value)}"
        )
    if not value.strip():
        raise MemoryValidationError(f"{what} must be a non-empty string, got {value!r}")
    if len(value) > MAX_ID_LENGTH:
        raise MemoryValidationError(
            f"{what} is {len(value):,} characters long; the most the server can serve back "
            f"is {MAX_ID_LENGTH}"
        )
    if _CONTROL.search(value):
        raise MemoryValidationError(f"{what} must not contain control characters: {value!r}")
    return value


def check_id(value: Any, what: str) -> str:
    """An id of a session, memory, view or task: a string that round-trips as a URL path
    segment (no "/", "?", "#", control characters, not "." or "..", at most 512 chars)."""
    _check_text(value, what)
    if value in (".", "..") or _OFF_ROUTE.search(value):
        raise MemoryValidationError(
            f"{what} {value!r} cannot be used: ids must not be '.' or '..' or contain "
            "'/', '?' or '#' (the server could never serve such an id back)"
        )
    return str(value)


def check_scope_value(value: Any, what: str) -> str:
    """A user_id, namespace or session id used as a scope: a non-empty string."""
    return _check_text(value, what)


def check_ttl(value: Any) -> int:
    """A time-to-live in seconds: a whole number above zero."""
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise MemoryValidationError(
            f"ttl_seconds must be a whole number of seconds above 0, got {_describe(value)}"
        )
    return value


def check_bool(value: Any, what: str) -> bool:
    if value is not True and value is not False:
        raise MemoryValidationError(f"{what} must be True or False, got {_describe(value)}")
    return bool(value)


def check_count(value: Any, what: str, *, minimum: int = 0, maximum: int | None = None) -> int:
    """A whole number within bounds (limits, offsets, batch sizes)."""
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or value < minimum
        or (maximum is not None and value > maximum)
    ):
        bounds = f"from {minimum} to {maximum}" if maximum is not None else f">= {minimum}"
        raise MemoryValidationError(f"{what} must be a whole number {bounds}, got {value!r}")
    return value


def check_token(value: Any, what: str) -> str | None:
    """A bearer token, with surrounding whitespace removed (as read from a file or an
    environment variable); None if nothing is left.

    The messages never contain the token: it is a secret, and exceptions end up in logs.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise MemoryValidationError(f"{what} must be a string, got {type(value).__name__}")
    token = value.strip()
    if not token:
        return None
    for position, char in enumerate(token):
        if _CONTROL.match(char):
            raise MemoryValidationError(
                f"{what} contains a control character (at position {position}); "
                "a token is sent in an HTTP header, which cannot carry one"
            )
        if not char.isascii():
            raise MemoryValidationError(
                f"{what} contains a non-ASCII character (at position {position}); "
                "a token is sent in an HTTP header, which carries ASCII only"
            )
    return token


def check_headers(headers: Any, what: str = "default_headers") -> dict[str, str]:
    """Extra headers to send: ASCII strings without control characters (an HTTP header
    cannot carry them; values are not quoted in the message, they may be credentials)."""
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise MemoryValidationError(f"{what} must be a dict of strings")
    for name, value in headers.items():
        if not (isinstance(name, str) and isinstance(value, str)):
            raise MemoryValidationError(f"{what} must be a dict of strings")
        if not (name.isascii() and value.isascii()) or _CONTROL.search(name + value):
            raise MemoryValidationError(
                f"{what}: header {name!r} must be ASCII without control characters"
            )
    return dict(headers)
