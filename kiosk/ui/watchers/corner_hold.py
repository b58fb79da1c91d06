"""The staff's way in: a finger held still in the window's top-left corner for a while.

A visitor does not press a blank corner for seconds by chance; the corner is the
physical top left in every language, so staff learn one place.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

CORNER_PX = 96
HOLD_MS = 3000


class CornerHold(QObject):
    """Watching the window's input (``KioskWindow.watch_input``); ``held`` fires after a press
    of ``hold_ms`` in the corner."""

    held = Signal()

    def __init__(self, window: QWidget, hold_ms: int = HOLD_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(hold_ms)
        self._timer.timeout.connect(self.held.emit)

    def _in_corner(self, event: QMouseEvent) -> bool:
        point = self._window.mapFromGlobal(event.globalPosition().toPoint())
        return QRect(QPoint(0, 0), QPoint(CORNER_PX, CORNER_PX)).contains(point)

    @property
    def is_holding(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # A press reaches the platform window once, before a widget is given it.
        if not isinstance(event, QMouseEvent):
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and self._in_corner(event):
            self._timer.start()
        elif kind == QEvent.Type.MouseButtonRelease or (
                kind == QEvent.Type.MouseMove and not self._in_corner(event)):
            self._timer.stop()
        return False
