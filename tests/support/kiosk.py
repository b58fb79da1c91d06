"""Building a whole kiosk (window and caretaker) for tests, and taking it down again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.runtime import Runtime
from kiosk.settings.locations import Locations
from kiosk.settings.pin import hash_pin
from kiosk.ui.app import WINDOW_SIZE, application
from kiosk.ui.caretaker import Caretaker
from kiosk.ui.opening_ticker import Clock, system_clock
from kiosk.ui.window import KioskWindow
from tests.support.screen import tap

PIN = "2468"


def make_kiosk(qtbot, content, languages, home_dir: Path, *, kiosk_mode: bool = True,
               idle_seconds: int = 90, pin: str | None = PIN, clock: Clock = system_clock) -> Caretaker:
    application()
    runtime = Runtime.open(content, languages, Locations.under(home_dir),
                           {"idle_timeout_seconds": idle_seconds})
    if pin and runtime.store.pin_hash is None:
        runtime.store.set_pin_hash(hash_pin(pin))
    window = KioskWindow(content, languages, runtime.default_language, clock=clock)
    qtbot.addWidget(window)
    window.resize(*WINDOW_SIZE)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.is_built)
    caretaker = Caretaker(window, runtime, kiosk_mode=kiosk_mode, countdown_seconds=1, hold_ms=200)
    return caretaker


def tear_down(caretaker: Caretaker) -> None:
    app = QApplication.instance()
    for watcher in (caretaker.idle, caretaker.corner, caretaker.lockdown):
        if watcher is not None:
            app.removeEventFilter(watcher)
    caretaker.idle.stop()
    if caretaker.lockdown is not None:
        caretaker.lockdown.allow_close = True
    caretaker._apply_cursor(False)
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def enter_pin(qtbot, caretaker: Caretaker, pin: str) -> None:
    for digit in pin:
        tap(qtbot, caretaker.pin_pad.digits[digit])
    tap(qtbot, caretaker.pin_pad.confirm)


def hold_corner(qtbot, caretaker: Caretaker) -> None:
    window = caretaker.window
    QTest.mousePress(window, Qt.MouseButton.LeftButton, pos=QPoint(12, 12))
    qtbot.waitUntil(lambda: caretaker.pin_pad.isVisible(), timeout=3000)
    QTest.mouseRelease(window, Qt.MouseButton.LeftButton, pos=QPoint(12, 12))
