"""Settings resolution: explicit arguments, then a config object, then the environment, then
the user's httpx client, then defaults (pure: the environment is passed in)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from agent_memory_client import MemoryClientConfig, MemoryValidationError
from agent_memory_client._config import resolve_settings

TOKEN = "tok-6f1c2b9e"
ENV = {
    "MEMORY_SERVER_URL": "http://env.test:9000",
    "MEMORY_API_KEY": "env-token",
    "MEMORY_TIMEOUT": "7.5",
    "MEMORY_MAX_RETRIES": "4",
    "DEFAULT_USER_ID": "env-user",
    "DEFAULT_NAMESPACE": "env-ns",
}


def test_defaults() -> None:
    settings = resolve_settings(env={})
    assert settings.base_url == "http://localhost:8000"
    assert settings.token is None
    assert settings.timeout == httpx.Timeout(30.0)
    assert settings.max_retries == 2
    assert (settings.user_id, settings.namespace, settings.session_id) == (None, None, None)


def test_the_environment() -> None:
    settings = resolve_settings(env=ENV)
    assert settings.base_url == "http://env.test:9000"
    assert settings.token == "env-token"
    assert settings.timeout == httpx.Timeout(7.5)
    assert settings.max_retries == 4
    assert (settings.user_id, settings.namespace) == ("env-user", "env-ns")


def test_arguments_win_over_the_environment() -> None:
    settings = resolve_settings(
        env=ENV,
        base_url="http://arg.test",
        api_key=TOKEN,
        timeout=2.0,
        max_retries=0,
        user_id="alice",
        namespace="prod",
        session_id="s1",
    )
    assert settings.base_url == "http://arg.test"
    assert settings.token == TOKEN
    assert settings.timeout == httpx.Timeout(2.0)
    assert settings.max_retries == 0
    assert (settings.user_id, settings.namespace, settings.session_id) == ("alice", "prod", "s1")


def test_empty_environment_variables_are_unset() -> None:
    settings = resolve_settings(env={name: "" for name in ENV})
    assert settings.base_url == "http://localhost:8000"
    assert settings.token is None
    assert settings.timeout == httpx.Timeout(30.0)
    assert settings.user_id is None


def test_the_official_config_object() -> None:
    config = MemoryClientConfig(
        base_url="http://config.test/",
        timeout=12.0,
        default_namespace="prod",
        default_user_id="alice",
        default_session_id="s1",
        default_model_name="gpt-4o",
        default_context_window_max=8000,
        bearer_token=TOKEN,
        max_retries=1,
    )
    settings = resolve_settings(config=config, env=ENV)
    assert settings.base_url == "http://config.test"
    assert settings.token == TOKEN
    assert settings.timeout == httpx.Timeout(12.0)
    assert settings.max_retries == 1
    assert (settings.user_id, settings.namespace, settings.session_id) == ("alice", "prod", "s1")
    assert (settings.model_name, settings.context_window_max) == ("gpt-4o", 8000)
    # arguments still win over the config object
    assert resolve_settings(config=config, namespace="test", env={}).namespace == "test"


def test_bearer_token_and_api_key_are_one_token() -> None:
    assert resolve_settings(bearer_token=TOKEN, env={}).token == TOKEN
    assert resolve_settings(api_key=TOKEN, bearer_token=TOKEN, env={}).token == TOKEN
    # given both, the OAuth2 JWT is the more specific credential
    assert resolve_settings(api_key="one", bearer_token="two", env={}).token == "two"


def test_the_users_http_client_fills_the_gaps() -> None:
    http = httpx.Client(
        base_url="http://users.test",
        timeout=4.0,
        transport=httpx.MockTransport(lambda request: httpx.Response(200)),
    )
    try:
        settings = resolve_settings(http_client=http, env={})
        assert settings.base_url == "http://users.test"
        assert settings.timeout == httpx.Timeout(4.0)
        settings = resolve_settings(http_client=http, base_url="http://arg.test", timeout=9, env={})
        assert settings.base_url == "http://arg.test"
        assert settings.timeout == httpx.Timeout(9.0)
    finally:
        http.close()


def test_an_httpx_timeout_is_kept_as_given() -> None:
    timeout = httpx.Timeout(10.0, connect=2.0)
    assert resolve_settings(timeout=timeout, env={}).timeout is timeout


@pytest.mark.parametrize(
    "base_url", ["localhost:8000", "memory.test", "ftp://memory.test", "http://", "//memory.test"]
)
def test_base_url_must_be_an_http_url(base_url: str) -> None:
    with pytest.raises(MemoryValidationError, match="base_url"):
        resolve_settings(base_url=base_url, env={})


@pytest.mark.parametrize("timeout", [0, -1.0, True])
def test_timeout_must_be_positive(timeout: Any) -> None:
    with pytest.raises(MemoryValidationError, match="timeout"):
        resolve_settings(timeout=timeout, env={})


@pytest.mark.parametrize("max_retries", [-1, True, 1.5])
def test_max_retries_must_be_a_whole_number(max_retries: Any) -> None:
    with pytest.raises(MemoryValidationError, match="max_retries"):
        resolve_settings(max_retries=max_retries, env={})


@pytest.mark.parametrize(
    ("name", "value"),
    [("MEMORY_TIMEOUT", "soon"), ("MEMORY_MAX_RETRIES", "3.5"), ("MEMORY_MAX_RETRIES", "-1")],
)
def test_a_malformed_environment_variable_is_an_error(name: str, value: str) -> None:
    with pytest.raises(MemoryValidationError, match=name if value != "-1" else "max_retries"):
        resolve_settings(env={name: value})


def test_secrets_stay_out_of_reprs() -> None:
    config = MemoryClientConfig(base_url="http://config.test", api_key=TOKEN, bearer_token=TOKEN)
    settings = resolve_settings(config=config, env={})
    for text in (repr(config), str(config), repr(settings), str(settings)):
        assert TOKEN not in text
    assert "http://config.test" in repr(config)
