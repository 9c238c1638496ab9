# The two commands of the README: `make serve` and `make test`. Each sets up what it needs first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve site test check lint pagefind chromium ocr java webtools clean bench-import bench bench-serve screenshot bench-search

$(VENV)/.runtime: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.test: $(VENV)/.runtime requirements-test.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

# The search index's writer: Pagefind from the npm registry (package.json), where npm is; PyPI's newest is 1.5.2
# (requirements.txt), whose scoring of common words is 3 to 4 times slower on a large archive. Without npm the
# build uses PyPI's. `npm ci --omit=dev` installs Pagefind alone (2 packages, 14 MB).
node_modules/.pagefind: package.json package-lock.json
	@if ! command -v npm >/dev/null 2>&1; then \
	  echo "npm not found: the search index will be written by PyPI's Pagefind 1.5.2 (npm's newer one searches a large archive 3-4 times faster)" >&2; \
	elif npm ci --omit=dev --no-audit --no-fund --ignore-scripts; then touch $@; \
	else echo "npm could not install Pagefind: the search index will be written by PyPI's Pagefind 1.5.2" >&2; fi

pagefind: node_modules/.pagefind

serve: $(VENV)/.runtime pagefind  ## build the bundled archive and serve it at http://127.0.0.1:8000
	$(PY) build.py serve --host $(HOST) --port $(PORT)

site: $(VENV)/.runtime pagefind  ## build into site/ (STRICT=1 fails on any warning)
	$(PY) build.py build $(if $(STRICT),--strict)

check: $(VENV)/.runtime
	$(PY) build.py check

lint: $(VENV)/.test
	$(VENV)/bin/ruff check minutebook hooks build.py tests benchmarks

chromium:  ## Debian's Chromium for the browser tests (never a downloaded browser)
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  elif command -v sudo >/dev/null 2>&1; then sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else echo "the browser tests need Debian's chromium: apt-get install chromium" >&2; exit 1; fi; }

ocr:  ## Debian's Tesseract, which reads scanned PDF pages (build.py import --ocr; a test OCRs a real scan)
	@command -v tesseract >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr; \
	  elif command -v sudo >/dev/null 2>&1; then sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr; \
	  else echo "reading scans needs Debian's tesseract-ocr: apt-get install tesseract-ocr" >&2; exit 1; fi; }

java:  ## Debian's Java for the Nu HTML checker (vnu.jar)
	@command -v java >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless; \
	  elif command -v sudo >/dev/null 2>&1; then sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless; \
	  else echo "the web-quality tests need Java: apt-get install default-jre-headless" >&2; exit 1; fi; }

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	touch $@ node_modules/.pagefind

webtools: node_modules/.installed java  ## Lighthouse and the Nu HTML checker, from the npm registry (package-lock.json)

test: $(VENV)/.test chromium webtools ocr  ## set up and run the whole suite, browser and OCR tests included
	$(VENV)/bin/ruff check minutebook hooks build.py tests
	$(PY) -m pytest -n auto --maxprocesses 4 --dist loadscope --durations=20

bench-import: $(VENV)/.test ocr  ## the importer's fidelity on the real documents of tests/corpus (not part of make test)
	$(PY) benchmarks/import_corpus.py

bench: $(VENV)/.test pagefind  ## build 1,000 and 10,000 synthetic meetings against plain MkDocs (not part of make test)
	$(PY) benchmarks/build_site.py 1000 10000 --write-docs

bench-serve: $(VENV)/.test pagefind  ## seconds from saving a record to the served page showing it, 1,000 and 10,000 meetings
	$(PY) benchmarks/serve_edit.py 1000 10000 --write-docs

screenshot: $(VENV)/.test pagefind chromium  ## the README's screenshot of a meeting page (docs/images/meeting-page.png)
	$(PY) docs/images/screenshot.py

bench-search: $(VENV)/.test pagefind chromium  ## bytes and time per query in headless Chromium at 2,000 and 10,000 meetings
	$(PY) benchmarks/search.py 2000 10000

clean:
	rm -rf site .site.* $(VENV)
