"""Shared by the unit tests: a fake memory server, and no developer environment leaking in.

The client tests under ``_async/`` (and their generated ``_sync/`` twins) send requests
through ``httpx.MockTransport(server)``, the way a user injects their own httpx client. The
modules import ``FakeServer`` for type checking only; pytest hands it out as a fixture.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx
import pytest

_SETTINGS_ENV = (
    "MEMORY_SERVER_URL",
    "MEMORY_API_KEY",
    "MEMORY_TIMEOUT",
    "MEMORY_MAX_RETRIES",
    "DEFAULT_USER_ID",
    "DEFAULT_NAMESPACE",
)

# A reply is JSON to answer with 200, a ready response, an exception to raise (as a
# transport failure), or a function of the request returning one of those.
Reply = Any


class FakeServer:
    """Records every request and answers from a script of replies, then with ``default``."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.default: Reply = {"status": "ok"}
        self._script: list[Reply] = []

    def reply(self, *replies: Reply) -> FakeServer:
        """Answer the next requests with these replies, in order."""
        self._script.extend(replies)
        return self

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        reply = self._script.pop(0) if self._script else self.default
        if callable(reply) and not isinstance(reply, httpx.Response):
            reply = reply(request)
        if isinstance(reply, BaseException):
            raise reply
        if isinstance(reply, httpx.Response):
            return reply
        return httpx.Response(200, json=reply)

    @staticmethod
    def status(code: int, payload: Any = None, headers: Mapping[str, str] | None = None) -> Reply:
        """A reply with this status, built afresh for each request it answers."""
        return lambda request: httpx.Response(code, json=payload, headers=headers)

    @property
    def last(self) -> httpx.Request:
        assert self.requests, "no request reached the server"
        return self.requests[-1]

    def sent(self, index: int = -1) -> tuple[str, str, dict[str, Any]]:
        """Method, raw (percent-encoded) path and query parameters of a request.

        A parameter sent once maps to its value, one sent several times to the list.
        """
        assert self.requests, "no request reached the server"
        request = self.requests[index]
        grouped: dict[str, list[str]] = {}
        for name, value in request.url.params.multi_items():
            grouped.setdefault(name, []).append(value)
        query = {k: v[0] if len(v) == 1 else v for k, v in grouped.items()}
        return request.method, request.url.raw_path.decode().partition("?")[0], query

    def body(self, index: int = -1) -> Any:
        """The JSON body of a request (None when it has none)."""
        assert self.requests, "no request reached the server"
        request = self.requests[index]
        if not request.content:
            return None
        assert request.headers["content-type"] == "application/json"
        return json.loads(request.content)


@pytest.fixture
def server() -> FakeServer:
    return FakeServer()


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch) -> None:
    # A MEMORY_API_KEY or DEFAULT_USER_ID in the developer's shell would change what
    # every request carries.
    for name in _SETTINGS_ENV:
        monkeypatch.delenv(name, raising=False)
