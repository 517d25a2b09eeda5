"""Client settings: explicit arguments, then environment variables, then defaults."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import attrs
import httpx

from ._exceptions import MemoryValidationError
from ._http import as_timeout
from ._rules import check_scope_value, check_token

if TYPE_CHECKING:
    from typing import TypeAlias

    import httpx2
    from agent_memory_client_generated.models.get_working_memory_model_name_type_0 import (
        GetWorkingMemoryModelNameType0 as ModelNameLiteral,
    )

    # A user's own client: httpx's, or httpx2's (same API, other classes; see _http).
    UserClient: TypeAlias = httpx.Client | httpx.AsyncClient | httpx2.Client | httpx2.AsyncClient

__all__ = ["ClientSettings", "MemoryClientConfig", "ModelNameLiteral", "resolve_settings"]

DEFAULT_BASE_URL = "http://localhost:8000"
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2

ENV_BASE_URL = "MEMORY_SERVER_URL"
ENV_API_KEY = "MEMORY_API_KEY"
ENV_TIMEOUT = "MEMORY_TIMEOUT"
ENV_MAX_RETRIES = "MEMORY_MAX_RETRIES"
ENV_USER_ID = "DEFAULT_USER_ID"
ENV_NAMESPACE = "DEFAULT_NAMESPACE"


def _hidden(value: object) -> str:
    return "None" if value is None else "'***'"


@attrs.define(kw_only=True)
class MemoryClientConfig:
    """Settings object of the official client, accepted as ``MemoryAPIClient(config)``."""

    base_url: str
    timeout: float = DEFAULT_TIMEOUT
    default_namespace: str | None = None
    default_model_name: ModelNameLiteral | None = None
    default_context_window_max: int | None = None
    default_user_id: str | None = None
    default_session_id: str | None = None
    api_key: str | None = attrs.field(default=None, repr=_hidden)
    bearer_token: str | None = attrs.field(default=None, repr=_hidden)
    max_retries: int | None = None


@attrs.frozen(kw_only=True)
class ClientSettings:
    """The resolved settings a client runs with."""

    base_url: str
    token: str | None = attrs.field(repr=_hidden)
    timeout: httpx.Timeout
    max_retries: int
    session_id: str | None
    user_id: str | None
    namespace: str | None
    model_name: ModelNameLiteral | None
    context_window_max: int | None


def _env_number(env: Mapping[str, str], name: str, kind: type[float] | type[int]) -> float | None:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return None
    try:
        return kind(raw)
    except ValueError:
        raise MemoryValidationError(
            f"environment variable {name} must be a number, got {raw!r}"
        ) from None


def _check_base_url(base_url: str) -> str:
    parts = urlsplit(base_url)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise MemoryValidationError(
            f"base_url must be an http:// or https:// URL with a host, got {base_url!r}"
        )
    return base_url.rstrip("/")


def _first(*values: str | None) -> str | None:
    for value in values:
        if value is not None and value != "":
            return value
    return None


def _scope_value(
    argument: object, configured: object, env_value: str | None = None, *, what: str
) -> str | None:
    # A value given in code must be a real scope: "" would silently mean "every user".
    # Only an environment variable may be empty, meaning unset.
    for value in (argument, configured):
        if value is not None:
            return check_scope_value(value, what)
    return None if not env_value else check_scope_value(env_value, what)


def _token(
    bearer_token: object, api_key: object, cfg: MemoryClientConfig, env: Mapping[str, str]
) -> str | None:
    # Given both, the JWT of an OAuth2 deployment (bearer_token) is the more specific
    # credential and wins. Each is stripped of surrounding whitespace (a token read from a
    # file ends with a newline) and refused, without being quoted, if a header cannot carry it.
    for value, what in (
        (bearer_token, "bearer_token"),
        (api_key, "api_key"),
        (cfg.bearer_token, "bearer_token"),
        (cfg.api_key, "api_key"),
        (env.get(ENV_API_KEY), ENV_API_KEY),
    ):
        token = check_token(value, what)
        if token is not None:
            return token
    return None


def resolve_settings(
    *,
    config: MemoryClientConfig | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    bearer_token: str | None = None,
    timeout: float | httpx.Timeout | httpx2.Timeout | None = None,
    max_retries: int | None = None,
    session_id: str | None = None,
    user_id: str | None = None,
    namespace: str | None = None,
    http_client: UserClient | None = None,
    env: Mapping[str, str] | None = None,
) -> ClientSettings:
    """Merge explicit arguments, a MemoryClientConfig, the environment and defaults."""
    env = os.environ if env is None else env
    cfg = config or MemoryClientConfig(base_url="")

    user_base_url = None
    if http_client is not None and str(http_client.base_url):
        user_base_url = str(http_client.base_url)
    resolved_url = _first(base_url, cfg.base_url, env.get(ENV_BASE_URL), user_base_url)

    resolved_timeout: float | httpx.Timeout | httpx2.Timeout | None = timeout
    if resolved_timeout is None and config is not None:
        resolved_timeout = cfg.timeout
    if resolved_timeout is None:
        resolved_timeout = _env_number(env, ENV_TIMEOUT, float)
    if resolved_timeout is None and http_client is not None:
        resolved_timeout = http_client.timeout
    if resolved_timeout is None:
        resolved_timeout = DEFAULT_TIMEOUT
    if isinstance(resolved_timeout, (int, float)):
        if isinstance(resolved_timeout, bool) or resolved_timeout <= 0:
            raise MemoryValidationError(f"timeout must be a positive number, got {timeout!r}")
        resolved_timeout = httpx.Timeout(float(resolved_timeout))
    else:  # an httpx2 Timeout (the user's, or their httpx2 client's) becomes httpx's
        resolved_timeout = as_timeout(resolved_timeout)

    retries: float | None = max_retries if max_retries is not None else cfg.max_retries
    if retries is None:
        retries = _env_number(env, ENV_MAX_RETRIES, int)
    if retries is None:
        retries = DEFAULT_MAX_RETRIES
    if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
        raise MemoryValidationError(f"max_retries must be a whole number >= 0, got {retries!r}")

    return ClientSettings(
        base_url=_check_base_url(resolved_url or DEFAULT_BASE_URL),
        # The server reads one `Authorization: Bearer` token.
        token=_token(bearer_token, api_key, cfg, env),
        timeout=resolved_timeout,
        max_retries=retries,
        session_id=_scope_value(session_id, cfg.default_session_id, what="session_id"),
        user_id=_scope_value(user_id, cfg.default_user_id, env.get(ENV_USER_ID), what="user_id"),
        namespace=_scope_value(
            namespace, cfg.default_namespace, env.get(ENV_NAMESPACE), what="namespace"
        ),
        model_name=cfg.default_model_name,
        context_window_max=cfg.default_context_window_max,
    )
