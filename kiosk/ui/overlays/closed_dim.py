"""While the office is closed and nobody is there: a darker screen that says when it opens.

A brightness overlay works on every platform; the OS's own screen blanking (DPMS)
would hide the message too. Any touch wakes the screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

from kiosk.hours.calendar import Status
from kiosk.i18n.localizer import Localizer
from kiosk.i18n.opening_text import status_line
from kiosk.ui import theme
from kiosk.ui.overlays.overlay import Overlay
from kiosk.ui.theme import Name
from kiosk.ui.widgets.text_label import TextLabel


class ClosedDim(Overlay):
    woken = Signal()

    def __init__(self, parent: QWidget, percent: int) -> None:
        super().__init__(parent, Name.DIM_CARD)
        self.setStyleSheet(theme.closed_dim_style(percent))
        self.message = TextLabel(Name.DIM_TEXT, self.card)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.content.addWidget(self.message)
        self._status: Status | None = None

    def show_status(self, loc: Localizer, status: Status) -> None:
        self._status = status
        self.retranslate(loc)
        self.open()

    def retranslate(self, loc: Localizer) -> None:
        self.message.setText(status_line(self._status, loc) if self._status else "")

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        # The waking touch is taken here, so it does not also press a button underneath.
        self.hide()
        self.woken.emit()
