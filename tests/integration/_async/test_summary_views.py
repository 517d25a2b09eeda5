"""Summary views and background tasks against the real server.

Summary views ask the stack's LLM stub for summaries, so tests assert on the shape of a
summary and on what the server holds (views, partitions, tasks), not on its wording.
"""

from __future__ import annotations

import pytest

from agent_memory_client import AsyncMemoryAPIClient, MemoryNotFoundError

from .support import store_texts, unique, wait_searchable

# -- summary views and tasks --------------------------------------------------------------


async def test_summary_view_lifecycle(client: AsyncMemoryAPIClient, user: str) -> None:
    name = unique("view")

    view = await client.create_summary_view(
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
    fetched = await client.get_summary_view(view.id)
    assert fetched is not None
    assert fetched.to_dict() == view.to_dict()
    assert view.id in {v.id for v in await client.list_summary_views()}

    ack = await client.delete_summary_view(view.id)

    assert ack.status == "ok"
    assert await client.get_summary_view(view.id) is None  # as in the official client
    assert view.id not in {v.id for v in await client.list_summary_views()}


async def test_run_summary_view_partition_summarises_one_group(
    client: AsyncMemoryAPIClient, user: str
) -> None:
    await store_texts(client, user, "Uma plays chess", "Uma drinks tea", "Uma paints")
    view = await client.create_summary_view(
        {"source": "long_term", "group_by": ["user_id"], "filters": {"user_id": user}}
    )

    assert await client.list_summary_view_partitions(view.id) == []

    result = await client.run_summary_view_partition(view.id, {"user_id": user})

    assert result.view_id == view.id
    assert result.group == {"user_id": user}
    assert result.memory_count == 3
    assert isinstance(result.summary, str)
    assert result.summary.strip()
    stored = await client.list_summary_view_partitions(view.id, user_id=user)
    assert [(p.group, p.memory_count, p.summary) for p in stored] == [
        ({"user_id": user}, 3, result.summary)
    ]
    await client.delete_summary_view(view.id)


async def test_run_summary_view_starts_a_task_that_fills_every_partition(
    client: AsyncMemoryAPIClient, user: str
) -> None:
    namespace_a, namespace_b = unique("ns"), unique("ns")
    created = await client.create_long_term_memories(
        [
            {"text": "Vic hikes", "user_id": user, "namespace": namespace_a},
            {"text": "Vic swims", "user_id": user, "namespace": namespace_a},
            {"text": "Vic cooks", "user_id": user, "namespace": namespace_b},
        ]
    )
    await wait_searchable(client, [m.id for m in created.memories], user_id=user)
    view = await client.create_summary_view(
        {"source": "long_term", "group_by": ["namespace"], "filters": {"user_id": user}}
    )
    task_id = unique("task")

    task = await client.run_summary_view(view.id, task_id=task_id)

    assert (task.id, task.view_id, task.type) == (task_id, view.id, "summary_view_full_run")
    assert task.status in ("pending", "running", "success")
    read = await client.get_task(task_id)
    assert read is not None
    assert (read.id, read.view_id) == (task_id, view.id)

    done = await client.wait_for_task(task_id, timeout=30, interval=0.05)

    assert done.status == "success"
    assert done.error_message is None
    assert done.completed_at is not None
    partitions = await client.list_summary_view_partitions(view.id)
    counts = {p.group["namespace"]: p.memory_count for p in partitions}
    assert counts == {namespace_a: 2, namespace_b: 1}
    assert all(p.summary.strip() for p in partitions)
    only_b = await client.list_summary_view_partitions(view.id, namespace=namespace_b)
    assert [p.memory_count for p in only_b] == [1]
    await client.delete_summary_view(view.id)


async def test_run_summary_view_assigns_a_task_id(client: AsyncMemoryAPIClient, user: str) -> None:
    view = await client.create_summary_view(
        {"source": "long_term", "group_by": ["user_id"], "filters": {"user_id": user}}
    )

    task = await client.run_summary_view(view.id)
    done = await client.wait_for_task(task.id, timeout=30, interval=0.05)

    assert task.id
    assert (done.id, done.status) == (task.id, "success")
    await client.delete_summary_view(view.id)


async def test_unknown_task_raises_not_found(client: AsyncMemoryAPIClient) -> None:
    missing = unique("task")

    assert await client.get_task(missing) is None  # as in the official client
    # wait_for_task fails at once too, rather than waiting out its timeout
    with pytest.raises(MemoryNotFoundError):
        await client.wait_for_task(missing, timeout=30, interval=0.05)
