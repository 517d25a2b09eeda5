"""What each Agent Memory Server release can do: the one table of features by version.

The SDK is generated from server 0.15.2's API and supports servers from 0.14.0 on. An older
server does not refuse what it does not know: server 0.14.0 answers a search with
``search_mode="keyword"`` with 200 and runs a semantic search. So before a call sends a
request option that needs a newer server, the client asks which release it talks to and
raises :class:`MemoryUnsupportedFeatureError` if that release lacks it.

The version comes from the server's ``GET /openapi.json`` (``info.version``, which FastAPI
fills from the package's ``__version__``; neither ``/v1/health`` nor any header names it).
It is read once per client (shared with the clients ``with_options`` makes), and only by a
call that uses a gated option: ordinary calls cost nothing extra. When the version cannot be
told (the spec route is turned off, or says something that is not a version) the client
assumes the feature is there and sends the request as it would to the pinned server.

What the client reads is in the table too: an older server leaves ``score`` and
``score_type`` out of search results, and ``relevance_score`` is then ``1 - dist`` (see
``_results``); and it answers a session read with the namespace asked for, so a write's check
that it would not replace another scope's session (``_scope.Scope.refuse_shared_key``)
trusts the key alone there. Nothing is refused for these. No I/O here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from ._exceptions import MemoryUnsupportedFeatureError

if TYPE_CHECKING:
    from agent_memory_client_generated.models import SearchRequest

__all__ = [
    "FEATURES",
    "OLDEST_SUPPORTED",
    "Feature",
    "ServerVersion",
    "Version",
    "check",
    "format_version",
    "parse_version",
    "search_features",
    "supports",
    "version_in_spec",
]

Version = tuple[int, int, int]

#: The oldest server release the SDK is tested against (``make test-matrix``).
OLDEST_SUPPORTED: Version = (0, 14, 0)


@dataclass(frozen=True)
class Feature:
    """A part of the server's API that not every supported release has.

    ``since`` is the first release that has it; ``where`` says whether the client sends it
    (``request``: refused on an older server) or reads it (``response``: absent there).
    """

    name: str
    since: Version
    where: Literal["request", "response"]
    description: str


def _table(*features: Feature) -> Mapping[str, Feature]:
    return {feature.name: feature for feature in features}


# Checked against the wheels: 0.14.0's SearchRequest and MemoryRecordResult have none of
# these; 0.15.0, 0.15.1 and 0.15.2 have all of them.
FEATURES: Mapping[str, Feature] = _table(
    Feature("search_mode", (0, 15, 0), "request", "keyword and hybrid search (search_mode)"),
    Feature("hybrid_alpha", (0, 15, 0), "request", "the vector weight of a hybrid search"),
    Feature("text_scorer", (0, 15, 0), "request", "the full-text scorer of a keyword search"),
    Feature("score", (0, 15, 0), "response", "a search result's score"),
    Feature("score_type", (0, 15, 0), "response", "which search produced a result's score"),
    # Before: a session is read under its own key only, and the answer carries the
    # namespace asked for, not the stored one (see refuse_shared_key in _async/capabilities).
    Feature(
        "session_scope", (0, 15, 0), "response", "a session read answers the scope it is stored in"
    ),
)

# A release as servers spell it: 0.15.2, 0.15, v0.15.2, 0.15.2rc1, 0.15.3.dev0, 0.15.2+local.
_VERSION = re.compile(r"v?(\d+)\.(\d+)(?:\.(\d+))?(?:[-.+]?[A-Za-z0-9.+-]*)?")


def parse_version(text: object) -> Version | None:
    """``"0.15.2"`` as ``(0, 15, 2)``; None for anything that is not a release number.

    A pre-release or local build counts as its release (``0.15.0rc1`` is 0.15.0): such a
    build has what the release it leads to has, or is the server of someone who knows.
    """
    if not isinstance(text, str):
        return None
    match = _VERSION.fullmatch(text.strip())
    if match is None:
        return None
    major, minor, patch = match.groups()
    return int(major), int(minor), int(patch or 0)


def format_version(version: Version) -> str:
    """``(0, 15, 0)`` as ``"0.15.0"``."""
    return ".".join(map(str, version))


def version_in_spec(spec: Any) -> str | None:
    """``info.version`` of a decoded OpenAPI document, or None where it has none."""
    info = spec.get("info") if isinstance(spec, dict) else None
    version = info.get("version") if isinstance(info, dict) else None
    return version if isinstance(version, str) else None


def supports(feature: str, version: Version | None) -> bool:
    """Whether a server of ``version`` has ``feature``; an unknown version is assumed to."""
    if version is None:
        return True
    return version >= FEATURES[feature].since


def search_features(request: SearchRequest | bool | None) -> list[str]:
    """The gated features a search request uses (none for ``None`` or a bare ``True``).

    ``search_mode="semantic"`` is not one: it is what an older server does anyway.
    """
    if request is None or isinstance(request, bool):
        return []
    used = []
    # The generated model keeps a field that was not given as None, whatever its annotation.
    mode: object = request.search_mode
    if mode is not None and mode != "semantic":
        used.append("search_mode")
    alpha: object = request.hybrid_alpha
    if alpha is not None:
        used.append("hybrid_alpha")
    scorer: object = request.text_scorer
    if scorer is not None:
        used.append("text_scorer")
    return used


def check(operation: str, features: Iterable[str], server: ServerVersion) -> None:
    """Raise :class:`MemoryUnsupportedFeatureError` for the first feature the server lacks."""
    for name in features:
        if not supports(name, server.version):
            feature = FEATURES[name]
            assert server.version is not None  # an unknown version supports everything
            running, since = format_version(server.version), format_version(feature.since)
            raise MemoryUnsupportedFeatureError(
                f"{operation}: {name} needs Agent Memory Server {since} or newer; the server "
                f"at this URL is {running}, which would ignore it ({feature.description}). "
                "Upgrade the server, or leave the option out.",
                operation=operation,
                feature=name,
                server_version=running,
                since=since,
            )


class ServerVersion:
    """What one client learnt of its server's release (shared with ``with_options`` twins).

    ``known`` turns true once the version was read, or found unreadable for good; a failure
    that may pass (the server unreachable, a 5xx) leaves it false, to ask again next time.
    """

    __slots__ = ("known", "text", "version")

    def __init__(self) -> None:
        self.known = False
        self.text: str | None = None
        self.version: Version | None = None

    def learn(self, text: str | None) -> None:
        """Note the version the server gave (None: it gives none)."""
        self.known = True
        self.text = text
        self.version = parse_version(text)

    def __repr__(self) -> str:
        return f"ServerVersion({self.text!r})" if self.known else "ServerVersion(<not read>)"
