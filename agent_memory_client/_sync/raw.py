# Generated from agent_memory_client/_async/raw.py by scripts/unasync.py: do not edit.
"""``client.with_raw_response``: each operation, answering with its HTTP response too.

``client.with_raw_response.search_long_term_memory("q")`` runs the search as usual
and returns a ``RawResponse`` (``status_code``, ``headers``, ``elapsed``, ``parse()``: the
usual result); see ``agent_memory_client._raw`` for which response an operation that
makes several requests answers with. Not offered, so a type checker rejects them:
``search_all_long_term_memories`` (an iterator over as many requests as it takes),
``bulk_create_long_term_memories`` (a request per batch) and the tool resolvers (a tool
call's result is for the model, and never an error).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from .._raw import RawResponse, capturing

if TYPE_CHECKING:
    from .client import SyncMemoryAPIClient

__all__ = ["SyncMemoryAPIClientWithRawResponse"]

P = ParamSpec("P")
R = TypeVar("R")


def _raw(method: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    operation = method.__name__

    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        with capturing(operation) as capture:
            result = method(*args, **kwargs)
        return capture.finish(result)

    return call


class SyncMemoryAPIClientWithRawResponse:
    """The client's operations, each returning a ``RawResponse`` of its usual result."""

    def __init__(self, client: SyncMemoryAPIClient) -> None:
        self.health_check = _raw(client.health_check)
        self.list_sessions = _raw(client.list_sessions)
        self.get_working_memory = _raw(client.get_working_memory)
        self.set_working_memory = self.put_working_memory = _raw(client.set_working_memory)
        self.delete_working_memory = _raw(client.delete_working_memory)
        self.get_or_create_working_memory = _raw(client.get_or_create_working_memory)
        self.append_messages_to_working_memory = _raw(client.append_messages_to_working_memory)
        self.set_working_memory_data = _raw(client.set_working_memory_data)
        self.update_working_memory_data = _raw(client.update_working_memory_data)
        self.add_memories_to_working_memory = _raw(client.add_memories_to_working_memory)
        self.create_long_term_memories = self.create_long_term_memory = _raw(
            client.create_long_term_memories
        )
        self.get_long_term_memory = _raw(client.get_long_term_memory)
        self.edit_memory = self.edit_long_term_memory = _raw(client.edit_memory)
        self.delete_long_term_memories = _raw(client.delete_long_term_memories)
        self.delete_memory = _raw(client.delete_memory)
        self.search_long_term_memory = _raw(client.search_long_term_memory)
        self.forget_long_term_memories = self.forget = _raw(client.forget_long_term_memories)
        self.compact_long_term_memories = self.compact = _raw(client.compact_long_term_memories)
        self.memory_prompt = _raw(client.memory_prompt)
        self.hydrate_memory_prompt = _raw(client.hydrate_memory_prompt)
        self.list_summary_views = _raw(client.list_summary_views)
        self.create_summary_view = _raw(client.create_summary_view)
        self.get_summary_view = _raw(client.get_summary_view)
        self.delete_summary_view = _raw(client.delete_summary_view)
        self.list_summary_view_partitions = _raw(client.list_summary_view_partitions)
        self.run_summary_view_partition = _raw(client.run_summary_view_partition)
        self.run_summary_view = _raw(client.run_summary_view)
        self.get_task = _raw(client.get_task)
        self.wait_for_task = _raw(client.wait_for_task)
