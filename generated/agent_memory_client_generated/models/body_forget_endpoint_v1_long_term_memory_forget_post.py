from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

# Every helper a field parser may use; the generator's ruff hook drops the unused ones.
from ..types import (
    Model,
    ParseError,
    _dump_value,
    as_dict,
    as_list,
    bad,
    missing,
)

_Self = TypeVar("_Self", bound="BodyForgetEndpointV1LongTermMemoryForgetPost")
_KNOWN = frozenset(
    {
        "policy",
        "pinned_ids",
    }
)


class BodyForgetEndpointV1LongTermMemoryForgetPost(Model):
    """BodyForgetEndpointV1LongTermMemoryForgetPost

    Attributes:
        policy (dict[str, Any])
        pinned_ids (list[str])
    """

    __slots__ = ("policy", "pinned_ids", "additional_properties")
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("policy", "policy"),
        ("pinned_ids", "pinned_ids"),
    )

    policy: dict[str, Any]
    pinned_ids: list[str]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        policy: dict[str, Any],
        pinned_ids: list[str] | None = None,
    ) -> None:
        self.policy = policy
        self.pinned_ids = pinned_ids  # type: ignore[assignment]  # None: not given
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
            v1 = src["policy"]
            v2 = src["pinned_ids"]
        except KeyError:
            get = src.get
            v1 = get("policy")
            v2 = get("pinned_ids")
            whole = False
        else:
            whole = True
        v = v1
        if v is None:
            raise missing("policy")
        if type(v) is not dict:
            v = as_dict(v, "policy")
        self.policy = v
        v = v2
        if v is None:
            if strict:
                v = []
        else:
            if type(v) is not list:
                v = as_list(v, "pinned_ids")
            for item in v:
                if not isinstance(item, str):
                    raise bad("pinned_ids", "a list of strings", v)
        self.pinned_ids = v
        if whole and len(src) == 2:
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
        v = self.policy
        if v is not None:
            out["policy"] = _dump_value(v, "json", True, True)
        v = self.pinned_ids
        if v is not None:
            out["pinned_ids"] = list(v)
        for key, v in self.additional_properties.items():
            if v is not None:
                out[key] = _dump_value(v, "json", False, True)
        return out


def _not_object(value: Any) -> dict[str, Any]:
    raise ParseError([], f"expected an object, got {type(value).__name__}")
