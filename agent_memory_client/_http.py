"""The HTTP library of a user's own client: httpx, or httpx2, its maintained continuation.

The SDK builds httpx requests, and its retries read httpx responses and httpx errors.
httpx2 has the same API in classes of its own: an httpx2 client sends only httpx2 requests
and answers with httpx2 responses and errors. A :class:`Flavour` carries a request over to
the library of the client it is sent with, and the response or error back, so the retries,
the error mapping and everything above them are written once, for httpx. No I/O here: the
transports (``_async/transport.py`` and its twin) read the body.

httpx2 is optional: it is imported by whoever built the client passed in, never by the SDK.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator, Mapping
from types import ModuleType
from typing import Any

import httpx

from ._exceptions import MemoryValidationError

__all__ = ["Flavour", "as_timeout", "flavour_of"]

# The libraries whose clients ``http_client=`` accepts, by module name.
_LIBRARIES = ("httpx", "httpx2")


class Flavour:
    """How to talk to the clients of one HTTP library (``module``: httpx or httpx2)."""

    def __init__(self, module: ModuleType) -> None:
        self.module = module
        # True when the library is httpx itself, or httpx2 standing in for it
        # (httpx2.alias_httpx()): requests and responses then pass through unchanged.
        self.native = module is httpx

    def request(self, request: httpx.Request, default_headers: Mapping[str, str]) -> Any:
        """``request`` as this library's request, with the client's default headers added.

        Headers the memory client set (URL, token, content type, user agent) win over the
        client's defaults. The headers go on the httpx request itself, so a retry of it
        carries them too.
        """
        for name, value in default_headers.items():
            if name not in request.headers:
                request.headers[name] = value
        if self.native:
            return request
        return self.module.Request(
            request.method,
            str(request.url),
            headers=request.headers.raw,
            content=request.content,
            extensions=request.extensions,
        )

    def response(self, response: Any, request: httpx.Request) -> httpx.Response:
        """This library's response, its body read, as an httpx response to ``request``."""
        if self.native:
            return response  # type: ignore[no-any-return]
        # The body was decoded by the library that read it; a Content-Encoding header left
        # on it would make httpx decode it a second time.
        headers = [
            (name, value)
            for name, value in response.headers.raw
            if name.lower() != b"content-encoding"
        ]
        return httpx.Response(
            response.status_code,
            headers=headers,
            content=response.content,
            extensions=dict(response.extensions),
            request=request,
        )

    @contextlib.contextmanager
    def errors(self, request: httpx.Request) -> Iterator[None]:
        """Raise this library's request errors (connect, timeout, ...) as httpx's."""
        if self.native:
            yield
            return
        try:
            yield
        except self.module.RequestError as exc:
            raise _as_httpx_error(exc, request) from exc


def _as_httpx_error(error: Exception, request: httpx.Request) -> httpx.RequestError:
    # The same class name in httpx, or that of the nearest base class httpx has: an error
    # class httpx2 may add later still maps to the kind of failure it is.
    for cls in type(error).__mro__:
        twin = getattr(httpx, cls.__name__, None)
        if isinstance(twin, type) and issubclass(twin, httpx.RequestError):
            return twin(str(error), request=request)
    return httpx.RequestError(str(error), request=request)  # pragma: no cover (MRO has it)


def flavour_of(client: object, kind: str) -> Flavour:
    """The flavour of a user's client; ``kind`` is ``"AsyncClient"`` or ``"Client"``.

    Anything else (a client of the other kind, another library's) is refused with a
    MemoryValidationError, before anything is sent.
    """
    for name in _LIBRARIES:
        # A user holding an httpx2 client has imported httpx2: no import is made here.
        module = sys.modules.get(name)
        if module is not None and isinstance(client, getattr(module, kind)):
            return Flavour(module)
    got = f"{type(client).__module__}.{type(client).__qualname__}"
    raise MemoryValidationError(
        f"http_client must be an httpx.{kind} or an httpx2.{kind}, got {got}"
    )


def as_timeout(value: object) -> httpx.Timeout:
    """An httpx.Timeout from an httpx or httpx2 Timeout (same four fields)."""
    if isinstance(value, httpx.Timeout):
        return value
    fields = ("connect", "read", "write", "pool")
    if all(hasattr(value, name) for name in fields):
        return httpx.Timeout(**{name: getattr(value, name) for name in fields})
    raise MemoryValidationError(
        f"timeout must be a number of seconds or an httpx.Timeout, got {type(value).__name__}"
    )
