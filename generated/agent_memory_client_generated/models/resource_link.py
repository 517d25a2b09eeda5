from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

# Every helper a field parser may use; the generator's ruff hook drops the unused ones.
from ..types import (
    Model,
    ParseError,
    _dump_value,
    as_dict,
    as_list,
    bad,
    locate,
    missing,
)
from .annotations import Annotations
from .icon import Icon

_Self = TypeVar("_Self", bound="ResourceLink")
_KNOWN = frozenset(
    {
        "name",
        "type",
        "uri",
        "_meta",
        "annotations",
        "description",
        "icons",
        "mimeType",
        "size",
        "title",
    }
)


class ResourceLink(Model):
    """ResourceLink

    A resource that the server is capable of reading, included in a prompt or tool call result.

    Note: resource links returned by tools are not guaranteed to appear in the results of
    `resources/list` requests.

    Attributes:
        name (str)
        type (Literal['resource_link'])
        uri (str)
        meta (dict[str, Any] | None)
        annotations (Annotations | None)
        description (str | None)
        icons (list[Icon])
        mimeType (str | None)
        size (int | None)
        title (str | None)
    """

    __slots__ = (
        "name",
        "type",
        "uri",
        "meta",
        "annotations",
        "description",
        "icons",
        "mimeType",
        "size",
        "title",
        "additional_properties",
    )
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("type", "type"),
        ("uri", "uri"),
        ("meta", "_meta"),
        ("annotations", "annotations"),
        ("description", "description"),
        ("icons", "icons"),
        ("mimeType", "mimeType"),
        ("size", "size"),
        ("title", "title"),
    )

    # The class its items are read as; a subclass may name a subclass of it.
    _icons_item: ClassVar[builtins.type[Icon]] = Icon

    name: str
    type: Literal["resource_link"]
    uri: str
    meta: dict[str, Any] | None
    annotations: Annotations | None
    description: str | None
    icons: list[Icon]
    mimeType: str | None
    size: int | None
    title: str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        name: str,
        type: Literal["resource_link"],
        uri: str,
        meta: dict[str, Any] | None = None,
        annotations: Annotations | None = None,
        description: str | None = None,
        icons: list[Icon] | None = None,
        mimeType: str | None = None,
        size: int | None = None,
        title: str | None = None,
    ) -> None:
        self.name = name
        self.type = type
        self.uri = uri
        self.meta = meta
        self.annotations = annotations
        self.description = description
        self.icons = icons  # type: ignore[assignment]  # None: not given
        self.mimeType = mimeType
        self.size = size
        self.title = title
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
            v1 = src["name"]
            v2 = src["type"]
            v3 = src["uri"]
            v4 = src["_meta"]
            v5 = src["annotations"]
            v6 = src["description"]
            v7 = src["icons"]
            v8 = src["mimeType"]
            v9 = src["size"]
            v10 = src["title"]
        except KeyError:
            get = src.get
            v1 = get("name")
            v2 = get("type")
            v3 = get("uri")
            v4 = get("_meta")
            v5 = get("annotations")
            v6 = get("description")
            v7 = get("icons")
            v8 = get("mimeType")
            v9 = get("size")
            v10 = get("title")
            whole = False
        else:
            whole = True
        v = v1
        if v is None:
            raise missing("name")
        if type(v) is not str and not isinstance(v, str):
            raise bad("name", "a string", v)
        self.name = v
        v = v2
        if v is None:
            raise missing("type")
        if v != "resource_link":
            raise bad("type", "resource_link", v)
        self.type = v
        v = v3
        if v is None:
            raise missing("uri")
        if type(v) is not str and not isinstance(v, str):
            raise bad("uri", "a string", v)
        self.uri = v
        v = v4
        if v is None:
            pass
        else:
            if type(v) is not dict:
                v = as_dict(v, "_meta")
        self.meta = v
        v = v5
        if v is None:
            pass
        else:
            try:
                v = Annotations._parse(v, strict)
            except ParseError as exc:
                raise exc.within("annotations") from None
        self.annotations = v
        v = v6
        if v is None:
            pass
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("description", "a string", v)
        self.description = v
        v = v7
        if v is None:
            if strict:
                v = []
        else:
            if type(v) is not list:
                v = as_list(v, "icons")
            parse_item = cls._icons_item._parse
            try:
                v = [parse_item(item, strict) for item in v]
            except ParseError:
                raise locate(v, parse_item, strict, "icons") from None
        self.icons = v
        v = v8
        if v is None:
            pass
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("mimeType", "a string", v)
        self.mimeType = v
        v = v9
        if v is None:
            pass
        else:
            if type(v) is not int and (isinstance(v, bool) or not isinstance(v, int)):
                raise bad("size", "an integer", v)
        self.size = v
        v = v10
        if v is None:
            pass
        else:
            if type(v) is not str and not isinstance(v, str):
                raise bad("title", "a string", v)
        self.title = v
        if whole and len(src) == 10:
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
        v = self.name
        if v is not None:
            out["name"] = v
        v = self.type
        if v is not None:
            out["type"] = v
        v = self.uri
        if v is not None:
            out["uri"] = v
        v = self.meta
        if v is not None:
            out["_meta"] = _dump_value(v, "json", True, True)
        v = self.annotations
        if v is not None:
            out["annotations"] = v.to_dict()
        v = self.description
        if v is not None:
            out["description"] = v
        v = self.icons
        if v is not None:
            out["icons"] = [item.to_dict() for item in v]
        v = self.mimeType
        if v is not None:
            out["mimeType"] = v
        v = self.size
        if v is not None:
            out["size"] = v
        v = self.title
        if v is not None:
            out["title"] = v
        for key, v in self.additional_properties.items():
            if v is not None:
                out[key] = _dump_value(v, "json", False, True)
        return out


def _not_object(value: Any) -> dict[str, Any]:
    raise ParseError([], f"expected an object, got {type(value).__name__}")
