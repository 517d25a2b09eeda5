"""A response of any shape reads as a model or raises ParseError, never anything else.

The client turns a ParseError into a MemoryResponseError; any other exception would reach
users raw. Every field of every model gets values of every JSON kind.
"""

from __future__ import annotations

import contextlib
from typing import Any

import pytest

import agent_memory_client.types as types
from agent_memory_client.types import ParseError

ODD_VALUES: list[Any] = [
    None,
    True,
    0,
    -1.5,
    "",
    "text",
    "2024-11-24T10:00:00Z",
    [],
    [1, "a", None],
    [{"id": "x"}],
    {},
    {"id": "x", "text": "y"},
    {"type": "text", "text": "t"},
]


def _models() -> list[type[types.Model]]:
    found = []
    for name in types.__all__:
        value = getattr(types, name)
        if isinstance(value, type) and issubclass(value, types.Model) and value._FIELDS:
            found.append(value)
    return found


@pytest.mark.parametrize("model", _models(), ids=lambda m: m.__name__)
def test_every_field_of_every_model_reads_or_raises_parse_error(model: type[Any]) -> None:
    for _, key in model._FIELDS:
        for value in ODD_VALUES:
            for strict in (True, False):
                with contextlib.suppress(ParseError):
                    model._parse({key: value}, strict)
    for document in ODD_VALUES:
        with contextlib.suppress(ParseError):
            model.from_dict(document)
