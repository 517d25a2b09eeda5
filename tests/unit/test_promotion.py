"""What the clients know about the server's promotion of working memories (no I/O)."""

from __future__ import annotations

from typing import Any

from agent_memory_client._promotion import PendingPromotions, awaiting_promotion
from agent_memory_client._scope import Scope
from agent_memory_client.types import WorkingMemoryResponse

NOW = "2025-03-14T09:00:00Z"


def working_memory(*persisted_at: str | None) -> WorkingMemoryResponse:
    memories: list[dict[str, Any]] = [
        {"id": f"m{i}", "text": "t", "persisted_at": at} for i, at in enumerate(persisted_at)
    ]
    return WorkingMemoryResponse.from_dict({"session_id": "s1", "memories": memories})


def test_a_session_awaits_promotion_while_any_memory_is_not_persisted() -> None:
    assert awaiting_promotion(working_memory(NOW, None))
    assert not awaiting_promotion(working_memory(NOW, NOW))
    assert not awaiting_promotion(working_memory())
    assert not awaiting_promotion(WorkingMemoryResponse.from_dict({"session_id": "s1"}))


def test_a_write_is_pending_within_the_horizon_only() -> None:
    pending = PendingPromotions()
    key = Scope("s1", "alice")
    pending.add(key, horizon=1.0)

    assert pending.pending(key, horizon=60.0)
    assert not pending.pending(key, horizon=-1.0)  # older than the horizon: done
    assert not pending.pending(Scope("s1", "bob"), horizon=60.0)
    pending.discard(key)
    assert not pending.pending(key, horizon=60.0)


def test_old_writes_are_dropped_as_new_ones_come() -> None:
    pending = PendingPromotions()
    for i in range(1000):
        pending.add(Scope(f"s{i}"), horizon=-1.0)  # each expires at once
    assert len(pending) <= 257

    for i in range(300):
        pending.add(Scope(f"t{i}"), horizon=60.0)  # all still recent
    assert len(pending) >= 300
