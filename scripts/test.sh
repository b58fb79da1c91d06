#!/usr/bin/env bash
# Set up (if needed) and run every check: lint, import layers, then the whole test suite offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
VENV=${VENV:-.venv}
"$VENV/bin/ruff" check kiosk tests benchmarks packaging
# The layers the README draws (pyproject's [tool.importlinter]); quiet unless one is broken.
"$VENV/bin/lint-imports" --no-cache > "${TMPDIR:-/tmp}/kiosk-lint-imports.txt" \
    || { cat "${TMPDIR:-/tmp}/kiosk-lint-imports.txt"; exit 1; }
QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -m pytest "$@"
