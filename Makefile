# Run `make help` for the list of targets. Every target that needs Python builds .venv itself.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CORPUS ?= data/raw
REPORTS ?= reports
OUT ?= data/processed/partitioned
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]-*.ipynb))
PYTEST_NBVAL := --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg --nbval-current-env

.PHONY: help setup lock test unit nbval notebooks report process lab bench clean

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  make %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)
	@echo "  Options: CORPUS=path/to/folder (default data/raw) for make report and make process;"
	@echo "           OUT=folder (default data/processed/partitioned), DASK_SCHEDULER=local|tcp://host:port for make process"

LOCK := requirements.lock
PIP_VERSION := 26.3
UV_VERSION := 0.13.9

# The environment is exactly requirements.lock (every package pinned with its sha256 hashes), then
# the project itself, editable and without dependencies; pip itself is pinned too.
$(STAMP): $(LOCK) pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet pip==$(PIP_VERSION)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $(STAMP)

setup: $(STAMP) ## Create .venv and install the locked dependencies (run by every other target)

lock: ## Re-resolve pyproject.toml's pins into requirements.lock (needs the package index; commit the result)
	$(PYTHON) -m venv $(VENV)-lock && $(VENV)-lock/bin/python -m pip install --quiet uv==$(UV_VERSION)
	$(VENV)-lock/bin/uv pip compile pyproject.toml --all-extras --generate-hashes --python-version 3.11 \
		--universal --no-header -o $(LOCK)
	rm -rf $(VENV)-lock

test: $(STAMP) ## Run the whole test suite: unit tests, notebook lint, strict nbval over notebooks/
	$(BIN)/python -m pytest $(PYTEST_NBVAL) tests notebooks

unit: $(STAMP) ## Run the unit tests only (fast)
	$(BIN)/python -m pytest tests -m "not slow and not browser"

nbval: $(STAMP) ## Check the notebooks' stored outputs with strict nbval
	$(BIN)/python -m pytest $(PYTEST_NBVAL) notebooks

notebooks: $(STAMP) ## Re-execute every notebook in place, refreshing its stored outputs
	$(BIN)/python -m helpers.report refresh $(NOTEBOOKS)

# CORPUS and REPORTS reach Python through the environment, never through the shell's parsing, so a
# folder name holding quotes, $(...) or backquotes is only ever a name.
report: export CORPUS_PATH = $(value CORPUS)
report: export REPORTS_PATH = $(value REPORTS)
report: $(STAMP) ## Render every notebook to HTML in reports/ (CORPUS=folder to use another corpus)
	$(BIN)/python -m helpers.report build --corpus "$$CORPUS_PATH" --out "$$REPORTS_PATH" $(NOTEBOOKS)

# Paths reach Python as environment variables, unexpanded ($(value)), never pasted into shell code.
process: export PROCESS_CORPUS = $(value CORPUS)
process: export PROCESS_OUT = $(value OUT)
process: $(STAMP) ## Run loading, entities and dates alone on CORPUS (Dask), writing partitioned Parquet to OUT
	$(BIN)/python -m helpers.scale

lab: $(STAMP) ## Open the notebooks in JupyterLab
	$(BIN)/jupyter lab notebooks

bench: $(STAMP) ## Print the benchmark figures (cleaning F1, entity throughput, topic NMI, date F1)
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean: ## Remove generated files (reports/, data/processed/, data/cache/); keeps .venv
	rm -rf reports data/processed data/cache .pytest_cache
	find . -name __pycache__ -type d -prune -not -path "./$(VENV)/*" -exec rm -rf {} +
