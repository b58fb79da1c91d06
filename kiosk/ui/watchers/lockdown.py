"""Kiosk mode's lock-down: what a visitor's fingers or a stray keyboard must not do.

It filters the kiosk window (which refuses to close) and the window's platform window
(``KioskWindow.watch_input``), where every key, click and touch arrives before Qt hands it
to a widget: the keys that would end the kiosk never reach one, nor the right button or
menu key that would open a scroll bar's context menu. No widget has a tooltip or a "what's
this" (tests/ui/test_unattended.py walks every screen for one).

What an application cannot block by itself (Alt+Tab, the OS shell, the power
button) is for the operating system's kiosk feature: see the README.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent, QHelpEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QWidget

# Context menus, tooltips and "what's this" would show Qt's own chrome to visitors.
SWALLOWED = frozenset({QEvent.Type.ContextMenu, QEvent.Type.ToolTip, QEvent.Type.WhatsThis,
                       QEvent.Type.QueryWhatsThis})
# The platform window makes a context menu of these for the widget under them.
MOUSE_BUTTON_EVENTS = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                                 QEvent.Type.MouseButtonDblClick})
CONTROL_KEYS = frozenset({Qt.Key.Key_Q, Qt.Key.Key_W, Qt.Key.Key_F4})


def _is_escape_key(event: QKeyEvent) -> bool:
    modifiers = event.modifiers()
    key = event.key()
    if key in (Qt.Key.Key_Escape, Qt.Key.Key_Close, Qt.Key.Key_Cancel, Qt.Key.Key_Menu):
        return True
    if key == Qt.Key.Key_F4 and modifiers & Qt.KeyboardModifier.AltModifier:
        return True
    control = modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier)
    return bool(control) and key in CONTROL_KEYS


class LockDown(QObject):
    """Installed on ``window`` and its platform window; keeps the window open until
    ``allow_close`` is set."""

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self.allow_close = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # Asking an event's type makes a Python enum, four times the cost of the rest of the
        # call, so it is asked only of the classes that can carry what is refused: input events
        # (keys, clicks, menus), help events and a close.
        if event.isInputEvent():
            kind = event.type()
            if kind in SWALLOWED:
                return True
            if kind in MOUSE_BUTTON_EVENTS and isinstance(event, QMouseEvent):
                return event.button() == Qt.MouseButton.RightButton
            if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(event, QKeyEvent):
                return _is_escape_key(event)
            return False
        if isinstance(event, QHelpEvent):
            return event.type() in SWALLOWED
        if isinstance(event, QCloseEvent) and watched is self._window and not self.allow_close:
            event.ignore()
            return True
        return False
