"""Benchmarks: our SDK (async and sync) against the reference client 0.14.0, same run.

    .venv/bin/python bench/run.py [--rounds N] [--quick]      (or: make bench)

Builds (once) the base-install venvs of both packages under .cache/bench-venvs/, starts one
server stack, then for each round runs every worker in its own fresh processes, in an order
that rotates from round to round: each side's import-time probes and one worker that runs
the other scenarios on a base install, and two more workers that run our mock scenarios
with the speedups extra (orjson). Prints median and p95 per side and the ratio of medians
ours / reference (lower is better), and writes everything to bench/results/latest.json.
See bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(REPO / "scripts"))

import httpx  # noqa: E402
from _common import memories_stored  # noqa: E402
from _venvs import SOURCES, ensure_base_venvs, installed, sources_digest  # noqa: E402
from memory_stack import ensure_server_env, running_stack  # noqa: E402 (needs scripts/)

SIDES = ("async", "sync", "reference")
REFERENCE = "reference"


@dataclass(frozen=True)
class Worker:
    """One worker process per round: a side, whether orjson is importable, which scenarios
    (the groups of _common.run_all), and whether the side's import probes run before it."""

    name: str
    side: str
    speedups: bool
    groups: tuple[str, ...]
    probes: bool


ALL = ("mock", "peak", "server")
WORKERS = (
    Worker("async", "async", speedups=False, groups=ALL, probes=True),
    Worker("sync", "sync", speedups=False, groups=ALL, probes=True),
    Worker("reference", REFERENCE, speedups=False, groups=ALL, probes=True),
    Worker("async+speedups", "async", speedups=True, groups=("mock",), probes=False),
    Worker("sync+speedups", "sync", speedups=True, groups=("mock",), probes=False),
)
SPEEDUPS = "+speedups"  # suffix of the sample keys of the speedups workers


@dataclass(frozen=True)
class Row:
    """One line of the table: ``key`` of the samples, and of the reference column's."""

    key: str
    label: str
    ours: str  # how our package is installed: "base", "speedups" (orjson), "dev" (.venv)
    unit: str = "ms"  # "ms" (samples in seconds), "MiB" (bytes), "hits" (1.0 or 0.0)
    reference: str = ""  # the reference's samples, when not under ``key``

    @property
    def reference_key(self) -> str:
        return self.reference or self.key


def _mock(key: str, label: str) -> list[Row]:
    return [Row(key, label, "base"), Row(key + SPEEDUPS, label, "speedups", reference=key)]


ROWS = [
    *_mock("mock_search_100", "(1) search, 100 results, mock"),
    *_mock("mock_search_1000", "(1) search, 1,000 results, mock"),
    *_mock("mock_get_wm_50", "(1) get working memory, 50 msgs, mock"),
    Row("rt_new_client", "(2) new client + first get", "base"),
    Row("rt_create_1", "(2) create 1 memory", "base"),
    Row("rt_search_10", "(2) search, limit 10", "base"),
    Row("rt_get_wm", "(2) get working memory", "base"),
    Row("rt_put_wm", "(2) put working memory", "base"),
    Row("rt_memory_prompt", "(2) memory prompt", "base"),
    Row("batch_500_by_50", "(3) create 500, batches of 50", "base"),
    Row("import_base", "(4) import, fresh process", "base"),
    Row("import_dev", "(4) import, fresh process", "dev"),
    Row("peak_search_1000", "(5) peak memory, 1,000 results", "base", "MiB"),
    Row("ryw_search", "(6) create 1, search for it at once", "base"),
    Row("ryw_search_hits", "(6)   ... found it", "base", "hits"),
    Row("ryw_get", "(6) create 1, get it by id at once", "base"),
    Row("ryw_get_hits", "(6)   ... found it", "base", "hits"),
]
IMPORTS = {
    "async": "from agent_memory_client import MemoryAPIClient",
    "sync": "from agent_memory_client import SyncMemoryAPIClient",
    "reference": "from agent_memory_client import MemoryAPIClient, MemoryClientConfig",
}
PROBE = "import time; t = time.perf_counter(); {}; print(time.perf_counter() - t)"
FULL = {"mock": 40, "peak": 3, "round_trip": 10, "ryw": 10, "batch": 1, "import": 6}
QUICK = {"mock": 10, "peak": 1, "round_trip": 3, "ryw": 3, "batch": 1, "import": 2}
WARM_UP = {"mock": 3, "peak": 1, "round_trip": 2, "ryw": 1, "batch": 0, "import": 1}
SETTLE_TIMEOUT = 180.0
# Settings the client would pick up from the environment; the bench passes its own.
SCRUB = ("MEMORY_", "DEFAULT_USER_ID", "DEFAULT_NAMESPACE", "AGENT_MEMORY_CLIENT_LOG")

Samples = dict[str, dict[str, list[float]]]  # row key -> side -> samples


@dataclass(frozen=True)
class Pythons:
    """Per side: the interpreter of its dev venv (workers, dev import probe) and of its
    base-install venv (base import probe)."""

    dev: dict[str, Path]
    base: dict[str, Path]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(SCRUB)}
    env.pop("PYTHONPATH", None)
    return env


def _run(argv: list[str], cwd: Path) -> str:
    done = subprocess.run(
        argv, cwd=cwd, env=_env(), capture_output=True, text=True, timeout=900, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv[:2])} failed ({done.returncode}):\n{done.stderr}")
    return done.stdout


def import_time(python: Path, side: str, cwd: Path) -> float:
    """Seconds to import the client in a fresh interpreter (-I: the repo is not on sys.path)."""
    return float(_run([str(python), "-I", "-c", PROBE.format(IMPORTS[side])], cwd))


def worker(python: Path, job: dict[str, Any], cwd: Path) -> dict[str, list[float]]:
    script = BENCH / ("_reference.py" if job["side"] == REFERENCE else "_ours.py")
    samples: dict[str, list[float]] = json.loads(
        _run([str(python), str(script), json.dumps(job)], cwd)
    )
    return samples


def settle(url: str, user: str, stored: int) -> None:
    """Wait until the server has indexed every memory the worker created.

    The server answers a create at once and indexes afterwards, in its own event loop (~6 s
    for 500 records): left running, that work would slow whichever side is measured next.
    """
    body = {"text": "settle", "user_id": {"eq": user}, "limit": 1, "offset": stored - 1}
    deadline = time.monotonic() + SETTLE_TIMEOUT
    with httpx.Client(base_url=url, trust_env=False, timeout=60.0) as http:
        while time.monotonic() < deadline:
            response = http.post("/v1/long-term-memory/search", json=body)
            if response.raise_for_status().json()["memories"]:
                return
            time.sleep(0.25)
    print(f"warning: {user}: server still indexing after {SETTLE_TIMEOUT:.0f} s", file=sys.stderr)


def one_round(
    pythons: Pythons, order: tuple[Worker, ...], job: dict[str, Any], cwd: Path
) -> Samples:
    """Every worker once, in the given order: a side's import probes (base install and dev
    venv taking turns), then its worker, then a settle if it used the server."""
    samples: Samples = {}
    iters = job["iterations"]
    for unit in order:
        side = unit.side
        if unit.probes:
            for _ in range(iters["import"]):
                for key, python in (("import_base", pythons.base), ("import_dev", pythons.dev)):
                    probe = import_time(python[side], side, cwd)
                    samples.setdefault(key, {}).setdefault(side, []).append(probe)
        user = f"{job['user']}-{unit.name}"
        run = {**job, "user": user, "side": side, "speedups": unit.speedups}
        for key, values in worker(pythons.dev[side], {**run, "groups": unit.groups}, cwd).items():
            row_key = key + SPEEDUPS if unit.speedups else key
            samples.setdefault(row_key, {})[side] = values
        if "server" in unit.groups:
            settle(job["url"], user, memories_stored(iters))
    return samples


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q * len(ordered) + 0.5) - 1))]


def summarize(samples: Samples) -> dict[str, Any]:
    rows: dict[str, Any] = {}
    for row in ROWS:
        by_side = {s: samples[row.key][s] for s in SIDES if s != REFERENCE}
        by_side[REFERENCE] = samples[row.reference_key][REFERENCE]
        sides: dict[str, dict[str, float]] = {}
        for side, values in by_side.items():
            if row.unit == "hits":
                sides[side] = {"hits": sum(values), "n": len(values)}
            else:
                stats = {"median": statistics.median(values), "p95": percentile(values, 0.95)}
                sides[side] = {**stats, "n": len(values)}
        ratios: dict[str, float | None] = {s: None for s in SIDES if s != REFERENCE}
        if row.unit != "hits":
            ref = sides[REFERENCE]["median"]
            ratios = {s: sides[s]["median"] / ref for s in ratios}
        rows[row.key] = {
            "label": row.label,
            "ours": row.ours,
            "unit": row.unit,
            "reference_samples": row.reference_key,
            "sides": sides,
            "ratio": ratios,
        }
    return rows


def _fmt(value: float, unit: str) -> str:
    scaled = value / 2**20 if unit == "MiB" else value * 1000
    return f"{scaled:.2f}" if scaled < 100 else f"{scaled:.0f}"


def _cell(stats: dict[str, float], unit: str) -> str:
    if unit == "hits":
        return f"{stats['hits']:.0f}/{stats['n']:.0f} found"
    return f"{_fmt(stats['median'], unit)} / {_fmt(stats['p95'], unit)}"


def table(rows: dict[str, Any]) -> str:
    head = f"{'scenario':<38}{'ours':<10}{'unit':<6}"
    head += "".join(f"{s + ' med / p95':>22}" for s in SIDES) + f"{'async/ref':>11}{'sync/ref':>10}"
    lines = [head, "-" * len(head)]
    for row in rows.values():
        unit = row["unit"]
        line = f"{row['label']:<38}{row['ours']:<10}{unit:<6}"
        line += "".join(f"{_cell(row['sides'][side], unit):>22}" for side in SIDES)
        for side, width in (("async", 11), ("sync", 10)):
            ratio = row["ratio"][side]
            line += f"{'-':>{width}}" if ratio is None else f"{ratio:>{width}.2f}"
        lines.append(line)
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="rounds of all sides (default 5)")
    parser.add_argument("--quick", action="store_true", help="fewer iterations: a smoke test")
    args = parser.parse_args()
    iters = QUICK if args.quick else FULL
    base = ensure_base_venvs()
    pythons = Pythons(
        dev={"async": Path(sys.executable), "sync": Path(sys.executable)},
        base={"async": base["ours"], "sync": base["ours"], REFERENCE: base["reference"]},
    )
    pythons.dev[REFERENCE] = ensure_server_env()
    run_id = f"{int(time.time()):x}"
    # .venv has our package installed editable: an edit during the run would change it.
    sources = sources_digest()
    commit = _run(["git", "rev-parse", "HEAD"], REPO).strip()
    status = ["git", "status", "--porcelain", "--", "pyproject.toml", *SOURCES]
    uncommitted = bool(_run(status, REPO).strip())
    samples: Samples = {}
    started = datetime.now(timezone.utc).isoformat(timespec="seconds")
    load_before = os.getloadavg()

    with tempfile.TemporaryDirectory(prefix="bench-") as tmp, running_stack(auth=False) as stack:
        cwd = Path(tmp)  # not the repo: there `import agent_memory_client` would find ours
        print(f"stack up at {stack.url}; a warm-up round, then {args.rounds}", file=sys.stderr)
        job = {"url": stack.url, "user": f"bench-{run_id}-warm-up", "iterations": WARM_UP}
        one_round(pythons, WORKERS, job, cwd)  # bytecode caches, server caches: not counted
        for round_no in range(args.rounds):
            turn = round_no % len(WORKERS)
            order = WORKERS[turn:] + WORKERS[:turn]
            job = {"url": stack.url, "user": f"bench-{run_id}-{round_no}", "iterations": iters}
            for key, by_side in one_round(pythons, order, job, cwd).items():
                for side, values in by_side.items():
                    samples.setdefault(key, {}).setdefault(side, []).extend(values)
            print(f"round {round_no + 1}/{args.rounds} done", file=sys.stderr, flush=True)

    rows = summarize(samples)
    print(table(rows))
    changed = sources_digest() != sources
    if changed:
        print("warning: our package's sources changed during the run", file=sys.stderr)
    results = {
        "command": " ".join([os.path.relpath(sys.executable, REPO), *sys.argv]),
        "started": started,
        "rounds": args.rounds,
        "ours": {
            "commit": commit,
            "uncommitted_changes": uncommitted,
            "sources_sha256": sources,
            "changed_during_run": changed,
        },
        "iterations": iters,
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "loadavg_before": load_before,
            "loadavg_after": os.getloadavg(),
        },
        "interpreters": {
            f"{side} ({kind})": _run([str(python), "-V"], REPO).strip()
            for kind, by_side in (("dev", pythons.dev), ("base", pythons.base))
            for side, python in by_side.items()
        },
        "base_venvs": {name: installed(python) for name, python in base.items()},
        "scenarios": rows,
        "samples": samples,
    }
    out = BENCH / "results" / "latest.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=1) + "\n")
    print(f"\nwritten to {out.relative_to(REPO)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
