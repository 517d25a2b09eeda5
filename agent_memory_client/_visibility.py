"""Read-your-writes for long-term memory: the client's recent creates not yet seen stored.

Server 0.15.2 answers a create before it stores the records: it indexes them in the
background (embedding included), and they appear 20-100 ms later (longer with a remote
embedding model). A client that reads or searches right after its own create would miss
them. So each client remembers the batches it created; a read, edit or delete of one of
those ids, and any search, first waits until the batch is visible, for at most the
client's ``index_timeout``. A batch the server never stores (every record a duplicate it
dropped) costs that wait once and is then forgotten. Nothing here does I/O.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from time import monotonic

__all__ = ["Batch", "RecentCreates"]


class Batch:
    """The ids of one create request, and until when to wait for them."""

    __slots__ = ("deadline", "ids", "probes", "seen")

    def __init__(self, ids: tuple[str, ...], deadline: float) -> None:
        self.ids = ids
        self.deadline = deadline
        self.seen = False
        self.probes = 0

    def next_probe(self) -> str:
        """The id to look for next, rotating through the batch.

        The server stores a batch in one go, so any of its ids shows it; rotating finds
        one the server kept when it dropped others as duplicates.
        """
        memory_id = self.ids[self.probes % len(self.ids)]
        self.probes += 1
        return memory_id


class RecentCreates:
    """Batches this client created that it has not yet seen stored."""

    def __init__(self) -> None:
        self._batches: list[Batch] = []
        self._by_id: dict[str, Batch] = {}
        # The sync client is used from several threads; never held across a wait.
        self._lock = threading.Lock()

    def add(self, ids: Iterable[str], horizon: float) -> None:
        """Note a create of ``ids``; it is waited for at most ``horizon`` seconds."""
        batch = Batch(tuple(ids), monotonic() + horizon)
        if not batch.ids or horizon <= 0:
            return
        with self._lock:
            self._purge()
            self._batches.append(batch)
            for memory_id in batch.ids:
                self._by_id[memory_id] = batch

    def _purge(self) -> None:
        now = monotonic()
        done = [b for b in self._batches if b.seen or b.deadline <= now]
        if not done:
            return
        self._batches = [b for b in self._batches if not (b.seen or b.deadline <= now)]
        for batch in done:
            for memory_id in batch.ids:
                if self._by_id.get(memory_id) is batch:
                    del self._by_id[memory_id]

    def pending(self) -> list[Batch]:
        """Batches still to wait for."""
        with self._lock:
            self._purge()
            return list(self._batches)

    def batch_of(self, memory_id: str) -> Batch | None:
        """The pending batch ``memory_id`` belongs to, if any."""
        with self._lock:
            self._purge()
            return self._by_id.get(memory_id)

    def seen(self, batch: Batch) -> None:
        """The server holds ``batch`` now: stop waiting for it."""
        batch.seen = True

    def __len__(self) -> int:
        return len(self.pending())
