#!/usr/bin/env bash
# Try another openapi-python-client version against our templates without touching
# generated/: `make generator-next GENERATOR=0.29.1`. Builds a scratch venv (the SDK's own
# dependencies, the pinned ruff, that generator), runs scripts/generate.py --output into a
# temp folder (the same formatting, error lint and import check as `make generate`), and
# compares the result with generated/. Exit 0 only if it generates, passes the checks and
# produces the same bytes; see docs/regenerating.md for the decision this informs.
set -euo pipefail
cd "$(dirname "$0")/.."

version=${1:?usage: generator_next.sh VERSION}
venv=.cache/generator-$version-venv
if [ ! -x "$venv/bin/openapi-python-client" ]; then
    python3 -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --upgrade pip
    ruff_pin=$(grep -o '"ruff==[^"]*"' pyproject.toml | tr -d '"')
    "$venv/bin/python" -m pip install --quiet "openapi-python-client==$version" "$ruff_pin" \
        httpx attrs python-dateutil
fi
"$venv/bin/openapi-python-client" --version

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
"$venv/bin/python" scripts/generate.py --output "$out" || status=$?
if [ "$status" -ne 0 ]; then
    echo "generator-next: openapi-python-client $version fails with our templates (above)"
    exit "$status"
fi
if diff -rq generated/agent_memory_client_generated "$out/agent_memory_client_generated" \
        -x __pycache__ >"$out/diff.txt"; then
    echo "generator-next: openapi-python-client $version generates the same bytes"
else
    echo "generator-next: openapi-python-client $version generates different code:"
    head -n 40 "$out/diff.txt"
    echo "($(wc -l <"$out/diff.txt") files differ)"
    exit 1
fi
