# Generated from tests/integration/_async/test_summary_views.py by scripts/unasync.py: do not edit.
"""Summary views and background tasks against the real server.

Summary views ask the stack's LLM stub for summaries, so tests assert on the shape of a
summary and on what the server holds (views, partitions, tasks), not on its wording.
"""

from __future__ import annotations

import pytest

from agent_memory_client import MemoryNotFoundError, SyncMemoryAPIClient

from .support import store_texts, unique, wait_searchable

# -- summary views and tasks --------------------------------------------------------------


def test_summary_view_lifecycle(client: SyncMemoryAPIClient, user: str) -> None:
    name = unique("view")

    view = client.create_summary_view(
        {
            "name": name,
            "source": "long_term",
            "group_by": ["user_id"],
            "filters": {"user_id": user},
            "time_window_days": 30,
        }
    )

    assert view.id
    assert (view.name, view.source, view.group_by) == (name, "long_term", ["user_id"])
    fetched = client.get_summary_view(view.id)
    assert fetched is not None
    assert fetched.to_dict() == view.to_dict()
    assert view.id in {v.id for v in client.list_summary_views()}

    ack = client.delete_summary_view(view.id)

    assert ack.status == "ok"
    assert client.get_summary_view(view.id) is None  # as in the official client
    assert view.id not in {v.id for v in client.list_summary_views()}


def test_run_summary_view_partition_summarises_one_group(
    client: SyncMemoryAPIClient, user: str
) -> None:
    store_texts(client, user, "Uma plays chess", "Uma drinks tea", "Uma paints")
    view = client.create_summary_view(
        {"source": "long_term", "group_by": ["user_id"], "filters": {"user_id": user}}
    )

    assert client.list_summary_view_partitions(view.id) == []

    result = client.run_summary_view_partition(view.id, {"user_id": user})

    assert result.view_id == view.id
    assert result.group == {"user_id": user}
    assert result.memory_count == 3
    assert isinstance(result.summary, str)
    assert result.summary.strip()
    stored = client.list_summary_view_partitions(view.id, user_id=user)
    assert [(p.group, p.memory_count, p.summary) for p in stored] == [
        ({"user_id": user}, 3, result.summary)
    ]
    client.delete_summary_view(view.id)


def test_run_summary_view_starts_a_task_that_fills_every_partition(
    client: SyncMemoryAPIClient, user: str
) -> None:
    namespace_a, namespace_b = unique("ns"), unique("ns")
    created = client.create_long_term_memories(
        [
            {"text": "Vic hikes", "user_id": user, "namespace": namespace_a},
            {"text": "Vic swims", "user_id": user, "namespace": namespace_a},
            {"text": "Vic cooks", "user_id": user, "namespace": namespace_b},
        ]
    )
    wait_searchable(client, [m.id for m in created.memories], user_id=user)
    view = client.create_summary_view(
        {"source": "long_term", "group_by": ["namespace"], "filters": {"user_id": user}}
    )
    task_id = unique("task")

    task = client.run_summary_view(view.id, task_id=task_id)

    assert (task.id, task.view_id, task.type) == (task_id, view.id, "summary_view_full_run")
    assert task.status in ("pending", "running", "success")
    read = client.get_task(task_id)
    assert read is not None
    assert (read.id, read.view_id) == (task_id, view.id)

    done = client.wait_for_task(task_id, timeout=30, interval=0.05)

    assert done.status == "success"
    assert done.error_message is None
    assert done.completed_at is not None
    partitions = client.list_summary_view_partitions(view.id)
    counts = {p.group["namespace"]: p.memory_count for p in partitions}
    assert counts == {namespace_a: 2, namespace_b: 1}
    assert all(p.summary.strip() for p in partitions)
    only_b = client.list_summary_view_partitions(view.id, namespace=namespace_b)
    assert [p.memory_count for p in only_b] == [1]
    client.delete_summary_view(view.id)


def test_run_summary_view_assigns_a_task_id(client: SyncMemoryAPIClient, user: str) -> None:
    view = client.create_summary_view(
        {"source": "long_term", "group_by": ["user_id"], "filters": {"user_id": user}}
    )

    task = client.run_summary_view(view.id)
    done = client.wait_for_task(task.id, timeout=30, interval=0.05)

    assert task.id
    assert (done.id, done.status) == (task.id, "success")
    client.delete_summary_view(view.id)


def test_unknown_task_raises_not_found(client: SyncMemoryAPIClient) -> None:
    missing = unique("task")

    assert client.get_task(missing) is None  # as in the official client
    # wait_for_task fails at once too, rather than waiting out its timeout
    with pytest.raises(MemoryNotFoundError):
        client.wait_for_task(missing, timeout=30, interval=0.05)
