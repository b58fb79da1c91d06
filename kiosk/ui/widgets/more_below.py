"""The round "more below" mark at the foot of a screen that scrolls.

For anyone who would not notice the thin scroll bar: shown while the screen goes on
below the window, gone once its end is in view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea

from kiosk.ui import icons, theme
from kiosk.ui.theme import Name


class MoreBelow(QLabel):
    due_changed = Signal(bool)

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area.viewport())
        self._area = area
        self._viewport = area.viewport()  # compared without asking the area, which may be going
        self._percent = theme.NORMAL_TEXT
        self._due = False
        self.setObjectName(Name.MORE_BELOW)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._draw()
        bar = area.verticalScrollBar()
        bar.valueChanged.connect(self.place)
        bar.rangeChanged.connect(self.place)
        self._viewport.installEventFilter(self)
        self.place()

    @property
    def is_due(self) -> bool:
        """The screen goes on below what is in view."""
        bar = self._area.verticalScrollBar()
        return bar.value() < bar.maximum()

    def rescale(self, percent: int) -> None:
        """As large as the text around it asks (the style sheet rounds it to match)."""
        self._percent = percent
        self._draw()
        self.place()

    def place(self) -> None:
        size = theme.more_below_px(self._percent)
        viewport = self._viewport
        # In the margin beside the text, at the foot on the reading's far side: it never covers
        # a word of a page.
        top = viewport.height() - size - theme.MORE_BELOW_INSET
        inset = theme.MORE_BELOW_INSET * 3
        left = inset if self._area.isRightToLeft() else viewport.width() - size - inset
        self.setGeometry(left, top, size, size)
        due = self.is_due
        self.setVisible(due)
        self.raise_()
        if due != self._due:
            self._due = due
            self.due_changed.emit(due)

    @property
    def gutter(self) -> int:
        """How far from the screen's side content must stay to be clear of the mark."""
        return theme.more_below_gutter(self._percent)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        moved = event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutDirectionChange)
        if moved and watched is self._viewport:
            self.place()
        return False

    def _draw(self) -> None:
        side = theme.grown_px(theme.ICON_PX, self._percent)
        self.setPixmap(icons.icon(icons.MORE_BELOW, color=theme.ON_BLUE).pixmap(QSize(side, side)))
