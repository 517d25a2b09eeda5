"""Run the official agent-memory-client 0.14.0 test suite against this package (`make compat`).

We publish under the official client's name with a higher version, so its programs must run
unchanged on us. Its own test suite ships in its PyPI sdist; this script downloads it (once,
into .cache/), installs this package with the suite's pinned test dependencies into its own
venv, runs the suite with the sdist's pytest settings, and compares the outcome with
``tests/compat/official_failures.txt``: the tests that may fail, each with its reason.

It fails when fewer than MIN_PASSED tests pass, when a test fails that is not listed, or
when a listed test passes (the list is then out of date: remove the line).

    python scripts/official_compat.py            # prints the pass count and every failure
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
import venv
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CACHE = REPO / ".cache" / "official-compat"
VERSION = "0.14.0"
SDIST = f"agent_memory_client-{VERSION}"
EXPECTED = REPO / "tests" / "compat" / "official_failures.txt"
MIN_PASSED = 70
# The suite's own test dependencies, as its uv.lock pins them, plus langchain-core for its
# LangChain tests (any 1.x; this is the version the dev extra pins).
TEST_DEPS = (
    "pytest==8.4.0",
    "pytest-asyncio==1.0.0",
    "pytest-httpx==0.35.0",
    "langchain-core==1.8.1",
)


def _run(command: list[str], **kwargs: object) -> None:
    subprocess.run(command, check=True, **kwargs)  # type: ignore[call-overload]


def _suite() -> Path:
    """The unpacked sdist's tests folder, downloaded on first use."""
    tests = CACHE / SDIST / "tests"
    if tests.is_dir():
        return tests
    CACHE.mkdir(parents=True, exist_ok=True)
    print(f"compat: downloading the {SDIST} sdist (first run only)", file=sys.stderr)
    with tempfile.TemporaryDirectory() as download:
        _run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
              "--no-binary", ":all:", "--dest", download,
              f"agent-memory-client=={VERSION}"])  # fmt: skip
        archive = next(Path(download).glob("*.tar.gz"))
        with tarfile.open(archive) as tar:
            tar.extractall(CACHE, filter="data")
    return tests


def _python() -> Path:
    """A venv with this package (editable) and the suite's test dependencies."""
    env = CACHE / "venv"
    python = env / "bin" / "python"
    stamp = env / ".installed"
    wanted = "\n".join(TEST_DEPS) + "\n"
    if python.exists() and stamp.exists() and stamp.read_text() == wanted:
        return python
    print("compat: building the test venv (first run only)", file=sys.stderr)
    venv.create(env, with_pip=True, clear=True)
    _run([str(python), "-m", "pip", "install", "--quiet", "-e", str(REPO), *TEST_DEPS])
    stamp.write_text(wanted)
    return python


def _expected() -> dict[str, str]:
    """test id -> why it may fail, from the list (``id  # reason`` lines)."""
    listed = {}
    for line in EXPECTED.read_text().splitlines():
        test, _, reason = line.partition("#")
        if test.strip():
            listed[test.strip()] = reason.strip()
    return listed


def _outcomes(report: Path) -> dict[str, bool]:
    """test id (file::class::name) -> passed, from pytest's JUnit XML."""
    results = {}
    for case in ET.parse(report).getroot().iter("testcase"):
        module = case.get("classname", "").split(".")
        file = "/".join(p for p in module if p.startswith("test_")) + ".py"
        classes = [p for p in module if not p.startswith("test_") and p != "tests"]
        test_id = "::".join([file, *classes, case.get("name", "")])
        failed = any(case.find(tag) is not None for tag in ("failure", "error", "skipped"))
        results[test_id] = not failed
    return results


def main() -> int:
    tests = _suite()
    python = _python()
    with tempfile.TemporaryDirectory() as work:
        # The sdist's pytest settings (asyncio_mode = auto), from a folder of our own so
        # that this repository's pytest configuration does not apply.
        config = Path(work) / "pytest.ini"
        config.write_text("[pytest]\nasyncio_mode = auto\n")
        report = Path(work) / "report.xml"
        subprocess.run(
            [str(python), "-m", "pytest", "-q", "--tb=no", "-p", "no:cacheprovider",
             "-c", str(config), "--rootdir", str(tests.parent), f"--junitxml={report}",
             str(tests)],
            cwd=work,
            check=False,
        )  # fmt: skip
        outcomes = _outcomes(report)
    listed = _expected()
    passed = sorted(t for t, ok in outcomes.items() if ok)
    failed = sorted(t for t, ok in outcomes.items() if not ok)
    print(f"\ncompat: {len(passed)} of {len(outcomes)} official {VERSION} tests pass")
    for test in failed:
        reason = listed.get(test, "NOT LISTED: a regression, or list it with its reason")
        print(f"  fails: {test}\n         {reason}")
    problems = []
    if len(passed) < MIN_PASSED:
        problems.append(f"fewer than {MIN_PASSED} pass")
    unexpected = [t for t in failed if t not in listed]
    if unexpected:
        problems.append(f"{len(unexpected)} unexpected failure(s)")
    stale = sorted(t for t in listed if outcomes.get(t, False) or t not in outcomes)
    for test in stale:
        print(f"  listed but passes (or is gone): {test}: remove it from {EXPECTED.name}")
    if stale:
        problems.append(f"{len(stale)} stale line(s) in {EXPECTED.name}")
    if problems:
        print("compat: FAILED: " + "; ".join(problems))
        return 1
    print("compat: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
