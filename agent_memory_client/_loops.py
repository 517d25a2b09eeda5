"""Which event loop a request runs on, for transports that hold per-loop connections.

The async client asks ``running_loop()``; scripts/unasync.py turns that into ``no_loop()``
in the sync twin, where one connection pool serves every thread.
"""

from __future__ import annotations

import asyncio


class _NoLoop:
    """Stands for 'not in an event loop': the one owner of a sync client's connections."""


_NO_LOOP = _NoLoop()


def running_loop() -> object:
    """The event loop running the caller."""
    return asyncio.get_running_loop()


def no_loop() -> object:
    """The owner of a sync client's connections, the same from every thread."""
    return _NO_LOOP
