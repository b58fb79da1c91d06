"""Home: the office's name and one large tile per page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from kiosk.content import Page
from kiosk.hours.calendar import Status
from kiosk.i18n.localizer import Localizer
from kiosk.i18n.marks import plain
from kiosk.i18n.opening_text import status_line
from kiosk.ui import icons, theme
from kiosk.ui.fonts import in_nastaliq
from kiosk.ui.theme import Name
from kiosk.ui.widgets.card_button import CardButton
from kiosk.ui.widgets.text_label import TextLabel

COLUMNS = 3


class HomeScreen(QWidget):
    page_chosen = Signal(str)

    def __init__(self, pages: tuple[Page, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(Name.HOME_SCREEN)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._pages = pages
        self._status: Status | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*theme.HOME_MARGINS)
        layout.setSpacing(theme.HOME_HEADER_GAP)
        self.office_name = TextLabel(Name.OFFICE_NAME, self)
        self.agency = TextLabel(Name.AGENCY, self)
        self.status_line = TextLabel(Name.STATUS_LINE, self)
        self.prompt = TextLabel(Name.PROMPT, self)
        self.unreviewed = TextLabel(Name.UNREVIEWED, self)
        for label in (self.office_name, self.agency, self.status_line, self.prompt):
            layout.addWidget(label)
        layout.addSpacing(theme.HOME_SECTION_GAP)
        grid = QGridLayout()
        grid.setSpacing(theme.GRID_GAP)
        layout.addLayout(grid, 1)
        self.tiles: dict[str, CardButton] = {}
        for index, page in enumerate(pages):
            tile = CardButton(Name.TILE, (Name.TILE_TEXT,), icon_px=theme.TILE_ICON_PX, parent=self,
                              compact_icon_px=theme.COMPACT_TILE_ICON_PX)
            tile.set_face_icon(icons.icon(page.icon))
            tile.clicked.connect(lambda _=False, page_id=page.id: self.page_chosen.emit(page_id))
            grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
            self.tiles[page.id] = tile
        layout.addWidget(self.unreviewed)

    def set_status(self, status: Status | None) -> None:
        """The office's opening status, shown from the next retranslate on."""
        self._status = status

    def retranslate(self, loc: Localizer) -> None:
        self._set_compact(in_nastaliq(loc.code))
        self.status_line.setText(status_line(self._status, loc) if self._status else "")
        self.office_name.setText(loc.ui("app.office_name"))
        self.agency.setText(loc.ui("app.agency"))
        self.prompt.setText(loc.ui("home.prompt"))
        self.unreviewed.setText(loc.ui("app.unreviewed"))
        self.unreviewed.setVisible(not loc.language.review.reviewed)
        for page in self._pages:
            self.tiles[page.id].lines[0].setText(loc.text(page.title))
            self.tiles[page.id].setAccessibleName(plain(loc.text(page.title)))

    def _set_compact(self, compact: bool) -> None:
        # Nastaliq's lines are 2.5 em tall: in Urdu the header takes some 455 of the 697 px
        # above the bar, and a tile at full size needs 175 px for its icon and one line. The
        # grid would squeeze the tiles to 109 px and cut their text off at the top and the
        # bottom; set tighter (a smaller icon, narrower margins), a tile needs about 120 px
        # and is given 126. Other languages keep the full size.
        self.layout().setContentsMargins(*(theme.COMPACT_HOME_MARGINS if compact else theme.HOME_MARGINS))
        for tile in self.tiles.values():
            if tile.is_compact != compact:
                tile.set_compact(compact)
