"""The official client's name for the models module: ``agent_memory_client.types``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import types as _types

if TYPE_CHECKING:
    from .types import *  # noqa: F403

__all__ = _types.__all__


def __getattr__(name: str) -> Any:
    return getattr(_types, name)


def __dir__() -> list[str]:
    return list(__all__)
