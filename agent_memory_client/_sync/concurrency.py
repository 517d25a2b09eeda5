# Generated from agent_memory_client/_async/concurrency.py by scripts/unasync.py: do not edit.
"""Running awaitables together: concurrently on the async client, one by one in its twin.

In the sync twin (scripts/unasync.py) each call has already run, in order, by the time
these are called, so they only collect the results.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["gather_in_order", "gather_pair"]


def gather_in_order(calls: Iterable[Any]) -> list[Any]:
    """The results of the calls, in call order."""
    return list(calls)


def gather_pair(first: Any, second: Any) -> tuple[Any, Any]:
    """The results of two calls."""
    results = (first, second)
    return results[0], results[1]
