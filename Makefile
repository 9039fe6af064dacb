# One-command set-up on a fresh machine: a virtualenv in .venv with the CPU
# build of torch installed first (an unpinned torch pulls a multi-GB CUDA build).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
SAMPLE := corpus/articles/kg-kz-state-visit-2025-08-22.txt

.PHONY: install demo test bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e ".[test]"
	rm -f $(VENV)/.installed-* && touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/tr-diplo-ie extract $(SAMPLE)

test: $(STAMP)
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) -m pip install --quiet -e ".[test,bench]"
	$(PY) benchmarks/run_accuracy.py --subset test-before-round29 test corpus/splits/test-before-round29.txt \
		--subset test-before-round49 test corpus/splits/test-before-round49.txt \
		--subset test-before-round81 test corpus/splits/test-before-round81.txt

clean:
	rm -rf $(VENV) .pytest_cache build src/*.egg-info
