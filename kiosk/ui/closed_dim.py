"""While the office is closed and nobody is there: a darker screen that says when it opens.

A brightness overlay works on every platform; the OS's own screen blanking (DPMS)
would hide the message too. Any touch wakes the screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

from kiosk.ui.overlay import Overlay
from kiosk.ui.text_label import TextLabel


class ClosedDim(Overlay):
    woken = Signal()

    def __init__(self, parent: QWidget, percent: int) -> None:
        super().__init__(parent, "DimCard")
        alpha = round(255 * percent / 100)
        self.setStyleSheet(f"#Overlay {{ background: rgba(0, 0, 0, {alpha}); }}"
                           "#DimCard { background: rgba(0, 20, 60, 235); border-radius: 24px;"
                           " min-width: 900px; }")
        self.message = TextLabel("DimText", self.card)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.content.addWidget(self.message)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.open()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        # The waking touch is taken here, so it does not also press a button underneath.
        self.hide()
        self.woken.emit()
