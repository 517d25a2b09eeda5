"""The regeneration tooling: spec diff, facade coverage, safe generation, server versions,
and the search options derived from the generated models (docs/regenerating.md)."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from agent_memory_client import MemoryValidationError
from agent_memory_client._search import build_search_request, check_filter_keys

_ROOT = Path(__file__).resolve().parents[2]
_SCRIPTS = _ROOT / "scripts"
if str(_SCRIPTS) not in sys.path:
    sys.path.insert(0, str(_SCRIPTS))

import facade_coverage  # noqa: E402 (needs scripts/ on sys.path)
import generate  # noqa: E402
import memory_stack  # noqa: E402
import spec_diff  # noqa: E402


def _spec() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads((_ROOT / "openapi.json").read_text())
    return spec


def _with_drill_changes(spec: dict[str, Any]) -> dict[str, Any]:
    """openapi.json with a new endpoint and a new search-request field, as in the drill."""
    new = copy.deepcopy(spec)
    new["paths"]["/v1/long-term-memory/stats"] = {
        "get": {
            "operationId": "memory_stats",
            "parameters": [
                {"in": "query", "name": "namespace", "schema": {"type": "string"}}
            ],
            "responses": {"200": {"description": "ok", "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/AckResponse"}}}}},
        }
    }  # fmt: skip
    props = new["components"]["schemas"]["SearchRequest"]["properties"]
    props["min_pinned"] = {"anyOf": [{"type": "boolean"}, {"type": "null"}]}
    return new


# --------------------------------------------------------------------------- spec diff


def test_spec_diff_marks_additions_additive() -> None:
    old = _spec()
    changes = spec_diff.diff(old, _with_drill_changes(old))
    found = {(c.section, c.subject, c.what, c.impact) for c in changes}
    assert found == {
        ("operations", "GET /v1/long-term-memory/stats", "added", "additive"),
        ("schemas", "SearchRequest.min_pinned", "added", "additive"),
    }


def test_spec_diff_direction_decides_what_breaks() -> None:
    old = _spec()
    new = copy.deepcopy(old)
    schemas = new["components"]["schemas"]
    schemas["SearchRequest"]["required"] = ["text"]  # request: a field became required
    del schemas["MemoryRecordResult"]["properties"]["dist"]  # response: a field removed
    schemas["SearchModeEnum"]["enum"].append("graph")  # request-only enum: a new value
    del new["paths"]["/v1/long-term-memory/compact"]
    by_subject = {(c.subject, c.what): c.impact for c in spec_diff.diff(old, new)}
    assert by_subject == {
        ("SearchRequest.text", "became required"): "breaking",
        ("MemoryRecordResult.dist", "removed"): "breaking",
        ("SearchModeEnum", "enum value added"): "additive",
        ("POST /v1/long-term-memory/compact", "removed"): "breaking",
    }


def test_spec_diff_report_is_deterministic_markdown() -> None:
    old = _spec()
    new = _with_drill_changes(old)
    text = spec_diff.report(spec_diff.diff(old, new), old, new, "base")
    assert text == spec_diff.report(spec_diff.diff(old, new), old, new, "base")
    assert "**0 breaking, 2 additive, 0 changed**" in text
    assert (
        "| additive | added | `SearchRequest.min_pinned` | `boolean \\| null` (request) |" in text
    )


# --------------------------------------------------------------------------- facade coverage


def test_facade_coverage_names_the_new_endpoint_and_field() -> None:
    from agent_memory_client import AsyncMemoryAPIClient, SyncMemoryAPIClient

    ops = facade_coverage.operations(_with_drill_changes(_spec()))
    for cls, folder in ((AsyncMemoryAPIClient, "_async"), (SyncMemoryAPIClient, "_sync")):
        gaps, _ = facade_coverage.check(cls, facade_coverage.PACKAGE / folder, ops)
        assert sorted(gap.key for gap in gaps) == [
            "memory_stats",
            "search_long_term_memory.min_pinned",
        ]


def test_facade_coverage_passes_on_the_committed_spec() -> None:
    assert facade_coverage.main([]) == 0


# --------------------------------------------------------------------------- search options


def test_search_request_fields_pass_through_as_generated() -> None:
    # text_scorer and the recency_* fields are SearchRequest fields; no hand-written list
    # of them stands between the caller and the request.
    request = build_search_request(
        "q", {"text_scorer": "BM25STD", "recency_semantic_weight": 0.4, "search_mode": "keyword"}
    )
    body = request.to_dict()
    assert body["text_scorer"] == "BM25STD"
    assert body["recency_semantic_weight"] == 0.4
    check_filter_keys({"text_scorer": "TFIDF"})


def test_unknown_search_options_are_still_refused() -> None:
    with pytest.raises(MemoryValidationError, match="unknown search option"):
        check_filter_keys({"text_scorrer": "TFIDF"})
    with pytest.raises(MemoryValidationError, match="does not support startswith"):
        build_search_request("q", {"memory_type": {"startswith": "sem"}})


# --------------------------------------------------------------------------- safe generation


def test_generated_code_check_names_undefined_names(tmp_path: Path) -> None:
    package = tmp_path / "broken_generated"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "model.py").write_text("def parse(v: str) -> object:\n    return isoparse(v)\n")
    with pytest.raises(generate.GenerationError, match="F821 Undefined name `isoparse`"):
        generate.check_package(package)


def test_generated_code_check_names_syntax_errors(tmp_path: Path) -> None:
    package = tmp_path / "broken_generated"
    package.mkdir()
    (package / "__init__.py").write_text("x: <PythonCode object at 0x7f00> = 1\n")
    with pytest.raises(generate.GenerationError, match=r"__init__\.py:1"):
        generate.check_package(package)


def test_the_committed_generated_package_passes_the_check() -> None:
    generate.check_package(_ROOT / "generated" / "agent_memory_client_generated")


# --------------------------------------------------------------------------- server versions


def test_every_supported_server_has_a_lock_pinning_it() -> None:
    for version in memory_stack.SUPPORTED_SERVERS:
        lock = memory_stack.lock_file(version)
        assert lock.parent == _SCRIPTS
        assert memory_stack.locked_server_version(lock) == version


def test_server_venvs_are_per_version(tmp_path: Path) -> None:
    assert memory_stack.server_venv(memory_stack.SERVER_VERSION, tmp_path).name == "server-venv"
    assert memory_stack.server_venv("0.14.0", tmp_path).name == "server-0.14.0-venv"


def test_unsupported_server_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MEMORY_SERVER_LOCK", raising=False)
    monkeypatch.setenv("MEMORY_SERVER_VERSION", "0.13.2")
    with pytest.raises(memory_stack.StackError, match=r"no lock for agent-memory-server 0\.13\.2"):
        memory_stack.lock_file()


def test_banner_version_is_read_from_the_installed_package(tmp_path: Path) -> None:
    site = tmp_path / "venv" / "lib" / "python3.12" / "site-packages"
    dist = site / "agent_memory_server-0.14.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.4\nName: agent-memory-server\nVersion: 0.14.0\n"
    )
    python = tmp_path / "venv" / "bin" / "python"
    assert memory_stack.installed_server_version(python) == "0.14.0"
