"""The result models as users meet them: no Unset, plain values, pydantic-style methods.

The models are generated (scripts/generator_templates); these tests read them through
agent_memory_client.types, as users do.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import pickle
from typing import Any

import pytest

import agent_memory_client.types as types
from agent_memory_client import CreateMemoriesResult, MemoryRecordResult
from agent_memory_client.types import (
    MemoryRecord,
    ParseError,
    Task,
    WorkingMemoryResponse,
)

NOW = "2024-11-24T10:00:00Z"
RECORD: dict[str, Any] = {
    "id": "01JDB7TEA0000000000000000M",
    "text": "User likes tea",
    "user_id": "alice",
    "namespace": None,
    "created_at": NOW,
    "updated_at": NOW,
    "last_accessed": NOW,
    "topics": ["drinks"],
    "entities": None,
    "memory_type": "semantic",
    "pinned": False,
    "access_count": 2,
}


def test_absent_fields_read_as_none_empty_lists_or_the_schemas_default() -> None:
    memory = MemoryRecord.from_dict({"id": "m1", "text": "t", "created_at": NOW})
    assert memory.session_id is None  # nullable, no default
    assert memory.topics == []  # arrays: absent and null both read as []
    assert memory.entities == []
    assert memory.pinned is False  # the schema's default
    assert memory.memory_type == "message"
    assert memory.extraction_strategy_config == {}  # a free-form object: a plain dict
    assert memory.created_at == dt.datetime(2024, 11, 24, 10, tzinfo=dt.timezone.utc)


def test_a_response_that_leaves_out_a_required_date_time_reads_it_as_now() -> None:
    # The server always sends created_at; the official client's models read a missing one
    # as the current time, and so do ours: the field stays typed `datetime`.
    before = dt.datetime.now(dt.timezone.utc)
    memory = MemoryRecord.from_dict({"id": "m1", "text": "t"})
    assert before <= memory.created_at <= dt.datetime.now(dt.timezone.utc)


def test_nothing_is_unset_anywhere() -> None:
    session = WorkingMemoryResponse.from_dict({"session_id": "s1"})
    for attribute, _ in WorkingMemoryResponse._FIELDS:
        assert "Unset" not in type(getattr(session, attribute)).__name__
    assert session.messages == []
    assert session.memories == []
    assert session.data is None
    assert session.long_term_memory_strategy.strategy == "discrete"


def test_free_form_data_comes_back_as_the_plain_values_stored() -> None:
    data = {"trip": {"city": "Rome", "nights": 3, "tags": ["a"]}, "done": None}
    session = WorkingMemoryResponse.from_dict({"session_id": "s1", "data": data})
    assert session.data == data
    assert session.data is not None
    assert session.data["trip"]["city"] == "Rome"
    assert json.loads(json.dumps(session.data)) == data


def test_the_repr_shows_what_the_model_holds_and_nothing_else() -> None:
    text = repr(MemoryRecord.from_dict(RECORD))
    assert text.startswith("MemoryRecord(id='01JDB7TEA0000000000000000M', text='User likes tea'")
    assert "topics=['drinks']" in text
    assert "Unset" not in text
    assert "namespace" not in text  # None is left out
    assert "entities" not in text  # so is an empty list
    assert " at 0x" not in text


def test_models_compare_by_value() -> None:
    assert MemoryRecord.from_dict(RECORD) == MemoryRecord.from_dict(copy.deepcopy(RECORD))
    assert MemoryRecord.from_dict(RECORD) != MemoryRecord.from_dict({**RECORD, "text": "x"})
    assert MemoryRecord.from_dict(RECORD) != RECORD


def test_to_dict_is_the_json_of_the_server_without_nones() -> None:
    body = MemoryRecord.from_dict(RECORD).to_dict()
    assert body["created_at"] == "2024-11-24T10:00:00+00:00"
    assert "namespace" not in body
    assert body["topics"] == ["drinks"]
    assert MemoryRecord.from_dict(body) == MemoryRecord.from_dict(RECORD)


def test_model_dump_as_the_official_clients_users_call_it() -> None:
    memory = MemoryRecord.from_dict(RECORD)
    python = memory.model_dump()
    assert python["namespace"] is None
    assert python["created_at"] == dt.datetime(2024, 11, 24, 10, tzinfo=dt.timezone.utc)
    assert "namespace" not in memory.model_dump(exclude_none=True)
    as_json = memory.model_dump(mode="json")
    assert as_json["created_at"] == "2024-11-24T10:00:00+00:00"
    assert json.loads(memory.model_dump_json()) == as_json
    with pytest.raises(ValueError, match="mode"):
        memory.model_dump(mode="yaml")  # type: ignore[arg-type]


def test_model_validate_reads_what_a_caller_built() -> None:
    memory = MemoryRecord.model_validate({"id": "m1", "text": "t"})
    # Fields not given stay None: a request built from it sends only what was given.
    assert memory.created_at is None
    assert memory.to_dict() == {"id": "m1", "text": "t"}
    assert MemoryRecord.model_validate(memory) is memory
    assert MemoryRecord.model_validate_json(json.dumps(RECORD)).text == "User likes tea"
    with pytest.raises(ParseError, match="topics"):
        MemoryRecord.model_validate({"id": "m1", "text": "t", "topics": "drinks"})


def test_model_copy_replaces_fields() -> None:
    memory = MemoryRecord.from_dict(RECORD)
    copy_ = memory.model_copy(update={"text": "User likes coffee"})
    assert (copy_.text, memory.text) == ("User likes coffee", "User likes tea")
    with pytest.raises(AttributeError):
        memory.model_copy(update={"colour": "blue"})


def test_field_names_are_the_official_clients() -> None:
    task = Task.from_dict({"id": "t1", "type": "summary_view_full_run", "created_at": NOW})
    assert task.type == "summary_view_full_run"
    assert task.status == "pending"
    topics = types.Topics(any=["a"], all=["b"])
    assert topics.to_dict() == {"any": ["a"], "all": ["b"]}


def test_a_wrong_typed_field_is_a_parse_error_naming_it() -> None:
    with pytest.raises(ParseError, match=r"memories\[1\]\.dist"):
        types.MemoryRecordResultsResponse.from_dict(
            {"memories": [{**RECORD, "dist": 0.1}, {**RECORD, "dist": "far"}], "total": 2}
        )


def test_unknown_fields_are_kept() -> None:
    memory = MemoryRecord.from_dict({**RECORD, "mood": "calm"})
    assert memory.additional_properties == {"mood": "calm"}
    assert memory["mood"] == "calm"
    assert memory.to_dict()["mood"] == "calm"


def test_models_pickle_and_print_as_the_public_module() -> None:
    memory = MemoryRecord.from_dict(RECORD)
    assert pickle.loads(pickle.dumps(memory)) == memory
    assert repr(MemoryRecord) == "<class 'agent_memory_client.types.MemoryRecord'>"


def test_a_search_result_has_its_relevance() -> None:
    result = MemoryRecordResult.from_dict({**RECORD, "dist": 0.25, "score": None})
    assert result.relevance_score == pytest.approx(0.75)
    assert isinstance(result, types.MemoryRecordResult)


def test_a_create_result_prints_its_records() -> None:
    record = types.ExtractedMemoryRecord.from_dict({**RECORD})
    result = CreateMemoriesResult(memories=[record])
    text = repr(result)
    assert text.startswith("CreateMemoriesResult(memories=[ExtractedMemoryRecord(id=")
    assert "Unset" not in text
    assert result.model_dump(mode="json")["memories"][0]["text"] == "User likes tea"


def test_every_generated_model_and_result_type_is_public() -> None:
    from agent_memory_client_generated import models

    assert set(models.__all__) <= set(types.__all__)
    for name in types.__all__:
        assert getattr(types, name) is not None
    assert types.MemoryRecordResult is MemoryRecordResult  # ours, with relevance_score
