"""Doing what staff do with their fingers: hold the corner, type the PIN."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from kiosk.ui.assemble import Kiosk
from tests.support.project import PIN
from tests.support.screen import finger, tap


def enter_pin(qtbot, kiosk: Kiosk, pin: str) -> None:
    for digit in pin:
        tap(qtbot, kiosk.staff.pin_pad.digits[digit])
    tap(qtbot, kiosk.staff.pin_pad.confirm)


def hold_corner(qtbot, kiosk: Kiosk) -> None:
    finger("press", kiosk.window, QPoint(12, 12))
    qtbot.waitUntil(lambda: kiosk.staff.pin_pad.isVisible(), timeout=3000)
    finger("release", kiosk.window, QPoint(12, 12))


def open_staff_panel(qtbot, kiosk: Kiosk, pin: str = PIN) -> None:
    hold_corner(qtbot, kiosk)
    enter_pin(qtbot, kiosk, pin)
