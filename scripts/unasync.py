"""Generate the sync twin of the async I/O shell (and of the async tests).

Each ``_async/*.py`` under agent_memory_client/ and tests/ is a source; it becomes
``_sync/<same name>.py`` beside it by whole-token substitutions, then the pinned ruff
sorts its imports and formats it. ``--check`` compares instead of writing and fails on
any difference. A rule that no longer matches anything is an error too, so the table cannot rot.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (async spelling, sync spelling); applied in order, as whole words unless noted.
RULES: list[tuple[str, str]] = [
    ("AsyncMemoryAPIClientWithRawResponse", "SyncMemoryAPIClientWithRawResponse"),
    ("AsyncMemoryAPIClient", "SyncMemoryAPIClient"),
    ("AsyncRetryTransport", "SyncRetryTransport"),
    ("AsyncDelegatingTransport", "SyncDelegatingTransport"),
    ("AsyncLoopBoundTransport", "SyncLoopBoundTransport"),
    ("running_loop", "no_loop"),
    ("AsyncBaseTransport", "BaseTransport"),
    ("AsyncHTTPTransport", "HTTPTransport"),
    ("AsyncClient", "Client"),
    ("AsyncIterator", "Iterator"),
    ("handle_async_request", "handle_request"),
    ("__aenter__", "__enter__"),
    ("__aexit__", "__exit__"),
    ("aclose", "close"),
    ("aread", "read"),
    ("asyncio.sleep", "time.sleep"),
    ("import asyncio", "import time"),
    ("AsyncToolResolver", "SyncToolResolver"),
    ("AsyncSessionLocks", "SyncSessionLocks"),
    ("AsyncSessions", "SyncSessions"),
    ("from asyncio import Lock", "from threading import Lock"),
    ("from asyncio import gather", ""),
    ("asynccontextmanager", "contextmanager"),
    ("gather(*calls)", "calls"),
    ("gather(first, second)", "(first, second)"),
    ('Awaitable["fmt.Outcome"]', '"fmt.Outcome"'),
    ("Awaitable[RawResponse[R]]", "RawResponse[R]"),
    ("Awaitable[R]", "R"),
    ("AsyncOpenAI", "OpenAI"),
    ("AsyncAnthropic", "Anthropic"),
    ("ainvoke", "invoke"),  # LangChain runnables and tools
]
# Plain-text rules (not whole words).
TEXT_RULES: list[tuple[str, str]] = [
    ("async def ", "def "),
    ("async with ", "with "),
    ("async for ", "for "),
    ("await ", ""),
]

HEADER = "# Generated from {path} by scripts/unasync.py: do not edit.\n"


def _compile() -> list[tuple[re.Pattern[str], str, str]]:
    # Whole tokens only, so `aclose` never matches inside a longer name like `_aclose_all`.
    return [(re.compile(rf"(?<!\w){re.escape(a)}(?!\w)"), b, a) for a, b in RULES]


def unasync_text(text: str, used: set[str]) -> str:
    """The sync spelling of one async source file."""
    for pattern, replacement, name in _compile():
        text, count = pattern.subn(replacement, text)
        if count:
            used.add(name)
    for old, new in TEXT_RULES:
        if old in text:
            used.add(old)
            text = text.replace(old, new)
    return text


def _ruff(text: str, filename: Path, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", *args, "--stdin-filename", str(filename), "-"],
        input=text,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return result.stdout


def _format(text: str, filename: Path) -> str:
    # Renames change the sort order of imports and the length of lines: sort, then format.
    text = _ruff(text, filename, "check", "--fix-only", "--select", "I,F401", "--quiet")
    return _ruff(text, filename, "format", "--quiet")


def _source_dirs() -> list[Path]:
    # Every `_async` folder of the package and of the tests has a `_sync` twin beside it.
    return sorted(
        path for top in ("agent_memory_client", "tests") for path in (ROOT / top).rglob("_async")
    )


def _unasync_dir(source_dir: Path, target_dir: Path, used: set[str], check: bool) -> list[str]:
    stale = []
    expected = set()
    for source in sorted(source_dir.glob("*.py")):
        target = target_dir / source.name
        expected.add(target.name)
        relative = source.relative_to(ROOT)
        text = HEADER.format(path=relative) + unasync_text(source.read_text(), used)
        text = _format(text, target)
        if check:
            if not target.exists() or target.read_text() != text:
                stale.append(str(target.relative_to(ROOT)))
        else:
            target_dir.mkdir(exist_ok=True)
            target.write_text(text)
    for extra in sorted(target_dir.glob("*.py")):
        if extra.name not in expected:
            stale.append(f"{extra.relative_to(ROOT)} (no async source)")
    return stale


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()

    used: set[str] = set()
    stale: list[str] = []
    for source_dir in _source_dirs():
        stale.extend(_unasync_dir(source_dir, source_dir.parent / "_sync", used, args.check))

    unused = [name for name, _ in RULES + TEXT_RULES if name not in used]
    if unused:
        print(f"unasync: rules that matched nothing: {unused}", file=sys.stderr)
        return 1
    if stale:
        print(
            "unasync: out of date, run `make generate`:\n  " + "\n  ".join(stale), file=sys.stderr
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
