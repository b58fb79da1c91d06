"""End to end: the kiosk in kiosk mode in a real X server, tapped with real input events.

Xvfb gives a 1280 x 800 screen; xdotool moves the pointer and clicks as a finger
would; the screen is grabbed after each tap and compared with the kiosk's own
offscreen rendering of the screen the tap should lead to. Where a button is comes
from laying out the same window offscreen, so the test follows layout changes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.exceptions import TimeoutError

from kiosk.ui.window import KioskWindow
from tests.support.project import ROOT

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="Xvfb and xdotool are Linux tools")

GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
sys.exit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)
"""


# The PIN pad's card and the dimmed screen round it: most of the screen looks different.
PIN_PAD_COVERS = 0.3


def _free_display() -> int:
    for number in range(90, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display number")


@pytest.fixture
def x_display(qtbot) -> Iterator[str]:
    for tool in ("Xvfb", "xdotool"):
        assert shutil.which(tool), f"{tool} is missing: scripts/setup.sh installs it (Debian: xvfb, xdotool)"
    number = _free_display()
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    qtbot.waitUntil(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), timeout=10000)
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def _x_env(display: str) -> dict[str, str]:
    return {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}


def _grab(display: str, path: Path) -> QImage:
    subprocess.run([sys.executable, "-c", GRAB, str(path)], env=_x_env(display), check=True, timeout=30,
                   capture_output=True)
    return QImage(str(path))


def _differing_share(image: QImage, expected: QImage, skip: QRect | None = None) -> float:
    """Share of sampled pixels that differ visibly; anti-aliasing stays well under 1 %."""
    if image.size() != expected.size():
        return 1.0
    differing = sampled = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            if skip is not None and skip.contains(x, y):
                continue
            a, b = image.pixelColor(x, y), expected.pixelColor(x, y)
            sampled += 1
            if max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) > 48:
                differing += 1
    return differing / sampled


def _centre(widget: QWidget, window: KioskWindow) -> QPoint:
    return widget.mapTo(window, widget.rect().center())


@pytest.fixture
def positions(qtbot, make_kiosk) -> dict[str, QPoint | QRect | str]:
    """Where a finger finds each button, from the same kiosk laid out offscreen."""
    window = make_kiosk(kiosk_mode=False).window
    found: dict[str, QPoint | QRect | str] = {"fa button": _centre(window.start.buttons["fa"], window),
                                              "title": window.windowTitle()}
    # The welcome cycles through the languages on purpose; start screens are compared without it.
    welcome = window.start.greeting.parentWidget()
    found["welcome"] = QRect(welcome.mapTo(window, QPoint(0, 0)), welcome.size())
    window.set_language("fa")
    window.show_screen("home")
    qtbot.waitUntil(lambda: window.home.tiles["office"].width() > 0)
    found["office tile"] = _centre(window.home.tiles["office"], window)
    window.show_screen("office")
    found["back"] = _centre(window.nav.back, window)
    found["language"] = _centre(window.nav.language, window)
    return found


def test_a_visitor_taps_the_real_kiosk(qtbot, x_display, positions, tmp_path):
    subprocess.run([sys.executable, "-m", "kiosk", "--screenshots", str(tmp_path / "expected")],
                   cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=True, timeout=120,
                   capture_output=True)
    kiosk = subprocess.Popen([sys.executable, "-m", "kiosk"], cwd=ROOT, env=_x_env(x_display),
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        found = subprocess.run(["xdotool", "search", "--sync", "--name", f"^{positions['title']}$"],
                               env=_x_env(x_display), capture_output=True, text=True, timeout=60, check=True)
        window_id = found.stdout.split()[0]

        def geometry() -> str:
            return subprocess.run(["xdotool", "getwindowgeometry", window_id], env=_x_env(x_display),
                                  capture_output=True, text=True, check=True).stdout

        # Kiosk mode fills the screen, with no window manager to ask.
        qtbot.waitUntil(lambda: "Position: 0,0" in geometry() and "Geometry: 1280x800" in geometry())

        def shows(screen: str) -> bool:
            expected = QImage(str(tmp_path / "expected" / screen))
            skip = positions["welcome"] if screen.endswith("start.png") else None
            assert skip is None or isinstance(skip, QRect)
            return _differing_share(_grab(x_display, tmp_path / "now.png"), expected, skip) < 0.01

        def tap(where: str, then: str) -> None:
            point = positions[where]
            assert isinstance(point, QPoint)
            subprocess.run(["xdotool", "mousemove", "--sync", str(point.x()), str(point.y()), "click", "1"],
                           env=_x_env(x_display), check=True, timeout=30)
            try:
                qtbot.waitUntil(lambda: shows(then), timeout=15000)
            except TimeoutError as exc:
                raise AssertionError(f"after tapping {where}, the screen never became {then}; "
                                     f"last seen: {tmp_path / 'now.png'}") from exc

        qtbot.waitUntil(lambda: shows("nb/start.png"), timeout=15000)
        tap("fa button", then="fa/home.png")
        tap("office tile", then="fa/office.png")
        tap("back", then="fa/home.png")
        tap("language", then="fa/start.png")
        # The staff's corner, held with the real pointer (the watchers filter the window's
        # platform window, where X's events arrive): the PIN pad comes over the start screen.
        subprocess.run(["xdotool", "mousemove", "--sync", "12", "12", "mousedown", "1"],
                       env=_x_env(x_display), check=True, timeout=30)
        start = QImage(str(tmp_path / "expected" / "fa/start.png"))
        welcome = positions["welcome"]
        assert isinstance(welcome, QRect)
        try:
            qtbot.waitUntil(lambda: _differing_share(_grab(x_display, tmp_path / "now.png"), start, welcome)
                            > PIN_PAD_COVERS, timeout=15000)
        except TimeoutError as exc:
            raise AssertionError(f"holding the corner never brought the PIN pad; last seen: "
                                 f"{tmp_path / 'now.png'}") from exc
        finally:
            subprocess.run(["xdotool", "mouseup", "1"], env=_x_env(x_display), check=True, timeout=30)
        assert kiosk.poll() is None, kiosk.stderr.read().decode() if kiosk.stderr else ""
    finally:
        kiosk.terminate()
        kiosk.wait(timeout=10)
