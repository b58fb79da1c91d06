# Everyday commands; scripts/ does the work, so a machine without make can run them too.
VENV ?= .venv
PY := $(VENV)/bin/python
PYBABEL := $(VENV)/bin/pybabel
POT := translations/kiosk.pot

.PHONY: setup demo test test-latest lock lint contact-sheets catalogs extract update compile language-table screenshots bench bundle deb check-deb clean

setup:
	bash scripts/setup.sh

demo:
	bash scripts/demo.sh

test:
	bash scripts/test.sh

# The upgrade canary: the suite on the newest releases pyproject's ranges allow (.venv-latest).
test-latest:
	bash scripts/test-latest.sh

# Refresh requirements.lock: exact versions and hashes for every platform (uv's universal
# resolution), within pyproject's ranges. Run it on purpose, then `make test` on the new lock.
UV_VERSION := 0.13.8
lock:
	$(PY) -m pip install -q --disable-pip-version-check "uv==$(UV_VERSION)"
	$(VENV)/bin/uv pip compile pyproject.toml packaging/build-requirements.in --extra test \
		--universal --python-version 3.11 --generate-hashes --custom-compile-command "make lock" \
		--upgrade -o requirements.lock

lint:
	$(VENV)/bin/ruff check kiosk tests benchmarks

# Translators' pipeline: extract the English from resources/, merge into every .po, compile.
catalogs: extract update compile language-table

extract:
	$(PYBABEL) extract -F pyproject.toml -o $(POT) --project "IOM Oslo kiosk" --version 0.1.0 \
		--copyright-holder "IOM Oslo kiosk contributors" --no-wrap .

# --width, not --no-wrap: Babel's --no-wrap still wraps the previous msgid (#|) without
# quotes, which msgfmt and the translate-toolkit refuse.
update:
	$(PYBABEL) update -i $(POT) -d translations -D kiosk --width 10000 --previous --ignore-obsolete

compile:
	$(PYBABEL) compile -d translations -D kiosk --statistics

# Each language's own name and direction from CLDR, so start-up need not load CLDR for them.
language-table:
	$(PY) -m kiosk.i18n.language_table translations

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m kiosk --screenshots screenshots

# One image per language with all its screens, for a reviewer who reads that language.
contact-sheets: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m kiosk --contact-sheets docs/screenshots

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

bundle: setup
	bash packaging/build_bundle.sh

deb: setup
	bash packaging/linux/build_deb.sh

# Build, lint, install, use and remove the .deb (root or sudo); CI runs this too.
check-deb:
	bash packaging/linux/check_deb.sh

clean:
	find translations -name '*.mo' -delete
	rm -rf screenshots .pytest_cache build
