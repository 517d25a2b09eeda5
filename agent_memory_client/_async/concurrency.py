"""Running awaitables together: concurrently on the async client, one by one in its twin.

In the sync twin (scripts/unasync.py) each call has already run, in order, by the time
these are called, so they only collect the results.
"""

from __future__ import annotations

from asyncio import gather
from collections.abc import Iterable
from typing import Any

__all__ = ["gather_in_order", "gather_pair"]


async def gather_in_order(calls: Iterable[Any]) -> list[Any]:
    """The results of the calls, in call order."""
    return list(await gather(*calls))


async def gather_pair(first: Any, second: Any) -> tuple[Any, Any]:
    """The results of two calls."""
    results = await gather(first, second)
    return results[0], results[1]
