# Two commands on a fresh machine: `make run` and `make test` (see README.md).
SHELL := /bin/bash
export UV_PYTHON_DOWNLOADS := never
VENV := .venv
BIN := $(VENV)/bin
UV := uv

.PHONY: run test bench sync sync-runtime system-deps lint typecheck pytest messages

# uv resolves and installs from uv.lock (reproducible installs); it is itself a PyPI package.
uv-present:
	@command -v $(UV) >/dev/null 2>&1 || python3 -m pip install --quiet --disable-pip-version-check uv

sync: uv-present
	$(UV) sync --locked --python python3 --quiet

sync-runtime: uv-present
	$(UV) sync --locked --python python3 --no-dev --inexact --quiet

sync-bench: uv-present
	$(UV) sync --locked --python python3 --extra bench --quiet

# Debian packages the tests need: a browser for the interview tests, a PostgreSQL server for the
# register tests, poppler for reading generated PDFs. Installed only when missing.
system-deps:
	@scripts/system-deps.sh

run: sync-runtime
	$(BIN)/secretpro serve --host 127.0.0.1 --port 8000

lint: sync
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: sync
	$(BIN)/mypy --strict src

pytest: sync system-deps
	scripts/with-postgres.sh $(BIN)/pytest -p no:cacheprovider -q

test: lint typecheck pytest

bench: sync-bench system-deps
	$(BIN)/python benchmarks/run_all.py
