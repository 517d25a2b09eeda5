"""What every generated model and endpoint module shares: the model base class, the parse
error, value checks used by the generated parsers, and the typed operation an endpoint
module builds (our template of openapi-python-client's ``types.py``).

Models parse in two modes. ``from_dict`` reads a response: a field the schema declares
non-nullable reads as its type (an absent date-time as the time of reading, an absent id as
a new ULID, as the official client's models do), arrays the server left out or sent as
null as empty lists, and other absent fields as their schema default or None. ``model_validate`` reads what a caller built: a field that is not given stays
``None``, and ``to_dict`` leaves ``None`` out, so a request sends only what was given.
"""

from __future__ import annotations

import datetime
import json
import os
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, ClassVar, Generic, Literal, TypeVar

__all__ = ["Model", "Operation", "ParseError"]

T = TypeVar("T")
M = TypeVar("M", bound="Model")

_fromisoformat = datetime.datetime.fromisoformat


class ParseError(ValueError):
    """A value that does not match the schema; ``path`` locates it (``memories[3].dist``)."""

    def __init__(self, path: Sequence[str | int], problem: str) -> None:
        self.path = list(path)
        self.problem = problem
        super().__init__(problem)

    def within(self, *outer: str | int) -> ParseError:
        """The same error, located inside ``outer`` (the caller's field and index)."""
        self.path[:0] = outer
        self.args = (str(self),)
        return self

    def __str__(self) -> str:
        where = ""
        for part in self.path:
            where += (
                f"[{part}]"
                if isinstance(part, int)
                else (f".{part}" if where else part)
            )
        return f"{where}: {self.problem}" if where else self.problem


_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_id() -> str:
    """A ULID: 48 bits of milliseconds then 80 random bits, sortable by creation time."""
    value = (time.time_ns() // 1_000_000) << 80 | int.from_bytes(os.urandom(10), "big")
    chars = []
    for _ in range(26):
        chars.append(_CROCKFORD[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def now_utc() -> datetime.datetime:
    """The current time, as a response that leaves out a date-time the schema requires
    reads it (the official client's models do the same)."""
    return datetime.datetime.now(datetime.timezone.utc)


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def bad(key: str, expected: str, value: Any) -> ParseError:
    """The error for a field whose value is not of the expected kind."""
    return ParseError(
        [key], f"expected {expected}, got {_shown(value)} ({type(value).__name__})"
    )


def _unexpected(expected: str, value: Any) -> ParseError:
    return ParseError(
        [], f"expected {expected}, got {_shown(value)} ({type(value).__name__})"
    )


def locate(
    items: Sequence[Any], parse: Callable[[Any, bool], Any], strict: bool, key: str
) -> ParseError:
    """The error of the first item of a list that does not parse, located at its index.

    (Lists parse in one comprehension; only when one fails is it found again, item by item.)
    """
    for index, item in enumerate(items):
        try:
            parse(item, strict)
        except ParseError as exc:
            return exc.within(key, index)
    return ParseError([key], "does not parse")


def missing(key: str) -> ParseError:
    """The error for a field the schema requires."""
    return ParseError([key], "is required")


def parse_datetime(value: Any, key: str) -> datetime.datetime:
    """A date-time from an ISO 8601 string (or a datetime, given by a caller).

    ``datetime.fromisoformat`` reads what the server (pydantic) writes and is ~50x faster
    than dateutil's ``isoparse``; the generated parsers try it inline first and come here
    for anything else. Python 3.10's ``fromisoformat`` reads no "Z" suffix; dateutil, the
    last resort, is imported only when a string needs it.
    """
    if isinstance(value, datetime.datetime):
        return value
    if not isinstance(value, str):
        raise bad(key, "a date-time string", value)
    if value.endswith(("Z", "z")):
        try:
            return _fromisoformat(value[:-1] + "+00:00")
        except ValueError:
            pass
    try:
        from dateutil.parser import isoparse

        return isoparse(value)
    except (ValueError, OverflowError):
        raise bad(key, "an ISO 8601 date-time", value) from None


def plain_str(value: Any, key: str) -> str:
    """A str subclass (an Enum member with a str value, say) as a plain str."""
    if isinstance(value, str):
        return str.__str__(value)
    raise bad(key, "a string", value)


def as_list(value: Any, key: str) -> list[Any]:
    """A list from a list or tuple (callers may pass tuples; JSON has lists)."""
    if isinstance(value, (list, tuple)):
        return list(value)
    raise bad(key, "a list", value)


def as_dict(value: Any, key: str) -> dict[str, Any]:
    """A dict with string keys from any mapping."""
    if isinstance(value, Mapping) and all(isinstance(k, str) for k in value):
        return dict(value)
    raise bad(key, "an object with string keys", value)


def check_str(value: Any, strict: bool) -> str:
    if isinstance(value, str):
        return value
    raise _unexpected("a string", value)


def check_bool(value: Any, strict: bool) -> bool:
    if value is True or value is False:
        return value
    raise _unexpected("true or false", value)


def check_int(value: Any, strict: bool) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise _unexpected("an integer", value)


def check_float(value: Any, strict: bool) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    raise _unexpected("a number", value)


def check_any(value: Any, strict: bool) -> Any:
    return value


def check_none(value: Any, strict: bool) -> None:
    if value is None:
        return None
    raise _unexpected("null", value)


def one_of(
    value: Any, strict: bool, options: Sequence[Callable[[Any, bool], Any]]
) -> Any:
    """The value read by the first option that fits it best.

    An option that reads the value with no field left over wins; otherwise the first one
    that reads it at all (models keep unknown fields in ``additional_properties``).
    """
    fallback: Any = None
    found = False
    problems = []
    for option in options:
        try:
            parsed = option(value, strict)
        except ParseError as exc:
            problems.append(str(exc))
            continue
        if not (isinstance(parsed, Model) and parsed.additional_properties):
            return parsed
        if not found:
            fallback, found = parsed, True
    if found:
        return fallback
    raise ParseError([], "matches none of the allowed shapes: " + "; ".join(problems))


def _dump_value(value: Any, mode: str, exclude_none: bool, by_alias: bool) -> Any:
    if isinstance(value, Model):
        return value._dump(mode, exclude_none, by_alias)
    if isinstance(value, list):
        return [_dump_value(v, mode, exclude_none, by_alias) for v in value]
    if isinstance(value, dict):
        # Free-form objects (working-memory data, metadata) are the caller's: their None
        # values are data, never left out.
        return {k: _dump_value(v, mode, False, by_alias) for k, v in value.items()}
    if mode == "json" and isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return value


def _shown_field(value: Any) -> bool:
    # A repr lists what a model holds: no None, no empty list or dict.
    return value is not None and not (isinstance(value, (list, dict)) and not value)


class Model:
    """Base of every generated model: parsing, dumping, equality and a readable repr.

    The pydantic-style names (``model_dump``, ``model_dump_json``, ``model_validate``,
    ``model_copy``) are the ones the official client's users call.
    """

    __slots__ = ()
    # (attribute name, JSON name) of every field, in schema order.
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = ()
    additional_properties: dict[str, Any]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # Users meet models as agent_memory_client.types.X, never as the generated package.
        cls.__module__ = "agent_memory_client.types"

    @classmethod
    def _parse(cls: type[M], src: Any, strict: bool) -> M:
        raise NotImplementedError

    @classmethod
    def from_dict(cls: type[M], src: Mapping[str, Any]) -> M:
        """Read a response body (non-nullable fields must be present)."""
        return cls._parse(src, True)

    @classmethod
    def model_validate(cls: type[M], obj: Any) -> M:
        """A model from a dict (or a model) a caller built; fields not given stay None."""
        if isinstance(obj, cls):
            return obj
        if isinstance(obj, Model):
            obj = obj.to_dict()
        return cls._parse(obj, False)

    @classmethod
    def model_validate_json(cls: type[M], data: str | bytes) -> M:
        """``model_validate`` of a JSON document."""
        return cls.model_validate(json.loads(data))

    def _dump(self, mode: str, exclude_none: bool, by_alias: bool) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for attribute, key in self._FIELDS:
            value = getattr(self, attribute)
            if value is None and exclude_none:
                continue
            out[key if by_alias else attribute] = _dump_value(
                value, mode, exclude_none, by_alias
            )
        for key, value in self.additional_properties.items():
            if value is None and exclude_none:
                continue
            out[key] = _dump_value(value, mode, False, by_alias)
        return out

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON (the server's field names), leaving out fields that are None."""
        return self._dump("json", True, True)

    def model_dump(
        self,
        *,
        mode: Literal["python", "json"] = "python",
        exclude_none: bool = False,
        by_alias: bool = False,
    ) -> dict[str, Any]:
        """The model as a dict; ``mode="json"`` turns date-times into ISO strings."""
        if mode not in ("python", "json"):
            raise ValueError(f"mode must be 'python' or 'json', got {mode!r}")
        return self._dump(mode, exclude_none, by_alias)

    def model_dump_json(
        self,
        *,
        indent: int | None = None,
        exclude_none: bool = False,
        by_alias: bool = False,
    ) -> str:
        """The model as a JSON string."""
        data = self._dump("json", exclude_none, by_alias)
        return json.dumps(data, indent=indent, ensure_ascii=False)

    def model_copy(self: M, *, update: Mapping[str, Any] | None = None) -> M:
        """A shallow copy, with the attributes in ``update`` replaced."""
        copy = object.__new__(type(self))
        for attribute, _ in self._FIELDS:
            setattr(copy, attribute, getattr(self, attribute))
        copy.additional_properties = dict(self.additional_properties)
        for name, value in (update or {}).items():
            if not any(name == attribute for attribute, _ in self._FIELDS):
                raise AttributeError(f"{type(self).__name__} has no field {name!r}")
            setattr(copy, name, value)
        return copy

    @property
    def model_fields_set(self) -> set[str]:
        """The attributes that hold a value (not None)."""
        return {a for a, _ in self._FIELDS if getattr(self, a) is not None}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Model) or type(other) is not type(self):
            return NotImplemented
        same = all(getattr(self, a) == getattr(other, a) for a, _ in self._FIELDS)
        return same and self.additional_properties == other.additional_properties

    __hash__ = None  # type: ignore[assignment]  # mutable, like a dict

    def __repr__(self) -> str:
        parts = [
            f"{a}={getattr(self, a)!r}"
            for a, _ in self._FIELDS
            if _shown_field(getattr(self, a))
        ]
        parts.extend(f"{k}={v!r}" for k, v in self.additional_properties.items())
        return f"{type(self).__name__}({', '.join(parts)})"

    # Unknown fields, as the official client's models allowed: model["extra"].
    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class Operation(Generic[T]):
    """One request to the server, built by an endpoint module's ``request()``.

    ``parse`` reads the decoded JSON of a success response into ``T`` (raising
    ParseError); sending and error statuses are the caller's.
    """

    __slots__ = ("body", "method", "name", "params", "parse", "path")

    def __init__(
        self,
        *,
        name: str,
        method: str,
        path: str,
        params: dict[str, Any],
        body: Any,
        parse: Callable[[Any], T],
    ) -> None:
        self.name = name
        self.method = method
        self.path = path
        self.params = params
        self.body = body
        self.parse = parse

    def __repr__(self) -> str:
        return f"Operation({self.name}: {self.method} {self.path})"


def query(params: dict[str, Any]) -> dict[str, Any]:
    """Query parameters with None left out."""
    return {k: v for k, v in params.items() if v is not None}
