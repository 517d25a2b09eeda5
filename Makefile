# Everything runs from the project's own virtualenv (.venv), which `make install` builds.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
GENERATED := generated/agent_memory_client_generated

.PHONY: install demo server test test-unit test-matrix test-py310 generate spec lint types drift check \
	bench clean coverage spec-diff generator-next compat

install: $(STAMP)

$(STAMP): pyproject.toml
	@echo "make: building the SDK's virtualenv in $(VENV)/ (first run only, about 40 s)..."
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --progress-bar off -e '.[dev]'
	touch $(STAMP)

## The main job: start a local server stack, run the example against it, stop it.
## (A first run installs the server into .cache/ first, about 2 minutes, with progress.)
demo: install
	$(PY) examples/demo.py

## A local server stack for manual use (Ctrl-C stops it): the server listens on
## 127.0.0.1:8000 when that port is free, where the README's examples look, and prints the
## `export MEMORY_SERVER_URL=...` line that points them at it either way.
server: install
	$(PY) scripts/memory_stack.py serve

## The whole suite: unit tests and integration tests against a real server it starts
## (a first run installs that server before the first integration test, with progress).
test: install
	$(PY) -m pytest

test-unit: install
	$(PY) -m pytest tests/unit

## The integration suite against the oldest supported server release (`make test` covers
## the pinned one); tests of features that release lacks are expected failures tied to
## agent_memory_client/_capabilities.py. MATRIX_SERVER=<version> picks another release.
MATRIX_SERVER ?= 0.14.0
test-matrix: install
	MEMORY_SERVER_VERSION=$(MATRIX_SERVER) $(PY) -m pytest tests/integration

## Unit tests on the oldest supported Python.
test-py310:
	bash scripts/test_py310.sh

## Export openapi.json from a server release (SERVER=<version>, default: the pinned one;
## scripts/memory_stack.py lists the supported ones), installing it into .cache/ if needed.
## The spec is written to a temp file first; then scripts/spec_diff.py reports what changed
## (terminal, and openapi.diff.md for the pull request).
SERVER ?=
spec: install
	@server_py="$$($(PY) scripts/memory_stack.py install $(if $(SERVER),--server $(SERVER)))" && \
	tmp="$$(mktemp -d)" && trap 'rm -rf "$$tmp"' EXIT && \
	(cd "$$tmp" && LITELLM_LOCAL_MODEL_COST_MAP=True "$$server_py" $(CURDIR)/scripts/export_spec.py "$$tmp/openapi.json") && \
	mv "$$tmp/openapi.json" $(CURDIR)/openapi.json
	$(PY) scripts/spec_diff.py

## Regenerate generated/ from openapi.json (into a temp folder, checked, then swapped in:
## scripts/generate.py), the spec-diff report, and the sync twin from the async source.
generate: install
	$(PY) scripts/generate.py
	$(PY) scripts/spec_diff.py
	$(PY) scripts/unasync.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: install
	$(BIN)/mypy

## generated/ and the sync twin must be exactly what the pinned tools produce
## (compared with what git holds for them, staged or committed).
DRIFT_PATHS := generated/ agent_memory_client/_sync/ tests/unit/_sync/ tests/integration/_sync/
drift: generate
	@changed="$$(git diff --name-only -- $(DRIFT_PATHS); git ls-files --others --exclude-standard -- $(DRIFT_PATHS))"; \
	if [ -n "$$changed" ]; then \
		echo "$$changed"; \
		echo "generated code differs from what the generators produce: run make generate and commit"; \
		exit 1; \
	fi

## The facade exposes every generated operation and request field (or lists it as ignored).
check: lint types drift coverage

bench: install
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) .cache build dist

## Every generated operation and request field is reachable through both clients' facade.
coverage: install
	$(PY) scripts/facade_coverage.py

## The spec-diff report alone; BASE=<git ref or file> compares with another spec.
spec-diff: install
	$(PY) scripts/spec_diff.py $(if $(BASE),--base $(BASE))

## Try a newer openapi-python-client (GENERATOR=0.29.1) in a scratch venv, without
## touching generated/: see docs/regenerating.md.
GENERATOR ?= 0.29.1
generator-next: install
	bash scripts/generator_next.sh $(GENERATOR)

## The official agent-memory-client 0.14.0 test suite (from its PyPI sdist) against this
## package: at least 70 of its 91 tests pass, and each that fails is listed with its reason
## in tests/compat/official_failures.txt (README: "Upgrading from the official client").
compat: install
	$(PY) scripts/official_compat.py
