#!/usr/bin/env bash
# Build the one-folder bundle (PyInstaller) into build/dist/iom-kiosk and print its size.
# Runs on Linux, Windows (Git Bash) and macOS; the CI workflow calls it on each.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
[ -x "$PYTHON" ] || PYTHON=python
if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    echo "build_bundle: PyInstaller is missing: $PYTHON -m pip install 'pyinstaller~=6.22'" >&2
    exit 1
fi
"$PYTHON" -m babel.messages.frontend compile -d translations -D kiosk >/dev/null
# The icons, drawn ahead (kiosk/ui/icons.py): the bundle's kiosk shows them without qtawesome.
QT_QPA_PLATFORM=offscreen "$PYTHON" -m kiosk.ui.icon_drawings >/dev/null
# and the holidays, so the bundle's kiosk need not import the holidays package to know them.
"$PYTHON" -m kiosk.content.holidays_ahead >/dev/null
rm -rf build/dist/iom-kiosk build/dist/"IOM Kiosk.app"
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath build/dist --workpath build/work \
    packaging/iom-kiosk.spec
size=$(du -sm build/dist/iom-kiosk | cut -f1)
echo "bundle: build/dist/iom-kiosk, ${size} MiB"
