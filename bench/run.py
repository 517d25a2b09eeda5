"""Benchmarks: our SDK (async and sync) against the reference client 0.14.0, same run.

    .venv/bin/python bench/run.py [--rounds N] [--quick]      (or: make bench)

Starts one server stack, then for each round runs every side in its own fresh processes,
in an order that rotates from round to round: the import-time probes, then one worker that
runs all other scenarios. Prints median and p95 per side and the ratio of medians
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
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(REPO / "scripts"))

import httpx  # noqa: E402
from _common import memories_stored  # noqa: E402
from memory_stack import ensure_server_env, running_stack  # noqa: E402 (needs scripts/)

SIDES = ("async", "sync", "reference")
REFERENCE = "reference"
ROWS = {  # key -> label; "peak_*" are bytes, the rest seconds
    "mock_search_100": "(1) search, 100 results, mock",
    "mock_get_wm_50": "(1) get working memory, 50 msgs, mock",
    "rt_new_client": "(2) new client + first get",
    "rt_create_1": "(2) create 1 memory",
    "rt_search_10": "(2) search, limit 10",
    "rt_get_wm": "(2) get working memory",
    "rt_put_wm": "(2) put working memory",
    "rt_memory_prompt": "(2) memory prompt",
    "batch_500_by_50": "(3) create 500, batches of 50",
    "import": "(4) import, fresh process",
    "peak_search_1000": "(5) peak memory, 1,000 results",
}
IMPORTS = {
    "async": "from agent_memory_client import MemoryAPIClient",
    "sync": "from agent_memory_client import SyncMemoryAPIClient",
    "reference": "from agent_memory_client import MemoryAPIClient, MemoryClientConfig",
}
PROBE = "import time; t = time.perf_counter(); {}; print(time.perf_counter() - t)"
FULL = {"mock": 40, "peak": 3, "round_trip": 10, "batch": 1, "import": 6}
QUICK = {"mock": 10, "peak": 1, "round_trip": 3, "batch": 1, "import": 2}
WARM_UP = {"mock": 3, "peak": 1, "round_trip": 2, "batch": 0, "import": 1}
SETTLE_TIMEOUT = 180.0
# Settings the client would pick up from the environment; the bench passes its own.
SCRUB = ("MEMORY_", "DEFAULT_USER_ID", "DEFAULT_NAMESPACE", "AGENT_MEMORY_CLIENT_LOG")

Samples = dict[str, dict[str, list[float]]]  # scenario -> side -> samples


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


def worker(python: Path, side: str, job: dict[str, Any], cwd: Path) -> dict[str, list[float]]:
    script = BENCH / ("_reference.py" if side == REFERENCE else "_ours.py")
    samples: dict[str, list[float]] = json.loads(
        _run([str(python), str(script), json.dumps({**job, "side": side})], cwd)
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
    pythons: dict[str, Path], order: tuple[str, ...], job: dict[str, Any], cwd: Path
) -> Samples:
    """Every side once, in the given order: the import probes, then a worker, then a settle."""
    samples: Samples = {key: {} for key in ROWS}
    iters = job["iterations"]
    for side in order:
        probes = [import_time(pythons[side], side, cwd) for _ in range(iters["import"])]
        samples["import"][side] = probes
        user = f"{job['user']}-{side}"
        for key, values in worker(pythons[side], side, {**job, "user": user}, cwd).items():
            samples[key][side] = values
        settle(job["url"], user, memories_stored(iters))
    return samples


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q * len(ordered) + 0.5) - 1))]


def summarize(samples: Samples) -> dict[str, Any]:
    rows: dict[str, Any] = {}
    for key, label in ROWS.items():
        sides = {
            side: {
                "median": statistics.median(values),
                "p95": percentile(values, 0.95),
                "n": len(values),
            }
            for side, values in samples[key].items()
        }
        ref = sides[REFERENCE]["median"]
        ratios = {s: sides[s]["median"] / ref for s in SIDES if s != REFERENCE}
        unit = "MiB" if key.startswith("peak") else "ms"
        rows[key] = {"label": label, "unit": unit, "sides": sides, "ratio": ratios}
    return rows


def _fmt(value: float, unit: str) -> str:
    scaled = value / 2**20 if unit == "MiB" else value * 1000
    return f"{scaled:.2f}" if scaled < 100 else f"{scaled:.0f}"


def table(rows: dict[str, Any]) -> str:
    head = f"{'scenario':<40}{'unit':<5}"
    head += "".join(f"{s + ' med / p95':>22}" for s in SIDES) + f"{'async/ref':>11}{'sync/ref':>10}"
    lines = [head, "-" * len(head)]
    for row in rows.values():
        unit = row["unit"]
        line = f"{row['label']:<40}{unit:<5}"
        for side in SIDES:
            stats = row["sides"][side]
            line += f"{_fmt(stats['median'], unit) + ' / ' + _fmt(stats['p95'], unit):>22}"
        line += f"{row['ratio']['async']:>11.2f}{row['ratio']['sync']:>10.2f}"
        lines.append(line)
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="rounds of all sides (default 5)")
    parser.add_argument("--quick", action="store_true", help="fewer iterations: a smoke test")
    args = parser.parse_args()
    iters = QUICK if args.quick else FULL
    pythons = {"async": Path(sys.executable), "sync": Path(sys.executable)}
    pythons[REFERENCE] = ensure_server_env()
    run_id = f"{int(time.time()):x}"
    samples: Samples = {key: {side: [] for side in SIDES} for key in ROWS}
    started = datetime.now(timezone.utc).isoformat(timespec="seconds")
    load_before = os.getloadavg()

    with tempfile.TemporaryDirectory(prefix="bench-") as tmp, running_stack(auth=False) as stack:
        cwd = Path(tmp)  # not the repo: there `import agent_memory_client` would find ours
        print(f"stack up at {stack.url}; a warm-up round, then {args.rounds}", file=sys.stderr)
        job = {"url": stack.url, "user": f"bench-{run_id}-warm-up", "iterations": WARM_UP}
        one_round(pythons, SIDES, job, cwd)  # bytecode caches, server caches: not counted
        for round_no in range(args.rounds):
            order = SIDES[round_no % 3 :] + SIDES[: round_no % 3]
            job = {"url": stack.url, "user": f"bench-{run_id}-{round_no}", "iterations": iters}
            for key, by_side in one_round(pythons, order, job, cwd).items():
                for side, values in by_side.items():
                    samples[key][side] += values
            print(f"round {round_no + 1}/{args.rounds} done", file=sys.stderr, flush=True)

    rows = summarize(samples)
    print(table(rows))
    results = {
        "command": " ".join([os.path.relpath(sys.executable, REPO), *sys.argv]),
        "started": started,
        "rounds": args.rounds,
        "iterations": iters,
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "loadavg_before": load_before,
            "loadavg_after": os.getloadavg(),
        },
        "interpreters": {s: _run([str(p), "-V"], REPO).strip() for s, p in pythons.items()},
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
