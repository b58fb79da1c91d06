"""What a screen reader finds: the live kiosk walked over AT-SPI, the bus Orca reads.

The kiosk runs in Xvfb inside its own D-Bus session with the accessibility bus started;
tests/support/atspi_walk.py (the system's Python, where pyatspi lives) presses buttons
through AT-SPI's own actions, as a screen reader's user does, and reports what is showing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.i18n.marks import plain
from tests.support.project import ROOT

BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = Path("/usr/bin/python3")
APP_NAME = "IOM Kiosk"  # QApplication's name, which AT-SPI lists the kiosk under
IDLE_SECONDS = 20  # short enough to see "Still there?" in the walk, long enough to walk first


def _missing() -> str | None:
    if sys.platform != "linux":
        return "AT-SPI is the Linux accessibility bus"
    for tool in ("Xvfb", "dbus-run-session"):
        if not shutil.which(tool):
            return f"{tool} is missing (Debian: xvfb, dbus-daemon)"
    if not BUS_LAUNCHER.exists():
        return "the accessibility bus cannot start: at-spi-bus-launcher is missing (Debian: at-spi2-core)"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True) \
        if SYSTEM_PYTHON.exists() else None
    if probe is None or probe.returncode != 0:
        return "pyatspi is missing (Debian: python3-pyatspi)"
    return None


MISSING = _missing()
pytestmark = pytest.mark.skipif(MISSING is not None, reason=MISSING or "")

SESSION = r"""
set -u
Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & server=$!
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X${DISPLAY#:}" ] && break; sleep 0.1; done
"$BUS_LAUNCHER" --launch-immediately >/dev/null 2>&1 & bus=$!
"$KIOSK_PYTHON" -m kiosk --windowed --idle-timeout "$IDLE_SECONDS" >"$KIOSK_LOG" 2>&1 & kiosk=$!
"$SYSTEM_PYTHON" "$WALKER" "$@"; status=$?
kill $kiosk $bus $server 2>/dev/null
exit $status
"""


def _free_display() -> str:
    for number in range(120, 220):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return f":{number}"
    raise RuntimeError("no free X display number")


def walk_live_kiosk(tmp_path: Path, *steps: str) -> list[list[dict]]:
    env = {**os.environ, "DISPLAY": _free_display(), "QT_QPA_PLATFORM": "xcb", "QT_ACCESSIBILITY": "1",
           "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "IOM_KIOSK_HOME": str(tmp_path / "home"),
           "BUS_LAUNCHER": str(BUS_LAUNCHER), "SYSTEM_PYTHON": str(SYSTEM_PYTHON),
           "KIOSK_PYTHON": sys.executable, "KIOSK_LOG": str(tmp_path / "kiosk.log"),
           "WALKER": str(ROOT / "tests/support/atspi_walk.py"), "IDLE_SECONDS": str(IDLE_SECONDS)}
    result = subprocess.run(["dbus-run-session", "--", "bash", "-c", SESSION, "session", *steps],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
    log = (tmp_path / "kiosk.log").read_text(errors="replace") if (tmp_path / "kiosk.log").exists() else ""
    assert result.returncode == 0, f"{result.stderr[-2000:]}\nkiosk log:\n{log[-2000:]}"
    # The registry daemon says hello on stdout too: the walks are the JSON lines.
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("[")]


# What a visitor presses. Qt also lists a focus action on plain containers (scroll areas).
CONTROLS = frozenset({"push button", "toggle button", "check box", "radio button", "link", "menu item"})


def unnamed_controls(walk: list[dict]) -> list[dict]:
    return [node for node in walk if node["role"] in CONTROLS and not node["name"]]


def names(walk: list[dict], role: str) -> list[str]:
    return [node["name"] for node in walk if node["role"] == role]


def test_a_screen_reader_finds_named_controls_headings_and_nothing_behind_an_overlay(tmp_path, kiosk):
    languages = kiosk.runtime.languages
    start_default = kiosk.window.default_language
    fa = languages.localizer("fa")
    office = plain(fa.ui("app.office_name"))
    hours_page = next(page for page in kiosk.runtime.content.pages if page.id == "hours")
    hours_title = plain(fa.text(hours_page.title))
    persian_button = kiosk.window.start.buttons["fa"].accessibleName()
    still_there = plain(fa.ui("idle.still_there"))

    section = plain(fa.ui("hours.heading"))  # on the page only; the tile shares the title
    start, home, hours, overlay = walk_live_kiosk(
        tmp_path, APP_NAME, persian_button, persian_button, office, hours_title, section, "-", still_there)

    # Start: every language named in its own language, with its own locale.
    buttons = {node["name"]: node for node in start if node["role"] == "push button"}
    assert plain(languages.localizer("fa").ui("start.greeting")) not in names(start, "label")
    assert unnamed_controls(start) == []
    for code, button in kiosk.window.start.buttons.items():
        node = buttons[button.accessibleName()]
        assert node["locale"].split("_")[0] == code.split("_")[0], node
    assert plain(languages.localizer(start_default).ui("app.office_name")) in names(start, "heading")

    # Home, after pressing فارسی: the visitor's words, the visitor's locale, a heading.
    assert office in names(home, "heading")
    tiles = [plain(fa.text(page.title)) for page in kiosk.runtime.content.pages]
    assert set(tiles) <= set(names(home, "push button"))
    assert not set(tiles) & set(names(home, "label")), "a tile's words read again after its name"
    assert unnamed_controls(home) == []
    for node in home:
        if node["role"] in ("push button", "heading", "label"):
            assert node["locale"].startswith("fa"), node

    # A page: its title and its section headings are headings.
    assert hours_title in names(hours, "heading")
    assert section in names(hours, "heading")
    assert unnamed_controls(hours) == []

    # "Still there?" over the page: the card is all a screen reader can reach.
    assert still_there in names(overlay, "heading")
    showing = {node["name"] for node in overlay}
    assert hours_title not in showing and not set(tiles) & showing
    assert unnamed_controls(overlay) == []
