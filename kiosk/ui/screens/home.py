"""Home: the office's name and one large tile per page.

At normal text the tiles share the screen below the header, three to a row. With larger
text they keep the room their words need: fewer to a row when a row cannot hold three,
and the screen scrolls (with the "more below" mark) when they no longer fit its height.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QScrollArea, QScroller, QVBoxLayout, QWidget

from kiosk.content import Page
from kiosk.hours.calendar import Status
from kiosk.i18n.localizer import Localizer
from kiosk.i18n.marks import plain
from kiosk.i18n.opening_text import status_line
from kiosk.ui import icons, theme
from kiosk.ui.theme import Name
from kiosk.ui.widgets.card_button import CardButton
from kiosk.ui.widgets.more_below import MoreBelow
from kiosk.ui.widgets.text_label import TextLabel
from kiosk.ui.widgets.touch_scroll import make_touch_scrollable

COLUMNS = 3


class HomeScreen(QScrollArea):
    page_chosen = Signal(str)

    def __init__(self, pages: tuple[Page, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(Name.HOME_SCREEN)
        make_touch_scrollable(self)
        body = QWidget()
        body.setObjectName(Name.HOME_BODY)
        self._pages = pages
        self._status: Status | None = None
        self._layout = layout = QVBoxLayout(body)
        layout.setContentsMargins(*theme.HOME_MARGINS)
        layout.setSpacing(theme.HOME_HEADER_GAP)
        self.office_name = TextLabel(Name.OFFICE_NAME, body)
        self.agency = TextLabel(Name.AGENCY, body)
        self.status_line = TextLabel(Name.STATUS_LINE, body)
        self.prompt = TextLabel(Name.PROMPT, body)
        self.unreviewed = TextLabel(Name.UNREVIEWED, body)
        for label in (self.office_name, self.agency, self.status_line, self.prompt):
            layout.addWidget(label)
        layout.addSpacing(theme.HOME_SECTION_GAP)
        self._grid = QGridLayout()
        self._grid.setSpacing(theme.GRID_GAP)
        layout.addLayout(self._grid, 1)
        self.tiles: dict[str, CardButton] = {}
        for page in pages:
            tile = CardButton(Name.TILE, (Name.TILE_TEXT,), icon_px=theme.TILE_ICON_PX, parent=body,
                              asks_room_for_face=True)
            tile.set_face_icon(icons.icon(page.icon), theme.TILE_ICON_PX, theme.TILE_ICON_LEAST_PX)
            tile.clicked.connect(lambda _=False, page_id=page.id: self.page_chosen.emit(page_id))
            self.tiles[page.id] = tile
        faces = [tile.icon_label for tile in self.tiles.values() if tile.icon_label is not None]
        for face in faces:
            face.share_size_with(faces)
        self.columns = 0
        self._place_tiles(COLUMNS)
        layout.addWidget(self.unreviewed)
        self.setWidget(body)
        self.more_below = MoreBelow(self)
        self.more_below.due_changed.connect(self._keep_clear_of_more_below)

    def set_status(self, status: Status | None) -> None:
        """The office's opening status, shown from the next retranslate on."""
        self._status = status

    def retranslate(self, loc: Localizer) -> None:
        self.status_line.setText(status_line(self._status, loc) if self._status else "")
        self.office_name.setText(loc.ui("app.office_name"))
        self.agency.setText(loc.ui("app.agency"))
        self.prompt.setText(loc.ui("home.prompt"))
        self.unreviewed.setText(loc.ui("app.unreviewed"))
        for page in self._pages:
            self.tiles[page.id].lines[0].setText(loc.text(page.title))
            self.tiles[page.id].setAccessibleName(plain(loc.text(page.title)))
        self._reflow()
        # Last: a widget shown lays out its window at once, which the tiles' old words would
        # have made a layout thrown away (about 2 ms of a switch into Urdu).
        self.unreviewed.setVisible(not loc.language.review.reviewed)

    def rescale(self, percent: int) -> None:
        # At normal size a tile's picture gives way where the words need the room, so that the
        # tiles share one screen; with larger text the screen scrolls, and pictures keep their size.
        side = theme.grown_px(theme.TILE_ICON_PX, percent)
        least = theme.TILE_ICON_LEAST_PX if percent == theme.NORMAL_TEXT else side
        for page in self._pages:
            self.tiles[page.id].set_face_icon(icons.icon(page.icon), side, least)
        self.more_below.rescale(percent)
        self._keep_clear_of_more_below()

    def scroll_to_top(self) -> None:
        QScroller.scroller(self.viewport()).stop()
        self.verticalScrollBar().setValue(0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._reflow()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._keep_clear_of_more_below()

    def _keep_clear_of_more_below(self) -> None:
        """While the screen scrolls, the tiles keep out of the margin where "more below" sits
        (the far side of the reading), so the mark never lies over a tile."""
        left, top, right, bottom = theme.HOME_MARGINS
        if self.more_below.is_due:
            if self.isRightToLeft():
                left = max(left, self.more_below.gutter)
            else:
                right = max(right, self.more_below.gutter)
        self._layout.setContentsMargins(left, top, right, bottom)
        self._reflow()

    def _reflow(self) -> None:
        """As many tiles to a row (three at most) as the width holds with every word whole."""
        margins = self._layout.contentsMargins()
        room = self.viewport().width() - margins.left() - margins.right()
        widest = max((tile.minimumSizeHint().width() for tile in self.tiles.values()), default=0)
        columns = COLUMNS
        while columns > 1 and columns * widest + (columns - 1) * theme.GRID_GAP > room:
            columns -= 1
        self._place_tiles(columns)

    def _place_tiles(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for tile in self.tiles.values():
            self._grid.removeWidget(tile)
        for index, tile in enumerate(self.tiles.values()):
            self._grid.addWidget(tile, index // columns, index % columns)
        # Equal shares, whatever each tile's words: the grid stays even.
        rows = -(-len(self.tiles) // columns)
        for column in range(COLUMNS):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        for row in range(len(self.tiles)):
            self._grid.setRowStretch(row, 1 if row < rows else 0)
