#!/usr/bin/env bash
# Set up (if needed) and start the kiosk in a normal window, to try it out.
# Pass --lang fa (or any code from --list-languages) to start in that language.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec "${VENV:-.venv}/bin/python" -m kiosk --windowed "$@"
