"""Which memory server the tool examples talk to, starting a local one when there is none.

In order: MEMORY_SERVER_URL; a server already answering at http://localhost:8000 (what
`make server` starts); else a local stack started now (Redis, the server and an offline
stand-in for the embedding model, on 127.0.0.1), stopped when the example ends.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

__all__ = ["DEFAULT_URL", "memory_server"]

DEFAULT_URL = "http://localhost:8000"
ROOT = Path(__file__).resolve().parent.parent


def _answers(url: str) -> bool:
    try:
        with httpx.Client(trust_env=False, timeout=2.0) as http:
            return http.get(f"{url}/v1/health").status_code == 200
    except httpx.HTTPError:
        return False


@contextlib.contextmanager
def memory_server() -> Iterator[str]:
    """The base URL of the memory server to use (see the module's docstring)."""
    configured = os.environ.get("MEMORY_SERVER_URL")
    if configured:
        print(f"Using the memory server at {configured}")
        yield configured
        return
    if _answers(DEFAULT_URL):
        print(f"Using the memory server at {DEFAULT_URL}")
        yield DEFAULT_URL
        return
    sys.path.insert(0, str(ROOT / "scripts"))
    import memory_stack

    print("No memory server at MEMORY_SERVER_URL or localhost:8000: starting a local one...")
    started = time.perf_counter()
    with memory_stack.running_stack(auth=False) as stack:
        print(f"Memory server ready at {stack.url} in {time.perf_counter() - started:.1f}s")
        yield stack.url
    print("Local memory server stopped.")
