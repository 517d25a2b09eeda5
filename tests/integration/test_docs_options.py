"""docs/per-call-options.md's Python example runs as written against a real server.

(The section is a draft for the README, whose own examples tests/integration/test_readme.py
runs; this keeps the draft honest until it moves there.)
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

DOC = Path(__file__).resolve().parents[2] / "docs" / "per-call-options.md"


def test_the_per_call_options_example_runs(server_url: str) -> None:
    (code,) = re.findall(r"```python\n(.*?)```", DOC.read_text(), re.DOTALL)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code.replace("http://localhost:8000", server_url), str(DOC), "exec"), {})
    assert out.getvalue().splitlines() == [
        "True",
        "True",
        "200 application/json True",
        "MemoryRecordResults",
    ]
