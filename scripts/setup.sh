#!/usr/bin/env bash
# Set up a fresh machine for the kiosk: system libraries Qt needs, a virtualenv
# with the project and its test tools from the lock file, and the compiled catalogs.
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
PYTHON=${PYTHON:-python3}

# Qt's offscreen platform loads these at run time; a minimal Debian lacks them.
DEBIAN_PACKAGES=(libgl1 libegl1 libfontconfig1 libglib2.0-0 libxkbcommon0 libdbus-1-3)
# The end-to-end test runs the kiosk in a real X server (Xvfb) and taps it with xdotool;
# Qt's xcb platform needs the rest.
DEBIAN_PACKAGES+=(xvfb xdotool libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0)
# A screen reader's view (tests/e2e/test_screen_reader.py): the accessibility bus, a D-Bus
# session for it, and pyatspi for the system's Python.
DEBIAN_PACKAGES+=(at-spi2-core dbus-daemon python3-pyatspi)
# msgfmt -c, gettext's own check of every catalog (tests/unit/test_catalogs.py).
DEBIAN_PACKAGES+=(gettext)

install_debian_packages() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "setup: installing Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

install_debian_packages "${DEBIAN_PACKAGES[@]}" ${EXTRA_DEBIAN_PACKAGES:-}

if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "setup: Python 3.11 or newer is needed (found: $("$PYTHON" --version 2>&1))" >&2
    exit 1
fi
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
# Exactly the versions the suite was last run with, each checked against its hash, so every
# machine tests and ships the same bytes (README: "Dependencies and the lock"). Then the
# kiosk itself, with nothing more resolved: its build backend (setuptools) is in the lock too.
pip_install() { "$VENV/bin/python" -m pip install -q --disable-pip-version-check "$@"; }
if [ "${KIOSK_DEPENDENCIES:-locked}" = latest ]; then
    # The upgrade canary (scripts/test-latest.sh): the newest releases pyproject's ranges allow.
    pip_install --upgrade --upgrade-strategy eager -e ".[test]"
else
    pip_install --require-hashes -r requirements.lock
    pip_install --no-deps --no-build-isolation -e .
fi

# The kiosk's own modules compiled ahead, as the installed bundle has them: where
# PYTHONDONTWRITEBYTECODE is set, every start would compile them anew.
"$VENV/bin/python" -m compileall -q kiosk >/dev/null
# Catalogs are compiled here, never committed: .po is the source.
"$VENV/bin/pybabel" compile -d translations -D kiosk
# Icons drawn ahead by qtawesome, so the running kiosk need not import it (kiosk/ui/icons.py).
QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -m kiosk.ui.icon_drawings >/dev/null
# The office country's holidays, written ahead by the holidays package (kiosk/content/holidays_ahead.py).
"$VENV/bin/python" -m kiosk.content.holidays_ahead >/dev/null
