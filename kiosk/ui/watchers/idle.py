"""Noticing that nobody is touching the screen: one timer, re-armed by any input."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

# Input a person makes; a mouse merely resting or moving does not count.
INPUT_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
    QEvent.Type.KeyPress, QEvent.Type.Wheel,
})


class IdleWatcher(QObject):
    """Watching the window's input (``KioskWindow.watch_input``); ``idle`` fires once after
    ``seconds`` without any."""

    idle = Signal()
    touched = Signal()

    def __init__(self, seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle.emit)
        self.set_timeout(seconds)

    def set_timeout(self, seconds: int) -> None:
        self._timer.setInterval(seconds * 1000)
        self._timer.start()

    @property
    def timeout_seconds(self) -> int:
        return self._timer.interval() // 1000

    @property
    def is_armed(self) -> bool:
        return self._timer.isActive()

    def rearm(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # Every event of the platform window comes here; asking its type makes a Python enum,
        # so only an input event's is asked (isInputEvent is a plain C++ call).
        if event.isInputEvent() and event.type() in INPUT_EVENTS:
            self._timer.start()
            self.touched.emit()
        return False
