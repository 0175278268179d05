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

.PHONY: help setup test unit nbval notebooks report process lab bench clean

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  make %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)
	@echo "  Options: CORPUS=path/to/folder (default data/raw) for make report and make process;"
	@echo "           OUT=folder (default data/processed/partitioned), DASK_SCHEDULER=local|tcp://host:port for make process"

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

setup: $(STAMP) ## Create .venv and install the pinned dependencies (run by every other target)

test: $(STAMP) ## Run the whole test suite: unit tests, notebook lint, strict nbval over notebooks/
	$(BIN)/python -m pytest $(PYTEST_NBVAL) tests notebooks

unit: $(STAMP) ## Run the unit tests only (fast)
	$(BIN)/python -m pytest tests -m "not slow and not browser"

nbval: $(STAMP) ## Check the notebooks' stored outputs with strict nbval
	$(BIN)/python -m pytest $(PYTEST_NBVAL) notebooks

notebooks: $(STAMP) ## Re-execute every notebook in place, refreshing its stored outputs
	$(BIN)/python -m helpers.report refresh $(NOTEBOOKS)

report: $(STAMP) ## Render every notebook to HTML in reports/ (CORPUS=folder to use another corpus)
	$(BIN)/python -m helpers.report build --corpus "$(CORPUS)" --out "$(REPORTS)" $(NOTEBOOKS)

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
