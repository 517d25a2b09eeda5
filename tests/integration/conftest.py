"""Fixtures for tests against a real Agent Memory Server.

By default the session starts its own stack with ``scripts/memory_stack.py`` (Redis, the LLM
stub, an open server and a token-auth server, all on loopback). To reuse a running one, e.g.
from ``make server``, set ``MEMORY_TEST_SERVER_URL`` and, for the auth tests,
``MEMORY_TEST_AUTH_SERVER_URL`` and ``MEMORY_TEST_TOKEN``.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

_HERE = Path(__file__).resolve().parent
_SCRIPTS = _HERE.parents[1] / "scripts"
if str(_SCRIPTS) not in sys.path:
    sys.path.insert(0, str(_SCRIPTS))

from memory_stack import (  # noqa: E402 (needs scripts/ on sys.path)
    Stack,
    ensure_server_env,
    running_stack,
    server_env_is_current,
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test in this folder ``integration`` (the hook sees the whole session)."""
    for item in items:
        if _HERE in item.path.parents:
            item.add_marker(pytest.mark.integration)


def _external_stack(url: str) -> Stack:
    # Fail here, once, with the variable's name, rather than in every test with a bare
    # connection error.
    try:
        with httpx.Client(trust_env=False, timeout=5.0) as http:
            http.get(f"{url}/v1/health").raise_for_status()
    except httpx.HTTPError as exc:
        pytest.fail(f"MEMORY_TEST_SERVER_URL={url} is not a healthy server: {exc}", pytrace=False)
    return Stack(
        url=url,
        auth_url=os.environ.get("MEMORY_TEST_AUTH_SERVER_URL", "").rstrip("/"),
        token=os.environ.get("MEMORY_TEST_TOKEN", ""),
        redis_url="",
        stub_url="",
    )


@contextlib.contextmanager
def _to_the_terminal(config: pytest.Config) -> Iterator[None]:
    """Let stderr through pytest's capture: a first run installs the server for two minutes,
    and says so, with its progress, instead of sitting silent after "collected N items"."""
    capture = config.pluginmanager.getplugin("capturemanager")
    if capture is None:  # -p no:capture: nothing to lift
        yield
        return
    with capture.global_and_fixture_disabled():
        sys.stderr.write("\n")  # off the line pytest is writing dots on
        yield


@pytest.fixture(scope="session")
def memory_stack(
    tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config
) -> Iterator[Stack]:
    """The server stack for the whole session: started here, or the one the env names."""
    external = os.environ.get("MEMORY_TEST_SERVER_URL", "").rstrip("/")
    if external:
        yield _external_stack(external)
        return
    # Logs live in pytest's temp tree (the last few runs are kept) for post-mortems.
    log_dir = tmp_path_factory.mktemp("memory-stack-logs")
    with contextlib.ExitStack() as resources:
        try:
            if not server_env_is_current():
                with _to_the_terminal(pytestconfig):
                    ensure_server_env()
            stack = resources.enter_context(running_stack(log_dir=log_dir))
        except Exception as exc:  # any failure to start must fail the tests, never skip them
            pytest.fail(f"could not start the memory server stack: {exc}", pytrace=False)
        yield stack


@pytest.fixture(scope="session")
def server_url(memory_stack: Stack) -> str:
    """Base URL of the server without auth, e.g. ``http://127.0.0.1:PORT``."""
    return memory_stack.url


@pytest.fixture(scope="session")
def auth_server(memory_stack: Stack) -> tuple[str, str]:
    """``(base URL, token)`` of the server that requires ``Authorization: Bearer <token>``."""
    if not (memory_stack.auth_url and memory_stack.token):
        pytest.fail(
            "this test needs the token-auth server: with MEMORY_TEST_SERVER_URL set, also set "
            "MEMORY_TEST_AUTH_SERVER_URL and MEMORY_TEST_TOKEN (`make server` prints them)",
            pytrace=False,
        )
    return memory_stack.auth_url, memory_stack.token
