# The two commands of the README. Each builds the virtual environment first
# (python3 >= 3.11 with venv; everything else comes from the package index).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: evaluate test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

## Extract the bundled corpus and score it against the bundled gold.
evaluate: $(STAMP)
	$(BIN)/briefextract evaluate

## Lint and run the test suite.
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

## Throughput and memory: briefextract vs the base spaCy pipeline (not part of the tests).
bench: $(STAMP)
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
