# Generated from agent_memory_client/_async/capabilities.py by scripts/unasync.py: do not edit.
"""Refusing an option the server's release lacks: the I/O half of ``_capabilities``.

A call that uses a gated option (see ``_capabilities.FEATURES``) asks the server which
release it is, once per client, before it sends its own request; calls that use none send
nothing extra.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from agent_memory_client_generated.types import Operation

from .. import _capabilities as caps
from .._exceptions import MemoryAPIStatusError, MemoryResponseError

if TYPE_CHECKING:
    from agent_memory_client_generated.models import SearchRequest, WorkingMemoryResponse

    from .._scope import Scope
    from .client import SyncMemoryAPIClient

__all__ = ["refuse_shared_key", "require_search_features", "server_version"]

# The version is in the spec's info block; FastAPI serves the spec at this path by default.
_SPEC_PATH = "/openapi.json"


def server_version(client: SyncMemoryAPIClient, operation: str) -> caps.ServerVersion:
    """What ``client`` knows of its server's release, read from the server on first use.

    A server that does not serve its spec, or serves one without a version, is remembered
    as "unknown" (every feature is then assumed). A 5xx is unknown for this call only, and a
    connection failure raises as the call itself would have.
    """
    known = client._server_version
    if known.known:
        return known
    spec = Operation(
        name="server_version",
        method="GET",
        path=_SPEC_PATH,
        params={},
        body=None,
        parse=caps.version_in_spec,
    )
    try:
        text = client._call(f"{operation} (reading the server's version)", spec)
    except MemoryResponseError:  # not JSON: a proxy's page, say
        text = None
    except MemoryAPIStatusError as exc:
        if exc.status_code >= 500:
            return caps.ServerVersion()
        text = None
    known.learn(text)
    return known


def require_search_features(
    client: SyncMemoryAPIClient, operation: str, request: SearchRequest | bool | None
) -> None:
    """Raise ``MemoryUnsupportedFeatureError`` if ``request`` uses an option the server lacks.

    Reads the server's version only when the request uses a gated option.
    """
    features = caps.search_features(request)
    if features:
        caps.check(operation, features, server_version(client, operation))


def refuse_shared_key(
    client: SyncMemoryAPIClient, scope: Scope, memory: WorkingMemoryResponse
) -> None:
    """``scope.refuse_shared_key`` for a session of another scope the server returned for
    ``scope``, knowing the server's release.

    A release before 0.15 reads a session under its own key only and echoes the namespace
    asked for: the session came from this scope's key, whatever the ids say, so a write
    would replace it (user "team:carol" and user "carol" of namespace "team" share a key).
    The version is read only here, when a write's check finds another scope's session.
    """
    known = server_version(client, "set_working_memory")
    own_key_only = not caps.supports("session_scope", known.version)
    scope.refuse_shared_key(memory, own_key_only=own_key_only)
