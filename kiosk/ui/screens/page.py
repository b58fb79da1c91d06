"""One information page: its title and blocks in a finger-scrollable column."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QScroller, QVBoxLayout, QWidget

from kiosk.content import OpeningHours, Page
from kiosk.content.model import Office
from kiosk.hours.calendar import OpeningCalendar
from kiosk.hours.clock import Clock
from kiosk.i18n.localizer import Localizer
from kiosk.ui import icons, theme
from kiosk.ui.screens.blocks import BlockWidget, build_block
from kiosk.ui.theme import Name
from kiosk.ui.widgets.more_below import MoreBelow
from kiosk.ui.widgets.text_label import TextLabel
from kiosk.ui.widgets.touch_scroll import make_touch_scrollable


class PageView(QScrollArea):
    def __init__(self, page: Page, office: Office, calendar: OpeningCalendar, clock: Clock,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.setObjectName(Name.PAGE_SCREEN)
        make_touch_scrollable(self)

        body = QWidget()
        body.setObjectName(Name.PAGE_BODY)
        # A column capped at a readable width, centred by stretches. Its blocks are not
        # capped themselves: a vertical layout would measure them at the full width,
        # come out too short, and clip the page's last lines.
        page_column = QWidget(body)
        page_column.setMaximumWidth(theme.READING_WIDTH)
        outer = QHBoxLayout(body)
        outer.setContentsMargins(*theme.PAGE_MARGINS)
        outer.addStretch(1)
        outer.addWidget(page_column, 100)
        outer.addStretch(1)
        column = QVBoxLayout(page_column)
        column.setContentsMargins(*theme.NO_MARGINS)
        column.setSpacing(theme.BLOCK_GAP)

        header = QHBoxLayout()
        header.setSpacing(theme.BLOCK_GAP)
        self.icon = QLabel(page_column)
        self.icon.setPixmap(icons.icon(page.icon).pixmap(QSize(theme.TILE_ICON_PX, theme.TILE_ICON_PX)))
        self.title = TextLabel(Name.PAGE_TITLE, page_column)
        header.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.title, 1)
        column.addLayout(header)

        self.blocks: list[BlockWidget] = []
        for block in page.blocks:
            widget = build_block(block, office, calendar, clock, page_column)
            column.addWidget(widget)
            self.blocks.append(widget)  # type: ignore[arg-type]
        column.addStretch(1)
        self.unreviewed = TextLabel(Name.UNREVIEWED, page_column)
        column.addWidget(self.unreviewed)
        self.setWidget(body)
        self.more_below = MoreBelow(self)

    @property
    def shows_opening_hours(self) -> bool:
        """Whether this page's text depends on the date (the coming closures): it goes stale
        when the opening status changes."""
        return any(isinstance(block, OpeningHours) for block in self.page.blocks)

    def retranslate(self, loc: Localizer) -> None:
        self.title.setText(loc.text(self.page.title))
        self.unreviewed.setText(loc.ui("app.unreviewed"))
        for block in self.blocks:
            block.retranslate(loc)
        # Last, as on home: shown, it lays the window out at once.
        self.unreviewed.setVisible(not loc.language.review.reviewed)

    def rescale(self, percent: int) -> None:
        side = theme.grown_px(theme.TILE_ICON_PX, percent)
        self.icon.setPixmap(icons.icon(self.page.icon).pixmap(QSize(side, side)))
        self.more_below.rescale(percent)
        for block in self.blocks:
            block.rescale(percent)

    @property
    def has_more_below(self) -> bool:
        return self.more_below.is_due

    def scroll_to_top(self) -> None:
        QScroller.scroller(self.viewport()).stop()
        self.verticalScrollBar().setValue(0)
