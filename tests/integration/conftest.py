"""Fixtures for tests against a real Agent Memory Server.

By default the session starts its own stack with ``scripts/memory_stack.py`` (Redis, the LLM
stub, an open server and a token-auth server, all on loopback). To reuse a running one, e.g.
from ``make server``, set ``MEMORY_TEST_SERVER_URL`` and, for the auth tests,
``MEMORY_TEST_AUTH_SERVER_URL`` and ``MEMORY_TEST_TOKEN``.

``MEMORY_SERVER_VERSION=0.14.0`` runs the suite against another supported release
(``make test-matrix``). A test of a feature that release lacks carries
``@pytest.mark.requires_feature("search_mode")`` (names from
``agent_memory_client._capabilities.FEATURES``): against a server without it, the test is an
expected failure (strict: it must fail, and with ``MemoryUnsupportedFeatureError`` for an
option the client sends), never a skip.
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

from agent_memory_client import MemoryUnsupportedFeatureError  # noqa: E402
from agent_memory_client._capabilities import (  # noqa: E402
    FEATURES,
    format_version,
    parse_version,
    supports,
    version_in_spec,
)


def pytest_configure(config: pytest.Config) -> None:
    """Register the marker of tests that need a feature not every supported server has."""
    config.addinivalue_line(
        "markers",
        "requires_feature(*names): needs these features of agent_memory_client._capabilities; "
        "a strict expected failure on a server that lacks them",
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


@pytest.fixture(scope="session")
def server_version(memory_stack: Stack) -> str:
    """The release of the server without auth: its venv's package, else what its spec says."""
    if memory_stack.server_version:
        return memory_stack.server_version
    with httpx.Client(trust_env=False, timeout=10.0) as http:
        response = http.get(f"{memory_stack.url}/openapi.json")
    text = version_in_spec(response.json()) if response.status_code == 200 else None
    if text is None or parse_version(text) is None:
        pytest.fail(
            f"cannot tell the release of the server at {memory_stack.url} (GET /openapi.json "
            f"answered {response.status_code}); the capability markers need it",
            pytrace=False,
        )
    return text


@pytest.fixture(autouse=True)
def _features_of_the_server(request: pytest.FixtureRequest) -> None:
    """Turn ``requires_feature`` into a strict expected failure on a server that lacks it."""
    names = [name for mark in request.node.iter_markers("requires_feature") for name in mark.args]
    if not names:
        return
    unknown = sorted(set(names) - set(FEATURES))
    if unknown:
        pytest.fail(f"requires_feature: not in the capability table: {unknown}", pytrace=False)
    version = request.getfixturevalue("server_version")
    missing = [name for name in names if not supports(name, parse_version(version))]
    if not missing:
        return
    # An option the client sends is refused before it goes out; a field of the answer is
    # absent, which the test's own assertion finds.
    sent = all(FEATURES[name].where == "request" for name in missing)
    since = format_version(max(FEATURES[name].since for name in missing))
    request.node.add_marker(
        pytest.mark.xfail(
            strict=True,
            raises=MemoryUnsupportedFeatureError if sent else AssertionError,
            reason=f"server {version} lacks {', '.join(missing)} (since {since}; "
            "agent_memory_client._capabilities.FEATURES)",
        )
    )
