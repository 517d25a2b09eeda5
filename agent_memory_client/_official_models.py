"""Models of the official client 0.14 that the server's OpenAPI spec does not name.

The server types the forget policy and its answer as free-form objects, recency options as
flat ``recency_*`` search fields, and enums as string literals. Programs written for the
official client build ``ForgetPolicy(max_age_days=30)``, ``RecencyConfig(...)`` and
compare with ``MemoryTypeEnum.SEMANTIC``; these classes keep them working. They are
:class:`~agent_memory_client.types.Model` subclasses like the generated models (the same
``model_dump()``, ``model_validate()``, equality and repr), and the enums are ``str``
enums, so a member is accepted wherever the string is.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from agent_memory_client_generated.types import (
    Model,
    ParseError,
    as_dict,
    check_bool,
    check_float,
    check_int,
    check_str,
    missing,
)

__all__ = [
    "ForgetPolicy",
    "ForgetResponse",
    "JSONTypes",
    "MemoryTypeEnum",
    "RecencyConfig",
    "SummaryViewSource",
    "TaskStatus",
]

_M = TypeVar("_M", bound="_FlatModel")
_Check = Callable[[Any, bool], Any]

#: The value types of ``WorkingMemory.data`` in the official client.
JSONTypes = str | float | int | bool | list[Any] | dict[str, Any]


if TYPE_CHECKING:
    # For type checkers each member is its string literal, so that
    # ClientMemoryRecord(memory_type=MemoryTypeEnum.SEMANTIC) checks against the models'
    # Literal["episodic", "message", "semantic"] parameters as it runs.

    class MemoryTypeEnum(str):
        EPISODIC: Final = "episodic"
        SEMANTIC: Final = "semantic"
        MESSAGE: Final = "message"

    class SummaryViewSource(str):
        LONG_TERM: Final = "long_term"
        WORKING_MEMORY: Final = "working_memory"

    class TaskStatus(str):
        PENDING: Final = "pending"
        RUNNING: Final = "running"
        COMPLETED: Final = "completed"
        FAILED: Final = "failed"

else:

    class MemoryTypeEnum(str, Enum):
        """Kinds of long-term memory (the server takes the values as strings)."""

        EPISODIC = "episodic"
        SEMANTIC = "semantic"
        MESSAGE = "message"

        def __str__(self) -> str:
            return self.value

    class SummaryViewSource(str, Enum):
        """What a summary view summarizes."""

        LONG_TERM = "long_term"
        WORKING_MEMORY = "working_memory"

        def __str__(self) -> str:
            return self.value

    class TaskStatus(str, Enum):
        """States of a background task."""

        PENDING = "pending"
        RUNNING = "running"
        COMPLETED = "completed"
        FAILED = "failed"

        def __str__(self) -> str:
            return self.value


def _string_list(value: Any, strict: bool) -> list[str]:
    if not isinstance(value, (list, tuple)):
        raise ParseError([], f"expected a list of strings, got {type(value).__name__}")
    return [check_str(item, strict) for item in value]


class _FlatModel(Model):
    """A model whose fields are all scalars or lists of strings: one parser for all."""

    __slots__ = ()
    # attribute -> (check, required)
    _CHECKS: ClassVar[dict[str, tuple[_Check, bool]]] = {}

    def __init__(self, **fields: Any) -> None:
        parsed = type(self)._parse(fields, False)
        for attribute, _ in self._FIELDS:
            setattr(self, attribute, getattr(parsed, attribute))
        # (setattr: the slot is declared by each concrete subclass)
        setattr(self, "additional_properties", parsed.additional_properties)  # noqa: B010

    @classmethod
    def _parse(cls: builtins.type[_M], src: Any, strict: bool) -> _M:
        if not isinstance(src, Mapping):
            raise ParseError([], f"expected an object, got {type(src).__name__}")
        src = as_dict(src, "")
        self = object.__new__(cls)
        for attribute, (check, required) in cls._CHECKS.items():
            value = src.get(attribute)
            if value is None:
                if required:
                    raise missing(attribute)
            else:
                try:
                    value = check(value, strict)
                except ParseError as error:
                    raise error.within(attribute) from None
            setattr(self, attribute, value)
        self.additional_properties = {k: v for k, v in src.items() if k not in cls._CHECKS}
        return self


class RecencyConfig(_FlatModel):
    """Recency-aware ranking of a search, as the official client took it.

    ``search_long_term_memory(recency=RecencyConfig(recency_boost=True, ...))`` sends the
    server's ``recency_*`` fields; a dict with the same keys works too.
    """

    __slots__ = (
        "additional_properties",
        "freshness_weight",
        "half_life_created_days",
        "half_life_last_access_days",
        "novelty_weight",
        "recency_boost",
        "recency_weight",
        "semantic_weight",
        "server_side_recency",
    )
    _CHECKS: ClassVar[dict[str, tuple[_Check, bool]]] = {
        "recency_boost": (check_bool, False),
        "semantic_weight": (check_float, False),
        "recency_weight": (check_float, False),
        "freshness_weight": (check_float, False),
        "novelty_weight": (check_float, False),
        "half_life_last_access_days": (check_float, False),
        "half_life_created_days": (check_float, False),
        "server_side_recency": (check_bool, False),
    }
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = tuple((k, k) for k in _CHECKS)

    recency_boost: bool | None
    semantic_weight: float | None
    recency_weight: float | None
    freshness_weight: float | None
    novelty_weight: float | None
    half_life_last_access_days: float | None
    half_life_created_days: float | None
    server_side_recency: bool | None

    def __init__(
        self,
        *,
        recency_boost: bool | None = None,
        semantic_weight: float | None = None,
        recency_weight: float | None = None,
        freshness_weight: float | None = None,
        novelty_weight: float | None = None,
        half_life_last_access_days: float | None = None,
        half_life_created_days: float | None = None,
        server_side_recency: bool | None = None,
    ) -> None:
        super().__init__(
            recency_boost=recency_boost,
            semantic_weight=semantic_weight,
            recency_weight=recency_weight,
            freshness_weight=freshness_weight,
            novelty_weight=novelty_weight,
            half_life_last_access_days=half_life_last_access_days,
            half_life_created_days=half_life_created_days,
            server_side_recency=server_side_recency,
        )


class ForgetPolicy(_FlatModel):
    """Which long-term memories ``forget_long_term_memories`` deletes (a dict works too)."""

    __slots__ = (
        "additional_properties",
        "budget",
        "max_age_days",
        "max_inactive_days",
        "memory_type_allowlist",
    )
    _CHECKS: ClassVar[dict[str, tuple[_Check, bool]]] = {
        "max_age_days": (check_float, False),
        "max_inactive_days": (check_float, False),
        "budget": (check_int, False),
        "memory_type_allowlist": (_string_list, False),
    }
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = tuple((k, k) for k in _CHECKS)

    max_age_days: float | None
    max_inactive_days: float | None
    budget: int | None
    memory_type_allowlist: list[str] | None

    def __init__(
        self,
        *,
        max_age_days: float | None = None,
        max_inactive_days: float | None = None,
        budget: int | None = None,
        memory_type_allowlist: list[str] | None = None,
    ) -> None:
        super().__init__(
            max_age_days=max_age_days,
            max_inactive_days=max_inactive_days,
            budget=budget,
            memory_type_allowlist=memory_type_allowlist,
        )


class ForgetResponse(_FlatModel):
    """What ``forget_long_term_memories`` did: ``result.deleted``, ``result["deleted"]``.

    It also reads like the dict earlier versions of this client returned.
    """

    __slots__ = ("additional_properties", "deleted", "deleted_ids", "dry_run", "scanned")
    _CHECKS: ClassVar[dict[str, tuple[_Check, bool]]] = {
        "scanned": (check_int, True),
        "deleted": (check_int, True),
        "deleted_ids": (_string_list, True),
        "dry_run": (check_bool, True),
    }
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = tuple((k, k) for k in _CHECKS)

    scanned: int
    deleted: int
    deleted_ids: list[str]
    dry_run: bool

    def __init__(
        self, *, scanned: int, deleted: int, deleted_ids: list[str], dry_run: bool
    ) -> None:
        super().__init__(scanned=scanned, deleted=deleted, deleted_ids=deleted_ids, dry_run=dry_run)

    # Dict reads, as the dict this call returned before (``result["deleted_ids"]``).
    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return self.model_dump() == dict(other)
        return super().__eq__(other)

    __hash__ = None  # type: ignore[assignment]  # mutable, like a dict

    def __getitem__(self, key: str) -> Any:
        if key in self._CHECKS:
            return getattr(self, key)
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self._CHECKS or key in self.additional_properties

    def get(self, key: str, default: Any = None) -> Any:
        """``result.get("deleted", 0)``, as on the dict earlier versions returned."""
        try:
            return self[key]
        except KeyError:
            return default
