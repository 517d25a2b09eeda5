"""What changed between two OpenAPI specs of the server, marked breaking or additive.

    python scripts/spec_diff.py                        # the committed spec vs openapi.json
    python scripts/spec_diff.py --base v0.3.0          # a git ref's openapi.json vs openapi.json
    python scripts/spec_diff.py --base old.json --new new.json --output -

``make spec`` and ``make generate`` run it. It prints a summary to the terminal and writes
``openapi.diff.md`` (commit it with openapi.json: it is what a reviewer reads in the pull
request). The report is deterministic: sorted, no dates, no commit ids.

The base, unless ``--base`` names one: git HEAD's openapi.json when the working copy differs
from it (a regeneration in progress); otherwise the spec before the last commit that changed
openapi.json, so that re-running after the commit rewrites the same report.

What is compared: operations (by method and path, and their operationId), parameters (by
location and name: required-ness, type), and every component schema's fields (added,
removed, type, required-ness, enum values, default). Whether a change breaks the SDK
depends on the direction the schema travels, which is found by following ``$ref`` from the
request bodies (request) and the responses (response):

- request: a new optional field is additive; a new required field, a removed field, a field
  that became required, a type change or a removed enum value is breaking;
- response: a new field is additive; a removed field, a field that became optional, a type
  change or a new enum value (the generated Literal refuses it) is breaking.

A default that changed is listed as ``changed``: neither, but worth a look.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC = "openapi.json"
REPORT = ROOT / "openapi.diff.md"
_METHODS = ("get", "put", "post", "patch", "delete", "head", "options")
_IMPACTS = ("breaking", "additive", "changed")
_TERMINAL_LINES = 40

Spec = Mapping[str, Any]


@dataclass(frozen=True, order=True)
class Change:
    """One difference. ``section`` groups the report; ``subject`` is what changed."""

    section: str  # "operations", "parameters" or "schemas"
    subject: str
    what: str  # "added", "removed", "type", "required", "enum", "default", ...
    impact: str  # one of _IMPACTS
    detail: str = ""


# --------------------------------------------------------------------------- schema helpers


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def type_of(schema: Any) -> str:
    """A short, stable rendering of a schema's type: ``list[MemoryRecord] | null``."""
    if not isinstance(schema, Mapping):
        return "any"
    if "$ref" in schema:
        return _ref_name(schema["$ref"])
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return " | ".join(type_of(s) for s in schema[key])
    if "allOf" in schema:
        return " & ".join(type_of(s) for s in schema["allOf"])
    if "const" in schema:
        return json.dumps(schema["const"])
    kind = schema.get("type")
    if isinstance(kind, list):
        return " | ".join(type_of({**schema, "type": k}) for k in kind)
    if kind == "array":
        return f"list[{type_of(schema.get('items'))}]"
    if kind == "object" or (kind is None and "properties" in schema):
        extra = schema.get("additionalProperties")
        return f"dict[str, {type_of(extra)}]" if isinstance(extra, Mapping) else "object"
    if kind == "string" and "format" in schema:
        return f"string({schema['format']})"
    return str(kind) if kind else "any"


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, Mapping):
        if isinstance(node.get("$ref"), str):
            yield _ref_name(node["$ref"])
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _reachable(spec: Spec, roots: Iterator[str]) -> set[str]:
    schemas = spec.get("components", {}).get("schemas", {})
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        todo.extend(_refs(schemas[name]))
    return seen


def _operations(spec: Spec) -> dict[str, Mapping[str, Any]]:
    """``"POST /v1/..." -> operation``."""
    return {
        f"{method.upper()} {path}": op
        for path, item in spec.get("paths", {}).items()
        for method, op in item.items()
        if method in _METHODS
    }


def directions(spec: Spec) -> dict[str, set[str]]:
    """Schema name -> {"request", "response"}: which way the schema travels."""
    request_roots: list[str] = []
    response_roots: list[str] = []
    for op in _operations(spec).values():
        request_roots.extend(_refs(op.get("requestBody", {})))
        request_roots.extend(_refs(op.get("parameters", [])))
        for status, response in op.get("responses", {}).items():
            if str(status).startswith("2"):
                response_roots.extend(_refs(response))
    result: dict[str, set[str]] = {}
    for direction, roots in (("request", request_roots), ("response", response_roots)):
        for name in _reachable(spec, iter(roots)):
            result.setdefault(name, set()).add(direction)
    return result


def _enum(schema: Any) -> list[Any] | None:
    """The enum values of a schema or of the one non-null branch of its anyOf."""
    if not isinstance(schema, Mapping):
        return None
    if "enum" in schema:
        return list(schema["enum"])
    branches = [s for s in schema.get("anyOf", []) if s.get("type") != "null"]
    return _enum(branches[0]) if len(branches) == 1 else None


# --------------------------------------------------------------------------- rules


def _impact(what: str, directions: set[str]) -> str:
    """Whether a field-level change breaks the SDK, given where the schema travels."""
    request = "request" in directions
    response = "response" in directions
    breaking = {
        "removed": True,
        "type": True,
        "added required": request,
        "added": False,
        "became required": request,
        "became optional": response,
        "enum value removed": request,
        "enum value added": response,
    }
    if what == "default":
        return "changed"
    return "breaking" if breaking[what] else "additive"


def _used_in(dirs: set[str]) -> str:
    return " + ".join(sorted(dirs)) or "unused"


def _field_changes(
    name: str, old: Mapping[str, Any], new: Mapping[str, Any], dirs: set[str]
) -> Iterator[Change]:
    used = _used_in(dirs)
    old_props: Mapping[str, Any] = old.get("properties", {})
    new_props: Mapping[str, Any] = new.get("properties", {})
    old_req = set(old.get("required", []))
    new_req = set(new.get("required", []))

    def change(field: str, what: str, detail: str = "") -> Change:
        subject = f"{name}.{field}" if field else name
        return Change("schemas", subject, what, _impact(what, dirs), f"{detail} ({used})".strip())

    for field in sorted(set(new_props) - set(old_props)):
        what = "added required" if field in new_req else "added"
        yield change(field, what, f"`{type_of(new_props[field])}`")
    for field in sorted(set(old_props) - set(new_props)):
        yield change(field, "removed", f"was `{type_of(old_props[field])}`")
    for field in sorted(set(old_props) & set(new_props)):
        before, after = old_props[field], new_props[field]
        if type_of(before) != type_of(after):
            yield change(field, "type", f"`{type_of(before)}` -> `{type_of(after)}`")
        if (field in old_req) != (field in new_req):
            yield change(field, "became required" if field in new_req else "became optional")
        yield from (change(field, w, d) for w, d in _enum_changes(before, after))
        if before.get("default") != after.get("default"):
            detail = (
                f"`{json.dumps(before.get('default'))}` -> `{json.dumps(after.get('default'))}`"
            )
            yield change(field, "default", detail)
    yield from (change("", w, d) for w, d in _enum_changes(old, new))


def _enum_changes(old: Any, new: Any) -> Iterator[tuple[str, str]]:
    before, after = _enum(old), _enum(new)
    if before is None or after is None:
        return
    for value in sorted(set(map(str, after)) - set(map(str, before))):
        yield "enum value added", f"`{value}`"
    for value in sorted(set(map(str, before)) - set(map(str, after))):
        yield "enum value removed", f"`{value}`"


def _parameter_changes(
    key: str, old: Mapping[str, Any], new: Mapping[str, Any]
) -> Iterator[Change]:
    def params(op: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
        return {f"{p['in']} {p['name']}": p for p in op.get("parameters", [])}

    before, after = params(old), params(new)
    for name in sorted(set(after) - set(before)):
        required = bool(after[name].get("required"))
        what = "added required" if required else "added"
        detail = f"`{type_of(after[name].get('schema'))}`"
        yield Change(
            "parameters", f"{key} {name}", what, "breaking" if required else "additive", detail
        )
    for name in sorted(set(before) - set(after)):
        yield Change("parameters", f"{key} {name}", "removed", "breaking")
    for name in sorted(set(before) & set(after)):
        was, now = before[name], after[name]
        if type_of(was.get("schema")) != type_of(now.get("schema")):
            detail = f"`{type_of(was.get('schema'))}` -> `{type_of(now.get('schema'))}`"
            yield Change("parameters", f"{key} {name}", "type", "breaking", detail)
        if bool(was.get("required")) != bool(now.get("required")):
            became = "became required" if now.get("required") else "became optional"
            impact = "breaking" if now.get("required") else "additive"
            yield Change("parameters", f"{key} {name}", became, impact)
        for what, detail in _enum_changes(was.get("schema"), now.get("schema")):
            impact = "breaking" if what == "enum value removed" else "additive"
            yield Change("parameters", f"{key} {name}", what, impact, detail)


def _body(op: Mapping[str, Any]) -> str:
    content = op.get("requestBody", {}).get("content", {})
    return ", ".join(type_of(c.get("schema")) for c in content.values())


def diff(old: Spec, new: Spec) -> list[Change]:
    """Every change from ``old`` to ``new``, sorted by section and subject."""
    changes: list[Change] = []
    old_ops, new_ops = _operations(old), _operations(new)
    for key in sorted(set(new_ops) - set(old_ops)):
        detail = f"`{new_ops[key].get('operationId')}`"
        changes.append(Change("operations", key, "added", "additive", detail))
    for key in sorted(set(old_ops) - set(new_ops)):
        detail = f"`{old_ops[key].get('operationId')}`"
        changes.append(Change("operations", key, "removed", "breaking", detail))
    for key in sorted(set(old_ops) & set(new_ops)):
        was, now = old_ops[key], new_ops[key]
        if was.get("operationId") != now.get("operationId"):
            detail = f"`{was.get('operationId')}` -> `{now.get('operationId')}`"
            changes.append(Change("operations", key, "renamed", "breaking", detail))
        if _body(was) != _body(now):
            detail = f"`{_body(was) or 'none'}` -> `{_body(now) or 'none'}`"
            changes.append(Change("operations", key, "request body", "breaking", detail))
        changes.extend(_parameter_changes(key, was, now))

    old_schemas = old.get("components", {}).get("schemas", {})
    new_schemas = new.get("components", {}).get("schemas", {})
    old_dirs, new_dirs = directions(old), directions(new)
    for name in sorted(set(new_schemas) - set(old_schemas)):
        used = _used_in(new_dirs.get(name, set()))
        changes.append(Change("schemas", name, "added", "additive", f"({used})"))
    for name in sorted(set(old_schemas) - set(new_schemas)):
        used = _used_in(old_dirs.get(name, set()))
        changes.append(Change("schemas", name, "removed", "breaking", f"({used})"))
    for name in sorted(set(old_schemas) & set(new_schemas)):
        dirs = old_dirs.get(name, set()) | new_dirs.get(name, set())
        changes.extend(_field_changes(name, old_schemas[name], new_schemas[name], dirs))
    return sorted(changes)


# --------------------------------------------------------------------------- output


def _version(spec: Spec) -> str:
    return str(spec.get("info", {}).get("version", "?")) if spec else "none"


def report(changes: list[Change], old: Spec, new: Spec, base_label: str) -> str:
    """The markdown report."""
    counts = {impact: sum(c.impact == impact for c in changes) for impact in _IMPACTS}
    lines = [
        "# openapi.json changes",
        "",
        "Written by `scripts/spec_diff.py` (`make spec`, `make generate`); do not edit.",
        "",
        f"- before: {base_label}, server {_version(old)}",
        f"- after: openapi.json, server {_version(new)}",
        f"- **{counts['breaking']} breaking, {counts['additive']} additive, "
        f"{counts['changed']} changed**",
    ]
    if not changes:
        lines += ["", "No changes."]
    titles = {
        "operations": "Operations",
        "parameters": "Parameters",
        "schemas": "Schemas (request and response fields)",
    }
    for section, title in titles.items():
        rows = [c for c in changes if c.section == section]
        if not rows:
            continue
        lines += [
            "",
            f"## {title}",
            "",
            "| impact | change | what | detail |",
            "| --- | --- | --- | --- |",
        ]
        for c in sorted(rows, key=lambda c: (_IMPACTS.index(c.impact), c.subject, c.what)):
            mark = "**breaking**" if c.impact == "breaking" else c.impact
            cells = (mark, c.what, f"`{c.subject}`", c.detail)
            # a `|` inside a cell (a union type) would end the cell
            lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(lines) + "\n"


def summary(changes: list[Change], old: Spec, new: Spec, base_label: str, written: str) -> str:
    """The terminal summary: counts, then the changes, breaking first."""
    counts = {impact: sum(c.impact == impact for c in changes) for impact in _IMPACTS}
    head = (
        f"spec diff ({base_label}, server {_version(old)} -> openapi.json, server "
        f"{_version(new)}): {counts['breaking']} breaking, {counts['additive']} additive, "
        f"{counts['changed']} changed{written}"
    )
    ordered = sorted(changes, key=lambda c: (_IMPACTS.index(c.impact), c.section, c.subject))
    lines = [head]
    for c in ordered[:_TERMINAL_LINES]:
        detail = c.detail.replace("`", "")
        lines.append(f"  {c.impact.upper():<9} {c.what:<18} {c.subject}  {detail}".rstrip())
    if len(ordered) > _TERMINAL_LINES:
        lines.append(f"  ... and {len(ordered) - _TERMINAL_LINES} more in the report")
    return "\n".join(lines)


# --------------------------------------------------------------------------- inputs


def _git(*args: str) -> str | None:
    result = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
    return result.stdout if result.returncode == 0 else None


def _spec_at(ref: str) -> Spec | None:
    text = _git("show", f"{ref}:{SPEC}")
    return json.loads(text) if text is not None else None


def default_base(new_text: str) -> tuple[Spec, str] | None:
    """The base spec and how the report names it, or None when git cannot tell."""
    head = _git("show", f"HEAD:{SPEC}")
    if head is None:
        return None
    if head != new_text:
        return json.loads(head), "openapi.json at git HEAD"
    last = (_git("log", "-1", "--format=%H", "--", SPEC) or "").strip()
    if not last:
        return None
    if _git("rev-parse", "--verify", "--quiet", f"{last}^") is None:
        # the commit that added the spec (or a shallow clone that stops there)
        return (
            ({}, "no spec") if _git("rev-parse", "--is-shallow-repository") == "false\n" else None
        )
    before = _spec_at(f"{last}^")
    return (before or {}), "the openapi.json before its last commit"


def _shown(path: Path) -> str:
    resolved = path.resolve()
    return str(resolved.relative_to(ROOT)) if resolved.is_relative_to(ROOT) else str(path)


def main(argv: list[str] | None = None) -> int:
    """Print the summary and write the report; exit 0 (a diff is information, not an error)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", help="a spec file or a git ref (default: see the docstring)")
    parser.add_argument("--new", type=Path, default=ROOT / SPEC, help="default: openapi.json")
    parser.add_argument("--output", default=str(REPORT), help="report file, or - for stdout")
    parser.add_argument("--fail-on-breaking", action="store_true", help="exit 1 if breaking")
    args = parser.parse_args(argv)

    new_text = args.new.read_text()
    new = json.loads(new_text)
    if args.base is None:
        found = default_base(new_text)
        if found is None:
            print("spec diff: no git history for openapi.json; pass --base", file=sys.stderr)
            return 0
        old, label = found
    elif Path(args.base).is_file():
        old, label = json.loads(Path(args.base).read_text()), f"`{args.base}`"
    else:
        at = _spec_at(args.base)
        if at is None:
            print(f"spec diff: {args.base!r} is neither a file nor a git ref", file=sys.stderr)
            return 2
        old, label = at, f"openapi.json at `{args.base}`"

    changes = diff(old, new)
    text = report(changes, old, new, label)
    written = ""
    if args.output == "-":
        sys.stdout.write(text)
    else:
        Path(args.output).write_text(text)
        written = f"; report: {_shown(Path(args.output))}"
    print(summary(changes, old, new, label.replace("`", ""), written), file=sys.stderr)
    breaking = any(c.impact == "breaking" for c in changes)
    return 1 if breaking and args.fail_on_breaking else 0


if __name__ == "__main__":
    sys.exit(main())
