# Two commands for a new machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEMO_DB := .demo/netgarden.db
PORT    ?= 8000

.PHONY: run test lint browser postgres server bench clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "netgarden needs Python 3.11 or newer; set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

$(DEMO_DB): | $(VENV)/.installed
	@mkdir -p $(dir $(DEMO_DB))
	$(BIN)/netgarden --db $(DEMO_DB) demo

## run: set up, create the demo database if there is none, start the web app (prints its URL)
run: $(VENV)/.installed $(DEMO_DB)
	$(BIN)/netgarden --db $(DEMO_DB) serve --port $(PORT)

## lint: ruff and mypy (strict on src/)
lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

## browser: Debian's Chromium for the browser tests (Playwright's own download does not work here)
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  echo "Installing Debian's chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  { $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; } \
	  || { if [ "$$CI" = true ]; then echo "could not install chromium" >&2; exit 1; \
	       else echo "could not install chromium: the browser tests will skip"; fi; }; \
	fi

## postgres: PostgreSQL's server programs for the tests and `make server` (Debian's package;
## the tests start a throwaway cluster of their own with them)
postgres:
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
	  echo "Installing Debian's postgresql for the server-mode tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  { $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq postgresql >/dev/null; } \
	  || { if [ "$$CI" = true ]; then echo "could not install postgresql" >&2; exit 1; \
	       else echo "could not install postgresql: the PostgreSQL tests will skip"; fi; }; \
	fi

## server: try server mode: a throwaway PostgreSQL cluster (in a temporary folder, removed
## when you stop it), migrated, with netgarden serving on it at http://127.0.0.1:$(PORT)
server: $(VENV)/.installed-dev postgres
	$(BIN)/python -m tests.pg server --port $(PORT)

## test: set up what the tests need, lint, then run the whole suite (three workers on the two
## cores: much of the suite waits on Chromium, PostgreSQL, servers and the 60 s writers test,
## and three finished it in 491 s where two took 599 s on an idle machine; a module's tests
## stay on one worker, so its server or database fixture is made once)
test: lint browser postgres
	$(BIN)/python -m pytest -n 3 --dist loadfile

## bench: the benchmarks (30,000 contacts and 1,000,000 touches; imports)
bench: $(VENV)/.installed-dev
	$(BIN)/python benchmarks/bench_core.py
	$(BIN)/python benchmarks/bench_import.py
	$(BIN)/python benchmarks/bench_web.py
	$(BIN)/python benchmarks/bench_network.py
	$(BIN)/python benchmarks/bench_server.py  # issue 19: PostgreSQL, two users

clean:
	rm -rf $(VENV) .demo .pytest_cache .mypy_cache .ruff_cache
