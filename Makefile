# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint bench install demo clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test,dev]"
	touch $(STAMP)

install: $(STAMP)

node_modules/axe-core/axe.min.js: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --silent; \
	else echo "npm not found: browser accessibility checks will be skipped"; fi

# Set up, load the demo content and serve on http://$(HOST):$(PORT); links in feeds, emails
# and the sitemap name that address unless SITE_BASE_URL says otherwise.
run: export SITE_BASE_URL ?= http://$(HOST):$(PORT)
run: $(STAMP)
	mkdir -p var
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	@echo "Gương Sáng: http://$(HOST):$(PORT)/  (quản trị: http://$(HOST):$(PORT)/quan-tri/)"
	@# The task worker beside the web server; one Ctrl-C stops both.
	@trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py db_worker --interval 0.2 & worker=$$!; \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

demo: $(STAMP)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo

# The whole test suite, one worker per core (TEST_WORKERS=0: in one process), each test file
# kept on one worker so that a module's shared content is built once; DATABASE_URL=postgres://…
# runs it on PostgreSQL.
TEST_WORKERS ?= auto
test: $(STAMP) node_modules/axe-core/axe.min.js
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile

lint: $(STAMP)
	mkdir -p var
	$(BIN)/ruff check .
	$(BIN)/python manage.py makemigrations --check --dry-run
	msgfmt --check -o /dev/null locale/vi/LC_MESSAGES/django.po

# The demo's figures, then listings, sitemap, search and rebuild at the demo size, 20,000
# and 200,000 documents on SQLite and PostgreSQL (summary in var/bench/last.json). A quicker
# run: make bench BENCH_SCALE="--sizes demo,20000 --databases sqlite".
BENCH_SCALE ?=
bench: $(STAMP)
	$(BIN)/python -m guongsang.bench
	$(BIN)/python -m guongsang.bench_scale $(BENCH_SCALE)

clean:
	rm -rf var/bench .pytest_cache
