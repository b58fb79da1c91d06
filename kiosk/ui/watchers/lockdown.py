"""Kiosk mode's lock-down: what a visitor's fingers or a stray keyboard must not do.

What an application cannot block by itself (Alt+Tab, the OS shell, the power
button) is for the operating system's kiosk feature: see the README.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

# Context menus, tooltips and "what's this" would show Qt's own chrome to visitors.
SWALLOWED = frozenset({QEvent.Type.ContextMenu, QEvent.Type.ToolTip, QEvent.Type.WhatsThis,
                       QEvent.Type.QueryWhatsThis})
CONTROL_KEYS = frozenset({Qt.Key.Key_Q, Qt.Key.Key_W, Qt.Key.Key_F4})


def _is_escape_key(event: QKeyEvent) -> bool:
    modifiers = event.modifiers()
    key = event.key()
    if key in (Qt.Key.Key_Escape, Qt.Key.Key_Close, Qt.Key.Key_Cancel):
        return True
    if key == Qt.Key.Key_F4 and modifiers & Qt.KeyboardModifier.AltModifier:
        return True
    control = modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier)
    return bool(control) and key in CONTROL_KEYS


class LockDown(QObject):
    """Installed on the application; keeps ``window`` open until ``allow_close`` is set."""

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self.allow_close = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind in SWALLOWED:
            return True
        if kind == QEvent.Type.Close and watched is self._window and not self.allow_close:
            event.ignore()
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(event, QKeyEvent):
            return _is_escape_key(event)
        return False
