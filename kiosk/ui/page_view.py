"""One information page: its title and blocks in a finger-scrollable column."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QScroller, QVBoxLayout, QWidget

from kiosk.content import Page
from kiosk.content.model import Office
from kiosk.i18n.localizer import Localizer
from kiosk.ui import icons, theme
from kiosk.ui.blocks import BlockWidget, build_block
from kiosk.ui.text_label import TextLabel


class PageView(QScrollArea):
    def __init__(self, page: Page, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.setObjectName("PageScreen")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        # Touch screens deliver a finger as the left mouse button: drag to scroll, with momentum.
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)

        body = QWidget()
        body.setObjectName("PageBody")
        # The reading column is centred by margins set on resize, not by capping the
        # blocks' width: a capped block is measured at the wider width and comes out
        # too short, and the layout then clips the last lines of the page.
        self._column = column = QVBoxLayout(body)
        column.setSpacing(20)

        header = QHBoxLayout()
        header.setSpacing(20)
        self.icon = QLabel(body)
        self.icon.setPixmap(icons.icon(page.icon).pixmap(QSize(theme.TILE_ICON_PX, theme.TILE_ICON_PX)))
        self.title = TextLabel("PageTitle", body)
        header.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.title, 1)
        column.addLayout(header)

        self.blocks: list[BlockWidget] = []
        for block in page.blocks:
            widget = build_block(block, office, body)
            column.addWidget(widget)
            self.blocks.append(widget)  # type: ignore[arg-type]
        column.addStretch(1)
        self.setWidget(body)

    def retranslate(self, loc: Localizer) -> None:
        self.title.setText(loc.text(self.page.title))
        for block in self.blocks:
            block.retranslate(loc)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        side = max(40, (self.viewport().width() - theme.READING_WIDTH) // 2)
        self._column.setContentsMargins(side, 32, side, 48)
        super().resizeEvent(event)

    def scroll_to_top(self) -> None:
        QScroller.scroller(self.viewport()).stop()
        self.verticalScrollBar().setValue(0)
