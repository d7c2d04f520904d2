# Every target bootstraps .venv from the pinned requirements-dev.txt itself. `make` (or `make help`) lists the targets:
# the `## ` comment above a target is its line in the list.
.DEFAULT_GOAL := help
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat requirements-dev.txt pyproject.toml | cksum | cut -d' ' -f1)

NODE_STAMP := node/node_modules/.installed-$(shell cksum node/package-lock.json | cut -d' ' -f1)
PORT   ?= 4010

# make breaking's base: empty means the last release's commit (releases.json)
BASE   ?=

.PHONY: help unit lint-spec typecheck-py docs-spec docs-browser docs-check publish release conformance ts-smoke sandbox templates-diff drift drift-apply record soak bench venv node-deps mock demo generate test typecheck lint lint-py bundle docs types breaking coverage-spec clean fuzz imports

## Create .venv from the pinned requirements-dev.txt and install the project into it, editable (every target does it)
venv: $(STAMP)

$(STAMP): requirements-dev.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	# the project itself, editable, with its extras (their packages are pinned above): .venv/bin/simplymeet
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e '.[cli,sandbox]'
	rm -f $(VENV)/.installed-*
	touch $@

# Node tools (Prism, Spectral, Redocly, openapi-typescript, ...), pinned by node/package-lock.json (npm ci: exactly the locked versions; no install scripts run)
$(NODE_STAMP): node/package-lock.json
	cd node && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	rm -f node/node_modules/.installed-*
	touch $@

## Install the pinned Node tools into node/node_modules (npm ci; once)
node-deps: $(NODE_STAMP)

## Serve the spec with Prism on 127.0.0.1:$(PORT) until Ctrl-C (validates requests, answers with the examples)
mock: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m tools.mock --port $(PORT)

## Serve the stateful fake of the API (simplymeet_client.testing) on 127.0.0.1:$(PORT) until Ctrl-C; prints its key
sandbox: $(STAMP)
	$(BIN)/python -m tools.sandbox --port $(PORT)

## The newcomer's tour: start the sandbox, run examples/ through the client, stop it
demo: $(STAMP)
	$(BIN)/python examples/demo.py

## Lint the spec with the committed Spectral ruleset: 0 errors, 0 warnings, 0 hints or it fails (Node)
lint-spec: $(NODE_STAMP)
	node/node_modules/.bin/spectral lint openapi/simplymeet.yaml --ruleset spectral/ruleset.yml --fail-severity=hint

## The language-neutral conformance kit in published/conformance/ (request, response and webhook cases, their schema,
## a README); `make publish` writes it with the rest of published/
conformance: $(STAMP)
	$(BIN)/python -m tools.conformance

## The TypeScript consumer of the spec (sdk-smoke/ts): types from the bundle (openapi-typescript), requests through
## openapi-fetch, tsc --strict, node's test runner: the conformance kit's request and webhook cases, five sandbox tasks
## (what `make publish` writes, built afresh into dist/published/ so that a stale published/ cannot pass)
ts-smoke: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m tools.spec_products publish --out dist/published
	ln -sfn ../../node/node_modules sdk-smoke/ts/node_modules
	cp dist/published/typescript/simplymeet.d.ts sdk-smoke/ts/src/schema.d.ts
	rm -rf sdk-smoke/ts/build && cd sdk-smoke/ts && ../../node/node_modules/.bin/tsc -p tsconfig.json
	cd sdk-smoke/ts && SANDBOX_PYTHON=$(abspath $(BIN))/python REPO_ROOT=$(CURDIR) \
		CONFORMANCE_DIR=$(CURDIR)/dist/published/conformance \
		BUNDLE_JSON=$(CURDIR)/dist/published/openapi/simplymeet.openapi.json node --test build/

## published/ (committed, for other-language teams): the 3.1 bundle (YAML, JSON), the 3.0 bundle, TypeScript types,
## the conformance kit; tests/test_freshness.py fails when it is stale. `make generate` runs it too.
publish: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m tools.spec_products publish

## The bundles alone into published/openapi/: OpenAPI 3.1 YAML + JSON and a validated OpenAPI 3.0 down-conversion
bundle: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m tools.spec_products bundle

## The spec's own HTML reference (Redocly) alone, in dist/docs/index.html (Node)
docs-spec: bundle
	$(BIN)/python -m tools.spec_products docs

## The docs site in dist/site (strict: a broken link or reference fails): the guide (docs/), the API and CLI
## references generated now from the live package, the spec and the command index, the spec's HTML reference
docs: docs-spec
	$(BIN)/python -m tools.docs_ref
	rm -rf docs/spec && mkdir -p docs/spec && cp dist/docs/index.html docs/spec/index.html
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

## The built site in headless Chromium: home, a guide and a reference page; console errors, broken links, search;
## screenshots in dist/site-check/ (needs Debian's `chromium`; skips with the reason when it is absent)
docs-browser: docs
	$(BIN)/python -m tools.docs_browser

## The site and the browser check together: what `make test` runs for the docs
docs-check: docs-browser

## TypeScript types alone into published/typescript/ (openapi-typescript), checked with tsc --strict
types: bundle
	$(BIN)/python -m tools.spec_products types

## Breaking changes of the spec and the Python API since BASE (a git ref; default: the commit of the last release
## in releases.json); exits 1 if there is one
breaking: $(STAMP)
	@base="$(BASE)"; [ -n "$$base" ] || base=$$($(BIN)/python -m tools.release --last-commit) || exit 1; \
		echo "$(BIN)/python -m tools.breaking --base $$base"; $(BIN)/python -m tools.breaking --base "$$base"

## Cut a release: CHANGELOG [Unreleased] -> a dated section, the version in pyproject.toml (VERSION=x.y.z, or chosen
## by the breaking gate against the last release: breaking -> minor on 0.x, else patch), the spec's info.version,
## releases.json, generated/ and published/ refreshed, sdist + wheel built into dist/ and checked (twine, check-wheel-
## contents, installed into a clean venv), then one commit and a local tag. Any failure leaves the tree as it was.
## DRY_RUN=1: the gate and the versions it would choose, nothing written.
release: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m tools.release $(if $(VERSION),--version $(VERSION)) $(if $(DRY_RUN),--dry-run)

## The spec against recorded responses: RECORDINGS is a `make record` directory or a browser's HAR export.
## ORIGIN: other origins whose HAR entries are the API's (space-separated URLs, e.g. a staging host), besides
## https://secure.simplymeet.me, loopback and SIMPLYMEET_BASE_URL; drift-apply takes it too.
## tools.drift exits 0: no drift; 1: findings (one line each); 2: unreadable input. make itself can only fail
## with 2, so the tool's own status is printed when it is not 0.
RECORDINGS ?= tests/recordings
ORIGIN ?=
ORIGIN_ARGS = $(foreach origin,$(ORIGIN),--origin $(origin))
drift: $(STAMP)
	@$(BIN)/python -m tools.drift $(RECORDINGS) $(ORIGIN_ARGS) || { code=$$?; echo "tools.drift exited $$code (1: findings, 2: unreadable input)" >&2; exit $$code; }

## The drift report's findings into openapi/simplymeet.yaml (every other byte kept), checked in a scratch copy
## (generate, published/, lint, the breaking check, the versions the next release needs, a CHANGELOG entry, tests),
## then replaced in the tree, all or nothing. ORIGIN as for make drift.
drift-apply: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m tools.drift $(RECORDINGS) --apply $(ORIGIN_ARGS)

## Record the real API read-only (GETs only), redacted, into OUT; then the drift report. Needs SIMPLYMEET_API_KEY
OUT ?= tests/recordings/real-$(shell date +%Y-%m-%d)
record: $(STAMP)
	$(BIN)/python -m tools.record --out $(OUT)

## schemathesis (pinned) against the sandbox: every phase (examples, coverage, fuzzing, stateful), every check, a
## fixed seed, FUZZ_EXAMPLES cases per operation and phase; prints cases per phase and failures per check, exits 1 on
## any failure, 5xx or dropped connection. Reports (log, ndjson, JUnit) in dist/fuzz/. make test runs a short one.
FUZZ_EXAMPLES ?= 300
fuzz: $(STAMP)
	$(BIN)/python -m tools.fuzz --max-examples $(FUZZ_EXAMPLES)

## Property-based robustness at 10 000 drawn responses per DTO (make test runs 15); prints the counts
soak: $(STAMP)
	SIMPLYMEET_EXAMPLES=10000 $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_robustness.py -k "allows" --durations=5

## Benchmarks against their baselines, side by side: table on stdout, bench/results.json, bench/results.png
bench: $(STAMP)
	$(BIN)/python bench/run.py

## Regenerate generated/simplymeet_client from openapi/simplymeet.yaml (+ templates/, generator-config.yaml), then
## published/ (make publish)
generate: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m tools.generate
	$(BIN)/python -m tools.spec_products publish

## Our templates against the installed openapi-python-client's own: unified diffs, changed lines each, total
templates-diff: $(STAMP)
	$(BIN)/python -m tools.templates_diff

## mypy --strict on the generated package and the hand-written code (no Node)
typecheck-py: $(STAMP)
	cd generated && MYPYPATH=../runtime ../$(BIN)/mypy --strict simplymeet_client
	$(BIN)/mypy --strict runtime/simplymeet_runtime tools tests examples bench

## typecheck-py, then pyright --strict on examples/resource_tour.py (pyrightconfig.json; Node)
typecheck: typecheck-py $(NODE_STAMP)
	node/node_modules/.bin/pyright

## ruff check and ruff format --check on the hand-written Python
lint-py: $(STAMP)
	$(BIN)/ruff check runtime tools tests examples bench
	$(BIN)/ruff format --check runtime tools tests examples bench

## Spec against the vendor reference inventory (needs ../shared)
coverage-spec: $(STAMP)
	$(BIN)/python ../shared/tools/spec-coverage

## The runtime's dependency rules (.importlinter): the client core never imports the CLI, the sandbox or the drift
## tooling; only cli and pytest_plugin import the generated package
imports: $(STAMP)
	$(BIN)/lint-imports --no-cache

## The fast loop: every test that needs neither Node nor a built wheel nor a long run (-m "not node and not slow")
unit: $(STAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider -m "not node and not slow" $(ARGS)

## Everything (CI runs this): Spectral, mypy + pyright, ruff, the TypeScript smoke test, the docs site and its browser
## check, the import contracts, then the whole pytest suite (tests/test_fuzz.py is a short `make fuzz`)
test: $(STAMP) $(NODE_STAMP) lint-spec typecheck lint-py imports ts-smoke docs-check
	$(BIN)/python -m pytest

## Remove .venv, dist/, caches and node_modules
clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache node/node_modules docs/reference/api.md docs/reference/cli.md docs/spec

# Old names, kept so that nothing calling them breaks
## Alias of lint-spec (Spectral on the spec)
lint: lint-spec

## This list: one line per target
help:
	@awk '/^## /{d = d ? d : substr($$0, 4); next} /^[A-Z_]+ *[?:]?=/{next} /^[a-z][a-z0-9_-]*:/{split($$0, a, ":"); if (d) printf "  %-15s %s\n", a[1], d; d = ""; next} {d = ""}' $(MAKEFILE_LIST)
