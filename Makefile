# Two entry points for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/kg

.PHONY: install demo test bench
install: $(BIN)/kg

demo: install
	$(BIN)/kg extract --sample -o exports/sample --format json
	$(BIN)/kg eval --sample
	$(BIN)/kg build --sample -o exports/
	$(BIN)/kg query exports/graph.ttl who-led
	$(BIN)/kg view exports/graph.ttl -o exports/view.html

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_inputs.py
	$(BIN)/python benchmarks/bench_build.py
	$(BIN)/python benchmarks/bench_scale.py
	$(BIN)/python benchmarks/bench_store.py
	$(BIN)/python benchmarks/bench_view.py
