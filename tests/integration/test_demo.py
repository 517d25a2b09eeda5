"""`make demo`'s program runs against a server and shows each step's result."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

DEMO = Path(__file__).resolve().parents[2] / "examples" / "demo.py"


def test_demo_runs_every_step_against_the_configured_server(server_url: str) -> None:
    env = {**os.environ, "MEMORY_SERVER_URL": server_url}
    env.pop("OPENAI_API_KEY", None)
    done = subprocess.run(
        [sys.executable, str(DEMO)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert f"Using the memory server at {server_url}" in out
    assert out.count("  stored ") == 3
    assert "User prefers morning meetings, ideally at 9 AM" in out
    assert "the session holds 3 messages:" in out
    assert "[user] Can we schedule a meeting about the trip?" in out
    listing = out.split("[system] ## Long term memories related to the user's query\n")[1]
    bullets = listing.split("  [user]")[0].splitlines()
    assert len(bullets) == 3
    assert all(line.startswith("      - User ") for line in bullets), bullets
    assert "raises MemoryNotFoundError (404)" in out
