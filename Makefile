# `make run` starts the dashboard on the bundled articles; `make test` runs every test.
# Both create .venv and install what is missing, so they work on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup build run test check browser bench-setup

$(STAMP): requirements.txt requirements-dev.txt constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt -c constraints.txt
	touch $(STAMP)

setup: $(STAMP)

# Debian's Chromium for the browser tests; `playwright install` cannot download browsers here.
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium; } \
	  || { sleep 5; apt-get update -qq && apt-get install -y -qq chromium; }

# Benchmark-only packages (tilse for benchmarks/keydates_tls.py), without their unneeded dependencies.
bench-setup: setup
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -r requirements-bench.txt

build: setup
	$(PY) -m events build

run: build
	$(VENV)/bin/streamlit run serve.py

# One pytest-xdist worker per core; the browser tests share one worker (their xdist_group).
test: setup browser
	$(PY) -m pytest -q -n auto --dist loadgroup

check: setup
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
