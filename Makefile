# The whole set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 5000

.PHONY: run test test-postgres install install-test chromium axe seed bench bench-allocation clean \
	extract translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# compat mode puts the checkout itself on the path, so a package added later imports at once.
EDITABLE := --config-settings editable_mode=compat

$(VENV)/.installed: $(BIN)/python setup.cfg pyproject.toml
	$(BIN)/pip install --quiet $(EDITABLE) -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install --quiet $(EDITABLE) -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

# Wording (api/messages/, templates): `make extract` gathers every msgid into messages.pot and
# merges it into each language's .po; `make translations` compiles the .po files to the .mo files
# the app reads (committed too; tests/test_translations.py checks they match).
extract: install
	$(BIN)/pybabel extract -F babel.cfg -k N_ --no-location --sort-output --project livelihood \
		-o api/translations/messages.pot .
	$(BIN)/pybabel update -i api/translations/messages.pot -d api/translations -D messages \
		--no-fuzzy-matching --ignore-obsolete --width 100

translations: install
	$(BIN)/pybabel compile -d api/translations -D messages --statistics

# The first seed gives each demo user a random password and prints them once, with the address
# to open; a later one keeps them (`livelihood seed --reset-demo-passwords` prints new ones).
seed: install translations
	$(BIN)/livelihood init-db
	$(BIN)/livelihood seed --url http://$(HOST):$(PORT)

# One machine: the scheduled jobs run inside the server (production: `livelihood scheduler`).
run: seed
	$(BIN)/livelihood serve --with-scheduler --host $(HOST) --port $(PORT)

# The browser tests drive Debian's Chromium (Playwright never downloads a browser here);
# the Lohit fonts let it draw the Hindi and Bengali labels.
chromium:
	@test -x /usr/bin/chromium -a -d /usr/share/fonts/truetype/lohit-devanagari || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-lohit-deva fonts-lohit-beng-bengali)

test: install-test chromium axe translations
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# axe-core (the accessibility rules the browser tests inject into every page) from the npm registry,
# pinned in package.json / package-lock.json; only the tests use it.
axe: node_modules/axe-core/axe.min.js

node_modules/axe-core/axe.min.js: package.json package-lock.json
	@command -v npm >/dev/null || (echo "npm is missing: apt-get install npm (the axe-core checks need it)" && exit 2)
	npm ci --no-audit --no-fund --silent
	@touch $@

# The database tests again, against PostgreSQL (TEST_DATABASE_URL must point at a scratch database).
test-postgres: install-test
	@test -n "$(TEST_DATABASE_URL)" || (echo "set TEST_DATABASE_URL" && exit 2)
	$(BIN)/python -m pytest -m postgres $(PYTEST_ARGS)

bench: install-test
	$(BIN)/python bench/bench_matcher.py

# Our cohort allocator against the `matching` library's solver (installed for the benchmark only).
bench-allocation: install-test
	$(BIN)/pip install --quiet -r bench/requirements.txt
	$(BIN)/python bench/bench_allocation.py

clean:
	rm -rf $(VENV) instance *.egg-info
