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
    bad,
    missing,
    one_of,
    plain_str,
)
from .audio_content import AudioContent
from .embedded_resource import EmbeddedResource
from .image_content import ImageContent
from .message_role import MESSAGE_ROLE_VALUES, MessageRole
from .resource_link import ResourceLink
from .text_content import TextContent

_Self = TypeVar("_Self", bound="Message")
_KNOWN = frozenset(
    {
        "content",
        "role",
    }
)


class Message(Model):
    """Message

    Base class for all prompt messages.

    Attributes:
        content (TextContent | ImageContent | AudioContent | ResourceLink | EmbeddedResource)
        role (MessageRole)
    """

    __slots__ = ("content", "role", "additional_properties")
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("role", "role"),
    )

    content: TextContent | ImageContent | AudioContent | ResourceLink | EmbeddedResource
    role: MessageRole
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        content: TextContent
        | ImageContent
        | AudioContent
        | ResourceLink
        | EmbeddedResource,
        role: MessageRole,
    ) -> None:
        self.content = content
        self.role = role
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
            v1 = src["content"]
            v2 = src["role"]
        except KeyError:
            get = src.get
            v1 = get("content")
            v2 = get("role")
            whole = False
        else:
            whole = True
        v = v1
        if v is None:
            raise missing("content")
        try:
            v = one_of(
                v,
                strict,
                (
                    TextContent._parse,
                    ImageContent._parse,
                    AudioContent._parse,
                    ResourceLink._parse,
                    EmbeddedResource._parse,
                ),
            )
        except ParseError as exc:
            raise exc.within("content") from None
        self.content = v
        v = v2
        if v is None:
            raise missing("role")
        if type(v) is not str:
            v = plain_str(v, "role")  # an Enum member with a str value: its plain value
        if v not in MESSAGE_ROLE_VALUES:
            raise bad("role", "one of assistant, user", v)
        self.role = v
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
        v = self.content
        if v is not None:
            out["content"] = _dump_value(v, "json", True, True)
        v = self.role
        if v is not None:
            out["role"] = v
        for key, v in self.additional_properties.items():
            if v is not None:
                out[key] = _dump_value(v, "json", False, True)
        return out


def _not_object(value: Any) -> dict[str, Any]:
    raise ParseError([], f"expected an object, got {type(value).__name__}")
