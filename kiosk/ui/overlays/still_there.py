"""'Still there?': a countdown before the screen starts over for the next visitor."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

from kiosk.i18n.localizer import Localizer
from kiosk.ui.overlays.overlay import Overlay, title_label, wide_button
from kiosk.ui.theme import Name
from kiosk.ui.widgets.text_label import TextLabel


class StillThereOverlay(Overlay):
    expired = Signal()
    kept = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Name.OVERLAY_CARD)
        self.title = title_label(self.card)
        self.countdown = TextLabel(Name.PARAGRAPH, self.card)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keep = wide_button(self.card)
        self.keep.clicked.connect(self._keep)
        for widget in (self.title, self.countdown, self.keep):
            self.content.addWidget(widget)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self._remaining = 0
        self._loc: Localizer | None = None

    def begin(self, loc: Localizer, seconds: int) -> None:
        self._remaining = seconds
        self.retranslate(loc)
        self._tick.start()
        self.open()

    def retranslate(self, loc: Localizer) -> None:
        self._loc = loc
        self.title.setText(loc.ui("idle.still_there"))
        self.keep.setText(loc.ui("idle.continue"))
        self._show_remaining()

    def rescale(self, percent: int) -> None:
        """Nothing to redo: its style sheet sizes all it shows."""

    def dismiss(self) -> None:
        self._tick.stop()
        self.hide()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        # Any touch, not only on the button, means someone is there.
        self._keep()

    def _keep(self) -> None:
        self.dismiss()
        self.kept.emit()

    def _count_down(self) -> None:
        self._remaining -= 1
        if self._remaining <= 0:
            self.dismiss()
            self.expired.emit()
        else:
            self._show_remaining()

    def _show_remaining(self) -> None:
        if self._loc is not None:
            self.countdown.setText(self._loc.ui("idle.countdown", time=self._loc.duration(self._remaining)))
