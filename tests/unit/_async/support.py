"""Shared by the client tests: where the fake server is, and canned replies of it.

Written once for the async client; scripts/unasync.py generates the sync twin in ``_sync/``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from agent_memory_client import AsyncMemoryAPIClient, RetryPolicy

BASE_URL = "http://memory.test"
FAST_RETRIES = RetryPolicy(max_retries=2, initial_delay=0.001, max_delay=0.01)

# Minimal replies: only the fields the client needs to parse them.
MEMORY: dict[str, Any] = {"id": "m-1", "text": "User likes tea"}
PROMPT: dict[str, Any] = {"messages": [{"role": "user", "content": {"type": "text", "text": "q"}}]}

# The ``connect`` fixture (conftest.py): builds a client from keyword options.
Connect = Callable[..., AsyncMemoryAPIClient]
