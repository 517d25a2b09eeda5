# Generated from tests/unit/_async/support.py by scripts/unasync.py: do not edit.
"""Shared by the client tests: where the fake server is, and canned replies of it.

Written once for the async client; scripts/unasync.py generates the sync twin in ``_sync/``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

import httpx

from agent_memory_client import RetryPolicy, SyncMemoryAPIClient

BASE_URL = "http://memory.test"
FAST_RETRIES = RetryPolicy(max_retries=2, initial_delay=0.001, max_delay=0.01)

# Minimal replies: only the fields the client needs to parse them.
MEMORY: dict[str, Any] = {"id": "m-1", "text": "User likes tea"}
PROMPT: dict[str, Any] = {"messages": [{"role": "user", "content": {"type": "text", "text": "q"}}]}


def spec(version: str) -> dict[str, Any]:
    """The part of a server's GET /openapi.json the client reads: its release."""
    return {"openapi": "3.1.0", "info": {"title": "Redis Agent Memory Server", "version": version}}


# The ``connect`` fixture (conftest.py): builds a client from keyword options.
Connect = Callable[..., SyncMemoryAPIClient]


def echo(reply: dict[str, Any]) -> Callable[[httpx.Request], dict[str, Any]]:
    """A working-memory reply in the scope the request asked for, as the server answers:
    the session id of the path, the user_id and namespace of the query (or of a PUT's body).
    """

    def answer(request: httpx.Request) -> dict[str, Any]:
        scope: dict[str, Any] = dict(request.url.params)
        if request.method == "PUT":
            scope = json.loads(request.content)
        session_id = unquote(request.url.raw_path.decode().partition("?")[0].rsplit("/", 1)[-1])
        return {
            **reply,
            "session_id": session_id,
            "user_id": scope.get("user_id"),
            "namespace": scope.get("namespace"),
        }

    return answer


def stored(request: httpx.Request) -> dict[str, Any]:
    """A reply to GET /v1/long-term-memory/<id>: the memory is there (read-your-writes)."""
    memory_id = unquote(request.url.raw_path.decode().partition("?")[0].rsplit("/", 1)[-1])
    return {**MEMORY, "id": memory_id}
