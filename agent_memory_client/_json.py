"""JSON in and out of the wire, with orjson for decoding when it is installed.

``pip install 'agent-memory-client[speedups]'`` adds orjson, which decodes a large search
answer ~3x faster than the standard library. Encoding stays with the standard library:
request bodies are small, and orjson writes NaN as null where the standard library can
refuse it, which is what a caller who passed NaN should hear about.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["UnencodableBody", "decode", "encode"]

_loads: Callable[[bytes], Any] | None = None


class UnencodableBody(ValueError):
    """A request body that is not JSON (NaN, bytes, an object, nesting too deep)."""


def encode(body: Any) -> bytes:
    """The request body as compact UTF-8 JSON; raises UnencodableBody."""
    try:
        text = json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except ValueError as exc:  # NaN or infinity
        raise UnencodableBody(f"{exc} (JSON has no NaN or infinity)") from None
    except TypeError as exc:
        raise UnencodableBody(str(exc)) from None
    except RecursionError:
        raise UnencodableBody("it is nested too deeply to send as JSON") from None
    return text.encode()


def _choose_loads() -> Callable[[bytes], Any]:
    global _loads
    try:
        import orjson
    except ImportError:
        _loads = json.loads
    else:
        _loads = orjson.loads
    return _loads


def decode(content: bytes) -> Any:
    """The decoded response body; raises ValueError (or RecursionError) if it is not JSON."""
    loads = _loads or _choose_loads()
    return loads(content)
