#!/usr/bin/env bash
# Set up (if needed) and run every check: lint, then the whole test suite offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
VENV=${VENV:-.venv}
"$VENV/bin/ruff" check kiosk tests benchmarks packaging
QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -m pytest "$@"
