"""While the office is closed and nobody is there: a darker screen that says when it opens.

A brightness overlay works on every platform; the OS's own screen blanking (DPMS)
would hide the message too. Any touch wakes the screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QMouseEvent
from PySide6.QtWidgets import QWidget

from kiosk.hours.calendar import Status
from kiosk.i18n.localizer import Localizer
from kiosk.i18n.opening_text import status_line
from kiosk.ui import theme
from kiosk.ui.language import layout_direction
from kiosk.ui.overlays.overlay import Overlay
from kiosk.ui.theme import Name
from kiosk.ui.widgets.text_label import TextLabel

CYCLE_MS = 3000


class ClosedDim(Overlay):
    woken = Signal()

    def __init__(self, parent: QWidget, percent: int) -> None:
        super().__init__(parent, Name.DIM_CARD)
        self.setStyleSheet(theme.closed_dim_style(percent))
        self.message = TextLabel(Name.DIM_TEXT, self.card)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.content.addWidget(self.message)
        self._status: Status | None = None
        # Like the welcome, the message goes through the offered languages, so whoever walks
        # in reads when the office opens in theirs.
        self._languages: list[Localizer] = []
        self._shown = 0
        self._cycle = QTimer(self)
        self._cycle.setInterval(CYCLE_MS)
        self._cycle.timeout.connect(self._next_language)

    @property
    def message_language(self) -> str:
        return self._languages[self._shown].code if self._languages else ""

    def show_status(self, loc: Localizer, status: Status, languages: Sequence[Localizer] = ()) -> None:
        self._status = status
        self._languages = list(languages) or [loc]
        self._shown = next((i for i, other in enumerate(self._languages) if other.code == loc.code), 0)
        self.retranslate(loc)
        self.open()
        if len(self._languages) > 1:
            self._cycle.start()

    def retranslate(self, loc: Localizer) -> None:
        self.message.setLayoutDirection(layout_direction(loc.is_rtl))
        self.message.setText(status_line(self._status, loc) if self._status else "")

    def _next_language(self) -> None:
        self._shown = (self._shown + 1) % len(self._languages)
        self.retranslate(self._languages[self._shown])

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        self._cycle.stop()
        super().hideEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        # The waking touch is taken here, so it does not also press a button underneath.
        self.hide()
        self.woken.emit()
