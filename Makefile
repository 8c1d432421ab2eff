# DeputyDesk — the two commands a newcomer needs are `make run` and `make test`.
# Both create a pinned virtual environment in .venv on first use.

PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.deputydesk-installed
DEMO_WORKSPACE ?= $(CURDIR)/.demo-workspace

.PHONY: run test lint typecheck unit bench translations translations-check venv clean package screenshot \
        frozen-smoke

venv: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "DeputyDesk needs Python 3.11 or newer; found " + sys.version.split()[0])'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || { \
	  echo ""; echo "Could not create a virtual environment with $(PYTHON)."; \
	  echo "On Debian/Ubuntu install it with:  sudo apt-get install python3-venv"; echo ""; exit 1; }
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@# The source tree itself goes on the path (no build step): a .pth file plus a `deputydesk` launcher.
	$(PY) -c 'import pathlib, sysconfig; pathlib.Path(sysconfig.get_paths()["purelib"], "deputydesk-src.pth").write_text("$(CURDIR)\n")'
	@printf '#!/bin/sh\nexec "%s" -m deputydesk "$$@"\n' "$(abspath $(PY))" > $(VENV)/bin/deputydesk && chmod +x $(VENV)/bin/deputydesk
	@touch $(STAMP)

translations: venv
	$(PY) -m deputydesk.tools.translations compile

translations-check: venv
	$(PY) -m deputydesk.tools.translations check

run: venv translations
	@$(PY) -m deputydesk.gui.qtcheck
	$(PY) -m deputydesk --workspace "$(DEMO_WORKSPACE)" gui --demo

lint: venv
	$(VENV)/bin/ruff check deputydesk tests installer
	$(VENV)/bin/mypy

unit: venv translations
	$(PY) -m pytest tests/unit -q

# The whole suite, headless. pytest exits 5 when it collects nothing, and make fails on it.
test: venv translations translations-check lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: venv translations
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/run.py

screenshot: venv translations
	QT_QPA_PLATFORM=offscreen $(PY) -m deputydesk --workspace "$(DEMO_WORKSPACE)" gui --demo --smoke-test \
	  --screenshot docs/screenshots/main-window.png

# Linux packages (installer/build.py): the frozen folder dist/deputydesk/ (PyInstaller, reused when up to
# date), dist/deputydesk-<version>-linux-x86_64.tar.gz and dist/deputydesk_<version>_amd64.deb.
package: venv translations
	$(PY) installer/build.py package

# Build the frozen folder (reused when up to date) and run it offscreen with the frozen program only.
frozen-smoke: venv translations
	$(PY) installer/build.py freeze
	$(PY) installer/frozen_smoke.py --strict dist/deputydesk

clean:
	rm -rf build dist .mypy_cache .ruff_cache
