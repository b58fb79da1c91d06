"""Home: the office's name and one large tile per page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from kiosk.content import Page
from kiosk.i18n.localizer import Localizer
from kiosk.ui import icons, theme
from kiosk.ui.card_button import CardButton
from kiosk.ui.text_label import TextLabel

COLUMNS = 3


class HomeScreen(QWidget):
    page_chosen = Signal(str)

    def __init__(self, pages: tuple[Page, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HomeScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._pages = pages
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.setSpacing(10)
        self.office_name = TextLabel("OfficeName", self)
        self.agency = TextLabel("Agency", self)
        self.status_line = TextLabel("StatusLine", self)
        self.prompt = TextLabel("Prompt", self)
        for label in (self.office_name, self.agency, self.status_line, self.prompt):
            layout.addWidget(label)
        layout.addSpacing(18)
        grid = QGridLayout()
        grid.setSpacing(24)
        layout.addLayout(grid, 1)
        self.tiles: dict[str, CardButton] = {}
        for index, page in enumerate(pages):
            tile = CardButton("Tile", ("TileText",), icon_px=theme.TILE_ICON_PX, parent=self)
            tile.set_face_icon(icons.icon(page.icon))
            tile.clicked.connect(lambda _=False, page_id=page.id: self.page_chosen.emit(page_id))
            grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
            self.tiles[page.id] = tile

    def retranslate(self, loc: Localizer) -> None:
        self.office_name.setText(loc.ui("app.office_name"))
        self.agency.setText(loc.ui("app.agency"))
        self.prompt.setText(loc.ui("home.prompt"))
        for page in self._pages:
            self.tiles[page.id].lines[0].setText(loc.text(page.title))
