"""Does the facade expose every generated operation and request field? ``make coverage``.

Part of ``make check``. For each client (``AsyncMemoryAPIClient`` and its generated twin
``SyncMemoryAPIClient``) and each operation of openapi.json:

1. **The operation is reached** when a public method of the client calls the generated
   endpoint module's ``request(...)``, directly or through functions it calls. Calls are
   followed by name (``self._sessions.read(...)`` follows every function named ``read``)
   through the client's own modules (``_async/`` or ``_sync/``) and the shared pure
   modules (``agent_memory_client/*.py``): an over-approximation that can only miss a
   gap through a name clash, never invent one.
2. **Each request field is exposed** by at least one public method reaching the
   operation. A field is a query or path parameter, or a top-level property of the JSON
   body. A method exposes a field when the field's name is
   - one of its parameters, or a key of a TypedDict its parameters are annotated with
     (``**filters: Unpack[SearchFilters]``, ``session: PromptSession``); a TypedDict key
     ``k`` whose value is itself a TypedDict exposes ``k_<its keys>`` (``recency`` with
     ``RecencyOptions.semantic_weight`` exposes ``recency_semantic_weight``); or
   - a field of the generated model that one of its parameters is validated against as a
     whole (``WHOLE_MODEL`` below: ``set_working_memory(memory=...)`` takes any field of
     ``UpdateWorkingMemory``, new ones included, through ``parse_input``).
   Nested models (a record's fields inside ``memories``) are not listed: the facade
   validates them against the generated model itself, so they follow it.

What is neither is MISSING, named one per line, and the exit status is 1, unless the
operation or field is listed in ``IGNORED`` below with the reason.

    python scripts/facade_coverage.py       # gaps and a summary
    python scripts/facade_coverage.py -v    # every operation with its methods
"""

from __future__ import annotations

import argparse
import ast
import inspect
import json
import re
import sys
import typing
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "agent_memory_client"
_GENERATED_API = "agent_memory_client_generated.api."

# Operations and fields the facade deliberately does not take from the caller. Key:
# "<operationId>" for a whole operation, "<operationId>.<field>" for one field.
IGNORED: dict[str, str] = {
    # Nothing yet. An entry looks like this (and needs its reason):
    # "search_long_term_memory.optimize_query": "LLM query rewriting, makes tests flaky",
}

# Parameters that take a dict or model checked against a generated model's own field list
# (``_requests.parse_input``), so they expose all of its fields as generated:
# method -> (parameter, generated model).
WHOLE_MODEL: dict[str, tuple[str, str]] = {
    "set_working_memory": ("memory", "UpdateWorkingMemory"),  # _requests.build_working_memory
    "edit_memory": ("updates", "EditMemoryRecordRequest"),  # _requests.build_edit_request
    "create_summary_view": ("request", "CreateSummaryViewRequest"),  # build_summary_view_request
}


# --------------------------------------------------------------------------- the spec


@dataclass(frozen=True)
class Operation:
    """One operation of the spec and the names of its request fields."""

    operation_id: str
    route: str
    fields: dict[str, str]  # name -> where: "query", "path", "body <Schema>"


def operations(spec: Mapping[str, Any]) -> list[Operation]:
    """Every operation, with its parameters and top-level body properties."""
    schemas = spec.get("components", {}).get("schemas", {})
    result = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            fields = {p["name"]: p["in"] for p in op.get("parameters", [])}
            for media in op.get("requestBody", {}).get("content", {}).values():
                ref = media.get("schema", {}).get("$ref", "")
                name = ref.rsplit("/", 1)[-1]
                for prop in schemas.get(name, {}).get("properties", {}):
                    fields.setdefault(prop, f"body {name}")
            route = f"{method.upper()} {path}"
            result.append(Operation(op["operationId"], route, fields))
    return sorted(result, key=lambda o: o.route)


# --------------------------------------------------------------------------- the facade


@dataclass
class _Function:
    """What one function's body does, as far as this check cares."""

    calls: set[str] = field(default_factory=set)  # names called or passed along
    operations: set[str] = field(default_factory=set)  # endpoint modules whose request() it calls


def _endpoint_aliases(tree: ast.Module) -> dict[str, str]:
    """Local name -> endpoint module name, from ``from ...api.<tag> import <module>``."""
    aliases = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(_GENERATED_API):
            for alias in node.names:
                aliases[alias.asname or alias.name] = alias.name
    return aliases


def _scan(function: ast.AST, aliases: Mapping[str, str]) -> _Function:
    found = _Function()
    for node in ast.walk(function):
        if isinstance(node, ast.Attribute) and node.attr == "request":
            target = node.value
            if isinstance(target, ast.Name) and target.id in aliases:
                found.operations.add(aliases[target.id])
        if not isinstance(node, ast.Call):
            continue
        found.calls.add(_name_of(node.func))
        # a function passed along is called later: self._update(scope, append)
        found.calls |= {arg.id for arg in node.args if isinstance(arg, ast.Name)}
        found.calls |= {
            arg.attr
            for arg in node.args
            if isinstance(arg, ast.Attribute) and isinstance(arg.value, ast.Name)
            and arg.value.id == "self"
        }  # fmt: skip
    return found


def _name_of(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    return node.attr if isinstance(node, ast.Attribute) else ""


def _functions(paths: Iterable[Path]) -> dict[str, list[_Function]]:
    """Every function and method by simple name (several may share one)."""
    table: dict[str, list[_Function]] = {}
    for path in paths:
        tree = ast.parse(path.read_text(), str(path))
        aliases = _endpoint_aliases(tree)
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                table.setdefault(node.name, []).append(_scan(node, aliases))
    return table


def _reach(start: str, table: Mapping[str, list[_Function]]) -> _Function:
    """Everything reachable from the function named ``start``, following calls by name."""
    total = _Function()
    seen: set[str] = set()
    todo = [start]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for function in table.get(name, []):
            total.operations |= function.operations
            todo.extend(function.calls - seen)
    return total


def _typeddicts() -> dict[str, type]:
    """The facade's TypedDicts by name."""
    import agent_memory_client._options as options_module
    import agent_memory_client._search as search_module
    import agent_memory_client.types as types_module

    found = {}
    for module in (types_module, search_module, options_module):
        for name, value in vars(module).items():
            if typing.is_typeddict(value):
                found[name] = value
    return found


def _typeddict_keys(cls: type, typeddicts: Mapping[str, type]) -> Iterator[str]:
    for key, annotation in cls.__annotations__.items():
        yield key
        # str(): a ForwardRef('RecencyOptions') under `from __future__ import annotations`
        for name in re.findall(r"[A-Za-z_]\w*", str(annotation)):
            nested = typeddicts.get(name)
            if nested is not None and nested is not cls:
                yield from (f"{key}_{sub}" for sub in nested.__annotations__)


def _named_types(text: str) -> Iterator[str]:
    """The names in an annotation, with the facade's string type aliases expanded
    (``search.Recency`` is "RecencyOptions | RecencyConfig")."""
    import agent_memory_client._search as search_module

    seen: set[str] = set()
    todo = re.findall(r"[A-Za-z_]\w*", text)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        yield name
        alias = vars(search_module).get(name)
        if isinstance(alias, str):
            todo.extend(re.findall(r"[A-Za-z_]\w*", alias))


def _exposed_names(method: Any, typeddicts: Mapping[str, type]) -> set[str]:
    names: set[str] = set()
    for parameter in inspect.signature(method).parameters.values():
        if parameter.kind is not inspect.Parameter.VAR_KEYWORD:
            names.add(parameter.name)
        annotation = parameter.annotation
        text = annotation if isinstance(annotation, str) else repr(annotation)
        for name in _named_types(text):
            if name in typeddicts:
                keys = set(_typeddict_keys(typeddicts[name], typeddicts))
                # A parameter typed with a TypedDict takes its keys as they are
                # (session=PromptSession) or under its own name (recency -> recency_<key>).
                names |= keys | {f"{parameter.name}_{key}" for key in keys}
    names.discard("self")
    return names


def _model_fields(name: str) -> set[str]:
    from agent_memory_client_generated import models

    model = getattr(models, name, None)
    return {key for _, key in getattr(model, "_FIELDS", ())}


@dataclass
class Gap:
    """An operation or field no public method exposes."""

    client: str
    operation: Operation
    field: str = ""  # empty: the whole operation
    methods: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return f"{self.operation.operation_id}.{self.field}" if self.field else (
            self.operation.operation_id
        )  # fmt: skip

    def line(self) -> str:
        op = self.operation
        if not self.field:
            return (
                f"  MISSING operation {op.route} ({op.operation_id}): no public method of "
                f"{self.client} calls {op.operation_id}.request()"
            )
        return (
            f"  MISSING field {self.key} ({op.fields[self.field]}) of {op.route}: not taken "
            f"by {', '.join(self.methods)} of {self.client}"
        )


def check(
    cls: type, source_dir: Path, ops: list[Operation]
) -> tuple[list[Gap], dict[str, list[str]]]:
    """The gaps of one client, and operationId -> the public methods that reach it."""
    table = _functions([*source_dir.glob("*.py"), *PACKAGE.glob("*.py")])
    typeddicts = _typeddicts()
    by_operation: dict[str, list[tuple[str, set[str]]]] = {}
    for name, member in inspect.getmembers(cls, inspect.isfunction):
        if name.startswith("_") or member.__name__ != name:  # aliases count once
            continue
        reached = _reach(name, table)
        exposed = _exposed_names(member, typeddicts)
        if name in WHOLE_MODEL:
            parameter, model = WHOLE_MODEL[name]
            if parameter not in exposed or not _model_fields(model):
                raise SystemExit(f"facade_coverage: WHOLE_MODEL[{name!r}] is out of date")
            exposed |= _model_fields(model)
        for operation in reached.operations:
            by_operation.setdefault(operation, []).append((name, exposed))
    gaps = []
    for op in ops:
        methods = sorted(by_operation.get(op.operation_id, []))
        if not methods:
            gaps.append(Gap(cls.__name__, op))
            continue
        for name in sorted(op.fields):
            if not any(name in exposed for _, exposed in methods):
                gaps.append(Gap(cls.__name__, op, name, tuple(m for m, _ in methods)))
    reached_by = {op: [m for m, _ in methods] for op, methods in by_operation.items()}
    return gaps, reached_by


def main(argv: list[str] | None = None) -> int:
    """Print the gaps (and with -v every operation); exit 1 if any is not ignored."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every operation")
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.json")
    args = parser.parse_args(argv)

    from agent_memory_client import AsyncMemoryAPIClient, SyncMemoryAPIClient

    ops = operations(json.loads(args.spec.read_text()))
    n_fields = sum(len(op.fields) for op in ops)
    failed = False
    used_ignores: set[str] = set()
    clients = ((AsyncMemoryAPIClient, PACKAGE / "_async"), (SyncMemoryAPIClient, PACKAGE / "_sync"))
    for cls, source_dir in clients:
        gaps, reached_by = check(cls, source_dir, ops)
        missing = [gap for gap in gaps if gap.key not in IGNORED]
        used_ignores |= {gap.key for gap in gaps if gap.key in IGNORED}
        print(
            f"facade coverage, {cls.__name__}: {len(ops)} operations, {n_fields} request "
            f"fields; {len(missing)} missing, {len(gaps) - len(missing)} ignored"
        )
        for gap in missing:
            print(gap.line())
        if args.verbose:
            for op in ops:
                methods = ", ".join(sorted(reached_by.get(op.operation_id, []))) or "-"
                print(f"    {op.route:<48} {methods}")
        failed |= bool(missing)
    stale = sorted(set(IGNORED) - used_ignores)
    for key in stale:  # an ignore that no longer matches anything hides nothing: drop it
        print(f"  STALE ignore {key}: nothing missing by that name; remove it from IGNORED")
    if failed or stale:
        print(
            "facade coverage: expose each in both clients (edit the _async source, then make "
            "generate), or list it in IGNORED in scripts/facade_coverage.py with the reason"
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
