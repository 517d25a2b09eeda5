"""Throw-away venvs with a user's base install of each side, for the import-time row.

``.cache/bench-venvs/ours``: ``pip install <this checkout>`` (no extras: httpx, attrs,
python-dateutil and what they need). ``.cache/bench-venvs/reference``: ``pip install
agent-memory-client==0.14.0`` (httpx, pydantic, python-ulid). Both on the Python that .venv
was made from (3.11; the reference declares ``Requires-Python >=3.10``), ``BENCH_PYTHON``
overrides. The dev venvs hold more: there ``import httpx`` also loads its command-line
tool's ``rich``, ``click`` and ``pygments``, which happen to be installed there.

Each venv is built once and reused while its marker (``.bench-installed``: the interpreter,
the pip arguments and, for ours, a hash of the package sources) still matches; a change to
the sources rebuilds ours (~20 s). Only the standard library: run.py imports this from .venv.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
VENVS = REPO / ".cache" / "bench-venvs"
REFERENCE_SPEC = "agent-memory-client==0.14.0"
# What `pip install <checkout>` puts in the wheel (pyproject: packages), and its metadata.
SOURCES = ("agent_memory_client", "generated/agent_memory_client_generated")
MARKER = ".bench-installed"


def base_interpreter() -> Path:
    """Python 3.11: the interpreter .venv was made from, unless BENCH_PYTHON says otherwise."""
    override = os.environ.get("BENCH_PYTHON")
    if override:
        return Path(override)
    return Path(getattr(sys, "_base_executable", sys.executable))


def sources_digest() -> str:
    """A hash of the files `pip install <checkout>` packages (caches excluded)."""
    digest = hashlib.sha256((REPO / "pyproject.toml").read_bytes())
    for folder in SOURCES:
        for path in sorted((REPO / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                digest.update(str(path.relative_to(REPO)).encode() + b"\0")
                digest.update(path.read_bytes())
    return digest.hexdigest()


def ensure_base_venvs() -> dict[str, Path]:
    """Build (if needed) both base-install venvs; their Pythons, "ours" and "reference"."""
    VENVS.mkdir(parents=True, exist_ok=True)
    with _exclusive(VENVS / ".lock"):
        return {
            "ours": _ensure(VENVS / "ours", [str(REPO)], sources_digest()),
            "reference": _ensure(VENVS / "reference", [REFERENCE_SPEC], REFERENCE_SPEC),
        }


def installed(python: Path) -> list[str]:
    """``pip freeze`` of a venv (ours shows as a file URL)."""
    argv = [str(python), "-m", "pip", "freeze", "--disable-pip-version-check"]
    return subprocess.run(argv, capture_output=True, text=True, check=True).stdout.splitlines()


def _ensure(venv: Path, requirements: list[str], identity: str) -> Path:
    python = venv / "bin" / "python"
    interpreter = base_interpreter()
    want = json.dumps({"python": str(interpreter), "pip": requirements, "identity": identity})
    marker = venv / MARKER
    with contextlib.suppress(FileNotFoundError):
        if python.exists() and marker.read_text() == want:
            return python
    log = venv.with_suffix(".log")
    print(
        f"bench: building {venv.relative_to(REPO)}: pip install {' '.join(requirements)}"
        f" (log: {log.relative_to(REPO)})",
        file=sys.stderr,
        flush=True,
    )
    pip = [str(python), "-m", "pip", "install", "--no-input", "--disable-pip-version-check"]
    with open(log, "w") as out:
        for argv in ([str(interpreter), "-m", "venv", "--clear", str(venv)], [*pip, *requirements]):
            out.write(f"$ {' '.join(argv)}\n")
            out.flush()
            done = subprocess.run(argv, stdout=out, stderr=subprocess.STDOUT, check=False)
            if done.returncode != 0:
                raise RuntimeError(f"{' '.join(argv[:4])} failed; see {log}")
    # Written last, from the sources as hashed before the install: a change made meanwhile
    # rebuilds next time.
    marker.write_text(want)
    return python


@contextlib.contextmanager
def _exclusive(path: Path) -> Iterator[None]:
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # released when the file is closed
        yield


if __name__ == "__main__":  # build them now: python bench/_venvs.py
    for side, python in ensure_base_venvs().items():
        print(side, python, *installed(python), sep="\n  ")
