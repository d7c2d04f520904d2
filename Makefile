# Every target bootstraps .venv from the pinned requirements-dev.txt itself.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum requirements-dev.txt | cut -d' ' -f1)

.PHONY: venv generate test typecheck lint-py coverage-spec clean

venv: $(STAMP)

$(STAMP): requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	rm -f $(VENV)/.installed-*
	touch $@

## Regenerate generated/simplymeet_client from openapi/simplymeet.yaml (+ templates/, generator-config.yaml)
generate: $(STAMP)
	$(BIN)/python tools/generate.py

## Type-check the generated package (mypy --strict) and the hand-written code
typecheck: $(STAMP)
	cd generated && MYPYPATH=../runtime ../$(BIN)/mypy --strict simplymeet_client
	$(BIN)/mypy --strict runtime/simplymeet_runtime tools tests

lint-py: $(STAMP)
	$(BIN)/ruff check runtime tools tests
	$(BIN)/ruff format --check runtime tools tests

## Spec against the vendor reference inventory (needs ../shared)
coverage-spec: $(STAMP)
	$(BIN)/python ../shared/tools/spec-coverage

## The full test suite (CI runs this)
test: $(STAMP) typecheck lint-py
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache
