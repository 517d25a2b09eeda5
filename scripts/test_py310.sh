#!/usr/bin/env bash
# Unit tests on Python 3.10, the oldest version the package supports, against a regular
# (non-editable) `pip install .` in a fresh venv: this also proves the wheel ships the
# generated package and py.typed.
set -euo pipefail
cd "$(dirname "$0")/.."

py310=""
if command -v pyenv >/dev/null 2>&1; then
    py310=$(ls -d "$(pyenv root)"/versions/3.10.*/bin/python3.10 2>/dev/null | sort -V | tail -n 1 || true)
fi
py310=${PYTHON310:-${py310:-$(command -v python3.10 || true)}}
if [ -z "$py310" ]; then
    echo "test_py310: no Python 3.10 found (set PYTHON310)" >&2
    exit 1
fi

venv=.cache/py310-venv
rm -rf "$venv"
"$py310" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet '.[dev]'
# Check from a folder outside the checkout that the installed wheel, not the source tree,
# provides both packages and the typing markers.
(cd "$(mktemp -d)" && "$OLDPWD/$venv/bin/python" - <<'PY'
import pathlib, agent_memory_client, agent_memory_client_generated
for package in (agent_memory_client, agent_memory_client_generated):
    folder = pathlib.Path(package.__file__).parent
    assert "site-packages" in str(folder), folder
    assert (folder / "py.typed").exists(), f"{folder} has no py.typed"
print("installed agent-memory-client", agent_memory_client.__version__)
PY
)
# --import-mode=importlib (pyproject) keeps the checkout off sys.path, so the tests import
# the installed package.
"$venv/bin/pytest" tests/unit -q -p no:cacheprovider -c pyproject.toml
