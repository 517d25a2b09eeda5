"""A wrong type in a user's call is a mypy error, not a surprise at run time.

tests/user_code/spec_forms.py holds the spec's forms, which must type-check (``make types``);
this runs mypy --strict on code that must not, and checks each line is flagged.
"""

from __future__ import annotations

import re
from pathlib import Path

from mypy import api as mypy_api

ROOT = Path(__file__).resolve().parents[2]

# Each line marked `# E: <code>` must get that mypy error code, and no other line any.
WRONG = """
from agent_memory_client import MemoryAPIClient, SyncMemoryAPIClient

async def calls(client: MemoryAPIClient) -> None:
    await client.search_long_term_memory(text="x", user_id=123)  # E: arg-type
    await client.search_long_term_memory(text="x", topics=[1, 2])  # E: list-item
    await client.search_long_term_memory(text="x", colour="red")  # E: call-arg
    await client.search_long_term_memory(text="x", created_after="2024-01-01")  # E: arg-type
    await client.search_long_term_memory(text="x", memory_type="fact")  # E: arg-type
    await client.memory_prompt("q", session={"session": "s1"})  # E: arg-type
    await client.get_working_memory(42)  # E: arg-type
    task = await client.wait_for_task("t1")
    print(task.type_)  # E: attr-defined
    await client.get_task("t1", timeout="5")  # E: arg-type
    await client.get_task("t1", extra_body={"a": 1})  # E: call-arg
    await client.search_long_term_memory("q", extra_headers={"X-A": 1})  # E: dict-item
    await client.wait_for_task("t1", extra_body={})  # E: call-arg
    raw = await client.with_raw_response.search_long_term_memory("q")
    raw.parse().nonsense  # E: attr-defined
    client.with_raw_response.search_all_long_term_memories("q")  # E: attr-defined
    client.with_raw_response.resolve_tool_call({})  # E: attr-defined
    client.with_options(timeout="slow")  # E: arg-type

def sync_calls(client: SyncMemoryAPIClient) -> None:
    memory = client.get_long_term_memory("m1")
    memory.created_at.nonsense()  # E: attr-defined
    client.set_working_memory("s1", {}, ttl_seconds="60")  # E: arg-type
    client.with_raw_response.wait_for_task("t1").parse().type_  # E: attr-defined
    client.with_raw_response.bulk_create_long_term_memories([])  # E: attr-defined
"""


def test_wrong_types_in_user_code_are_mypy_errors(tmp_path: Path) -> None:
    script = tmp_path / "user_script.py"
    script.write_text(WRONG)
    stdout, _, _ = mypy_api.run(
        [
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(tmp_path / "mypy-cache"),
            "--no-error-summary",
            "--show-error-codes",
            str(script),
        ]
    )
    found: dict[int, set[str]] = {}
    for line in stdout.splitlines():
        match = re.match(r".*user_script\.py:(\d+): error: .*\[([a-z-]+)\]$", line)
        if match:
            found.setdefault(int(match[1]), set()).add(match[2])
    expected = {
        number: {marker.split("# E: ")[1].strip()}
        for number, marker in enumerate(WRONG.splitlines(), start=1)
        if "# E: " in marker
    }
    assert found == expected, stdout
