"""The README's Python examples run as written against a real server."""

from __future__ import annotations

import contextlib
import io
import os
import re
from pathlib import Path
from unittest import mock

import pytest

README = Path(__file__).resolve().parents[2] / "README.md"
_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def _blocks() -> list[str]:
    return _BLOCK.findall(README.read_text())


def _run(code: str, server_url: str) -> str:
    # As a reader runs them after `make server`'s `export MEMORY_SERVER_URL=...`; the
    # examples that still name http://localhost:8000 are pointed at the test server.
    code = code.replace("http://localhost:8000", server_url)
    out = io.StringIO()
    with (
        mock.patch.dict(os.environ, {"MEMORY_SERVER_URL": server_url}),
        contextlib.redirect_stdout(out),
    ):
        exec(compile(code, str(README), "exec"), {"__name__": "__readme__"})
    return out.getvalue()


def test_the_quick_starts_name_no_server_url() -> None:
    # They must run unchanged against whatever server `make server` started.
    for block in _blocks()[:2]:
        assert "base_url" not in block
        assert "localhost" not in block


def test_readme_has_the_examples_this_test_expects() -> None:
    assert len(_blocks()) == 5


def test_async_quick_start(server_url: str) -> None:
    out = _run(_blocks()[0], server_url)
    assert re.match(r"stored [0-9A-Z]{26}\n", out)


def test_sync_quick_start(server_url: str) -> None:
    out = _run(_blocks()[1], server_url)
    assert "session has 2 messages" in out
    assert "{'role': 'user', 'content': 'What should I pack?'}" in out


def test_own_httpx_client(server_url: str) -> None:
    out = _run(_blocks()[2], server_url)
    assert out.strip().isdigit()


def test_error_handling(server_url: str, caplog: pytest.LogCaptureFixture) -> None:
    _run(_blocks()[3], server_url)
    assert any("not found" in r.getMessage() for r in caplog.records)


def test_tool_call_resolution(server_url: str) -> None:
    out = _run(_blocks()[4], server_url).splitlines()
    assert out[0] == (
        "['eagerly_create_long_term_memory', 'lazily_create_long_term_memory', "
        "'search_long_term_memory']"
    )
    assert out[1] == "True search_long_term_memory"
    assert "meeting preferences" in out[2]
