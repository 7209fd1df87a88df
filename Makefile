# Two commands set everything up on a fresh machine:
#   make demo   - install, analyse the bundled example articles into warpath.db, write report.html
#   make test   - install with test extras, run ruff, mypy and pytest
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= warpath.db
STAMP := $(VENV)/.installed

.PHONY: demo test install lint system bench serve clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,web,ray]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/warpath ingest examples/articles --db $(DB)
	$(BIN)/warpath report --db $(DB) -o report.html

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

# Debian packages the tests use: PostgreSQL (the store tests start a throwaway server) and
# Chromium (the web page is loaded in a headless browser). Installed only when missing.
system:
	@missing=""; \
	command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || \
	  missing="$$missing postgresql"; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	if [ -n "$$missing" ]; then apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; fi

test: lint system
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python bench/bench_pipeline.py

serve: install
	$(BIN)/warpath serve --db $(DB)

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm report.html .pytest_cache .mypy_cache .ruff_cache
