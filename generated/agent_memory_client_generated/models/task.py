from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

# Every helper a field parser may use; the generator's ruff hook drops the unused ones.
from ..types import (
    Model,
    ParseError,
    _dump_value,
    _fromisoformat,
    as_dict,
    bad,
    missing,
    now_utc,
    parse_datetime,
    plain_str,
)
from .task_status_enum import TASK_STATUS_ENUM_VALUES, TaskStatusEnum
from .task_type_enum import TASK_TYPE_ENUM_VALUES, TaskTypeEnum

_Self = TypeVar("_Self", bound="Task")
_KNOWN = frozenset(
    {
        "id",
        "type",
        "completed_at",
        "created_at",
        "error_message",
        "started_at",
        "status",
        "view_id",
    }
)


class Task(Model):
    """Task

    Client-visible background task tracked in Redis as JSON.

    These tasks represent long-running operations such as a full recompute
    of all partitions for a SummaryView.

    Attributes:
        id (str): Unique task identifier (client or server generated)
        type (TaskTypeEnum): Type of background task.

            We start with summary view refreshes but keep this extensible.
        completed_at (datetime.datetime | None): When execution of the task finished (success or failure)
        created_at (datetime.datetime): When the task record was created
        error_message (str | None): Error message if the task failed
        started_at (datetime.datetime | None): When execution of the task actually started
        status (TaskStatusEnum): Status values for background tasks exposed to clients.
        view_id (str | None): Associated SummaryView ID, if applicable
    """

    __slots__ = (
        "id",
        "type",
        "completed_at",
        "created_at",
        "error_message",
        "started_at",
        "status",
        "view_id",
        "additional_properties",
    )
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("type", "type"),
        ("completed_at", "completed_at"),
        ("created_at", "created_at"),
        ("error_message", "error_message"),
        ("started_at", "started_at"),
        ("status", "status"),
        ("view_id", "view_id"),
    )

    id: str
    type: TaskTypeEnum
    completed_at: datetime.datetime | None
    created_at: datetime.datetime
    error_message: str | None
    started_at: datetime.datetime | None
    status: TaskStatusEnum
    view_id: str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        id: str,
        type: TaskTypeEnum,
        completed_at: datetime.datetime | None = None,
        created_at: datetime.datetime | None = None,
        error_message: str | None = None,
        started_at: datetime.datetime | None = None,
        status: TaskStatusEnum | None = None,
        view_id: str | None = None,
    ) -> None:
        self.id = id
        self.type = type
        self.completed_at = completed_at
        self.created_at = created_at  # type: ignore[assignment]  # None: not given
        self.error_message = error_message
        self.started_at = started_at
        self.status = status  # type: ignore[assignment]  # None: not given
        self.view_id = view_id
        self.additional_properties = {}

    @classmethod
    def _parse(cls: builtins.type[_Self], src: Any, strict: bool) -> _Self:
        if type(src) is not dict:
            src = as_dict(src, "") if isinstance(src, Mapping) else _not_object(src)
        self = object.__new__(cls)
        # Every field read at once by subscription (the fast path: servers send them all),
        # else with get(); a None reads the same either way: absent or null.
        v: Any
        try:
            v1 = src["id"]
            v2 = src["type"]
            v3 = src["completed_at"]
            v4 = src["created_at"]
            v5 = src["error_message"]
            v6 = src["started_at"]
            v7 = src["status"]
            v8 = src["view_id"]
        except KeyError:
            get = src.get
            v1 = get("id")
            v2 = get("type")
            v3 = get("completed_at")
            v4 = get("created_at")
            v5 = get("error_message")
            v6 = get("started_at")
            v7 = get("status")
            v8 = get("view_id")
            whole = False
        else:
            whole = True
        v = v1
        if v is None:
            raise missing("id")
        if type(v) is not str and not isinstance(v, str):
            raise bad("id", "a string", v)
        self.id = v
        v = v2
        if v is None:
            raise missing("type")
        if type(v) is not str:
            v = plain_str(v, "type")  # an Enum member with a str value: its plain value
        if v not in TASK_TYPE_ENUM_VALUES:
            raise bad("type", "one of summary_view_full_run", v)
        self.type = v
        v = v3
        if v is None:
            pass
        else:
            if type(v) is str:
                try:
                    v = _fromisoformat(v)
                except ValueError:
                    v = parse_datetime(v, "completed_at")
            else:
                v = parse_datetime(v, "completed_at")
        self.completed_at = v
        v = v4
        if v is None:
            if strict:
                v = now_utc()  # as the official client's models read it
        else:
            if type(v) is str:
                try:
                    v = _fromisoformat(v)
                except ValueError:
                    v = parse_datetime(v, "created_at")
            else:
                v = parse_datetime(v, "created_at")
        self.created_at = v
        v = v5
        if v is None:
            pass
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("error_message", "a string", v)
        self.error_message = v
        v = v6
        if v is None:
            pass
        else:
            if type(v) is str:
                try:
                    v = _fromisoformat(v)
                except ValueError:
                    v = parse_datetime(v, "started_at")
            else:
                v = parse_datetime(v, "started_at")
        self.started_at = v
        v = v7
        if v is None:
            if strict:
                v = "pending"
        else:
            if type(v) is not str:
                v = plain_str(
                    v, "status"
                )  # an Enum member with a str value: its plain value
            if v not in TASK_STATUS_ENUM_VALUES:
                raise bad("status", "one of failed, pending, running, success", v)
        self.status = v
        v = v8
        if v is None:
            pass
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("view_id", "a string", v)
        self.view_id = v
        if whole and len(src) == 8:
            self.additional_properties = {}  # every key is a field's
        elif _KNOWN.issuperset(src):
            self.additional_properties = {}
        else:
            self.additional_properties = {
                k: x for k, x in src.items() if k not in _KNOWN
            }
        return self

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON (the server's field names), leaving out fields that are None."""
        out: dict[str, Any] = {}
        v: Any
        v = self.id
        if v is not None:
            out["id"] = v
        v = self.type
        if v is not None:
            out["type"] = v
        v = self.completed_at
        if v is not None:
            out["completed_at"] = v.isoformat()
        v = self.created_at
        if v is not None:
            out["created_at"] = v.isoformat()
        v = self.error_message
        if v is not None:
            out["error_message"] = v
        v = self.started_at
        if v is not None:
            out["started_at"] = v.isoformat()
        v = self.status
        if v is not None:
            out["status"] = v
        v = self.view_id
        if v is not None:
            out["view_id"] = v
        for key, v in self.additional_properties.items():
            if v is not None:
                out[key] = _dump_value(v, "json", False, True)
        return out


def _not_object(value: Any) -> dict[str, Any]:
    raise ParseError([], f"expected an object, got {type(value).__name__}")
