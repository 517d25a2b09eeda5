"""Count the server operations each client reaches: `python scripts/operation_coverage.py`.

Reads the operations from openapi.json and, for each client class, the generated endpoint
modules its methods pass to ``_call``; prints the table and exits 1 if any is missing.
"""

from __future__ import annotations

import ast
import inspect
import json
import sys
from pathlib import Path

from agent_memory_client import AsyncMemoryAPIClient, SyncMemoryAPIClient

ROOT = Path(__file__).resolve().parent.parent


def _operations() -> dict[str, str]:
    spec = json.loads((ROOT / "openapi.json").read_text())
    return {
        op["operationId"]: f"{method.upper()} {path}"
        for path, item in spec["paths"].items()
        for method, op in item.items()
    }


def _reached(cls: type) -> dict[str, list[str]]:
    """operationId -> the public methods whose body sends it through ``self._call``."""
    tree = ast.parse(inspect.getsource(cls))
    reached: dict[str, list[str]] = {}
    for node in ast.walk(tree):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for call in ast.walk(node):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "_call"
                and len(call.args) >= 2
                and isinstance(call.args[1], ast.Name)
            ):
                reached.setdefault(call.args[1].id, []).append(node.name)
    return reached


def main() -> int:
    operations = _operations()
    missing_any = False
    for cls in (AsyncMemoryAPIClient, SyncMemoryAPIClient):
        reached = _reached(cls)
        covered = [op for op in operations if op in reached]
        print(f"{cls.__name__}: {len(covered)} of {len(operations)} operations")
        for op, route in sorted(operations.items(), key=lambda kv: kv[1]):
            methods = ", ".join(sorted(set(reached.get(op, [])))) or "MISSING"
            print(f"  {route:<52} {op:<38} {methods}")
        missing_any |= len(covered) != len(operations)
    return 1 if missing_any else 0


if __name__ == "__main__":
    sys.exit(main())
