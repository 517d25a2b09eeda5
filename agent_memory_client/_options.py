"""Per-call request options: a timeout, extra headers, query parameters and body fields.

Every operation of both clients takes them as keywords (``timeout=``, ``extra_headers=``,
``extra_query=``, and ``extra_body=`` where the operation sends a body; the TypedDicts
below say which). ``@takes_options`` on an operation checks them when the call starts,
before anything is sent, and holds them in a context variable for as long as the call
runs, so every request the call makes is built with them (``RequestFactory.build``): the
reads before a write, the read-your-writes probes before a search, the session check that
runs alongside a memory prompt, the calls a tool resolution makes. A call made inside
another (a helper calling an operation) adds its own options over the outer ones.

Rules (the messages never quote a header value: it may be a credential):

- ``timeout`` replaces the client's timeout for each attempt of each request (seconds,
  or an ``httpx.Timeout``); ``None`` means the client's own.
- ``extra_headers`` are sent on top of the client's headers and replace a header of the
  same name, ``Authorization`` included: naming it is the caller's explicit choice of
  another credential for this call. ``Content-Length``, ``Transfer-Encoding`` and
  ``Host`` are the transport's and refused.
- ``extra_query`` and ``extra_body`` add parameters and top-level body fields, replacing
  one of the same name. They may not name ``user_id``, ``namespace`` or ``session_id``:
  the client holds the server's answers to the scope it sends (see ``_scope``), so the
  scope is given as the call's own arguments.

No I/O here.
"""

from __future__ import annotations

import functools
import inspect
import math
import re
from collections.abc import Callable, Mapping, Sequence
from contextvars import ContextVar
from typing import Any, TypedDict, TypeVar, cast

import attrs
import httpx

from ._exceptions import MemoryValidationError
from ._json import UnencodableBody, encode
from ._rules import check_headers
from ._search import MoreSearchFilters, SearchFilters

__all__ = [
    "BodyRequestOptions",
    "CallOptions",
    "KeywordSearchOptions",
    "PollOptions",
    "RequestOptions",
    "SearchFiltersAndOptions",
    "check_timeout",
    "current_options",
    "takes_options",
]

QueryValue = str | int | float | bool
F = TypeVar("F", bound=Callable[..., Any])


class RequestOptions(TypedDict, total=False):
    """Options every operation takes, for this call only."""

    #: Seconds (or an ``httpx.Timeout``) per attempt of each request; None: the client's.
    timeout: float | httpx.Timeout | None
    #: Headers sent on top of the client's, replacing one of the same name.
    extra_headers: Mapping[str, str] | None
    #: Query parameters added to each request, replacing one of the same name.
    extra_query: Mapping[str, QueryValue | Sequence[QueryValue]] | None


class BodyRequestOptions(RequestOptions, total=False):
    """The options of an operation that sends a JSON body."""

    #: Top-level fields added to each JSON body the call sends, replacing one of the same name.
    extra_body: Mapping[str, Any] | None


class PollOptions(TypedDict, total=False):
    """The options of ``wait_for_task``, whose own ``timeout`` is its overall deadline (the
    timeout of each poll is the client's: ``client.with_options(timeout=...)``)."""

    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, QueryValue | Sequence[QueryValue]] | None


class SearchFiltersAndOptions(SearchFilters, BodyRequestOptions, total=False):
    """What a search takes by keyword: its filters, and the per-call options."""


class KeywordSearchOptions(MoreSearchFilters, BodyRequestOptions, total=False):
    """A search's ``**`` keywords: the filters it does not name as parameters (those
    the official client took by position are named), and the per-call options."""


OPTION_KEYS = frozenset(BodyRequestOptions.__optional_keys__)
# Keyword TypedDicts an operation may unpack, by the name its annotation spells.
_UNPACKED = {
    td.__name__: frozenset(td.__optional_keys__) & OPTION_KEYS
    for td in (
        RequestOptions,
        BodyRequestOptions,
        PollOptions,
        SearchFiltersAndOptions,
        KeywordSearchOptions,
    )
}
_SCOPE_KEYS = ("user_id", "namespace", "session_id")
_TRANSPORT_HEADERS = frozenset({"content-length", "transfer-encoding", "host"})
_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")  # an HTTP header name (RFC 9110)


def check_timeout(value: Any, what: str = "timeout") -> httpx.Timeout:
    """A positive number of seconds, or an ``httpx.Timeout``, as an ``httpx.Timeout``."""
    if isinstance(value, httpx.Timeout):
        return value
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value <= 0
    ):
        raise MemoryValidationError(
            f"{what} must be a positive number of seconds or an httpx.Timeout, got {value!r}"
        )
    return httpx.Timeout(float(value))


def _check_headers(value: Any) -> dict[str, str]:
    headers = check_headers(value, what="extra_headers")
    for name in headers:
        if not _TOKEN.match(name):
            raise MemoryValidationError(f"extra_headers: {name!r} is not a header name")
        if name.lower() in _TRANSPORT_HEADERS:
            raise MemoryValidationError(
                f"extra_headers: {name} is set by the transport and cannot be given"
            )
    return headers


def _no_scope(fields: Mapping[str, Any], what: str) -> None:
    for key in _SCOPE_KEYS:
        if key in fields:
            raise MemoryValidationError(
                f"{what} may not set {key}: pass {key}= to the call (the client checks "
                "the server's answers against the scope it sends)"
            )


def _query_item(value: Any) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    return isinstance(value, str | int)  # bool is an int


def _check_query(value: Any) -> dict[str, Any]:
    if not isinstance(value, Mapping) or not all(isinstance(k, str) and k for k in value):
        raise MemoryValidationError("extra_query must be a dict with non-empty string keys")
    _no_scope(value, "extra_query")
    query: dict[str, Any] = {}
    for key, item in value.items():
        items = list(item) if isinstance(item, list | tuple) else [item]
        if not all(_query_item(i) for i in items):
            raise MemoryValidationError(
                f"extra_query[{key!r}] must be a string, a number, a bool or a list of them"
            )
        query[key] = items if isinstance(item, list | tuple) else item
    return query


def _check_body(value: Any) -> dict[str, Any]:
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise MemoryValidationError("extra_body must be a dict with string keys")
    _no_scope(value, "extra_body")
    try:
        encode(value)
    except UnencodableBody as exc:
        raise MemoryValidationError(f"extra_body cannot be sent as JSON: {exc}") from None
    return dict(value)


def _names(headers: Mapping[str, str]) -> str:
    return "{" + ", ".join(sorted(headers)) + "}"


@attrs.frozen
class CallOptions:
    """The checked options of the running call (header values never shown)."""

    timeout: dict[str, float | None] | None = None  # httpx's "timeout" extension
    headers: Mapping[str, str] = attrs.field(factory=dict, repr=_names)
    query: Mapping[str, Any] = attrs.field(factory=dict)
    body: Mapping[str, Any] = attrs.field(factory=dict)

    @classmethod
    def parse(cls, given: Mapping[str, Any]) -> CallOptions:
        """Check the options a caller gave; MemoryValidationError names the first bad one."""
        timeout = given.get("timeout")
        headers, query, body = (
            given.get("extra_headers"),
            given.get("extra_query"),
            given.get("extra_body"),
        )
        return cls(
            timeout=None if timeout is None else check_timeout(timeout).as_dict(),
            headers={} if headers is None else _check_headers(headers),
            query={} if query is None else _check_query(query),
            body={} if body is None else _check_body(body),
        )

    def over(self, outer: CallOptions | None) -> CallOptions:
        """These options added over those of an enclosing call."""
        if outer is None:
            return self
        merged_headers = httpx.Headers(outer.headers)
        merged_headers.update(self.headers)
        return CallOptions(
            timeout=self.timeout if self.timeout is not None else outer.timeout,
            headers=dict(merged_headers.items()),
            query={**outer.query, **self.query},
            body={**outer.body, **self.body},
        )

    def body_of(self, body: Any) -> Any:
        """A request's JSON body with ``extra_body`` added (bodies are JSON objects)."""
        if not self.body or not isinstance(body, Mapping):
            return body
        return {**body, **self.body}


_CURRENT: ContextVar[CallOptions | None] = ContextVar(
    "agent_memory_client.call_options", default=None
)


def current_options() -> CallOptions | None:
    """The options of the running call, if it was given any."""
    return _CURRENT.get()


@attrs.frozen
class _Spec:
    """What ``takes_options`` learnt of an operation from its signature."""

    name: str
    accepted: frozenset[str]  # the option keys its ``**`` parameter unpacks
    declared: frozenset[str]  # its own named parameters (never taken for options)
    strict: bool  # its ``**`` parameter holds options only: anything else is a mistake

    @classmethod
    def of(cls, fn: Callable[..., Any]) -> _Spec:
        parameters = inspect.signature(fn).parameters.values()
        spread = [p for p in parameters if p.kind is inspect.Parameter.VAR_KEYWORD]
        unpacked = re.search(r"Unpack\[(\w+)\]", str(spread[0].annotation)) if spread else None
        if unpacked is None or unpacked[1] not in _UNPACKED:
            raise TypeError(f"{fn.__qualname__} must take **options: Unpack[RequestOptions]")
        return cls(
            name=fn.__name__,
            accepted=_UNPACKED[unpacked[1]],
            declared=frozenset(p.name for p in parameters if p.kind is not p.VAR_KEYWORD),
            strict=spread[0].name == "options",
        )

    def take(self, kwargs: dict[str, Any]) -> CallOptions | None:
        """Remove the options from a call's keywords; None if it was given none."""
        given = {}
        for key in OPTION_KEYS:
            if key in kwargs and key not in self.declared:
                if key not in self.accepted:
                    raise MemoryValidationError(f"{self.name} does not take {key}")
                given[key] = kwargs.pop(key)
        if self.strict:
            for key in kwargs:
                if key not in self.declared:
                    raise TypeError(f"{self.name}() got an unexpected keyword argument {key!r}")
        if not given:
            return None
        return CallOptions.parse(given).over(_CURRENT.get())


def takes_options(fn: F) -> F:
    """Let an operation take per-call options (its ``**options: Unpack[...]`` parameter).

    The options are removed from the keywords the operation sees and hold for every
    request it makes until it returns (for a generator, while it produces each item).
    """
    spec = _Spec.of(fn)

    if inspect.iscoroutinefunction(fn):

        @functools.wraps(fn)
        async def call_async(*args: Any, **kwargs: Any) -> Any:
            options = spec.take(kwargs)
            if options is None:
                return await fn(*args, **kwargs)
            token = _CURRENT.set(options)
            try:
                return await fn(*args, **kwargs)
            finally:
                _CURRENT.reset(token)

        return cast(F, call_async)

    if inspect.isasyncgenfunction(fn):

        @functools.wraps(fn)
        async def iterate_async(*args: Any, **kwargs: Any) -> Any:
            options = spec.take(kwargs)
            inner = fn(*args, **kwargs)
            try:
                while True:
                    # Set and reset within each step: a generator runs in its consumer's
                    # context, and must not leave its options there between items.
                    token = _CURRENT.set(options if options is not None else _CURRENT.get())
                    try:
                        item = await inner.__anext__()
                    except StopAsyncIteration:
                        return
                    finally:
                        _CURRENT.reset(token)
                    yield item
            finally:
                await inner.aclose()

        return cast(F, iterate_async)

    if inspect.isgeneratorfunction(fn):

        @functools.wraps(fn)
        def iterate(*args: Any, **kwargs: Any) -> Any:
            options = spec.take(kwargs)
            inner = fn(*args, **kwargs)
            try:
                while True:
                    token = _CURRENT.set(options if options is not None else _CURRENT.get())
                    try:
                        item = next(inner)
                    except StopIteration:
                        return
                    finally:
                        _CURRENT.reset(token)
                    yield item
            finally:
                inner.close()

        return cast(F, iterate)

    @functools.wraps(fn)
    def call(*args: Any, **kwargs: Any) -> Any:
        options = spec.take(kwargs)
        if options is None:
            return fn(*args, **kwargs)
        token = _CURRENT.set(options)
        try:
            return fn(*args, **kwargs)
        finally:
            _CURRENT.reset(token)

    return cast(F, call)
