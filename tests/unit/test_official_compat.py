"""A program written for the official agent-memory-client 0.14.0 runs unchanged on this package.

What the official client's users import, construct and call, checked without a server:
modules and names, the positional parameter order of every method, models, filters,
validators, tool-call parsers and the requests these send. Behaviour against the real
server is in tests/integration/_async/test_official.py; the official test suite
itself runs in `make compat`.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from agent_memory_client import (
    AsyncMemoryAPIClient,
    MemoryAPIClient,
    MemoryClientConfig,
    MemoryValidationError,
    SyncMemoryAPIClient,
)
from agent_memory_client.models import (
    ClientMemoryRecord,
    ForgetPolicy,
    ForgetResponse,
    MemoryMessage,
    MemoryTypeEnum,
    RecencyConfig,
    TaskStatus,
)

if TYPE_CHECKING:
    from tests.unit.conftest import FakeServer

ULID = re.compile(r"[0-7][0-9A-HJKMNP-TV-Z]{25}")

# Every public name of the official package's modules (from its 0.14.0 sdist).
OFFICIAL_NAMES = {
    "agent_memory_client": [
        "MemoryAPIClient", "MemoryClientConfig", "create_memory_client", "ToolSchema",
        "ToolSchemaCollection", "MemoryClientError", "MemoryValidationError",
        "MemoryNotFoundError", "MemoryServerError", "ModelNameLiteral", "ForgetPolicy",
        "ForgetResponse", "SummaryView", "CreateSummaryViewRequest",
        "SummaryViewPartitionResult", "Task", "__version__",
    ],
    "agent_memory_client.models": [
        "ModelNameLiteral", "MemoryTypeEnum", "MemoryStrategyConfig", "MemoryMessage",
        "MemoryRecord", "ExtractedMemoryRecord", "ClientMemoryRecord", "JSONTypes",
        "WorkingMemory", "AckResponse", "HealthCheckResponse", "SessionListResponse",
        "WorkingMemoryResponse", "MemoryRecordResult", "RecencyConfig", "MemoryRecordResults",
        "MemoryPromptResponse", "ForgetPolicy", "ForgetResponse", "SummaryViewSource",
        "SummaryView", "CreateSummaryViewRequest", "SummaryViewPartitionResult", "TaskStatus",
        "Task",
    ],
    "agent_memory_client.filters": [
        "SessionId", "Namespace", "UserId", "Topics", "Entities", "CreatedAt", "LastAccessed",
        "EventDate", "MemoryType",
    ],
    "agent_memory_client.exceptions": [
        "MemoryClientError", "MemoryValidationError", "MemoryNotFoundError", "MemoryServerError",
    ],
    "agent_memory_client.client": [
        "MemoryAPIClient", "MemoryClientConfig", "create_memory_client", "OpenAIFunctionCall",
        "OpenAIToolCall", "AnthropicToolUse", "UnifiedToolCall", "ToolCallResolutionResult",
    ],
    "agent_memory_client.tool_schema": ["ToolSchema", "ToolSchemaCollection"],
    "agent_memory_client.integrations.langchain": ["get_memory_tools"],
}  # fmt: skip

# The official methods' parameters, in order (positional-or-keyword there).
OFFICIAL_ORDER = {
    "list_sessions": ["limit", "offset", "namespace", "user_id"],
    "get_working_memory": ["session_id", "user_id", "namespace", "model_name",
                           "context_window_max"],
    "get_or_create_working_memory": ["session_id", "user_id", "namespace", "model_name",
                                     "context_window_max", "long_term_memory_strategy"],
    "put_working_memory": ["session_id", "memory", "user_id", "model_name", "context_window_max"],
    "delete_working_memory": ["session_id", "namespace", "user_id"],
    "set_working_memory_data": ["session_id", "data", "namespace", "preserve_existing"],
    "add_memories_to_working_memory": ["session_id", "memories", "namespace", "replace"],
    "create_long_term_memory": ["memories", "deduplicate"],
    "delete_long_term_memories": ["memory_ids"],
    "get_long_term_memory": ["memory_id"],
    "edit_long_term_memory": ["memory_id", "updates"],
    "forget_long_term_memories": ["policy", "namespace", "user_id", "session_id", "limit",
                                  "dry_run", "pinned_ids"],
    "create_summary_view": ["request"],
    "get_summary_view": ["view_id"],
    "run_summary_view_partition": ["view_id", "group"],
    "list_summary_view_partitions": ["view_id", "namespace", "user_id", "session_id",
                                     "memory_type"],
    "run_summary_view": ["view_id", "force"],
    "get_task": ["task_id"],
    "search_long_term_memory": ["text", "session_id", "namespace", "topics", "entities",
                                "created_at", "last_accessed", "user_id", "distance_threshold",
                                "memory_type", "recency", "limit", "offset", "optimize_query"],
    "search_memory_tool": ["query", "topics", "entities", "memory_type", "max_results",
                           "offset", "min_relevance", "user_id", "optimize_query"],
    "get_working_memory_tool": ["session_id", "namespace", "user_id"],
    "get_or_create_working_memory_tool": ["session_id", "namespace", "user_id",
                                          "long_term_memory_strategy"],
    "add_memory_tool": ["session_id", "text", "memory_type", "topics", "entities", "namespace",
                        "user_id"],
    "update_memory_data_tool": ["session_id", "data", "merge_strategy", "namespace", "user_id"],
    "resolve_tool_call": ["tool_call", "session_id", "namespace", "user_id"],
    "resolve_tool_calls": ["tool_calls", "session_id", "namespace", "user_id"],
    "resolve_function_call": ["function_name", "function_arguments", "session_id", "namespace",
                              "user_id"],
    "resolve_function_calls": ["function_calls", "session_id", "namespace", "user_id"],
    "promote_working_memories_to_long_term": ["session_id", "memory_ids", "namespace"],
    "bulk_create_long_term_memories": ["memory_batches", "batch_size", "delay_between_batches"],
    "search_all_long_term_memories": ["text", "session_id", "namespace", "topics", "entities",
                                      "created_at", "last_accessed", "user_id",
                                      "distance_threshold", "memory_type", "batch_size"],
    "update_working_memory_data": ["session_id", "data_updates", "namespace", "merge_strategy",
                                   "user_id"],
    "append_messages_to_working_memory": ["session_id", "messages", "namespace", "model_name",
                                          "context_window_max", "user_id"],
    "memory_prompt": ["query", "session_id", "namespace", "model_name", "context_window_max",
                      "long_term_search", "user_id", "optimize_query"],
    "hydrate_memory_prompt": ["query", "session_id", "namespace", "topics", "entities",
                              "created_at", "last_accessed", "user_id", "distance_threshold",
                              "memory_type", "limit", "offset", "optimize_query"],
}  # fmt: skip


@pytest.mark.parametrize("module", sorted(OFFICIAL_NAMES))
def test_every_official_name_imports(module: str) -> None:
    loaded = importlib.import_module(module)
    missing = [name for name in OFFICIAL_NAMES[module] if not hasattr(loaded, name)]
    assert missing == []


@pytest.mark.parametrize("client_class", [AsyncMemoryAPIClient, SyncMemoryAPIClient])
@pytest.mark.parametrize("method", sorted(OFFICIAL_ORDER))
def test_official_parameters_work_by_position_in_the_official_order(
    client_class: type[Any], method: str
) -> None:
    parameters = list(inspect.signature(getattr(client_class, method)).parameters.values())
    positional = [p.name for p in parameters if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
    assert positional[1 : 1 + len(OFFICIAL_ORDER[method])] == OFFICIAL_ORDER[method]


def test_official_construction_and_config() -> None:
    config = MemoryClientConfig(base_url="http://memory.test", default_namespace="ns")
    client = MemoryAPIClient(config)
    assert client.config == config
    assert client.namespace == "ns"
    assert client.with_options(timeout=9).config.timeout == 9  # describes its own settings
    described = SyncMemoryAPIClient(base_url="http://memory.test", user_id="u").config
    assert (described.base_url, described.default_user_id) == ("http://memory.test", "u")


def test_new_records_and_messages_get_a_ulid_as_in_the_official_models() -> None:
    record = ClientMemoryRecord(text="t", memory_type=MemoryTypeEnum.SEMANTIC)
    assert ULID.fullmatch(record.id)
    assert ClientMemoryRecord(text="t", id="mine").id == "mine"
    assert ULID.fullmatch(MemoryMessage(role="user", content="hi").id)
    assert record.memory_type == "semantic"
    assert str(MemoryTypeEnum.EPISODIC) == "episodic"
    assert TaskStatus.COMPLETED == "completed"


def test_official_models_have_the_pydantic_style_methods() -> None:
    policy = ForgetPolicy(max_age_days=30, budget=10)
    assert policy.model_dump(exclude_none=True) == {"max_age_days": 30.0, "budget": 10}
    assert ForgetPolicy.model_validate({"max_inactive_days": 7}).max_inactive_days == 7
    report = ForgetResponse.model_validate_json(
        '{"scanned": 3, "deleted": 1, "deleted_ids": ["m1"], "dry_run": false}'
    )
    # ... and the forget report still reads as the dict earlier versions returned
    assert (report.deleted, report["deleted_ids"], report.get("nope", 0)) == (1, ["m1"], 0)
    assert report == {"scanned": 3, "deleted": 1, "deleted_ids": ["m1"], "dry_run": False}
    with pytest.raises(ValueError, match="budget"):
        ForgetPolicy(budget="lots")  # type: ignore[arg-type]  # the mistake under test


# -- requests (a fake server behind an httpx transport) -------------------------------------


async def _search_body(server: FakeServer, **kwargs: Any) -> dict[str, Any]:
    server.default = {"memories": [], "total": 0, "next_offset": None}
    async with (
        httpx.AsyncClient(transport=httpx.MockTransport(server)) as http,
        AsyncMemoryAPIClient(base_url="http://memory.test", http_client=http) as client,
    ):
        await client.search_long_term_memory("q", **kwargs)
    body: dict[str, Any] = server.body()
    return body


RECENCY_SENT = {
    "recency_boost": True,
    "recency_semantic_weight": 0.8,
    "recency_recency_weight": 0.2,
    "recency_freshness_weight": 0.6,
    "recency_novelty_weight": 0.4,
    "recency_half_life_last_access_days": 7.0,
    "recency_half_life_created_days": 30.0,
    "server_side_recency": True,
}
RECENCY_GIVEN: dict[str, Any] = {
    "recency_boost": True,
    "semantic_weight": 0.8,
    "recency_weight": 0.2,
    "freshness_weight": 0.6,
    "novelty_weight": 0.4,
    "half_life_last_access_days": 7,
    "half_life_created_days": 30,
    "server_side_recency": True,
}


@pytest.mark.parametrize(
    "recency",
    [RecencyConfig(**RECENCY_GIVEN), RECENCY_GIVEN],
    ids=["RecencyConfig", "dict"],
)
async def test_recency_options_reach_the_server_by_their_names(
    server: FakeServer, recency: Any
) -> None:
    body = await _search_body(server, recency=recency)
    assert {k: body[k] for k in RECENCY_SENT} == RECENCY_SENT


async def test_official_filter_spellings_become_the_servers_operators(server: FakeServer) -> None:
    from agent_memory_client.filters import MemoryType, Topics, UserId

    body = await _search_body(
        server,
        user_id=UserId(in_=["a", "b"]),
        memory_type=MemoryType(not_eq="message"),
        topics=Topics(none=["spam"]),
    )
    assert body["user_id"] == {"any": ["a", "b"]}
    assert body["memory_type"] == {"ne": "message"}
    assert body["topics"] == {"ne": "spam"}


async def test_excluding_several_values_is_refused_before_sending(server: FakeServer) -> None:
    from agent_memory_client.filters import UserId

    with pytest.raises(MemoryValidationError, match="exclude one value only"):
        await _search_body(server, user_id=UserId(not_in=["a", "b"]))
    assert server.requests == []


# -- validators and parsers ----------------------------------------------------------------


def test_validate_memory_record_gives_the_official_messages() -> None:
    client = MemoryAPIClient(base_url="http://memory.test")
    client.validate_memory_record({"text": "fine", "memory_type": "semantic"})
    for record, message in [
        ({"text": "  "}, "Memory text cannot be empty"),
        ({"text": "t", "memory_type": "fact"}, "Invalid memory type"),
        ({"text": "t", "id": "not-a-ulid"}, "Invalid ID format"),
        ({"text": "t", "mood": "happy"}, "mood"),
    ]:
        with pytest.raises(MemoryValidationError, match=message):
            client.validate_memory_record(record)


def test_validate_search_filters_gives_the_official_messages() -> None:
    client = SyncMemoryAPIClient(base_url="http://memory.test")
    client.validate_search_filters(limit=5, offset=0, topics=["a"], created_after=None)
    cases: list[tuple[dict[str, Any], str]] = [
        ({"colour": "red"}, "Invalid filter key: colour"),
        ({"limit": 0}, "Limit must be a positive integer"),
        ({"offset": -1}, "Offset must be a non-negative integer"),
        ({"distance_threshold": -0.5}, "Distance threshold must be a non-negative number"),
        ({"memory_type": "fact"}, "fact"),
    ]
    for filters, message in cases:
        with pytest.raises(MemoryValidationError, match=message):
            client.validate_search_filters(**filters)


@pytest.mark.parametrize(
    ("call", "provider", "call_id"),
    [
        ({"name": "search_memory", "arguments": '{"query": "tea"}'}, "openai", None),
        (
            {"id": "c1", "type": "function",
             "function": {"name": "search_memory", "arguments": '{"query": "tea"}'}},
            "openai",
            "c1",
        ),
        ({"type": "tool_use", "id": "t1", "name": "search_memory", "input": {"query": "tea"}},
         "anthropic", "t1"),
        ({"name": "search_memory", "args": {"query": "tea"}, "id": "lc1"}, "generic", "lc1"),
    ],
)  # fmt: skip
def test_parse_tool_call_unifies_every_provider(
    call: dict[str, Any], provider: str, call_id: str | None
) -> None:
    unified = MemoryAPIClient.parse_tool_call(call)
    assert unified == {
        "id": call_id,
        "name": "search_memory",
        "arguments": {"query": "tea"},
        "provider": provider,
    }


def test_a_tool_call_that_does_not_parse_is_a_validation_error() -> None:
    with pytest.raises(MemoryValidationError, match="not valid JSON"):
        MemoryAPIClient.parse_openai_function_call({"name": "x", "arguments": "{oops"})


def test_a_memory_prompt_result_reads_as_the_official_dict() -> None:
    from agent_memory_client._results import MemoryPromptResult

    prompt = MemoryPromptResult.model_validate(
        {"messages": [{"role": "system", "content": "memories"}, {"role": "user", "content": "q"}]}
    )
    assert prompt["messages"] is prompt.messages
    assert list(prompt) == ["messages", "long_term_memories"]
    assert prompt.get("long_term_memories") == []
    assert json.loads(json.dumps(prompt))["messages"][1] == {"role": "user", "content": "q"}
