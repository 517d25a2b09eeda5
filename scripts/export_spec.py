"""Export the Agent Memory Server's OpenAPI spec, normalised for code generation.

Run with the interpreter of the pinned server's environment (see ``make spec``):
importing the FastAPI app does not touch Redis.

Normalisation, so that the generated package reads well and regenerates byte for byte:
- operationIds become the route function names (``search_long_term_memory`` instead of
  FastAPI's ``search_long_term_memory_v1_long_term_memory_search_post``);
- every operation is tagged by the resource it works on, which gives the generated
  ``api/`` package one module per resource instead of one "default" folder;
- a property that is a ``$ref`` with a ``default`` beside it becomes ``allOf: [$ref]`` with
  the default (the generator drops a default that sits next to a bare ``$ref``, and the
  models read an absent field as its default);
- the JSON is written with sorted keys and a trailing newline.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

# The first path segment after /v1 names the resource; health and the task
# endpoints live at the top level.
_RESOURCE_TAGS = {
    "working-memory": "working-memory",
    "long-term-memory": "long-term-memory",
    "memory": "memory-prompt",
    "summary-views": "summary-views",
    "tasks": "tasks",
    "health": "health",
}


def _tag_for(path: str) -> str:
    parts = [p for p in path.split("/") if p]
    segment = parts[1] if parts and parts[0] == "v1" and len(parts) > 1 else parts[0]
    try:
        return _RESOURCE_TAGS[segment]
    except KeyError:
        raise SystemExit(
            f"export_spec: no resource tag for path {path!r}; add it to _RESOURCE_TAGS"
        ) from None


def _route_name(operation_id: str, path: str, method: str) -> str:
    # FastAPI's default id is ``<route name><path with non-word chars as _>_<method>``;
    # strip the suffix it appended to get the route function's name back.
    suffix = re.sub(r"\W", "_", path) + "_" + method.lower()
    if not operation_id.endswith(suffix):
        raise SystemExit(
            f"export_spec: unexpected operationId {operation_id!r} for {method} {path}"
        )
    return operation_id[: -len(suffix)]


def keep_ref_defaults(node: Any) -> None:
    """Wrap every ``{"$ref": ..., "default": ...}`` as ``{"allOf": [{"$ref": ...}], ...}``."""
    if isinstance(node, dict):
        if "$ref" in node and "default" in node:
            node["allOf"] = [{"$ref": node.pop("$ref")}]
        for value in node.values():
            keep_ref_defaults(value)
    elif isinstance(node, list):
        for value in node:
            keep_ref_defaults(value)


def normalise(spec: dict[str, Any]) -> dict[str, Any]:
    """Rename operationIds to route names, tag operations by resource, keep ref defaults."""
    keep_ref_defaults(spec)
    seen: set[str] = set()
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            name = _route_name(operation["operationId"], path, method)
            if name in seen:
                raise SystemExit(f"export_spec: two operations are named {name!r}")
            seen.add(name)
            operation["operationId"] = name
            operation["tags"] = [_tag_for(path)]
    return spec


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    args = parser.parse_args()

    from agent_memory_server.main import app  # the pinned server's app

    spec = normalise(app.openapi())
    args.output.write_text(json.dumps(spec, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    print(f"wrote {args.output} ({len(spec['paths'])} paths)", file=sys.stderr)


if __name__ == "__main__":
    main()
